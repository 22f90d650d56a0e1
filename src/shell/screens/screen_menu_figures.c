/* screen_menu_figures.c: the trainer menu's page of today's figures, as
 * pictures.
 *
 * Two charts from the core's figures (qk_figures_compute over today's stored
 * sessions, autoplay left out):
 *   - today's sessions by status: a bar each for completed, stopped and
 *     abandoned (and in progress, only while one is), its length the count
 *     over the largest count, the count written after it;
 *   - the most-missed questions (at most five): the question's text, and a bar
 *     whose full length is 100 % with its "% wrong" written after it.
 * Landscape puts the charts side by side, portrait one over the other. The
 * average score of today's completed sessions is a line under the statuses.
 *
 * Every bar's track records as QK_UI_BAR id QK_MENU_TRACK(id) and its fill as
 * QK_UI_BAR id (QK_MENU_BAR_STATUS + status or QK_MENU_BAR_MISSED + rank), so
 * a test can read each bar's length off the layout. A store that can no
 * longer write still shows what it holds, under a line saying what is wrong;
 * without a readable store the page says why.
 */
#include <stdio.h>
#include <time.h>

#include "qk_answer_text.h"
#include "qk_figures.h"
#include "qk_i18n.h"
#include "screen_menu.h"

#define FIG_TEXT 30.0f   /* units: labels and counts */
#define FIG_BAR 34.0f    /* units: a bar's height */

/* A bar: the track across r, filled from the left `len` pixels. */
static void bar(qk_app *app, SDL_Rect r, int len, SDL_Color fill, int id)
{
    int rad = r.h / 2;
    qk_w_round_fill(app, r, rad, QK_C_LINE);
    SDL_Rect f = qk_rect(r.x, r.y, len, r.h);
    if (len >= r.h)
        qk_w_round_fill(app, f, rad, fill);
    else if (len > 0)
        qk_fill_rect(app->g, f, fill);
    qk_app_record(app, r, QK_UI_BAR, QK_MENU_TRACK(id));
    qk_app_record(app, f, QK_UI_BAR, id);
}

static void text_at(qk_app *app, const char *s, SDL_Rect r, bool bold, SDL_Color c,
                    qk_halign ha)
{
    qk_w_text(app, s, r, FIG_TEXT, 16, bold, c, ha, QK_VALIGN_MIDDLE);
}

static const SDL_Color *status_color(int i)
{
    return i == 0 ? &QK_C_GOOD : i == 1 ? &QK_C_PARTIAL : i == 2 ? &QK_C_BAD : &QK_C_MUTED;
}

/* Today's sessions by status, in the box r; returns the y below. */
static int draw_statuses(qk_app *app, const qk_figures *f, SDL_Rect r)
{
    int row = qk_px(app, 58);
    int y = r.y;
    text_at(app, qk_tr(QK_S_FIG_BY_STATUS), qk_rect(r.x, y, r.w, row), true, QK_C_INK,
            QK_ALIGN_LEFT);
    y += row;
    long max = 0;
    for (int i = 0; i < QK_FIG_STATUSES; i++)
        if (f->by_status[i] > max)
            max = f->by_status[i];
    /* the labels' column as wide as the longest status word, so all share a size */
    int label_w = 0, count_w = qk_px(app, 70), gap = qk_px(app, 14);
    for (int i = 0; i < QK_FIG_STATUSES; i++) {
        int tw = 0, th = 0;
        qk_text_measure(app->g, qk_fig_status_word(i), qk_px(app, FIG_TEXT), QK_WEIGHT_REGULAR,
                        0, &tw, &th);
        if ((i < 3 || f->by_status[i] > 0) && tw + qk_px(app, 4) > label_w)
            label_w = tw + qk_px(app, 4);
    }
    if (label_w > r.w / 2)
        label_w = r.w / 2;
    int track_w = r.w - label_w - count_w - 2 * gap;
    int bh = qk_px(app, FIG_BAR);
    for (int i = 0; i < QK_FIG_STATUSES; i++) {
        if (i == 3 && f->by_status[i] == 0) /* "in progress" only while one is */
            continue;
        text_at(app, qk_fig_status_word(i), qk_rect(r.x, y, label_w, row), false, QK_C_INK,
                QK_ALIGN_LEFT);
        SDL_Rect t = qk_rect(r.x + label_w + gap, y + (row - bh) / 2, track_w, bh);
        bar(app, t, qk_fig_bar_length((double)f->by_status[i], (double)max, track_w),
            *status_color(i), QK_MENU_BAR_STATUS + i);
        char n[32];
        snprintf(n, sizeof n, "%ld", f->by_status[i]);
        text_at(app, n, qk_rect(t.x + t.w + gap, y, count_w, row), true, QK_C_INK,
                QK_ALIGN_RIGHT);
        y += row;
    }
    if (f->avg_score_pct >= 0) {
        char pct[32], line[200];
        qk_fmt_points(f->avg_score_pct, pct, sizeof pct);
        snprintf(line, sizeof line, qk_tr(QK_S_FIG_AVG), pct);
        text_at(app, line, qk_rect(r.x, y, r.w, row), false, QK_C_MUTED, QK_ALIGN_LEFT);
        y += row;
    }
    return y;
}

