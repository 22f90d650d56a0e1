/* screen_start.c: choose a round (its title, number of questions and about
 * how many minutes it takes), or all.
 *
 * Each offered round is a tile numbered 1..n (keys 1-9 choose it); "all
 * rounds" (with its number of questions) is a plain secondary button, so that
 * the biggest thing on the screen is a round, not the longest way through
 * (Enter still takes it when nothing has the focus). The arrows move a focus
 * ring and Enter takes the focused choice. A set with one round offers no
 * choice: its title and length, and one "Start" (Enter). "Back" returns to
 * the attract screen.
 *
 * Minutes are an estimate: each question's time limit, or 40 s where it has
 * none, averaged over the round's questions, times the questions drawn.
 */
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"

static int focus;

static void enter(qk_app *app)
{
    (void)app;
    focus = -1;
}

static void choose(qk_app *app, int id)
{
    if (id < 0) {
        const size_t *rounds;
        size_t n = qk_app_offered_rounds(app, &rounds);
        qk_app_start_session(app, rounds, rounds ? n : 0);
    } else {
        size_t r = (size_t)id;
        qk_app_start_session(app, &r, 1);
    }
}

static size_t round_questions(const qk_round *r)
{
    return r->pick && r->pick < r->n_questions ? r->pick : r->n_questions;
}

static int round_minutes(const qk_round *r)
{
    if (!r->n_questions)
        return 1;
    double secs = 0;
    for (size_t i = 0; i < r->n_questions; i++)
        secs += r->questions[i].time_limit > 0 ? r->questions[i].time_limit : 40;
    secs = secs / (double)r->n_questions * (double)round_questions(r);
    int min = (int)((secs + 59.0) / 60.0);
    return min < 1 ? 1 : min;
}

static void round_length(const qk_round *r, char *buf, size_t cap)
{
    size_t nq = round_questions(r);
    if (nq == 1)
        snprintf(buf, cap, qk_tr(QK_S_ROUND_LENGTH_ONE), round_minutes(r));
    else
        snprintf(buf, cap, qk_tr(QK_S_ROUND_LENGTH), (int)nq, round_minutes(r));
}

static int offered(qk_app *app, int k)
{
    const size_t *rounds;
    size_t n = qk_app_offered_rounds(app, &rounds);
    if (k < 0 || (size_t)k >= n)
        return -2;
    return rounds ? (int)rounds[k] : k;
}

static void event(qk_app *app, const qk_event *ev)
{
    const size_t *rounds;
    int n = (int)qk_app_offered_rounds(app, &rounds);
    if (ev->kind == QK_EV_TAP && ev->hit) {
        if (ev->hit->kind == QK_UI_ROUND)
            choose(app, ev->hit->id);
        else if (ev->hit->kind == QK_UI_BUTTON && ev->hit->id == QK_BTN_CANCEL)
            qk_app_end_session(app);
    } else if (ev->kind == QK_EV_KEY) {
        if (ev->key == QK_KEY_DIGIT && ev->digit >= 1 && ev->digit <= n) {
            choose(app, offered(app, ev->digit - 1));
        } else if (ev->key == QK_KEY_UP || ev->key == QK_KEY_LEFT) {
            focus = focus <= 0 ? n : focus - 1; /* n = the "all rounds" button */
            app->dirty = true;
        } else if (ev->key == QK_KEY_DOWN || ev->key == QK_KEY_RIGHT) {
            focus = focus < 0 || focus >= n ? 0 : focus + 1;
            app->dirty = true;
        } else if (ev->key == QK_KEY_ENTER || ev->key == QK_KEY_SPACE) {
            if (n == 1)
                choose(app, offered(app, 0));
            else
                choose(app, focus >= 0 && focus < n ? offered(app, focus) : -1);
        }
    }
}

