/* screen_question_choice.c: the answer area of single, multiple and truefalse
 * questions, a grid of lettered tiles.
 *
 * single, truefalse  one tap answers (truefalse shows "Sant" and "Usant", in
 *                    that order, whatever the model's order).
 * multiple           taps toggle tick boxes; the screen's Submit answers.
 * All tiles of a question share one label size (qk_w_tile_group_px), so the
 * text does not jump from tile to tile.
 */
#include "screen_question.h"

bool qk_qchoice_complete(const qk_qstate *qs)
{
    if (qs->q->type != QK_Q_MULTIPLE)
        return false;
    for (size_t i = 0; i < qs->n; i++)
        if (qs->selected[i])
            return true;
    return false;
}

void qk_qchoice_fill(const qk_qstate *qs, qk_answer *a)
{
    if (qs->q->type != QK_Q_MULTIPLE)
        return;
    for (size_t i = 0; i < qs->n; i++)
        a->v[qs->order[i]] = qs->selected[i] ? 1 : 0;
}

void qk_qchoice_tap(qk_app *app, int i)
{
    qk_qstate *qs = &app->qs;
    if (qs->q->type == QK_Q_MULTIPLE) {
        qs->selected[i] = !qs->selected[i];
        app->dirty = true;
        return;
    }
    qk_answer a = {.n = 1};
    a.v[0] = (int)qs->order[i];
    qk_app_answer(app, &a);
}

void qk_qchoice_need(const qk_app *app, const qk_qstate *qs, int force_cols, int *rows,
                     int *extra, int *cols)
{
    int n = (int)qs->n;
    *extra = 0;
    if (qs->q->type == QK_Q_TRUEFALSE) {
        *cols = 2;
        *rows = 1;
        return;
    }
    if (app->large)
        *cols = 1; /* large text: one answer a row, the screen scrolls */
    else if (qk_portrait(app))
        *cols = 1; /* full-width tiles, one line of text; two columns only if too tall */
    else
        *cols = n > 3 ? 2 : 1;
    if (force_cols > 0)
        *cols = force_cols;
    *rows = (n + *cols - 1) / *cols;
}

void qk_qchoice_draw(qk_app *app, SDL_Rect body, int cols, int gap)
{
    qk_qstate *qs = &app->qs;
    const qk_question *q = qs->q;
    int n = (int)qs->n;
    int maxh = qk_px(app, qk_q_tile_pref_units(app, q->type));
    const char *labels[QK_MAX_CHOICES];
    for (int i = 0; i < n && i < QK_MAX_CHOICES; i++)
        labels[i] = qk_q_item_text(qs, i);
    int rows = (n + cols - 1) / cols;
    int th = (body.h - (rows - 1) * gap) / rows;
    if (th > maxh)
        th = maxh;
    SDL_Rect grid = qk_rect(body.x, body.y, body.w, rows * th + (rows - 1) * gap);
    app->tile_label_px = qk_w_tile_group_px(app, grid, n, cols, gap, labels, false,
                                            q->type == QK_Q_MULTIPLE, qk_q_label_units(app));
    for (int i = 0; i < n; i++) {
        bool on = q->type == QK_Q_MULTIPLE && qs->selected[i];
        qk_w_tile(app, qk_grid_cell(grid, n, cols, gap, i), qk_letter(i), i,
                  qk_q_item_text(qs, i), NULL, on ? QK_TILE_CHOSEN : QK_TILE_NORMAL,
                  qs->focus == i, q->type == QK_Q_MULTIPLE, QK_UI_TILE, i);
    }
    app->tile_label_px = 0;
}
