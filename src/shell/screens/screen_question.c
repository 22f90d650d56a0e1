/* screen_question.c: one question, of any type, by touch, mouse or keyboard.
 *
 * Layout, top to bottom: the header (round, "3 / 10", score), a countdown bar
 * when the question has a time limit, the question text (wrapped, shrunk to
 * fit; a picture beside it in landscape, under it in portrait), a one-line
 * hint on how to answer, the answer area, and a footer with "Submit"/"Undo"
 * where the type needs them.
 *
 * Answer areas by type (tiles carry letters A-I; digits 1-9 reach them):
 *   single, truefalse  one tap answers.
 *   multiple           taps toggle tick boxes; Submit (or Enter) answers.
 *   order              a pool of items and numbered slots: tapping an item puts
 *                      it in the next free slot, tapping a filled slot (or Undo,
 *                      Backspace) takes it out; items and filled slots can also
 *                      be dragged onto a slot (a filled slot swaps).
 *   categorize         tap an item (it lights up), then a category, or drag the
 *                      item onto the category; with the keyboard, a digit picks
 *                      an item and then a digit 1-4 picks its category.
 * Arrows move a focus ring, Space acts on it, Enter answers when complete.
 * Working state lives in app->qs and survives a visit to the walk-away screen.
 */
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "qk_i18n.h"

/* ---- state ---- */

static void enter(qk_app *app)
{
    qk_qstate *qs = &app->qs;
    qk_session *s = app->session;
    const qk_question *q = s ? qk_session_question(s) : NULL;
    size_t rc = s ? qk_session_record_count(s) : 0;
    if (!q) {
        qs->q = NULL;
        return;
    }
    if (qs->sess == s && qs->q == q && qs->at_record == rc) {
        /* back from the walk-away, the PIN pad or the menu: keep what was
         * chosen, and the time limit does not count the time away */
        if (qs->left_at > 0)
            qs->started += qk_app_now(app) - qs->left_at;
        qs->left_at = 0;
        return;
    }
    memset(qs, 0, sizeof *qs);
    qs->sess = s;
    qs->q = q;
    qs->at_record = rc;
    if (q->type == QK_Q_TRUEFALSE) {
        qs->n = 2;
        qs->order[0] = 1; /* A: true */
        qs->order[1] = 0; /* B: false */
    } else {
        size_t n = 0;
        const size_t *ord = qk_session_display_order(s, &n);
        if (n > QK_MAX_CHOICES)
            n = QK_MAX_CHOICES;
        qs->n = n;
        for (size_t i = 0; i < n; i++)
            qs->order[i] = ord ? ord[i] : i;
    }
    for (int i = 0; i < QK_MAX_CHOICES; i++)
        qs->slot[i] = qs->cat[i] = -1;
    qs->picked = -1;
    qs->focus = -1;
    qs->started = qk_app_now(app);
    qs->last_bar_px = -1;
    qs->last_secs = -1;
    qs->bar_w = 0;
}

static bool complete(const qk_qstate *qs)
{
    switch (qs->q->type) {
    case QK_Q_MULTIPLE:
        for (size_t i = 0; i < qs->n; i++)
            if (qs->selected[i])
                return true;
        return false;
    case QK_Q_ORDER:
        return qs->placed == qs->n;
    case QK_Q_CATEGORIZE:
        return qs->n_sorted == qs->n;
    default:
        return false;
    }
}

static void submit(qk_app *app)
{
    qk_qstate *qs = &app->qs;
    if (!complete(qs))
        return;
    qk_answer a = {0};
    a.n = qs->n;
    for (size_t i = 0; i < qs->n; i++) {
        switch (qs->q->type) {
        case QK_Q_MULTIPLE: a.v[qs->order[i]] = qs->selected[i] ? 1 : 0; break;
        case QK_Q_ORDER: a.v[i] = (int)qs->order[qs->slot[i]]; break;
        case QK_Q_CATEGORIZE: a.v[qs->order[i]] = qs->cat[i]; break;
        default: break;
        }
    }
    qk_app_answer(app, &a);
}

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

static void unplace(qk_qstate *qs, int k)
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

static void cat_assign(qk_qstate *qs, int item, int c)
{
    if (item < 0 || (size_t)item >= qs->n || c < 0 || (size_t)c >= qs->q->n_categories)
        return;
    if (qs->cat[item] < 0 && qs->n_sorted < QK_MAX_CHOICES)
        qs->cat_seq[qs->n_sorted++] = item;
    qs->cat[item] = c;
    qs->picked = -1;
}

