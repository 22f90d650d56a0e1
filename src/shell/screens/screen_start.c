/* screen_start.c: choose a round (its title and number of questions), or all.
 *
 * Each offered round is a tile numbered 1..n (keys 1-9 choose it); "all
 * rounds" is the primary button (Enter). The arrows move a focus ring and
 * Enter takes the focused choice. "Back" returns to the attract screen.
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
    qk_w_text(app, app->set->title, qk_rect(x, y, cw, qk_px(app, 48)), 32, 20, false,
              QK_C_MUTED, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    y += qk_px(app, 56);
    qk_w_text(app, qk_tr(QK_S_CHOOSE_ROUND), qk_rect(x, y, cw, qk_px(app, 84)), 64, 36, true,
              QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    y += qk_px(app, 84) + qk_px(app, 32);

    int btn_h = qk_px(app, 104);
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
        size_t nq = r->pick && r->pick < r->n_questions ? r->pick : r->n_questions;
        char tag[64], num[16];
        if (nq == 1)
            snprintf(tag, sizeof tag, "%s", qk_tr(QK_S_ONE_QUESTION));
        else
            snprintf(tag, sizeof tag, qk_tr(QK_S_N_QUESTIONS), (int)nq);
        snprintf(num, sizeof num, "%d", k + 1);
        qk_w_tile(app, qk_grid_cell(grid, n, cols, gap, k), num, k, r->title, tag,
                  QK_TILE_NORMAL, focus == k, false, QK_UI_ROUND, ri);
    }
    app->tile_label_px = 0;
    int bw = portrait ? (cw - gap) * 6 / 10 : cw * 4 / 10;
    int by = h - m - btn_h;
    qk_w_button(app, qk_rect(x, by, portrait ? cw - bw - gap : cw * 25 / 100, btn_h),
                qk_tr(QK_S_BACK), QK_UI_BUTTON, QK_BTN_CANCEL, QK_BTN_QUIET, true, false);
    qk_w_button(app, qk_rect(x + cw - bw, by, bw, btn_h), qk_tr(QK_S_ALL_ROUNDS), QK_UI_ROUND,
                -1, QK_BTN_PRIMARY, true, focus == n);
}

const qk_screen_ops qk_screen_start = {"start", enter, event, NULL, draw, NULL, NULL};
