/* screen_summary.c: the end of a session (completed or stopped): the score in
 * the colour of its band, a line of encouragement tied to it (never mocking),
 * a bar of % right per round, and the review: ONE scrollable list of every
 * question missed or partly right, each with the question, the answer given,
 * the right answer and the explanation, all at one text size.
 *
 * The list scrolls by finger or mouse drag (on any item), the mouse wheel,
 * the arrow keys (a line) and PageUp/PageDown (a page); it stops at its ends.
 * Each item records as QK_UI_REVIEW (id = item) with the part of it that
 * shows, so tests and autoplay can see how far the list has come. "Done" (or
 * Enter) returns the station to the attract screen; so does walking away.
 */
#include <stdio.h>
#include <stdlib.h>

#include "common.h"
#include "qk_i18n.h"

#define REVIEW_PX 30.0f      /* the one text size of the review, in units */
#define REVIEW_LINE 60.0f    /* an arrow key scrolls this many units */

static bool in_review(const qk_record *r)
{
    return r && !r->correct;
}

static int review_count(const qk_session *s)
{
    int n = 0;
    for (size_t i = 0; i < qk_session_record_count(s); i++)
        n += in_review(qk_session_record(s, i));
    return n;
}

static const qk_record *review_item(const qk_session *s, int k)
{
    for (size_t i = 0; i < qk_session_record_count(s); i++) {
        const qk_record *r = qk_session_record(s, i);
        if (in_review(r) && k-- == 0)
            return r;
    }
    return NULL;
}

static void enter(qk_app *app)
{
    app->review_page = 0;
    app->review_scroll = 0;
    app->review_scroll_max = 0;
    app->review_drag_from = -1;
}

static void scroll_to(qk_app *app, int y)
{
    if (y > app->review_scroll_max)
        y = app->review_scroll_max;
    if (y < 0)
        y = 0;
    if (y != app->review_scroll) {
        app->review_scroll = y;
        app->dirty = true;
    }
}

static void event(qk_app *app, const qk_event *ev)
{
    int step = app->review_step > 0 ? app->review_step : qk_px(app, REVIEW_LINE);
    int page = app->review_page_px > step ? app->review_page_px : step;
    switch (ev->kind) {
    case QK_EV_TAP:
        if (ev->hit && ev->hit->kind == QK_UI_BUTTON && ev->hit->id == QK_BTN_FINISH)
            qk_app_end_session(app);
        return;
    case QK_EV_WHEEL:
        scroll_to(app, app->review_scroll - ev->wheel * step * 2);
        return;
    case QK_EV_DRAG:
        if (app->review_drag_from < 0)
            app->review_drag_from = app->review_scroll;
        scroll_to(app, app->review_drag_from + (ev->press_y - ev->y));
        return;
    case QK_EV_DROP:
        app->review_drag_from = -1;
        return;
    case QK_EV_KEY:
        switch (ev->key) {
        case QK_KEY_ENTER: qk_app_end_session(app); return;
        case QK_KEY_DOWN:
        case QK_KEY_RIGHT: scroll_to(app, app->review_scroll + step); return;
        case QK_KEY_UP:
        case QK_KEY_LEFT: scroll_to(app, app->review_scroll - step); return;
        case QK_KEY_PAGEDOWN:
        case QK_KEY_SPACE: scroll_to(app, app->review_scroll + page); return;
        case QK_KEY_PAGEUP: scroll_to(app, app->review_scroll - page); return;
        default: return;
        }
    default:
        return;
    }
}

static bool drag_ok(qk_app *app, const qk_ui_rect *from)
{
    (void)app;
    return from->kind == QK_UI_REVIEW;
}

typedef enum { BAND_ALL, BAND_HIGH, BAND_MID, BAND_LOW, BAND_NONE } band;

static band band_of(size_t right, size_t answered)
{
    if (answered == 0)
        return BAND_NONE;
    if (right == answered)
        return BAND_ALL;
    double f = (double)right / (double)answered;
    return f >= 0.75 ? BAND_HIGH : f >= 0.40 ? BAND_MID : BAND_LOW;
}

qk_str qk_summary_cheer(size_t right, size_t answered)
{
    static const qk_str cheer[] = {QK_S_ALL_RIGHT, QK_S_CHEER_HIGH, QK_S_CHEER_MID,
                                   QK_S_CHEER_LOW, QK_S_CHEER_NONE};
    return cheer[band_of(right, answered)];
}

static SDL_Color band_color(band b)
{
    return b == BAND_ALL || b == BAND_HIGH ? QK_C_GOOD : b == BAND_MID ? QK_C_ACCENT : QK_C_INK;
}

/* The pieces of review item r, one text each (NULL = none), in order. */
typedef struct {
    const char *text[4];
    bool bold[4];
    SDL_Color color[4];
    char given[2048], right[2048], head[160];
} item_texts;