static void undo(qk_qstate *qs)
{
    if (qs->q->type == QK_Q_ORDER && qs->placed > 0)
        unplace(qs, qs->placed_seq[qs->placed - 1]);
    else if (qs->q->type == QK_Q_CATEGORIZE && qs->n_sorted > 0) {
        int item = qs->cat_seq[--qs->n_sorted];
        qs->cat[item] = -1;
        qs->picked = -1;
    }
}

static void tap_tile(qk_app *app, int i)
{
    qk_qstate *qs = &app->qs;
    if (i < 0 || (size_t)i >= qs->n)
        return;
    switch (qs->q->type) {
    case QK_Q_SINGLE:
    case QK_Q_TRUEFALSE: {
        qk_answer a = {.n = 1};
        a.v[0] = (int)qs->order[i];
        qk_app_answer(app, &a);
        return;
    }
    case QK_Q_MULTIPLE:
        qs->selected[i] = !qs->selected[i];
        break;
    case QK_Q_ORDER: {
        int k = slot_of(qs, i);
        if (k >= 0) {
            unplace(qs, k);
        } else {
            for (size_t j = 0; j < qs->n; j++)
                if (qs->slot[j] < 0) {
                    put(qs, i, (int)j);
                    break;
                }
        }
        break;
    }
    case QK_Q_CATEGORIZE:
        qs->picked = qs->picked == i ? -1 : i;
        break;
    default:
        break;
    }
    app->dirty = true;
}

/* ---- input ---- */

static bool drag_ok(qk_app *app, const qk_ui_rect *from)
{
    qk_qstate *qs = &app->qs;
    if (!qs->q)
        return false;
    if (qs->q->type == QK_Q_ORDER)
        return from->kind == QK_UI_TILE ||
               (from->kind == QK_UI_SLOT && qs->slot[from->id] >= 0);
    if (qs->q->type == QK_Q_CATEGORIZE)
        return from->kind == QK_UI_TILE;
    return false;
}

static void event(qk_app *app, const qk_event *ev)
{
    qk_qstate *qs = &app->qs;
    if (!qs->q)
        return;
    qk_qtype t = qs->q->type;
    int n = (int)qs->n;
    switch (ev->kind) {
    case QK_EV_TAP:
        if (!ev->hit)
            return;
        if (ev->hit->kind == QK_UI_TILE) {
            tap_tile(app, ev->hit->id);
        } else if (ev->hit->kind == QK_UI_SLOT) {
            unplace(qs, ev->hit->id);
            app->dirty = true;
        } else if (ev->hit->kind == QK_UI_CATEGORY) {
            cat_assign(qs, qs->picked, ev->hit->id);
            app->dirty = true;
        } else if (ev->hit->kind == QK_UI_BUTTON && ev->hit->id == QK_BTN_SUBMIT) {
            submit(app);
        } else if (ev->hit->kind == QK_UI_BUTTON && ev->hit->id == QK_BTN_UNDO) {
            undo(qs);
            app->dirty = true;
        }
        return;
    case QK_EV_DRAG:
        qs->dragging = true;
        qs->drag_x = ev->x;
        qs->drag_y = ev->y;
        app->dirty = true;
        return;
    case QK_EV_DROP: {
        qs->dragging = false;
        app->dirty = true;
        const qk_ui_rect *to = ev->hit;
        if (t == QK_Q_ORDER) {
            int place = ev->from->kind == QK_UI_TILE ? ev->from->id : qs->slot[ev->from->id];
            if (to && to->kind == QK_UI_SLOT)
                put(qs, place, to->id);
            else if (ev->from->kind == QK_UI_SLOT)
                unplace(qs, ev->from->id); /* dragged out of the slots */
        } else if (t == QK_Q_CATEGORIZE && to && to->kind == QK_UI_CATEGORY) {
            cat_assign(qs, ev->from->id, to->id);
        }
        return;
    }
    case QK_EV_KEY:
        app->dirty = true;
        switch (ev->key) {
        case QK_KEY_DIGIT:
            if (ev->digit < 1)
                return;
            if (t == QK_Q_CATEGORIZE && qs->picked >= 0) {
                if ((size_t)ev->digit <= qs->q->n_categories)
                    cat_assign(qs, qs->picked, ev->digit - 1);
            } else if (ev->digit <= n) {
                tap_tile(app, ev->digit - 1);
            }
            return;
        case QK_KEY_UP:
        case QK_KEY_LEFT:
            qs->focus = qs->focus <= 0 ? n - 1 : qs->focus - 1;
            return;
        case QK_KEY_DOWN:
        case QK_KEY_RIGHT:
            qs->focus = qs->focus < 0 ? 0 : (qs->focus + 1) % n;
            return;
        case QK_KEY_SPACE:
            if (qs->focus >= 0)
                tap_tile(app, qs->focus);
            return;
        case QK_KEY_ENTER:
            if (t == QK_Q_SINGLE || t == QK_Q_TRUEFALSE) {
                if (qs->focus >= 0)
                    tap_tile(app, qs->focus);
            } else if (complete(qs)) {
                submit(app);
            } else if (qs->focus >= 0) {
                tap_tile(app, qs->focus);
            }
            return;
        case QK_KEY_BACKSPACE:
            undo(qs);
            return;
        default:
            return;
        }
    default:
        return;
    }
}

