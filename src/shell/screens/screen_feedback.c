/* screen_feedback.c: after each answer: right or wrong, the right answer, what
 * was answered (when it was wrong) and the question set's explanation, which
 * is the point of the whole exercise. "Next" (or Enter, Space, an arrow)
 * goes on; the app decides whether to the next question, the round result or
 * the summary.
 *
 * The verdict is said in words and with a mark (check or cross) as well as
 * colour.
 */
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    (void)app;
}

static void event(qk_app *app, const qk_event *ev)
{
    if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON &&
        ev->hit->id == QK_BTN_NEXT)
        qk_app_next(app);
    else if (ev->kind == QK_EV_KEY && (ev->key == QK_KEY_ENTER || ev->key == QK_KEY_SPACE ||
                                       ev->key == QK_KEY_RIGHT))
        qk_app_next(app);
}

static void draw(qk_app *app)
{
    const qk_record *rec = &app->last;
    const qk_question *q = rec->question;
    if (!q)
        return;
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int gap = qk_px(app, 24);
    bool portrait = qk_portrait(app);
    int cw = w - 2 * m;
    int y = qk_draw_header(app);

    /* the verdict band */
    qk_str verdict = rec->timed_out ? QK_S_TIMEOUT
                     : rec->correct ? QK_S_CORRECT
                     : rec->credit > 0 ? QK_S_PARTLY
                                       : QK_S_WRONG;
    SDL_Color ink = rec->correct ? QK_C_GOOD : QK_C_BAD;
    SDL_Color soft = rec->correct ? QK_C_GOOD_SOFT : QK_C_BAD_SOFT;
    int vh = qk_px(app, 120);
    SDL_Rect band = qk_rect(m, y, cw, vh);
    qk_w_card(app, band, soft);
    int d = vh - qk_px(app, 36);
    qk_fill_circle(app->g, band.x + qk_px(app, 24) + d / 2, band.y + vh / 2, d / 2, ink);
    qk_text_style mk = {d * 7 / 10, d / 3, QK_WEIGHT_BOLD, QK_C_ON_ACCENT, QK_ALIGN_CENTER,
                        QK_VALIGN_MIDDLE};
    qk_text_draw(app->g, rec->correct ? "\u2713" : "\u2717",
                 qk_rect(band.x + qk_px(app, 24), band.y + (vh - d) / 2, d, d), &mk);
    char pts[32], gained[64];
    qk_fmt_points(rec->points, pts, sizeof pts);
    snprintf(gained, sizeof gained, qk_tr(QK_S_GAINED), pts);
    int tx = band.x + qk_px(app, 48) + d;
    int gw = qk_px(app, portrait ? 220 : 300);
    int gx = band.x + band.w - gw - qk_px(app, 28);
    qk_w_text(app, qk_tr(verdict), qk_rect(tx, band.y, gx - gap - tx, vh), 60,
              32, true, ink, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    qk_w_text(app, gained, qk_rect(gx, band.y, gw, vh), 40,
              22, true, QK_C_INK, QK_ALIGN_RIGHT, QK_VALIGN_MIDDLE);
    y += vh + gap;

    int btn_h = qk_px(app, 100);
    int bottom = h - m - btn_h - gap;
    char right[4096], given[4096];
    qk_describe_right(q, right, sizeof right);
    given[0] = '\0';
    if (!rec->correct)
        qk_describe_given(q, &rec->answer, given, sizeof given);
    bool plural = (q->type == QK_Q_MULTIPLE);
    qk_str right_head = q->type == QK_Q_ORDER        ? QK_S_RIGHT_ORDER
                        : q->type == QK_Q_CATEGORIZE ? QK_S_RIGHT_SORTING
                        : plural                     ? QK_S_RIGHT_ANSWERS
                                                     : QK_S_RIGHT_ANSWER;
    int head = qk_px(app, 48);
    int pad = qk_px(app, 28);
    SDL_Rect a, b; /* a: right answer (+ given), b: explanation */
    int right_need = 0, given_need = 0; /* text heights at full size (portrait) */
    if (portrait) {
        /* Stacked: the answer card as tall as its text (within 25-55 % of the
         * room), the explanation below it gets the rest. */
        int tw = cw - 2 * pad, unused = 0;
        qk_text_measure(app->g, right, qk_px(app, 36), QK_WEIGHT_REGULAR, tw, &unused,
                        &right_need);
        if (given[0])
            qk_text_measure(app->g, given, qk_px(app, 32), QK_WEIGHT_REGULAR, tw, &unused,
                            &given_need);
        int room = bottom - y - gap;
        int ah = pad + head + right_need + (given[0] ? head + given_need : 0) + qk_px(app, 12);
        if (ah < room * 25 / 100)
            ah = room * 25 / 100;
        if (ah > room * 55 / 100)
            ah = room * 55 / 100;
        a = qk_rect(m, y, cw, ah);
        b = qk_rect(m, y + ah + gap, cw, bottom - y - ah - gap);
    } else {
        int aw = (cw - gap * 2) * 44 / 100;
        a = qk_rect(m, y, aw, bottom - y);
        b = qk_rect(m + aw + gap * 2, y, cw - aw - gap * 2, bottom - y);
    }
    qk_w_card(app, a, QK_C_SURFACE);
    qk_w_card(app, b, QK_C_SURFACE);
    SDL_Rect ai = qk_rect(a.x + pad, a.y + pad / 2, a.w - 2 * pad, a.h - pad);
    SDL_Rect bi = qk_rect(b.x + pad, b.y + pad / 2, b.w - 2 * pad, b.h - pad);
    int given_h = given[0] ? (ai.h - 2 * head) * 40 / 100 : 0;
    if (given[0] && portrait && right_need + given_need > 0) /* share as the texts need */
        given_h = (int)((long)(ai.h - 2 * head) * given_need / (right_need + given_need));
    qk_w_text(app, qk_tr(right_head), qk_rect(ai.x, ai.y, ai.w, head), 30, 18, true,
              QK_C_GOOD, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    int right_h = ai.h - head - (given_h ? given_h + head : 0);
    qk_w_text(app, right, qk_rect(ai.x, ai.y + head, ai.w, right_h), 36, 18, false, QK_C_INK,
              QK_ALIGN_LEFT, QK_VALIGN_TOP);
    if (given_h) {
        int gy = ai.y + head + right_h;
        qk_w_text(app, qk_tr(QK_S_YOU_ANSWERED), qk_rect(ai.x, gy, ai.w, head), 30, 18, true,
                  QK_C_BAD, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
        qk_w_text(app, given, qk_rect(ai.x, gy + head, ai.w, given_h), 32, 18, false,
                  QK_C_MUTED, QK_ALIGN_LEFT, QK_VALIGN_TOP);
    }
    qk_w_text(app, qk_tr(QK_S_EXPLANATION), qk_rect(bi.x, bi.y, bi.w, head), 30, 18, true,
              QK_C_ACCENT, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    qk_w_text(app, q->explanation, qk_rect(bi.x, bi.y + head, bi.w, bi.h - head), 38, 20,
              false, QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_TOP);

    int bw = portrait ? cw : cw * 32 / 100;
    qk_w_button(app, qk_rect(m + cw - bw, h - m - btn_h, bw, btn_h), qk_tr(QK_S_NEXT),
                QK_UI_BUTTON, QK_BTN_NEXT, QK_BTN_PRIMARY, true, false);
}

const qk_screen_ops qk_screen_feedback = {"feedback", enter, event, NULL, draw, NULL, NULL};
