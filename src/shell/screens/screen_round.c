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
    int iw = cw - 2 * pad;
    int btn_h = qk_px(app, 104);
    /* The blocks at their own heights, all shrunk alike (the texts with
     * them) when the card is too short for them, as on a small screen with
     * large text. */
    char line[128], a[32], b[32], pts[160], partly[128] = "";
    snprintf(line, sizeof line, qk_tr(QK_S_N_OF_M_RIGHT), (int)rs.correct, (int)rs.n_questions);
    if (rs.partly > 0) {
        char n[96];
        snprintf(n, sizeof n, qk_tr(QK_S_N_PARTLY), (int)rs.partly);
        snprintf(partly, sizeof partly, "%s %s", qk_verdict_symbol(QK_VERDICT_PARTLY), n);
    }
    qk_fmt_session_points(app, rs.score, a, sizeof a);
    qk_fmt_session_points(app, rs.max_score, b, sizeof b);
    snprintf(pts, sizeof pts, qk_tr(QK_S_POINTS_OF), a, b);
    struct {
        const char *text;
        int h, after;
        float px, min_px;
        bool bold;
        SDL_Color c;
    } blk[] = {
        {qk_tr(QK_S_ROUND_DONE), 56, 12, 36, 20, true, QK_C_ACCENT},
        {r->title, 120, 32, 60, 24, true, QK_C_INK},
        {line, 130, 12, 96, 30, true, QK_C_INK},
        {partly, 64, 12, 44, 20, true, qk_verdict_color(QK_VERDICT_PARTLY)},
        {pts, 60, 0, 40, 18, false, QK_C_MUTED},
    };
    int n_blk = (int)(sizeof blk / sizeof blk[0]), want = 0;
    for (int i = 0; i < n_blk; i++)
        if (blk[i].text[0])
            want += qk_px(app, (float)(blk[i].h + blk[i].after));
    int room = card.h - 2 * pad - btn_h - qk_px(app, 24);
    double k = want > room && want > 0 ? (double)room / want : 1.0;
    int y = card.y + pad;
    if (portrait && want < room)
        y += (room - want) / 3; /* the tall card: the figures a little above its middle */
    for (int i = 0; i < n_blk; i++) {
        if (!blk[i].text[0])
            continue;
        int bh = (int)(qk_px(app, (float)blk[i].h) * k);
        qk_w_text(app, blk[i].text, qk_rect(x + pad, y, iw, bh), blk[i].px, blk[i].min_px,
                  blk[i].bold, blk[i].c, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
        if (blk[i].text == pts)
            qk_app_record_label(app, pts); /* points are written alike everywhere (tested) */
        y += bh + (int)(qk_px(app, (float)blk[i].after) * k);
    }
    int bw = portrait ? iw : iw * 60 / 100;
    qk_w_button(app, qk_rect(x + (cw - bw) / 2, card.y + card.h - pad - btn_h, bw, btn_h),
                qk_tr(last ? QK_S_SEE_RESULT : QK_S_NEXT_ROUND), QK_UI_BUTTON, QK_BTN_NEXT,
                QK_BTN_PRIMARY, true, false);
}

const qk_screen_ops qk_screen_round = {"round", enter, event, NULL, draw, NULL, NULL};
