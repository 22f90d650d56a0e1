/* screen_menu_main.c: the trainer menu's main page.
 *
 * At the top, what the trainer should know about the station, one line each:
 * the active set; when that set's file has gone or turned invalid, that the
 * station keeps the version it has in memory; how many sets were skipped for
 * errors (the "Errors in the sets" page lists every error); when a central
 * results server is set, how many results are not sent yet; then the last
 * news (export written, sets read again). The lines get the room they need,
 * the buttons the rest.
 *
 * Then the buttons: back to the quiz, choose the question set, today's
 * figures, export the results, reload the sets, quit (the only way out of the
 * kiosk), and, while sets were skipped, the errors page. The count of results
 * not yet sent is looked at again every QK_MENU_UNSENT_EVERY_S seconds
 * (screen_menu.c's tick) and the page redrawn when it changed. Digits 1-7 choose
 * them too (screen_menu.c). Also the title every page shares.
 */
#include <stdio.h>

#include "qk_i18n.h"
#include "screen_menu.h"

const int qk_menu_main_buttons[QK_MENU_MAIN_BUTTONS] = {
    QK_BTN_MENU_BACK,   QK_BTN_MENU_SETS,   QK_BTN_MENU_FIGURES, QK_BTN_MENU_EXPORT,
    QK_BTN_MENU_RELOAD, QK_BTN_MENU_EXIT,   QK_BTN_MENU_ERRORS};
static const qk_str main_labels[QK_MENU_MAIN_BUTTONS] = {
    QK_S_MENU_BACK,   QK_S_MENU_CHOOSE_SET, QK_S_MENU_FIGURES, QK_S_MENU_EXPORT,
    QK_S_MENU_RELOAD, QK_S_MENU_EXIT,       QK_S_MENU_PROBLEMS};

#define MAIN_TEXT 30.0f /* units: the lines above the buttons */

int qk_menu_main_count(const qk_app *app)
{
    return app->menu_bad_files > 0 ? QK_MENU_MAIN_BUTTONS : QK_MENU_MAIN_BUTTONS - 1;
}

bool qk_menu_shows_unsent(const qk_app *app)
{
    return app->screen == QK_SCR_MENU && app->menu_page == QK_MENU_MAIN &&
           app->cfg.results_server && *app->cfg.results_server;
}

int qk_menu_draw_title(qk_app *app, const char *title, int x, int cw)
{
    int m = qk_margin(app);
    int y = m + qk_px(app, 10);
    qk_w_text(app, title, qk_rect(x, y, cw, qk_px(app, 76)), 52, 28, true, QK_C_INK,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    return y + qk_px(app, 76) + qk_px(app, 16);
}

/* The lines above the buttons come in parts, each its own colour: the set
 * (muted), what needs the trainer (ink: a set kept in memory, sets skipped),
 * results not yet sent (ink), the news (muted). */
enum { PART_SET, PART_ALERT, PART_UNSENT, PART_NEWS, PARTS };

static void part(qk_app *app, int which, char *buf, size_t cap)
{
    buf[0] = '\0';
    switch (which) {
    case PART_SET:
        snprintf(buf, cap, qk_tr(QK_S_MENU_SET), app->set->title);
        break;
    case PART_ALERT:
        if (app->menu_set_kept) {
            char id[80];
            snprintf(id, sizeof id, "%.64s", app->set->id);
            qk_cat(buf, cap, qk_tr(QK_S_SET_KEPT), id, app->set->title);
        }
        if (app->menu_bad_files > 0) {
            qk_cat(buf, cap, "%s", buf[0] ? "\n" : "");
            qk_cat(buf, cap, qk_tr(QK_S_MENU_SKIPPED_SEE), (int)app->menu_bad_files);
        }
        break;
    case PART_UNSENT:
        app->menu_unsent = -1;
        if (app->cfg.results_server && *app->cfg.results_server) {
            long n = qk_store_outbox_count(app->store);
            app->menu_unsent = n;
            app->menu_unsent_at = qk_app_now(app);
            if (n > 0)
                snprintf(buf, cap, qk_tr(QK_S_MENU_UNSENT), n);
            else if (n == 0)
                snprintf(buf, cap, "%s", qk_tr(QK_S_MENU_ALL_SENT));
        }
        break;
    default:
        snprintf(buf, cap, "%s", app->menu_msg);
        break;
    }
}

void qk_menu_status_lines(qk_app *app, char *buf, size_t cap)
{
    if (!cap)
        return;
    buf[0] = '\0';
    char p[1600];
    for (int k = 0; k < PARTS; k++) {
        part(app, k, p, sizeof p);
        if (p[0])
            qk_cat(buf, cap, "%s%s", buf[0] ? "\n" : "", p);
    }
}

void qk_menu_draw_main(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 20);
    int y = qk_menu_draw_title(app, qk_tr(QK_S_MENU_TITLE), x, cw);
    int n = qk_menu_main_count(app);
    int cols = qk_portrait(app) ? 1 : 2;
    int rows = (n + cols - 1) / cols;
    /* The parts take what they need at MAIN_TEXT (together at least two
     * lines' worth), leaving buttons of at least 80 units; past that each
     * part's box is cut in proportion and its text shrinks to fit. */
    char text[PARTS][1600];
    int ph[PARTS], total = 0, sep = qk_px(app, 6);
    for (int k = 0; k < PARTS; k++) {
        part(app, k, text[k], sizeof text[k]);
        int tw = 0, th = 0;
        if (text[k][0])
            qk_text_measure(app->g, text[k], qk_px(app, MAIN_TEXT), QK_WEIGHT_REGULAR, cw, &tw,
                            &th);
        ph[k] = th;
        total += th ? th + sep : 0;
    }
    int lh = total > qk_px(app, 90) ? total : qk_px(app, 90);
    int room = h - m - y - gap - rows * qk_px(app, 80) - (rows - 1) * gap;
    if (lh > room)
        lh = room;
    int ly = y;
    for (int k = 0; k < PARTS; k++) {
        if (!ph[k])
            continue;
        int bhk = total > lh ? (int)((long)(ph[k] + sep) * lh / total) - sep : ph[k];
        bool alert = k == PART_ALERT || k == PART_UNSENT;
        qk_w_text(app, text[k], qk_rect(x, ly, cw, bhk), MAIN_TEXT, 16, false,
                  alert ? QK_C_INK : QK_C_MUTED, QK_ALIGN_LEFT, QK_VALIGN_TOP);
        ly += bhk + sep;
    }
    y += lh + gap;
    int bh = (h - m - y - (rows - 1) * gap) / rows;
    if (bh > qk_px(app, 110))
        bh = qk_px(app, 110);
    SDL_Rect grid = qk_rect(x, y, cw, rows * bh + (rows - 1) * gap);
    for (int i = 0; i < n; i++) {
        int id = qk_menu_main_buttons[i];
        bool can = id != QK_BTN_MENU_SETS || app->n_choices > 1;
        qk_w_button(app, qk_grid_cell(grid, n, cols, gap, i), qk_tr(main_labels[i]),
                    QK_UI_BUTTON, id, i == 0 ? QK_BTN_PRIMARY : QK_BTN_SECONDARY, can, false);
    }
}
