/* screen_round.c: the result of the round just played (right answers, points)
 * and a button on to the next round, or to the summary after the last.
 *
 * Answers that earned part of their credit are neither counted as right nor
 * hidden among the wrong: when there are any, a line of their own says how
 * many ("◐ 2 delvis riktig"), in the partial colour and with the partial
 * symbol of the feedback screen. */
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    (void)app;
}

static void event(qk_app *app, const qk_event *ev)
{
    if ((ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON &&
         ev->hit->id == QK_BTN_NEXT) ||
        (ev->kind == QK_EV_KEY && (ev->key == QK_KEY_ENTER || ev->key == QK_KEY_SPACE)))
        qk_app_next(app);
}

static void draw(qk_app *app)
{
    qk_session *s = app->session;
    if (!s)
        return;
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    bool portrait = qk_portrait(app);
    int y0 = qk_draw_header(app);
    size_t pos = qk_session_round_pos(s);
    qk_round_score rs = qk_session_round_score(s, pos);
    const qk_round *r = &qk_session_set(s)->rounds[rs.round];
    bool last = pos + 1 >= qk_session_round_count(s);

    int cw = portrait ? w - 2 * m : (w - 2 * m) * 70 / 100;
    int x = (w - cw) / 2;
    int ch = h - y0 - m - qk_px(app, 40);
    SDL_Rect card = qk_rect(x, y0 + qk_px(app, 20), cw, ch);
    qk_w_card(app, card, QK_C_SURFACE);
    int pad = qk_px(app, 48);
    int iw = cw - 2 * pad, y = card.y + pad;
    qk_w_text(app, qk_tr(QK_S_ROUND_DONE), qk_rect(x + pad, y, iw, qk_px(app, 56)), 36, 22, true,
              QK_C_ACCENT, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += qk_px(app, 56) + qk_px(app, 12);
    qk_w_text(app, r->title, qk_rect(x + pad, y, iw, qk_px(app, 120)), 60, 30, true, QK_C_INK,
              QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += qk_px(app, 120) + qk_px(app, 32);
    char line[128], a[32], b[32], pts[160];
    snprintf(line, sizeof line, qk_tr(QK_S_N_OF_M_RIGHT), (int)rs.correct, (int)rs.n_questions);
    qk_w_text(app, line, qk_rect(x + pad, y, iw, qk_px(app, 130)), 96, 40, true, QK_C_INK,
              QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    y += qk_px(app, 130) + qk_px(app, 12);
    if (rs.partly > 0) {
        char n[96], partly[128];
        snprintf(n, sizeof n, qk_tr(QK_S_N_PARTLY), (int)rs.partly);
        snprintf(partly, sizeof partly, "%s %s", qk_verdict_symbol(QK_VERDICT_PARTLY), n);
        qk_w_text(app, partly, qk_rect(x + pad, y, iw, qk_px(app, 64)), 44, 24, true,
                  qk_verdict_color(QK_VERDICT_PARTLY), QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
        y += qk_px(app, 64) + qk_px(app, 12);
    }
    qk_fmt_session_points(app, rs.score, a, sizeof a);
    qk_fmt_session_points(app, rs.max_score, b, sizeof b);
    snprintf(pts, sizeof pts, qk_tr(QK_S_POINTS_OF), a, b);
    qk_w_text(app, pts, qk_rect(x + pad, y, iw, qk_px(app, 60)), 40, 22, false, QK_C_MUTED,
              QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    int btn_h = qk_px(app, 104);
    int bw = portrait ? iw : iw * 60 / 100;
    qk_w_button(app, qk_rect(x + (cw - bw) / 2, card.y + card.h - pad - btn_h, bw, btn_h),
                qk_tr(last ? QK_S_SEE_RESULT : QK_S_NEXT_ROUND), QK_UI_BUTTON, QK_BTN_NEXT,
                QK_BTN_PRIMARY, true, false);
}

const qk_screen_ops qk_screen_round = {"round", enter, event, NULL, draw, NULL, NULL};