/* What the countdown shows: the bar's filled width (as qk_w_bar rounds it) and
 * the whole seconds left. A frame is drawn only when one of them changes. */
static int countdown_px(int bar_w, double frac)
{
    return (int)(bar_w * frac + 0.5);
}

static int countdown_secs(double left)
{
    return (int)(left + 0.999);
}

static void tick(qk_app *app)
{
    qk_qstate *qs = &app->qs;
    if (!qs->q || qs->q->time_limit <= 0)
        return;
    double used = qk_app_now(app) - qs->started;
    if (used >= qs->q->time_limit) {
        qk_app_timeout(app);
        return;
    }
    double left = qs->q->time_limit - used;
    if (countdown_px(qs->bar_w, left / qs->q->time_limit) != qs->last_bar_px ||
        countdown_secs(left) != qs->last_secs)
        app->dirty = true;
}

/* ---- drawing ---- */

static const char *hint_for(qk_qtype t)
{
    switch (t) {
    case QK_Q_MULTIPLE: return qk_tr(QK_S_HINT_MULTIPLE);
    case QK_Q_TRUEFALSE: return qk_tr(QK_S_HINT_TRUEFALSE);
    case QK_Q_ORDER: return qk_tr(QK_S_HINT_ORDER);
    case QK_Q_CATEGORIZE: return qk_tr(QK_S_HINT_CATEGORIZE);
    default: return qk_tr(QK_S_HINT_SINGLE);
    }
}

static const char *item_text(const qk_qstate *qs, int place)
{
    if (qs->q->type == QK_Q_TRUEFALSE)
        return qk_tr(qs->order[place] ? QK_S_TRUE : QK_S_FALSE);
    return qs->q->choices[qs->order[place]].text;
}

/* Rows of tiles the answer area needs, and the extra height of its headings. */
static void body_need(const qk_app *app, const qk_qstate *qs, int *rows, int *extra, int *cols)
{
    bool portrait = qk_portrait(app);
    int n = (int)qs->n;
    *extra = 0;
    switch (qs->q->type) {
    case QK_Q_TRUEFALSE:
        *cols = 2;
        *rows = 1;
        break;
    case QK_Q_ORDER:
        *cols = n > 5 ? 2 : 1;
        *rows = (n + *cols - 1) / *cols;
        *extra = qk_px(app, 52);
        if (portrait)
            *rows *= 2;
        break;
    case QK_Q_CATEGORIZE:
        *cols = n > (portrait ? 5 : 4) ? 2 : 1;
        *rows = (n + *cols - 1) / *cols;
        if (portrait) {
            *rows += 1;
            *extra = qk_px(app, 52);
        }
        break;
    default:
        if (portrait)
            *cols = n > 5 ? 2 : 1;
        else
            *cols = n > 3 ? 2 : 1;
        *rows = (n + *cols - 1) / *cols;
        break;
    }
}

/* The tallest a tile grows, in units: portrait screens have the height to
 * give the tiles (and their text, see draw_tiles) more room. */
static float tile_pref_units(const qk_app *app, qk_qtype t)
{
    if (t == QK_Q_TRUEFALSE)
        return 200;
    return qk_portrait(app) ? 170 : 150;
}

