/* screen_menu.h: what the trainer menu's files share (internal to the menu).
 *
 * The menu is one screen (qk_screen_menu, screen_menu.c: entering, events,
 * which page is drawn) with one file per page:
 *   screen_menu_main.c     the main page: the active set, news, the buttons
 *   screen_menu_sets.c     choosing the active set
 *   screen_menu_figures.c  today's figures
 *   screen_menu_export.c   the export page and the export itself
 * The page shown is app->menu_page, one of qk_menu_page. Every function here
 * borrows `app` for the call only.
 */
#ifndef QK_SCREEN_MENU_H
#define QK_SCREEN_MENU_H

#include <stdbool.h>

#include "common.h"

typedef enum {
    QK_MENU_MAIN = 0,
    QK_MENU_SETS = 1,
    QK_MENU_FIGURES = 2,
    QK_MENU_EXPORT = 3
} qk_menu_page;

/* The main page's buttons, in order (digits 1..QK_MENU_MAIN_BUTTONS). */
#define QK_MENU_MAIN_BUTTONS 6
extern const int qk_menu_main_buttons[QK_MENU_MAIN_BUTTONS];

/* Draws a page title at the top of the column (x, cw); returns the y below it. */
int qk_menu_draw_title(qk_app *app, const char *title, int x, int cw);

/* The pages, drawn in the column x .. x+cw of a screen h pixels high. */
void qk_menu_draw_main(qk_app *app, int x, int cw, int h);
void qk_menu_draw_sets(qk_app *app, int x, int cw, int h);
void qk_menu_draw_figures(qk_app *app, int x, int cw, int h);
void qk_menu_draw_export(qk_app *app, int x, int cw, int h);

/* Writes every stored result into the export folder as a workbook (xlsx) or
 * CSV; the outcome (written, or why not) becomes the menu's message. */
void qk_menu_export_results(qk_app *app, bool xlsx);

#endif
