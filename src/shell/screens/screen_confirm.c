/* screen_confirm.c: "Vil du avslutte og se resultatet?" over a session in play.
 *
 * Shown by the app when the participant presses "Avslutt" (or 0) on the round
 * intro, a question, the feedback or a round result; that screen stays visible,
 * dimmed, underneath. "Ja, avslutt" (Enter, or 0 again) stops the session: the
 * app stores it as `stopped` with the answers given so far and shows the
 * summary. "Nei, fortsett" (Backspace) goes back to the screen as it was; a
 * question's time limit does not run while the confirm is up. Left/Right move
 * a focus ring between the two, Space takes the focused one. Idle here counts
 * as idle on the session (walk-away, as on the screen underneath).
 */
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    app->confirm_focus = 0;
}

static void answer(qk_app *app, bool stop)
{
    if (stop)
        qk_app_stop(app);
    else
        qk_app_go(app, app->under);
}

static void event(qk_app *app, const qk_event *ev)
{
    if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON) {
        if (ev->hit->id == QK_BTN_STOP_YES)
            answer(app, true);
        else if (ev->hit->id == QK_BTN_STOP_NO)
            answer(app, false);
        return;
    }
    if (ev->kind != QK_EV_KEY)
        return;
    switch (ev->key) {
    case QK_KEY_ENTER:
        answer(app, app->confirm_focus != 2);
        return;
    case QK_KEY_DIGIT:
        if (ev->digit == 0)
            answer(app, true);
        return;
    case QK_KEY_BACKSPACE:
        answer(app, false);
        return;
    case QK_KEY_SPACE:
        if (app->confirm_focus)
            answer(app, app->confirm_focus == 1);
        return;
    case QK_KEY_LEFT:
    case QK_KEY_RIGHT:
    case QK_KEY_UP:
    case QK_KEY_DOWN:
        app->confirm_focus = app->confirm_focus == 1 ? 2 : 1;
        app->dirty = true;
        return;
    default:
        return;
    }
}

static void draw(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    SDL_Renderer *r = qk_gfx_renderer(app->g);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, QK_C_SHADE.r, QK_C_SHADE.g, QK_C_SHADE.b, QK_C_SHADE.a);
    SDL_RenderFillRect(r, NULL);

    bool portrait = qk_portrait(app);
    int m = qk_margin(app);
    int cw = portrait ? w - 2 * m : w * 60 / 100;
    int ch = qk_px(app, 460);
    if (ch > h - 2 * m)
        ch = h - 2 * m;
    SDL_Rect card = qk_rect((w - cw) / 2, (h - ch) / 2, cw, ch);
    qk_w_card(app, card, QK_C_SURFACE);
    int pad = qk_px(app, 48);
    int gap = qk_px(app, 24);
    int iw = cw - 2 * pad, y = card.y + pad;
    int btn_h = qk_px(app, 110);
    int title_h = qk_px(app, 150);
    qk_w_text(app, qk_tr(QK_S_STOP_ASK), qk_rect(card.x + pad, y, iw, title_h), 56, 30, true,
              QK_C_INK, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += title_h + qk_px(app, 8);
    int by = card.y + card.h - pad - btn_h;
    qk_w_text(app, qk_tr(QK_S_STOP_SUB), qk_rect(card.x + pad, y, iw, by - gap - y), 34, 20,
              false, QK_C_MUTED, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    int bw = (iw - gap) / 2;
    qk_w_button(app, qk_rect(card.x + pad, by, bw, btn_h), qk_tr(QK_S_STOP_NO), QK_UI_BUTTON,
                QK_BTN_STOP_NO, QK_BTN_SECONDARY, true, app->confirm_focus == 2);
    qk_w_button(app, qk_rect(card.x + pad + bw + gap, by, iw - bw - gap, btn_h),
                qk_tr(QK_S_STOP_YES), QK_UI_BUTTON, QK_BTN_STOP_YES, QK_BTN_PRIMARY, true,
                app->confirm_focus == 1);
}

const qk_screen_ops qk_screen_confirm = {"confirm-stop", enter, event, NULL, draw, NULL, NULL};
