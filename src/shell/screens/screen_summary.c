/* screen_summary.c: the end of a session: the score, a line per round, and a
 * review of every question missed with the right answer and the explanation,
 * one per page (Previous / Next, or the arrow keys). "Done" (or Enter) returns
 * the station to the attract screen; so does walking away. */
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"

static int missed_count(const qk_session *s)
{
    int n = 0;
    for (size_t i = 0; i < qk_session_record_count(s); i++)
        n += !qk_session_record(s, i)->correct;
    return n;
}

static const qk_record *missed(const qk_session *s, int k)
{
    for (size_t i = 0; i < qk_session_record_count(s); i++) {
        const qk_record *r = qk_session_record(s, i);
        if (!r->correct && k-- == 0)
            return r;
    }
    return NULL;
}

static void enter(qk_app *app)
{
    app->review_page = 0;
}

static void turn(qk_app *app, int by)
{
    int n = app->session ? missed_count(app->session) : 0;
    int p = app->review_page + by;
    if (p >= 0 && p < n) {
        app->review_page = p;
        app->dirty = true;
    }
}

static void event(qk_app *app, const qk_event *ev)
{
    if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON) {
        if (ev->hit->id == QK_BTN_FINISH)
            qk_app_end_session(app);
        else if (ev->hit->id == QK_BTN_NEXT)
            turn(app, 1);
        else if (ev->hit->id == QK_BTN_PREV)
            turn(app, -1);
    } else if (ev->kind == QK_EV_KEY) {
        if (ev->key == QK_KEY_ENTER)
            qk_app_end_session(app);
        else if (ev->key == QK_KEY_RIGHT || ev->key == QK_KEY_DOWN)
            turn(app, 1);
        else if (ev->key == QK_KEY_LEFT || ev->key == QK_KEY_UP)
            turn(app, -1);
    }
}