static void draw_tiles(qk_app *app, SDL_Rect body, int cols, int gap)
{
    qk_qstate *qs = &app->qs;
    const qk_question *q = qs->q;
    bool portrait = qk_portrait(app);
    int n = (int)qs->n;
    int maxh = qk_px(app, tile_pref_units(app, q->type));
    const char *labels[QK_MAX_CHOICES];
    for (int i = 0; i < n && i < QK_MAX_CHOICES; i++)
        labels[i] = item_text(qs, i);
    float label_px = portrait ? 40.0f : 34.0f;
    if (q->type == QK_Q_SINGLE || q->type == QK_Q_MULTIPLE || q->type == QK_Q_TRUEFALSE) {
        int rows = (n + cols - 1) / cols;
        int th = (body.h - (rows - 1) * gap) / rows;
        if (th > maxh)
            th = maxh;
        SDL_Rect grid = qk_rect(body.x, body.y, body.w, rows * th + (rows - 1) * gap);
        app->tile_label_px = qk_w_tile_group_px(app, grid, n, cols, gap, labels, false,
                                            q->type == QK_Q_MULTIPLE, label_px);
        for (int i = 0; i < n; i++) {
            bool on = q->type == QK_Q_MULTIPLE && qs->selected[i];
            qk_w_tile(app, qk_grid_cell(grid, n, cols, gap, i), qk_letter(i), i,
                      item_text(qs, i), NULL, on ? QK_TILE_CHOSEN : QK_TILE_NORMAL,
                      qs->focus == i, q->type == QK_Q_MULTIPLE, QK_UI_TILE, i);
        }
        app->tile_label_px = 0;
        return;
    }
    /* order and categorize: a pool of items and a second area (slots or bins) */
    int head = qk_px(app, 52);
    SDL_Rect pool, other;
    int rows = (n + cols - 1) / cols;
    if (portrait) {
        int other_rows = q->type == QK_Q_ORDER ? rows : 1;
        int unit = (body.h - head - gap * (rows + other_rows)) / (rows + other_rows);
        if (unit > maxh)
            unit = maxh;
        pool = qk_rect(body.x, body.y, body.w, rows * unit + (rows - 1) * gap);
        other = qk_rect(body.x, pool.y + pool.h + gap + head, body.w,
                        other_rows * unit + (other_rows - 1) * gap);
        /* Portrait categorize: the categories are where the items go, so they
         * take the height left under the items (up to twice a tile's), rather
         * than sitting small above an empty screen bottom. */
        if (q->type == QK_Q_CATEGORIZE) {
            int left = body.y + body.h - other.y;
            int most = 2 * maxh;
            other.h = left < other.h ? other.h : (left > most ? most : left);
        }
    } else {
        int pw = q->type == QK_Q_ORDER ? (body.w - gap * 2) / 2 : (body.w - gap * 2) * 70 / 100;
        int unit = (body.h - head - (rows - 1) * gap) / rows;
        if (unit > maxh)
            unit = maxh;
        pool = qk_rect(body.x, body.y + head, pw, rows * unit + (rows - 1) * gap);
        other = qk_rect(body.x + pw + gap * 2, body.y + head, body.w - pw - gap * 2,
                        q->type == QK_Q_ORDER ? pool.h : body.h - head);
    }
    char tag[QK_MAX_LABEL_BYTES + 16];
    /* One text size for the items and the places they go: on `order` the slots
     * repeat the items' labels, and a slot must not show a label larger or
     * smaller than the item it came from. */
    float items_px = qk_w_tile_group_px(app, pool, n, cols, gap, labels, true, false, label_px);
    if (q->type == QK_Q_ORDER) {
        float slots_px = qk_w_tile_group_px(app, other, n, cols, gap, labels, false, false,
                                            label_px);
        if (slots_px < items_px)
            items_px = slots_px;
    }
    app->tile_label_px = items_px;
    for (int i = 0; i < n; i++) {
        const char *tg = NULL;
        qk_tile_state st = QK_TILE_NORMAL;
        if (q->type == QK_Q_ORDER) {
            int k = slot_of(qs, i);
            if (k >= 0) {
                char num[16];
                snprintf(num, sizeof num, "%d", k + 1);
                snprintf(tag, sizeof tag, qk_tr(QK_S_PLACED_IN), num);
                tg = tag;
                st = QK_TILE_DIM;
            }
        } else {
            if (qs->cat[i] >= 0) {
                snprintf(tag, sizeof tag, qk_tr(QK_S_PLACED_IN), q->categories[qs->cat[i]]);
                tg = tag;
            }
            if (qs->picked == i)
                st = QK_TILE_CHOSEN;
        }
        qk_w_tile(app, qk_grid_cell(pool, n, cols, gap, i), qk_letter(i), i, item_text(qs, i),
                  tg, st, qs->focus == i, false, QK_UI_TILE, i);
    }
    app->tile_label_px = 0;
    if (q->type == QK_Q_ORDER) {
        qk_w_text(app, qk_tr(QK_S_YOUR_ORDER), qk_rect(other.x, other.y - head, other.w,
                  head - gap / 2), 30, 18, true, QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
        app->tile_label_px = items_px;
        for (int k = 0; k < n; k++) {
            char num[16];
            snprintf(num, sizeof num, "%d", k + 1);
            int p = qs->slot[k];
            qk_w_tile(app, qk_grid_cell(other, n, cols, gap, k), num, 7,
                      p >= 0 ? item_text(qs, p) : NULL, NULL,
                      p >= 0 ? QK_TILE_CHOSEN : QK_TILE_DIM, false, false, QK_UI_SLOT, k);
        }
        app->tile_label_px = 0;
    } else {
        int nc = (int)q->n_categories;
        qk_w_text(app, qk_tr(QK_S_SORT_INTO), qk_rect(other.x, other.y - head, other.w,
                  head - gap / 2), 30, 18, true, QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
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
            char num[16], count[32];
            int k = 0;
            for (int i = 0; i < n; i++)
                k += qs->cat[i] == c;
            snprintf(num, sizeof num, "%d", c + 1);
            snprintf(count, sizeof count, "%d", k);
            (void)count;
            qk_w_tile(app, qk_grid_cell(bins, nc, ccols, gap, c), num, 5 + c, q->categories[c],
                      NULL, qs->picked >= 0 ? QK_TILE_CHOSEN : QK_TILE_NORMAL,
                      false, false, QK_UI_CATEGORY, c);
        }
        app->tile_label_px = 0;
    }
}

static void draw(qk_app *app)
{
    qk_qstate *qs = &app->qs;
    if (!qs->q)
        return;
    const qk_question *q = qs->q;
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int gap = qk_px(app, 18);
    bool portrait = qk_portrait(app);
    int y = qk_draw_header(app);
    int cw = w - 2 * m;

    if (q->time_limit > 0) {
        /* under an overlay the countdown stands still where it was left */
        double now = qs->left_at > 0 ? qs->left_at : qk_app_now(app);
        double used = now - qs->started;
        double left = q->time_limit - used;
        if (left < 0)
            left = 0;
        double frac = left / q->time_limit;
        int tw = qk_px(app, 110);
        int bh = qk_px(app, 16);
        char secs[16];
        snprintf(secs, sizeof secs, "%d s", countdown_secs(left));
        SDL_Rect bar = qk_rect(m, y + (qk_px(app, 40) - bh) / 2, cw - tw - gap, bh);
        qk_w_bar(app, bar, frac, frac < 0.25 ? QK_C_BAD : QK_C_ACCENT);
        qk_w_text(app, secs, qk_rect(m + cw - tw, y, tw, qk_px(app, 40)), 32, 18, true,
                  frac < 0.25 ? QK_C_BAD : QK_C_INK, QK_ALIGN_RIGHT, QK_VALIGN_MIDDLE);
        qs->bar_w = bar.w;
        qs->last_bar_px = countdown_px(bar.w, frac);
        qs->last_secs = countdown_secs(left);
        y += qk_px(app, 40) + gap;
    }

    bool footer = q->type == QK_Q_MULTIPLE || q->type == QK_Q_ORDER ||
                  q->type == QK_Q_CATEGORIZE;
    int btn_h = qk_px(app, 100);
    int bottom = h - m - (footer ? btn_h + gap * 2 : 0);
    int hint_h = qk_px(app, 48);
    int rows, extra, cols;
    body_need(app, qs, &rows, &extra, &cols);
    int tile_min = qk_px(app, 76), tile_pref = qk_px(app, tile_pref_units(app, q->type));
    int body_min = rows * tile_min + (rows - 1) * gap + extra;
    int body_pref = rows * tile_pref + (rows - 1) * gap + extra;
    int space = bottom - y - hint_h - gap * 2;
    bool pic = q->picture && *q->picture;
    int pic_w = pic && !portrait ? cw * 40 / 100 : 0;
    int text_w = cw - (pic_w ? pic_w + gap * 2 : 0);
    int need_w = 0, need_h = 0;
    qk_text_measure(app->g, q->text, qk_px(app, 50), QK_WEIGHT_BOLD, text_w, &need_w, &need_h);
    int q_h = need_h + qk_px(app, 8);
    if (pic && !portrait && q_h < h * 38 / 100)
        q_h = h * 38 / 100;
    int pic_h = pic && portrait ? h * 24 / 100 : 0;
    if (q_h > h * 42 / 100)
        q_h = h * 42 / 100;
    int body_h = space - q_h - pic_h - (pic_h ? gap : 0);
    if (body_h > body_pref)
        body_h = body_pref;
    if (body_h < body_min)
        body_h = body_min;
    int rest = space - body_h;
    int min_q = qk_px(app, 100);
    if (pic_h && rest - pic_h - gap < min_q) {
        pic_h = rest - gap - min_q;
        if (pic_h < qk_px(app, 120))
            pic_h = 0;
    }
    /* the question takes what it needs (at most what is left); spare room
     * goes to the tiles, then stays free at the bottom */
    int q_room = rest - pic_h - (pic_h ? gap : 0);
    q_h = need_h + qk_px(app, 12);
    if (pic && !portrait && q_h < h * 38 / 100)
        q_h = h * 38 / 100;
    if (q_h < min_q)
        q_h = min_q;
    if (q_h > q_room)
        q_h = q_room;
    if (q_h < min_q)
        q_h = min_q;
    body_h += q_room - q_h;
    if (body_h > body_pref)
        body_h = body_pref;

    qk_w_text(app, q->text, qk_rect(m, y, text_w, q_h), 50, 24, true, QK_C_INK,
              QK_ALIGN_LEFT, pic_w ? QK_VALIGN_MIDDLE : QK_VALIGN_TOP);
    if (pic_w) {
        SDL_Rect pr = qk_rect(m + cw - pic_w, y, pic_w, q_h);
        qk_image_draw(app->g, q->picture, pr);
        qk_app_record(app, pr, QK_UI_PICTURE, 0);
    }
    y += q_h + gap;
    if (pic_h) {
        SDL_Rect pr = qk_rect(m, y, cw, pic_h);
        qk_image_draw(app->g, q->picture, pr);
        qk_app_record(app, pr, QK_UI_PICTURE, 0);
        y += pic_h + gap;
    }
    qk_w_text(app, hint_for(q->type), qk_rect(m, y, cw, hint_h), 30, 18, false, QK_C_MUTED,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    y += hint_h + gap;
    int body_bottom = bottom;
    /* Portrait categorize keeps the room down to the footer: the categories
     * grow into it (draw_tiles). */
    if (y + body_h < body_bottom && !(portrait && q->type == QK_Q_CATEGORIZE))
        body_bottom = y + body_h;
    draw_tiles(app, qk_rect(m, y, cw, body_bottom - y), cols, gap);

    if (footer) {
        int by = h - m - btn_h;
        int bw = portrait ? (cw - gap) * 6 / 10 : cw * 32 / 100;
        if (q->type != QK_Q_MULTIPLE) {
            bool can_undo = q->type == QK_Q_ORDER ? qs->placed > 0 : qs->n_sorted > 0;
            int uw = portrait ? cw - bw - gap : cw * 20 / 100;
            qk_w_button(app, qk_rect(m, by, uw, btn_h), qk_tr(QK_S_UNDO), QK_UI_BUTTON,
                        QK_BTN_UNDO, QK_BTN_SECONDARY, can_undo, false);
        }
        qk_w_button(app, qk_rect(m + cw - bw, by, bw, btn_h), qk_tr(QK_S_SUBMIT), QK_UI_BUTTON,
                    QK_BTN_SUBMIT, QK_BTN_PRIMARY, complete(qs), false);
    }

    if (qs->dragging && app->drag && app->press_hit_valid) {
        /* the item being dragged follows the pointer; not a target itself */
        SDL_Rect r = app->press_hit.r;
        r.x = qs->drag_x - r.w / 2;
        r.y = qs->drag_y - r.h / 2;
        int place = app->press_hit.kind == QK_UI_TILE ? app->press_hit.id
                                                       : qs->slot[app->press_hit.id];
        bool was = app->recording;
        app->recording = false;
        if (place >= 0)
            qk_w_tile(app, r, qk_letter(place), place, item_text(qs, place), NULL,
                      QK_TILE_CHOSEN, true, false, QK_UI_TILE, place);
        app->recording = was;
    }
}

static void leave(qk_app *app)
{
    app->qs.left_at = qk_app_now(app); /* only read if the same question comes back */
}

const qk_screen_ops qk_screen_question = {"question", enter, event, tick, draw, leave, drag_ok};
