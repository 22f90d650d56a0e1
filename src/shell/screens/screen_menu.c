/* screen_menu.c: the trainer menu, reached only through the PIN pad.
 *
 * Shows the active set and offers: back to the quiz, reload the question sets
 * (the kiosk loop does it; a running session keeps its set), and quit the
 * program, the only way out of the kiosk. Digits 1-3 choose too.
 */
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    (void)app;
}

static void act(qk_app *app, int id)
{
    switch (id) {
    case QK_BTN_MENU_BACK:
        qk_app_go(app, app->under);
        break;
    case QK_BTN_MENU_RELOAD:
        app->reload = true;
        qk_app_go(app, app->under);
        break;
    case QK_BTN_MENU_EXIT:
        app->quit = true;
        break;
    default:
        break;
    }
}

static void event(qk_app *app, const qk_event *ev)
{
    if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON)
        act(app, ev->hit->id);
    else if (ev->kind == QK_EV_KEY && ev->key == QK_KEY_DIGIT && ev->digit >= 1 && ev->digit <= 3)
        act(app, QK_BTN_MENU_BACK + ev->digit - 1);
}

static void draw(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int gap = qk_px(app, 24);
    int cw = qk_px(app, 820);
    if (cw > w - 2 * m)
        cw = w - 2 * m;
    int x = (w - cw) / 2, y = m + qk_px(app, 20);
    qk_w_text(app, qk_tr(QK_S_MENU_TITLE), qk_rect(x, y, cw, qk_px(app, 80)), 56, 28, true,
              QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    y += qk_px(app, 80) + gap / 2;
    char line[512];
    snprintf(line, sizeof line, qk_tr(QK_S_MENU_SET), app->set->title);
    qk_w_text(app, line, qk_rect(x, y, cw, qk_px(app, 90)), 32, 18, false, QK_C_MUTED,
              QK_ALIGN_LEFT, QK_VALIGN_TOP);
    y += qk_px(app, 90) + gap;
    int bh = qk_px(app, 110);
    static const qk_str labels[3] = {QK_S_MENU_BACK, QK_S_MENU_RELOAD, QK_S_MENU_EXIT};
    for (int i = 0; i < 3; i++) {
        qk_w_button(app, qk_rect(x, y, cw, bh), qk_tr(labels[i]), QK_UI_BUTTON,
                    QK_BTN_MENU_BACK + i, i == 0 ? QK_BTN_PRIMARY : QK_BTN_SECONDARY, true, false);
        y += bh + gap;
    }
}

const qk_screen_ops qk_screen_menu = {"menu", enter, event, NULL, draw, NULL, NULL};
