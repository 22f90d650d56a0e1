/* screen_menu_main.c: the trainer menu's main page.
 *
 * The active set and a line of news (export written, sets read again, sets
 * skipped), then the buttons: back to the quiz, choose the question set,
 * today's figures, export the results, reload the sets, quit (the only way
 * out of the kiosk). Digits 1-6 choose them too (screen_menu.c). Also the
 * title every page shares.
 */
#include <stdio.h>

#include "qk_i18n.h"
#include "screen_menu.h"

const int qk_menu_main_buttons[QK_MENU_MAIN_BUTTONS] = {
    QK_BTN_MENU_BACK,   QK_BTN_MENU_SETS,   QK_BTN_MENU_FIGURES,
    QK_BTN_MENU_EXPORT, QK_BTN_MENU_RELOAD, QK_BTN_MENU_EXIT};
static const qk_str main_labels[QK_MENU_MAIN_BUTTONS] = {
    QK_S_MENU_BACK,   QK_S_MENU_CHOOSE_SET, QK_S_MENU_FIGURES,
    QK_S_MENU_EXPORT, QK_S_MENU_RELOAD,     QK_S_MENU_EXIT};

int qk_menu_draw_title(qk_app *app, const char *title, int x, int cw)
{
    int m = qk_margin(app);
    int y = m + qk_px(app, 10);
    qk_w_text(app, title, qk_rect(x, y, cw, qk_px(app, 76)), 52, 28, true, QK_C_INK,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    return y + qk_px(app, 76) + qk_px(app, 16);
}

void qk_menu_draw_main(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 20);
    int y = qk_menu_draw_title(app, qk_tr(QK_S_MENU_TITLE), x, cw);
    char line[1400];
    snprintf(line, sizeof line, qk_tr(QK_S_MENU_SET), app->set->title);
    if (app->menu_msg[0])
        qk_cat(line, sizeof line, "\n%s", app->menu_msg);
    int lh = qk_px(app, 130);
    qk_w_text(app, line, qk_rect(x, y, cw, lh), 30, 16, false, QK_C_MUTED, QK_ALIGN_LEFT,
              QK_VALIGN_TOP);
    y += lh + gap;
    int cols = qk_portrait(app) ? 1 : 2;
    int rows = QK_MENU_MAIN_BUTTONS / cols;
    int bh = (h - m - y - (rows - 1) * gap) / rows;
    if (bh > qk_px(app, 110))
        bh = qk_px(app, 110);
    SDL_Rect grid = qk_rect(x, y, cw, rows * bh + (rows - 1) * gap);
    for (int i = 0; i < QK_MENU_MAIN_BUTTONS; i++) {
        int id = qk_menu_main_buttons[i];
        bool can = id != QK_BTN_MENU_SETS || app->n_choices > 1;
        qk_w_button(app, qk_grid_cell(grid, QK_MENU_MAIN_BUTTONS, cols, gap, i),
                    qk_tr(main_labels[i]), QK_UI_BUTTON, id,
                    i == 0 ? QK_BTN_PRIMARY : QK_BTN_SECONDARY, can, false);
    }
}