static void draw(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    bool portrait = qk_portrait(app);
    const size_t *rounds;
    int n = (int)qk_app_offered_rounds(app, &rounds);
    qk_fill_rect(app->g, qk_rect(0, 0, w, qk_px(app, 18)), QK_C_ACCENT);

    int y = m + qk_px(app, 18);
    int cw = portrait ? w - 2 * m : (w - 2 * m) * 80 / 100;
    int x = (w - cw) / 2;
    /* the set's title, with A+ and the contrast toggle at the right */
    int acc_w = qk_draw_access(app, x + cw, y, qk_px(app, 72));
    qk_w_text(app, app->set->title, qk_rect(x, y, cw - acc_w - qk_px(app, 24), qk_px(app, 72)),
              32, 20, false, QK_C_MUTED, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    y += qk_px(app, 84);
    int btn_h = qk_px(app, 104);
    if (n == 1) {
        /* one round: nothing to choose */
        int ri = rounds ? (int)rounds[0] : 0;
        const qk_round *r = &app->set->rounds[ri];
        char len[96];
        round_length(r, len, sizeof len);
        int th = qk_px(app, portrait ? 260 : 180);
        qk_w_text(app, r->title, qk_rect(x, y, cw, th), 72, 36, true, QK_C_INK, QK_ALIGN_LEFT,
                  QK_VALIGN_MIDDLE);
        y += th + qk_px(app, 12);
        qk_w_text(app, len, qk_rect(x, y, cw, qk_px(app, 60)), 40, 24, false, QK_C_MUTED,
                  QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
        qk_app_record_label(app, len); /* its length (tested) */
        y += qk_px(app, 60) + qk_px(app, 40);
        int sh = qk_px(app, 140);
        int sw = portrait ? cw : cw * 50 / 100;
        qk_w_button(app, qk_rect(x, y, sw, sh), qk_tr(QK_S_START), QK_UI_ROUND, ri,
                    QK_BTN_PRIMARY, true, focus == 0);
        qk_w_button(app, qk_rect(x, h - m - btn_h, portrait ? cw * 4 / 10 : cw * 25 / 100,
                                 btn_h),
                    qk_tr(QK_S_BACK), QK_UI_BUTTON, QK_BTN_CANCEL, QK_BTN_QUIET, true, false);
        return;
    }
    qk_w_text(app, qk_tr(QK_S_CHOOSE_ROUND), qk_rect(x, y, cw, qk_px(app, 84)), 64, 36, true,
              QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    y += qk_px(app, 84) + qk_px(app, 32);

    int foot = btn_h + m;
    int gap = qk_px(app, 20);
    int cols = (!portrait && n > 4) || (portrait && n > 7) ? 2 : 1;
    int avail = h - foot - y - qk_px(app, 32);
    int rows = (n + cols - 1) / cols;
    int th = rows ? (avail - (rows - 1) * gap) / rows : 0;
    while (th < qk_px(app, 76) && cols < 4) { /* many rounds: more columns */
        cols++;
        rows = (n + cols - 1) / cols;
        th = rows ? (avail - (rows - 1) * gap) / rows : 0;
    }
    if (th > qk_px(app, portrait ? 170 : 128)) /* portrait has the height to spare */
        th = qk_px(app, portrait ? 170 : 128);
    SDL_Rect grid = qk_rect(x, y, cw, rows * th + (rows - 1) * gap);
    const char *titles[QK_MAX_ROUNDS];
    for (int k = 0; k < n && k < QK_MAX_ROUNDS; k++)
        titles[k] = app->set->rounds[rounds ? rounds[k] : (size_t)k].title;
    app->tile_label_px = qk_w_tile_group_px(app, grid, n, cols, gap, titles, true, false,
                                            portrait ? 40.0f : 34.0f);
    for (int k = 0; k < n; k++) {
        int ri = rounds ? (int)rounds[k] : k;
        const qk_round *r = &app->set->rounds[ri];
        char tag[96], num[16];
        round_length(r, tag, sizeof tag);
        snprintf(num, sizeof num, "%d", k + 1);
        qk_w_tile(app, qk_grid_cell(grid, n, cols, gap, k), num, k, r->title, tag,
                  QK_TILE_NORMAL, focus == k, false, QK_UI_ROUND, ri);
    }
    app->tile_label_px = 0;
    int bw = portrait ? (cw - gap) * 6 / 10 : cw * 4 / 10;
    int by = h - m - btn_h;
    qk_w_button(app, qk_rect(x, by, portrait ? cw - bw - gap : cw * 25 / 100, btn_h),
                qk_tr(QK_S_BACK), QK_UI_BUTTON, QK_BTN_CANCEL, QK_BTN_QUIET, true, false);
    int all_q = 0;
    for (int k = 0; k < n; k++)
        all_q += (int)round_questions(&app->set->rounds[rounds ? rounds[k] : (size_t)k]);
    char all[96];
    snprintf(all, sizeof all, qk_tr(QK_S_ALL_ROUNDS_N), all_q);
    qk_w_button(app, qk_rect(x + cw - bw, by, bw, btn_h), all, QK_UI_ROUND, -1,
                QK_BTN_SECONDARY, true, focus == n);
}

const qk_screen_ops qk_screen_start = {"start", enter, event, NULL, draw, NULL, NULL};
