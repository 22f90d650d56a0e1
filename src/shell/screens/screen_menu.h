/* screen_menu.h: what the trainer menu's files share (internal to the menu).
 *
 * The menu is one screen (qk_screen_menu, screen_menu.c: entering, events,
 * which page is drawn) with one file per page:
 *   screen_menu_main.c     the main page: the active set, news, the buttons
 *   screen_menu_sets.c     choosing the active set
 *   screen_menu_figures.c  today's figures
 *   screen_menu_export.c   the export page and the export itself
 *   screen_menu_errors.c   every error of the sets skipped, scrollable
 * The page shown is app->menu_page, one of qk_menu_page. Every function here
 * borrows `app` for the call only.
 */
#ifndef QK_SCREEN_MENU_H
#define QK_SCREEN_MENU_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"

typedef enum {
    QK_MENU_MAIN = 0,
    QK_MENU_SETS = 1,
    QK_MENU_FIGURES = 2,
    QK_MENU_EXPORT = 3,
    QK_MENU_ERRORS = 4
} qk_menu_page;

/* The main page's buttons, in order (digits 1..QK_MENU_MAIN_BUTTONS); the
 * last (the errors page) is there only while sets were skipped. */
#define QK_MENU_MAIN_BUTTONS 7
extern const int qk_menu_main_buttons[QK_MENU_MAIN_BUTTONS];
/* How many of them the main page shows now. */
int qk_menu_main_count(const qk_app *app);

/* Ids of the figures page's bars (QK_UI_BAR): the fill of status i (0
 * completed, 1 stopped, 2 abandoned, 3 in progress) and of the k-th most-missed
 * question; the track (the full length) of bar `id` is QK_MENU_TRACK(id). */
#define QK_MENU_BAR_STATUS 100
#define QK_MENU_BAR_MISSED 200
#define QK_MENU_TRACK(id) ((id) + 50)

/* Seconds between looks at the results not yet sent, while the main page
 * shows them (the forwarder sends in the background). */
#define QK_MENU_UNSENT_EVERY_S 5.0
/* True when the main page shows the line of results not yet sent. */
bool qk_menu_shows_unsent(const qk_app *app);

/* Draws a page title at the top of the column (x, cw); returns the y below it. */
int qk_menu_draw_title(qk_app *app, const char *title, int x, int cw);

/* The pages, drawn in the column x .. x+cw of a screen h pixels high. */
/* The main page's lines above the buttons, in the station's language, into
 * buf (cap bytes, always terminated): the active set; that it is the version
 * kept in memory (when so); the sets skipped; results not sent yet (only with
 * a results server); the news (app->menu_msg). */
void qk_menu_status_lines(qk_app *app, char *buf, size_t cap);

void qk_menu_draw_main(qk_app *app, int x, int cw, int h);
void qk_menu_draw_sets(qk_app *app, int x, int cw, int h);
void qk_menu_draw_figures(qk_app *app, int x, int cw, int h);
void qk_menu_draw_export(qk_app *app, int x, int cw, int h);
void qk_menu_draw_errors(qk_app *app, int x, int cw, int h);

/* The errors page's list: how many lines, and line k as the page shows it,
 * "FILE:LINE: message" (the file's name without its folder, the message in
 * the station's language, qk_i18n_lang()), into buf (always terminated). */
size_t qk_menu_error_count(const qk_app *app);
void qk_menu_error_line(const qk_app *app, size_t k, char *buf, size_t cap);
/* The errors page's scrolling: a wheel, drag, arrow or page key event; true
 * when the event was one of these. */
bool qk_menu_errors_event(qk_app *app, const qk_event *ev);

/* Writes every stored result into the export folder as a workbook (xlsx) or
 * CSV; the outcome (written, or why not) goes to app->menu_export_msg, which
 * the export page shows. */
void qk_menu_export_results(qk_app *app, bool xlsx);

#endif