static void item_of(const qk_record *r, item_texts *t)
{
    const qk_question *q = r->question;
    char buf[2000];
    qk_describe_given(q, &r->answer, buf, sizeof buf);
    snprintf(t->given, sizeof t->given, "%s: %s", qk_tr(QK_S_YOU_ANSWERED), buf);
    qk_describe_right(q, buf, sizeof buf);
    snprintf(t->right, sizeof t->right, "%s: %s",
             qk_tr(q->type == QK_Q_MULTIPLE ? QK_S_RIGHT_ANSWERS : QK_S_RIGHT_ANSWER), buf);
    t->text[0] = q->text;
    t->bold[0] = true;
    t->color[0] = QK_C_INK;
    t->text[1] = t->given;
    t->bold[1] = false;
    t->color[1] = r->credit > 0 ? QK_C_PARTIAL : QK_C_BAD;
    t->text[2] = t->right;
    t->bold[2] = false;
    t->color[2] = QK_C_GOOD;
    t->text[3] = q->explanation;
    t->bold[3] = false;
    t->color[3] = QK_C_INK;
}

static int item_height(qk_app *app, const item_texts *t, int w, int gap)
{
    int h = 0;
    for (int k = 0; k < 4; k++) {
        if (!t->text[k] || !*t->text[k])
            continue;
        int tw = 0, th = 0;
        qk_text_measure(app->g, t->text[k], qk_px(app, REVIEW_PX),
                        t->bold[k] ? QK_WEIGHT_BOLD : QK_WEIGHT_REGULAR, w, &tw, &th);
        h += th + gap / 2;
    }
    return h + gap;
}

