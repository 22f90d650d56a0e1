/* screen_question_categorize.c: the answer area of a categorize question.
 *
 * A pool of lettered items and the categories (numbered 1-4). Tap an item (it
 * lights up), then a category, or drag the item onto the category; with the
 * keyboard a digit picks an item and then a digit 1-4 its category (the
 * screen's key handling asks qs->picked). Undo (Backspace) takes back the item
 * sorted last. Landscape: the pool takes 70 % of the width, the categories
 * stand in a column beside it; portrait: the pool on top and the categories in
 * a row under it, taking the height down to the footer (up to twice a tile).
 *
 * State in qk_qstate: cat[i] is the category of display place i (-1 not yet),
 * cat_seq the places in the order they were sorted, picked the item held.
 */
#include <stdio.h>

#include "screen_question.h"
#include "qk_i18n.h"

bool qk_qcat_complete(const qk_qstate *qs)
{
    return qs->n_sorted == qs->n;
}

void qk_qcat_fill(const qk_qstate *qs, qk_answer *a)
{
    for (size_t i = 0; i < qs->n; i++)
        a->v[qs->order[i]] = qs->cat[i];
}

void qk_qcat_tap(qk_qstate *qs, int i)
{
    qs->picked = qs->picked == i ? -1 : i;
}

void qk_qcat_assign(qk_qstate *qs, int item, int c)
{
    if (item < 0 || (size_t)item >= qs->n || c < 0 || (size_t)c >= qs->q->n_categories)
        return;
    if (qs->cat[item] < 0 && qs->n_sorted < QK_MAX_CHOICES)
        qs->cat_seq[qs->n_sorted++] = item;
    qs->cat[item] = c;
    qs->picked = -1;
}

bool qk_qcat_undo(qk_qstate *qs)
{
    if (qs->n_sorted == 0)
        return false;
    int item = qs->cat_seq[--qs->n_sorted];
    qs->cat[item] = -1;
    qs->picked = -1;
    return true;
}

bool qk_qcat_can_undo(const qk_qstate *qs)
{
    return qs->n_sorted > 0;
}

void qk_qcat_need(const qk_app *app, const qk_qstate *qs, int force_cols, int *rows,
                  int *extra, int *cols)
{
    bool portrait = qk_portrait(app);
    int n = (int)qs->n;
    *extra = 0;
    *cols = force_cols > 0 ? force_cols : n > (portrait ? 5 : 4) && !app->large ? 2 : 1; /* large: one a row, scrolls */
    *rows = (n + *cols - 1) / *cols;
    if (portrait) {
        *rows += 1;
        *extra = qk_q_head_px(app);
    }
}

void qk_qcat_draw(qk_app *app, SDL_Rect body, int cols, int gap)
{
    qk_qstate *qs = &app->qs;
    const qk_question *q = qs->q;
    bool portrait = qk_portrait(app);
    int n = (int)qs->n;
    int maxh = qk_px(app, qk_q_tile_pref_units(app, q->type));
    const char *labels[QK_MAX_CHOICES];
    for (int i = 0; i < n && i < QK_MAX_CHOICES; i++)
        labels[i] = qk_q_item_text(qs, i);
    int rows = (n + cols - 1) / cols;
    SDL_Rect pool, other;
    qk_q_split_pool(app, body, rows, 1, 70, gap, &pool, &other);
    if (portrait) {
        /* The categories are where the items go, so they take the height left
         * under the items (up to twice a tile's), rather than sitting small
         * above an empty screen bottom. */
        int left = body.y + body.h - other.y;
        int most = 2 * maxh;
        other.h = left < other.h ? other.h : (left > most ? most : left);
    }
    float label_px = qk_q_label_units(app);
    char tag[QK_MAX_LABEL_BYTES + 16];
    app->tile_label_px = qk_w_tile_group_px(app, pool, n, cols, gap, labels, true, false,
                                            label_px);
    for (int i = 0; i < n; i++) {
        const char *tg = NULL;
        if (qs->cat[i] >= 0) {
            snprintf(tag, sizeof tag, qk_tr(QK_S_PLACED_IN), q->categories[qs->cat[i]]);
            tg = tag;
        }
        qk_w_tile(app, qk_grid_cell(pool, n, cols, gap, i), qk_letter(i), i,
                  qk_q_item_text(qs, i), tg,
                  qs->picked == i ? QK_TILE_CHOSEN : QK_TILE_NORMAL, qs->focus == i, false,
                  QK_UI_TILE, i);
    }
    app->tile_label_px = 0;

    int nc = (int)q->n_categories;
    qk_q_heading(app, qk_tr(QK_S_SORT_INTO), other, gap);
    int ccols = portrait ? nc : 1;
    SDL_Rect bins = other;
    if (!portrait) {
        int ch = (other.h - (nc - 1) * gap) / nc;
        if (ch > qk_px(app, 200))
            ch = qk_px(app, 200);
        bins.h = nc * ch + (nc - 1) * gap;
    }
    const char *cats[QK_MAX_CATEGORIES];
    for (int c = 0; c < nc && c < QK_MAX_CATEGORIES; c++)
        cats[c] = q->categories[c];
    /* Categories at one size, as large as the items' (larger in portrait,
     * where they have the room). */
    app->tile_label_px = qk_w_tile_group_px(app, bins, nc, ccols, gap, cats, false, false,
                                            portrait ? label_px * 1.25f : label_px);
    for (int c = 0; c < nc; c++) {
        char num[16];
        snprintf(num, sizeof num, "%d", c + 1);
        qk_w_tile(app, qk_grid_cell(bins, nc, ccols, gap, c), num, 5 + c, q->categories[c],
                  NULL, qs->picked >= 0 ? QK_TILE_CHOSEN : QK_TILE_NORMAL, false, false,
                  QK_UI_CATEGORY, c);
    }
    app->tile_label_px = 0;
}