static void draw(qk_app *app)
{
    qk_session *s = app->session;
    if (!s)
        return;
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int gap = qk_px(app, 24);
    bool portrait = qk_portrait(app);
    int cw = w - 2 * m;
    qk_fill_rect(app->g, qk_rect(0, 0, w, qk_px(app, 18)), QK_C_ACCENT);
    int y = m + qk_px(app, 18);
    int btn_h = qk_px(app, 100);

    SDL_Rect left, right;
    int top_h = qk_px(app, 84);
    qk_w_text(app, qk_tr(QK_S_SUMMARY_TITLE), qk_rect(m, y, cw, top_h), 60, 32, true, QK_C_INK,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    y += top_h + gap;
    int bottom = h - m - btn_h - gap;
    if (portrait) {
        int lh = (bottom - y) * 36 / 100;
        int need = qk_px(app, 110 + 56 + 24 + 24) +
                   (int)qk_session_round_count(s) * qk_px(app, 50);
        if (need < lh)
            lh = need; /* the review gets the room the score does not need */
        left = qk_rect(m, y, cw, lh);
        right = qk_rect(m, y + lh + gap, cw, bottom - y - lh - gap);
    } else {
        int lw = (cw - gap * 2) * 38 / 100;
        left = qk_rect(m, y, lw, bottom - y);
        right = qk_rect(m + lw + gap * 2, y, cw - lw - gap * 2, bottom - y);
    }

    /* the score and the rounds */
    char big[96], a[32], b[32], pts[160];
    snprintf(big, sizeof big, qk_tr(QK_S_N_OF_M_RIGHT), (int)qk_session_correct_count(s),
             (int)qk_session_total_questions(s));
    qk_fmt_session_points(app, qk_session_score(s), a, sizeof a);
    qk_fmt_session_points(app, qk_session_max_score(s), b, sizeof b);
    snprintf(pts, sizeof pts, qk_tr(QK_S_POINTS_OF), a, b);
    int bh = qk_px(app, 110);
    qk_w_text(app, big, qk_rect(left.x, left.y, left.w, bh), 80, 36, true, QK_C_ACCENT,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    qk_w_text(app, pts, qk_rect(left.x, left.y + bh, left.w, qk_px(app, 56)), 38, 22, false,
              QK_C_MUTED, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    char rounds[4096] = "";
    for (size_t i = 0; i < qk_session_round_count(s); i++) {
        qk_round_score rs = qk_session_round_score(s, i);
        char line[64];
        snprintf(line, sizeof line, qk_tr(QK_S_N_OF_M_RIGHT), (int)rs.correct,
                 (int)rs.n_questions);
        qk_cat(rounds, sizeof rounds, "%s%s: %s", i ? "\n" : "",
               qk_session_set(s)->rounds[rs.round].title, line);
    }
    int ry = left.y + bh + qk_px(app, 56) + gap;
    qk_w_text(app, rounds, qk_rect(left.x, ry, left.w, left.y + left.h - ry), 36, 16, false,
              QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_TOP);

    /* the review, one missed question per page */
    qk_w_card(app, right, QK_C_SURFACE);
    int pad = qk_px(app, 32);
    SDL_Rect in = qk_rect(right.x + pad, right.y + pad / 2, right.w - 2 * pad, right.h - pad);
    int nm = missed_count(s);
    int head = qk_px(app, 56);
    int nav_h = nm > 1 ? qk_px(app, 88) : 0;
    if (nm == 0) {
        qk_w_text(app, qk_tr(QK_S_ALL_RIGHT), in, 48, 24, true, QK_C_GOOD, QK_ALIGN_CENTER,
                  QK_VALIGN_MIDDLE);
    } else {
        if (app->review_page >= nm)
            app->review_page = nm - 1;
        const qk_record *r = missed(s, app->review_page);
        char title[160];
        snprintf(title, sizeof title, "%s  (%d / %d)", qk_tr(QK_S_MISSED), app->review_page + 1,
                 nm);
        qk_w_text(app, title, qk_rect(in.x, in.y, in.w, head), 32, 18, true, QK_C_BAD,
                  QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
        int yy = in.y + head;
        int avail = in.h - head - nav_h - (nav_h ? gap : 0);
        char right_txt[4096], buf[4200];
        qk_describe_right(r->question, right_txt, sizeof right_txt);
        snprintf(buf, sizeof buf, "%s:\n%s", qk_tr(QK_S_RIGHT_ANSWER), right_txt);
        /* question and right answer take what they need (each at most a
         * third); the explanation gets the rest */
        int tw, qh, rh;
        qk_text_measure(app->g, r->question->text, qk_px(app, 38), QK_WEIGHT_BOLD, in.w, &tw, &qh);
        qk_text_measure(app->g, buf, qk_px(app, 34), QK_WEIGHT_REGULAR, in.w, &tw, &rh);
        qh += qk_px(app, 16);
        rh += qk_px(app, 16);
        if (qh > avail / 3)
            qh = avail / 3;
        if (rh > avail / 3)
            rh = avail / 3;
        int eh = avail - qh - rh;
        qk_w_text(app, r->question->text, qk_rect(in.x, yy, in.w, qh), 38, 18, true, QK_C_INK,
                  QK_ALIGN_LEFT, QK_VALIGN_TOP);
        yy += qh;
        qk_w_text(app, buf, qk_rect(in.x, yy, in.w, rh), 34, 16, false, QK_C_GOOD,
                  QK_ALIGN_LEFT, QK_VALIGN_TOP);
        yy += rh;
        qk_w_text(app, r->question->explanation, qk_rect(in.x, yy, in.w, eh), 34, 16, false,
                  QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_TOP);
        if (nav_h) {
            int nw = (in.w - gap) / 2;
            int ny = in.y + in.h - nav_h;
            qk_w_button(app, qk_rect(in.x, ny, nw, nav_h), qk_tr(QK_S_PREV), QK_UI_BUTTON,
                        QK_BTN_PREV, QK_BTN_SECONDARY, app->review_page > 0, false);
            qk_w_button(app, qk_rect(in.x + nw + gap, ny, in.w - nw - gap, nav_h),
                        qk_tr(QK_S_NEXT), QK_UI_BUTTON, QK_BTN_NEXT, QK_BTN_SECONDARY,
                        app->review_page + 1 < nm, false);
        }
    }
    int bw = portrait ? cw : cw * 32 / 100;
    qk_w_button(app, qk_rect(m + cw - bw, h - m - btn_h, bw, btn_h), qk_tr(QK_S_FINISH),
                QK_UI_BUTTON, QK_BTN_FINISH, QK_BTN_PRIMARY, true, false);
}

const qk_screen_ops qk_screen_summary = {"summary", enter, event, NULL, draw, NULL, NULL};