static void draw_review(qk_app *app, const qk_session *s, SDL_Rect view, int gap)
{
    SDL_Renderer *ren = qk_gfx_renderer(app->g);
    int n = review_count(s);
    app->review_items = n;
    int px = qk_px(app, REVIEW_PX);
    int bar_w = qk_px(app, 10);
    int tw = view.w - bar_w - gap;
    /* the whole list's height, then the part in view */
    int total = 0;
    item_texts *t = malloc(sizeof *t);
    if (!t)
        return;
    for (int k = 0; k < n; k++) {
        item_of(review_item(s, k), t);
        total += item_height(app, t, tw, gap);
    }
    app->review_scroll_max = total > view.h ? total - view.h : 0;
    if (app->review_scroll > app->review_scroll_max)
        app->review_scroll = app->review_scroll_max;
    app->review_step = qk_px(app, REVIEW_LINE);
    app->review_page_px = view.h - app->review_step;
    SDL_RenderSetClipRect(ren, &view);
    int y = view.y - app->review_scroll;
    for (int k = 0; k < n; k++) {
        item_of(review_item(s, k), t);
        int ih = item_height(app, t, tw, gap);
        if (y + ih > view.y && y < view.y + view.h) {
            int yy = y;
            for (int p = 0; p < 4; p++) {
                if (!t->text[p] || !*t->text[p])
                    continue;
                int mw = 0, mh = 0;
                qk_weight wt = t->bold[p] ? QK_WEIGHT_BOLD : QK_WEIGHT_REGULAR;
                qk_text_measure(app->g, t->text[p], px, wt, tw, &mw, &mh);
                qk_text_style st = {px, px, wt, t->color[p], QK_ALIGN_LEFT, QK_VALIGN_TOP};
                qk_text_draw(app->g, t->text[p], qk_rect(view.x, yy, tw, mh), &st);
                yy += mh + gap / 2;
            }
            if (k + 1 < n)
                qk_fill_rect(app->g, qk_rect(view.x, y + ih - gap / 2 - 1, tw, qk_px(app, 2)),
                             QK_C_LINE);
            SDL_Rect full = qk_rect(view.x, y, tw, ih - gap / 2), shown;
            if (SDL_IntersectRect(&full, &view, &shown))
                qk_app_record(app, shown, QK_UI_REVIEW, k);
        }
        y += ih;
    }
    free(t);
    SDL_RenderSetClipRect(ren, NULL);
    /* where in the list the view is (drawn, not a target) */
    if (app->review_scroll_max > 0) {
        SDL_Rect track = qk_rect(view.x + view.w - bar_w, view.y, bar_w, view.h);
        qk_w_round_fill(app, track, bar_w / 2, QK_C_LINE);
        int th = view.h * view.h / (total ? total : 1);
        if (th < qk_px(app, 40))
            th = qk_px(app, 40);
        int ty = view.y + (int)((long)(view.h - th) * app->review_scroll / app->review_scroll_max);
        qk_w_round_fill(app, qk_rect(track.x, ty, bar_w, th), bar_w / 2, QK_C_ACCENT);
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
    int bottom = h - m - btn_h - gap;

    size_t right = qk_session_correct_count(s), answered = qk_session_record_count(s);
    band b = band_of(right, answered);
    SDL_Rect left, list;
    int nr = (int)qk_session_round_count(s);
    int row_h = qk_px(app, 84);
    if (portrait) {
        int lh = qk_px(app, 84 + 56 + 110) + gap * 2 + nr * row_h;
        if (lh > (bottom - y) * 45 / 100)
            lh = (bottom - y) * 45 / 100;
        left = qk_rect(m, y, cw, lh);
        list = qk_rect(m, y + lh + gap, cw, bottom - y - lh - gap);
    } else {
        int lw = (cw - gap * 2) * 38 / 100;
        left = qk_rect(m, y, lw, bottom - y);
        list = qk_rect(m + lw + gap * 2, y, cw - lw - gap * 2, bottom - y);
    }

    /* the score, the encouragement, the rounds */
    char big[96], a[32], bb[32], pts[160];
    snprintf(big, sizeof big, qk_tr(QK_S_N_OF_M_RIGHT), (int)right,
             (int)(qk_session_state(s) == QK_ST_STOPPED ? answered
                                                        : qk_session_total_questions(s)));
    qk_fmt_session_points(app, qk_session_score(s), a, sizeof a);
    qk_fmt_session_points(app, qk_session_max_score(s), bb, sizeof bb);
    snprintf(pts, sizeof pts, qk_tr(QK_S_POINTS_OF), a, bb);
    int ly = left.y;
    int big_h = qk_px(app, 84);
    qk_w_text(app, big, qk_rect(left.x, ly, left.w, big_h), 64, 32, true, band_color(b),
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    ly += big_h;
    qk_w_text(app, pts, qk_rect(left.x, ly, left.w, qk_px(app, 48)), 32, 20, false, QK_C_MUTED,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    qk_app_record_label(app, pts); /* points are written alike everywhere (tested) */
    ly += qk_px(app, 48) + gap / 2;
    const char *cheer = qk_tr(qk_summary_cheer(right, answered));
    int ch = qk_px(app, 110);
    qk_w_text(app, cheer, qk_rect(left.x, ly, left.w, ch), 34, 22, true, QK_C_INK,
              QK_ALIGN_LEFT, QK_VALIGN_TOP);
    qk_app_record_label(app, cheer); /* the band's words (tested) */
    ly += ch + gap;
    int rows_room = left.y + left.h - ly;
    if (nr > 0 && rows_room / nr < row_h)
        row_h = rows_room / nr;
    for (int i = 0; i < nr && row_h > qk_px(app, 30); i++) {
        qk_round_score rs = qk_session_round_score(s, (size_t)i);
        /* % of what was answered (all of it, unless stopped early); a round
         * not reached says "–", not a 0 % it never earned */
        int pct = rs.answered ? (int)(100 * rs.correct / rs.answered) : 0;
        char line[32];
        if (rs.answered)
            snprintf(line, sizeof line, "%d %%", pct);
        else
            snprintf(line, sizeof line, "\u2013");
        int ry = ly + i * row_h;
        int th = row_h * 55 / 100;
        int pw = qk_px(app, 110);
        qk_w_text(app, qk_session_set(s)->rounds[rs.round].title,
                  qk_rect(left.x, ry, left.w - pw - gap / 2, th), 28, 16, false, QK_C_INK,
                  QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
        qk_w_text(app, line, qk_rect(left.x + left.w - pw, ry, pw, th), 28, 16, true, QK_C_INK,
                  QK_ALIGN_RIGHT, QK_VALIGN_MIDDLE);
        int bh = row_h * 22 / 100;
        qk_w_bar(app, qk_rect(left.x, ry + th + (row_h - th - bh) / 3, left.w, bh),
                 (double)pct / 100.0,
                 band_color(band_of(rs.correct, rs.answered)));
    }

    /* the review */
    qk_w_card(app, list, QK_C_SURFACE);
    int pad = qk_px(app, 28);
    SDL_Rect in = qk_rect(list.x + pad, list.y + pad / 2, list.w - 2 * pad, list.h - pad);
    int nm = review_count(s);
    int head = qk_px(app, 56);
    if (nm == 0) {
        app->review_items = 0;
        app->review_scroll_max = 0;
        qk_w_text(app, qk_tr(answered ? QK_S_ALL_RIGHT : QK_S_CHEER_NONE), in, 44, 24, true,
                  answered ? QK_C_GOOD : QK_C_INK, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
    } else {
        char title[160];
        snprintf(title, sizeof title, qk_tr(QK_S_REVIEW_HEAD), nm);
        qk_w_text(app, title, qk_rect(in.x, in.y, in.w, head), 32, 18, true, QK_C_ACCENT,
                  QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
        draw_review(app, s, qk_rect(in.x, in.y + head, in.w, in.h - head), gap);
    }
    /* A+ and the contrast toggle at the left of the footer */
    int acc = qk_draw_access(app, m + 2 * (btn_h * 5 / 4) + qk_px(app, 14), h - m - btn_h, btn_h);
    /* and the speaker beside them (speech "button"; speak.c) */
    int spk = qk_draw_speaker(app, m + acc + gap + qk_speaker_width(app, btn_h), h - m - btn_h,
                              btn_h);
    if (spk)
        acc += gap + spk;
    int bw = portrait ? cw - acc - gap : cw * 32 / 100;
    qk_w_button(app, qk_rect(m + cw - bw, h - m - btn_h, bw, btn_h), qk_tr(QK_S_FINISH),
                QK_UI_BUTTON, QK_BTN_FINISH, QK_BTN_PRIMARY, true, false);
}

const qk_screen_ops qk_screen_summary = {"summary", enter, event, NULL, draw, NULL, drag_ok};
