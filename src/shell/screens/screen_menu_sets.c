/* screen_menu_sets.c: the trainer menu's page for choosing the active set.
 *
 * Every valid set found, as numbered tiles (at most nine, so that the digits
 * 1-9 reach each), the active one marked. A tap or a digit makes a set active:
 * screen_menu.c turns it into app->choose_request, and the kiosk loop does the
 * switch and remembers it. A running session keeps its set. A set that came
 * from the results server (app->choices_from_server) says so after its id.
 */
#include <stdio.h>

#include "qk_i18n.h"
#include "screen_menu.h"

void qk_menu_draw_sets(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 18);
    int y = qk_menu_draw_title(app, qk_tr(QK_S_MENU_CHOOSE_SET), x, cw);
    int bh = qk_px(app, 100);
    int n = (int)app->n_choices;
    if (n > 9)
        n = 9;
    int avail = h - m - bh - gap * 2 - y;
    int th = n ? (avail - (n - 1) * gap) / n : 0;
    if (th > qk_px(app, 110))
        th = qk_px(app, 110);
    for (int i = 0; i < n; i++) {
        char num[16];
        snprintf(num, sizeof num, "%d", i + 1);
        const qk_set *s = app->choices[i];
        char tag[200];
        if (app->choices_from_server && app->choices_from_server[i])
            snprintf(tag, sizeof tag, "%s · %s", s->id, qk_tr(QK_S_MENU_FROM_SERVER));
        else
            snprintf(tag, sizeof tag, "%s", s->id);
        qk_w_tile(app, qk_rect(x, y, cw, th), num, i, s->title, tag,
                  s == app->set ? QK_TILE_CHOSEN : QK_TILE_NORMAL, false, false, QK_UI_TILE, i);
        y += th + gap;
    }
    qk_w_button(app, qk_rect(x, h - m - bh, cw, bh), qk_tr(QK_S_BACK), QK_UI_BUTTON,
                QK_BTN_MENU_BACK, QK_BTN_SECONDARY, true, false);
}