/* The most-missed questions in the box r (as many as fit, at most 5). */
static void draw_missed(qk_app *app, const qk_figures *f, SDL_Rect r)
{
    int row = qk_px(app, 58);
    int y = r.y;
    text_at(app, qk_tr(QK_S_FIG_MISSED), qk_rect(r.x, y, r.w, row), true, QK_C_INK,
            QK_ALIGN_LEFT);
    y += row;
    size_t idx[5];
    size_t k = qk_figures_most_missed(f, idx, 5);
    if (k == 0) {
        text_at(app, qk_tr(QK_S_FIG_NO_MISSED), qk_rect(r.x, y, r.w, row), false, QK_C_MUTED,
                QK_ALIGN_LEFT);
        return;
    }
    int qh = qk_px(app, 76);  /* the question's text: up to two lines */
    int bh = qk_px(app, FIG_BAR), gap = qk_px(app, 14), pct_w = qk_px(app, 190);
    int item = qh + bh + qk_px(app, 22);
    int track_w = r.w - pct_w - gap;
    for (size_t i = 0; i < k && y + item <= r.y + r.h; i++) {
        const qk_fig_question *q = &f->questions[idx[i]];
        qk_w_text(app, q->q ? q->q->text : q->question_id, qk_rect(r.x, y, r.w, qh), 26, 16,
                  false, QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_BOTTOM);
        y += qh + qk_px(app, 4);
        double wrong = 100.0 - q->pct_right;
        SDL_Rect t = qk_rect(r.x, y, track_w, bh);
        bar(app, t, qk_fig_bar_length(wrong, 100.0, track_w), QK_C_BAD,
            QK_MENU_BAR_MISSED + (int)i);
        char num[32], pct[64];
        qk_fmt_points(wrong, num, sizeof num);
        snprintf(pct, sizeof pct, qk_tr(QK_S_FIG_PCT_WRONG), num);
        text_at(app, pct, qk_rect(t.x + t.w + gap, y - (qk_px(app, 58) - bh) / 2, pct_w,
                                  qk_px(app, 58)),
                true, QK_C_INK, QK_ALIGN_RIGHT);
        y += bh + qk_px(app, 18);
    }
}

/* Today's history with its texts, into f. False (with a reason in why) when
 * the store cannot be read. */
static bool today(qk_app *app, qk_figures *f, char *why, size_t cap)
{
    qk_history h;
    qk_history_filter flt = {qk_store_day_start(time(NULL)), NULL, false};
    if (!qk_store_readable(app->store) || !qk_store_history(app->store, &flt, &h, why, cap))
        return false;
    qk_textbook *tb = qk_textbook_create();
    for (size_t i = 0; tb && i < app->n_choices; i++)
        qk_textbook_add_set(tb, app->choices[i]);
    if (tb && app->set)
        qk_textbook_add_set(tb, app->set);
    bool ok = qk_figures_compute(&h, tb, f);
    /* the question pointers point into the sets, not the textbook: they stay */
    qk_textbook_destroy(tb);
    qk_history_clear(&h);
    return ok;
}

void qk_menu_draw_figures(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 18);
    int y = qk_menu_draw_title(app, qk_tr(QK_S_MENU_FIGURES), x, cw);
    int bh = qk_px(app, 100);
    int bottom = h - m - bh - gap;
    char why[600] = "", line[800] = "";
    qk_figures f;
    bool have = today(app, &f, line, sizeof line);
    qk_store_problem_words(app->store, why, sizeof why);
    if (!have || *why) {
        /* A store that can no longer write (a full disk, a read-only file)
         * still shows what it holds, under a line saying what is wrong. */
        char text[1500];
        snprintf(text, sizeof text, qk_tr(QK_S_NO_STORE), *why ? why : *line ? line : "-");
        int lh = qk_px(app, 90);
        qk_w_text(app, text, qk_rect(x, y, cw, lh), 28, 16, false, QK_C_MUTED, QK_ALIGN_LEFT,
                  QK_VALIGN_TOP);
        y += lh + gap;
    }
    if (have && f.sessions == 0)
        qk_w_text(app, qk_tr(QK_S_FIG_NONE), qk_rect(x, y, cw, qk_px(app, 60)), 34, 16, false,
                  QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_TOP);
    if (have && f.sessions > 0) {
        if (qk_portrait(app)) {
            int below = draw_statuses(app, &f, qk_rect(x, y, cw, bottom - y));
            y = below + qk_px(app, 30);
            draw_missed(app, &f, qk_rect(x, y, cw, bottom - y));
        } else {
            int lw = cw * 40 / 100, sp = qk_px(app, 60);
            draw_statuses(app, &f, qk_rect(x, y, lw, bottom - y));
            draw_missed(app, &f, qk_rect(x + lw + sp, y, cw - lw - sp, bottom - y));
        }
    }
    if (have)
        qk_figures_clear(&f);
    qk_w_button(app, qk_rect(x, h - m - bh, cw, bh), qk_tr(QK_S_BACK), QK_UI_BUTTON,
                QK_BTN_MENU_BACK, QK_BTN_SECONDARY, true, false);
}
