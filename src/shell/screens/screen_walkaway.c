/* screen_walkaway.c: "Are you still there?" over the screen that went idle.
 *
 * Shown by the app after idle_timeout seconds without input during a session,
 * also when the PIN pad or the trainer menu was left open over it (it then
 * shows over the session's screen, and a tap goes back there).
 * It counts down idle_countdown seconds in large figures; any touch, click or
 * key returns to the screen underneath as it was. When the count reaches zero
 * the session is ended as abandoned (and stored so) and the station goes back
 * to the attract screen. It redraws once a second, only when the figure changes.
 */
#include <math.h>
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"

static int seconds_left(const qk_app *app)
{
    double left = app->screen_since + app->cfg.idle_countdown - qk_app_now(app);
    return left <= 0 ? 0 : (int)ceil(left);
}

static void enter(qk_app *app)
{
    app->walk_shown_s = -1;
}

static void event(qk_app *app, const qk_event *ev)
{
    if (ev->kind == QK_EV_PRESS || ev->kind == QK_EV_KEY)
        qk_app_go(app, app->under);
}

static void tick(qk_app *app)
{
    int left = seconds_left(app);
    if (left <= 0) {
        qk_app_end_session(app);
        return;
    }
    if (left != app->walk_shown_s)
        app->dirty = true;
}

static void draw(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    SDL_Renderer *r = qk_gfx_renderer(app->g);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, QK_C_SHADE.r, QK_C_SHADE.g, QK_C_SHADE.b, QK_C_SHADE.a);
    SDL_RenderFillRect(r, NULL);

    int left = seconds_left(app);
    app->walk_shown_s = left;
    bool portrait = qk_portrait(app);
    int m = qk_margin(app);
    int cw = portrait ? w - 2 * m : w * 56 / 100;
    int ch = qk_px(app, 620);
    if (ch > h - 2 * m)
        ch = h - 2 * m;
    SDL_Rect card = qk_rect((w - cw) / 2, (h - ch) / 2, cw, ch);
    qk_w_card(app, card, QK_C_SURFACE);
    int pad = qk_px(app, 48);
    int iw = cw - 2 * pad, y = card.y + pad;
    qk_w_text(app, qk_tr(QK_S_STILL_THERE), qk_rect(card.x + pad, y, iw, qk_px(app, 90)), 64, 32,
              true, QK_C_INK, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += qk_px(app, 90) + qk_px(app, 8);
    char num[16];
    qk_w_text(app, qk_tr(QK_S_STILL_THERE_SUB), qk_rect(card.x + pad, y, iw, qk_px(app, 90)), 32,
              20, false, QK_C_MUTED, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += qk_px(app, 90) + qk_px(app, 12);
    snprintf(num, sizeof num, "%d", left);
    int btn_h = qk_px(app, 110);
    int nh = card.y + card.h - pad - btn_h - qk_px(app, 24) - y;
    qk_w_text(app, num, qk_rect(card.x + pad, y, iw, nh), 150, 40, true, QK_C_ACCENT,
              QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    int bw = portrait ? iw : iw * 70 / 100;
    qk_w_button(app, qk_rect(card.x + (cw - bw) / 2, card.y + card.h - pad - btn_h, bw, btn_h),
                qk_tr(QK_S_CONTINUE), QK_UI_BUTTON, QK_BTN_CONTINUE, QK_BTN_PRIMARY, true, false);
}

const qk_screen_ops qk_screen_walkaway = {"walkaway", enter, event, tick, draw, NULL, NULL};
