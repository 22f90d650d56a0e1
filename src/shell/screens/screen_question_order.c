/* screen_question_order.c: the answer area of an order question.
 *
 * A pool of lettered items and as many numbered slots. Tapping an item puts it
 * in the next free slot; tapping it again, or its filled slot, takes it out;
 * Undo (Backspace) takes out the slot filled last. Items and filled slots can
 * be dragged onto a slot (onto a filled one, the two swap), and a slot dragged
 * off the slots is emptied. Landscape: pool left, slots right, half and half;
 * portrait: pool above the slots. Items and slots share one label size.
 *
 * State in qk_qstate: slot[k] is the display place in slot k (-1 empty),
 * placed_seq the filled slots in the order they were filled (for undo).
 */
#include <stdio.h>

#include "screen_question.h"
#include "qk_i18n.h"

static int slot_of(const qk_qstate *qs, int place)
{
    for (size_t k = 0; k < qs->n; k++)
        if (qs->slot[k] == place)
            return (int)k;
    return -1;
}

/* Keeps placed_seq = the filled slots in the order they were filled. */
static void seq_remove(qk_qstate *qs, int k)
{
    size_t j = 0;
    for (size_t i = 0; i < qs->placed; i++)
        if (qs->placed_seq[i] != k)
            qs->placed_seq[j++] = qs->placed_seq[i];
    qs->placed = j;
}

static void seq_add(qk_qstate *qs, int k)
{
    for (size_t i = 0; i < qs->placed; i++)
        if (qs->placed_seq[i] == k)
            return;
    if (qs->placed < QK_MAX_CHOICES)
        qs->placed_seq[qs->placed++] = k;
}

void qk_qorder_unplace(qk_qstate *qs, int k)
{
    if (k < 0 || qs->slot[k] < 0)
        return;
    qs->slot[k] = -1;
    seq_remove(qs, k);
}

/* Puts display item `place` into slot j; an item already in j goes to the
 * slot `place` came from (or back to the pool). */
static void put(qk_qstate *qs, int place, int j)
{
    if (j < 0 || (size_t)j >= qs->n || qs->slot[j] == place)
        return;
    int occupant = qs->slot[j];
    int from = slot_of(qs, place);
    if (from >= 0) {
        qs->slot[from] = occupant;
        if (occupant < 0)
            seq_remove(qs, from);
    }
    qs->slot[j] = place;
    seq_add(qs, j);
}

bool qk_qorder_complete(const qk_qstate *qs)
{
    return qs->placed == qs->n;
}

void qk_qorder_fill(const qk_qstate *qs, qk_answer *a)
{
    for (size_t i = 0; i < qs->n; i++)
        a->v[i] = (int)qs->order[qs->slot[i]];
}

void qk_qorder_tap(qk_qstate *qs, int i)
{
    int k = slot_of(qs, i);
    if (k >= 0) {
        qk_qorder_unplace(qs, k);
        return;
    }
    for (size_t j = 0; j < qs->n; j++)
        if (qs->slot[j] < 0) {
            put(qs, i, (int)j);
            return;
        }
}

int qk_qorder_drag_place(const qk_qstate *qs, int kind, int id)
{
    return kind == QK_UI_TILE ? id : qs->slot[id];
}

void qk_qorder_drop(qk_qstate *qs, const qk_ui_rect *from, const qk_ui_rect *to)
{
    int place = qk_qorder_drag_place(qs, from->kind, from->id);
    if (to && to->kind == QK_UI_SLOT)
        put(qs, place, to->id);
    else if (from->kind == QK_UI_SLOT)
        qk_qorder_unplace(qs, from->id); /* dragged out of the slots */
}

bool qk_qorder_drag_ok(const qk_qstate *qs, const qk_ui_rect *from)
{
    return from->kind == QK_UI_TILE || (from->kind == QK_UI_SLOT && qs->slot[from->id] >= 0);
}

bool qk_qorder_undo(qk_qstate *qs)
{
    if (qs->placed == 0)
        return false;
    qk_qorder_unplace(qs, qs->placed_seq[qs->placed - 1]);
    return true;
}

bool qk_qorder_can_undo(const qk_qstate *qs)
{
    return qs->placed > 0;
}

void qk_qorder_need(const qk_app *app, const qk_qstate *qs, int force_cols, int *rows,
                    int *extra, int *cols)
{
    int n = (int)qs->n;
    *cols = force_cols > 0 ? force_cols : n > 5 && !app->large ? 2 : 1; /* large: one a row, scrolls */
    *rows = (n + *cols - 1) / *cols;
    *extra = qk_q_head_px(app);
    if (qk_portrait(app))
        *rows *= 2;
}

void qk_qorder_draw(qk_app *app, SDL_Rect body, int cols, int gap)
{
    qk_qstate *qs = &app->qs;
    int n = (int)qs->n;
    const char *labels[QK_MAX_CHOICES];
    for (int i = 0; i < n && i < QK_MAX_CHOICES; i++)
        labels[i] = qk_q_item_text(qs, i);
    int rows = (n + cols - 1) / cols;
    SDL_Rect pool, other;
    qk_q_split_pool(app, body, rows, rows, 50, gap, &pool, &other);
    if (!qk_portrait(app))
        other.h = pool.h;
    /* One text size for the items and the places they go: the slots repeat
     * the items' labels, and a slot must not show a label larger or smaller
     * than the item it came from. */
    float label_px = qk_q_label_units(app);
    float items_px = qk_w_tile_group_px(app, pool, n, cols, gap, labels, true, false, label_px);
    float slots_px = qk_w_tile_group_px(app, other, n, cols, gap, labels, false, false,
                                        label_px);
    if (slots_px < items_px)
        items_px = slots_px;
    char tag[QK_MAX_LABEL_BYTES + 16];
    app->tile_label_px = items_px;
    for (int i = 0; i < n; i++) {
        const char *tg = NULL;
        qk_tile_state st = QK_TILE_NORMAL;
        int k = slot_of(qs, i);
        if (k >= 0) {
            char num[16];
            snprintf(num, sizeof num, "%d", k + 1);
            snprintf(tag, sizeof tag, qk_tr(QK_S_PLACED_IN), num);
            tg = tag;
            st = QK_TILE_DIM;
        }
        qk_w_tile(app, qk_grid_cell(pool, n, cols, gap, i), qk_letter(i), i,
                  qk_q_item_text(qs, i), tg, st, qs->focus == i, false, QK_UI_TILE, i);
    }
    app->tile_label_px = 0;
    qk_q_heading(app, qk_tr(QK_S_YOUR_ORDER), other, gap);
    app->tile_label_px = items_px;
    for (int k = 0; k < n; k++) {
        char num[16];
        snprintf(num, sizeof num, "%d", k + 1);
        int p = qs->slot[k];
        qk_w_tile(app, qk_grid_cell(other, n, cols, gap, k), num, 7,
                  p >= 0 ? qk_q_item_text(qs, p) : NULL, NULL,
                  p >= 0 ? QK_TILE_CHOSEN : QK_TILE_DIM, false, false, QK_UI_SLOT, k);
    }
    app->tile_label_px = 0;
}
