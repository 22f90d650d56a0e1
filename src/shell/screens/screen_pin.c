/* screen_pin.c: the trainer's PIN pad, opened by the key chord or a long press
 * in the top-left corner.
 *
 * Digits by tapping the pad or typing; Backspace removes one; Enter or OK
 * checks it against the station's PIN hash (or the default PIN) through the
 * lock-out guard of qk_pin.h: after too many wrong PINs the pad refuses for a
 * while and says how long. The right PIN opens the trainer menu; Cancel goes
 * back to where the station was. What is typed shows as dots only.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    memset(app->pin, 0, sizeof app->pin);
    app->pin_msg = 0;
}

static void check(qk_app *app)
{
    const char *hash = app->cfg.pin_hash ? app->cfg.pin_hash : qk_pin_default_hash;
    qk_pin_result res = qk_pin_guard_try(&app->guard, hash, app->pin, qk_app_now(app));
    memset(app->pin, 0, sizeof app->pin);
    app->dirty = true;
    if (res == QK_PIN_OK) {
        qk_app_go(app, QK_SCR_MENU);
        return;
    }
    double rem = 0;
    if (res == QK_PIN_LOCKED || qk_pin_guard_locked(&app->guard, qk_app_now(app), &rem)) {
        qk_pin_guard_locked(&app->guard, qk_app_now(app), &rem);
        app->pin_msg = 2;
        app->pin_msg_n = (int)ceil(rem);
    } else {
        app->pin_msg = 1;
        app->pin_msg_n = qk_pin_guard_tries_left(&app->guard, qk_app_now(app));
    }
}

static void type(qk_app *app, int d)
{
    size_t n = strlen(app->pin);
    if (n < QK_PIN_MAX_DIGITS && n + 1 < sizeof app->pin) {
        app->pin[n] = (char)('0' + d);
        app->pin[n + 1] = '\0';
    }
    app->dirty = true;
}

static void backspace(qk_app *app)
{
    size_t n = strlen(app->pin);
    if (n)
        app->pin[n - 1] = '\0';
    app->dirty = true;
}

static void event(qk_app *app, const qk_event *ev)
{
    if (ev->kind == QK_EV_TAP && ev->hit) {
        if (ev->hit->kind == QK_UI_KEY)
            type(app, ev->hit->id);
        else if (ev->hit->kind == QK_UI_BUTTON && ev->hit->id == QK_BTN_BACKSPACE)
            backspace(app);
        else if (ev->hit->kind == QK_UI_BUTTON && ev->hit->id == QK_BTN_OK)
            check(app);
        else if (ev->hit->kind == QK_UI_BUTTON && ev->hit->id == QK_BTN_CANCEL)
            qk_app_go(app, app->under);
    } else if (ev->kind == QK_EV_KEY) {
        if (ev->key == QK_KEY_DIGIT)
            type(app, ev->digit);
        else if (ev->key == QK_KEY_BACKSPACE)
            backspace(app);
        else if (ev->key == QK_KEY_ENTER)
            check(app);
    }
}

static void tick(qk_app *app)
{
    if (app->pin_msg == 2) {
        double rem = 0;
        if (!qk_pin_guard_locked(&app->guard, qk_app_now(app), &rem)) {
            app->pin_msg = 0;
            app->dirty = true;
        } else if ((int)ceil(rem) != app->pin_msg_n) {
            app->pin_msg_n = (int)ceil(rem);
            app->dirty = true;
        }
    }
}

static void draw(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int gap = qk_px(app, 18);
    int y = m;
    int cw = qk_px(app, 620);
    if (cw > w - 2 * m)
        cw = w - 2 * m;
    int x = (w - cw) / 2;
    qk_w_text(app, qk_tr(QK_S_PIN_TITLE), qk_rect(x, y, cw, qk_px(app, 70)), 44, 24, true,
              QK_C_INK, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += qk_px(app, 70) + gap;
    char dots[64] = "";
    for (size_t i = 0; app->pin[i]; i++)
        qk_cat(dots, sizeof dots, "%s\u25cf", i ? " " : "");
    SDL_Rect field = qk_rect(x, y, cw, qk_px(app, 80));
    qk_w_card(app, field, QK_C_SURFACE);
    qk_w_text(app, dots, field, 44, 20, true, QK_C_INK, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += field.h + gap;
    char msg[160] = "";
    if (app->pin_msg == 1)
        snprintf(msg, sizeof msg, qk_tr(QK_S_PIN_WRONG), app->pin_msg_n);
    else if (app->pin_msg == 2)
        snprintf(msg, sizeof msg, qk_tr(QK_S_PIN_LOCKED), app->pin_msg_n);
    qk_w_text(app, msg, qk_rect(x, y, cw, qk_px(app, 50)), 30, 18, true, QK_C_BAD,
              QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += qk_px(app, 50) + gap;
    int btn_h = qk_px(app, 90);
    int pad_h = h - m - btn_h - gap - y;
    int kh = (pad_h - 3 * gap) / 4;
    if (kh > qk_px(app, 110))
        kh = qk_px(app, 110);
    SDL_Rect grid = qk_rect(x, y, cw, 4 * kh + 3 * gap);
    static const int keys[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, -1, 0, -2};
    for (int i = 0; i < 12; i++) {
        SDL_Rect c = qk_grid_cell(grid, 12, 3, gap, i);
        char label[16];
        if (keys[i] >= 0) {
            snprintf(label, sizeof label, "%d", keys[i]);
            qk_w_button(app, c, label, QK_UI_KEY, keys[i], QK_BTN_SECONDARY, true, false);
        } else if (keys[i] == -1) {
            qk_w_button(app, c, "\u232b", QK_UI_BUTTON, QK_BTN_BACKSPACE, QK_BTN_QUIET, true,
                        false);
        } else {
            qk_w_button(app, c, qk_tr(QK_S_OK), QK_UI_BUTTON, QK_BTN_OK, QK_BTN_PRIMARY,
                        app->pin[0] != '\0', false);
        }
    }
    qk_w_button(app, qk_rect(x, h - m - btn_h, cw, btn_h), qk_tr(QK_S_CANCEL), QK_UI_BUTTON,
                QK_BTN_CANCEL, QK_BTN_QUIET, true, false);
}

const qk_screen_ops qk_screen_pin = {"pin", enter, event, tick, draw, NULL, NULL};
