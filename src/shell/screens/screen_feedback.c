/* screen_feedback.c: after each answer: the verdict, the question still in
 * view, the participant's own answer marked in place, and the question set's
 * explanation, which is the point of the whole exercise. "Next" (or Enter,
 * Space, an arrow) goes on; the app decides whether to the next question, the
 * round result or the summary.
 *
 * The verdict is said in words and with a symbol as well as colour: right
 * (green, a check), partly right (amber, a half-filled circle, "Delvis riktig
 * – 2 av 3"), wrong or timed out (red, a cross).
 *
 * The marks come from the engine's record of the answer (qk_marks over
 * app->last: what was given and what is right), never from a second look at
 * the question screen's state; only the display order of the tiles is taken
 * from the question screen, so that a tile stands where it was tapped.
 *   single, multiple, truefalse  the answer tiles as they were shown: a tile
 *       picked gets a check or a cross, a right tile not picked is outlined
 *       green with the tag "Riktig svar"; the others are dimmed
 *   order       one tile per position: the item put there, check or cross,
 *       and for a wrong one where it belongs
 *   categorize  the categories side by side (landscape) or stacked (portrait),
 *       each holding the items put in it as tiles, marked; a wrong item says
 *       where it belongs, an item left unsorted stands in its right category
 * Each marked tile is recorded as QK_UI_MARK with QK_MARK_ID(kind, n).
 */
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"
#include "qk_marks.h"

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

static qk_tile_state state_of(const qk_mark *mk)
{
    if (!mk)
        return QK_TILE_DIM;
    return mk->kind == QK_MARK_PICKED_RIGHT   ? QK_TILE_RIGHT
           : mk->kind == QK_MARK_PICKED_WRONG ? QK_TILE_WRONG
                                              : QK_TILE_MISSED;
}

static int mark_id(const qk_mark *mk, int n)
{
    return QK_MARK_ID(mk ? (int)mk->kind : QK_MARK_NONE, n);
}

/* Display place -> model choice as the question screen showed it (truefalse:
 * A true, B false); the model's order when that state is for another question. */
static size_t shown_order(const qk_app *app, const qk_question *q, size_t *order)
{
    if (q->type == QK_Q_TRUEFALSE) {
        order[0] = 1;
        order[1] = 0;
        return 2;
    }
    size_t n = q->n_choices > QK_MAX_CHOICES ? QK_MAX_CHOICES : q->n_choices;
    bool same = app->qs.q == q && app->qs.n == n;
    for (size_t i = 0; i < n; i++)
        order[i] = same ? app->qs.order[i] : i;
    return n;
}

static const char *choice_text(const qk_question *q, int c)
{
    if (q->type == QK_Q_TRUEFALSE)
        return qk_tr(c ? QK_S_TRUE : QK_S_FALSE);
    return c >= 0 && (size_t)c < q->n_choices ? q->choices[c].text : "";
}

/* The tallest a marked tile grows, in units. */
#define MARK_TILE_UNITS 120

static void draw_choices(qk_app *app, const qk_question *q, const qk_marks *mk, SDL_Rect area,
                         int gap)
{
    size_t order[QK_MAX_CHOICES];
    int n = (int)shown_order(app, q, order);
    int cols = q->type == QK_Q_TRUEFALSE ? 2 : n > 4 ? 2 : 1;
    int rows = (n + cols - 1) / cols;
    int th = (area.h - (rows - 1) * gap) / rows;
    if (th > qk_px(app, MARK_TILE_UNITS))
        th = qk_px(app, MARK_TILE_UNITS);
    SDL_Rect grid = qk_rect(area.x, area.y, area.w, rows * th + (rows - 1) * gap);
    const char *labels[QK_MAX_CHOICES];
    for (int i = 0; i < n; i++)
        labels[i] = choice_text(q, (int)order[i]);
    app->tile_label_px = qk_w_tile_group_px(app, grid, n, cols, gap, labels, true, true, 32.0f);
    for (int i = 0; i < n; i++) {
        const qk_mark *m = qk_marks_find(mk, (int)order[i]);
        const char *tag = m && m->kind == QK_MARK_MISSED_RIGHT ? qk_tr(QK_S_RIGHT_ANSWER) : NULL;
        qk_w_tile(app, qk_grid_cell(grid, n, cols, gap, i), qk_letter(i), i, labels[i], tag,
                  state_of(m), false, false, QK_UI_MARK, mark_id(m, i));
    }
    app->tile_label_px = 0;
}

static void draw_order(qk_app *app, const qk_question *q, const qk_marks *mk, SDL_Rect area,
                       int gap)
{
    int n = (int)mk->n;
    int cols = n > 5 ? 2 : 1;
    int rows = (n + cols - 1) / cols;
    int th = (area.h - (rows - 1) * gap) / rows;
    if (th > qk_px(app, MARK_TILE_UNITS))
        th = qk_px(app, MARK_TILE_UNITS);
    SDL_Rect grid = qk_rect(area.x, area.y, area.w, rows * th + (rows - 1) * gap);
    const char *labels[QK_MAX_CHOICES + 1];
    for (int k = 0; k < n; k++)
        labels[k] = choice_text(q, mk->m[k].choice);
    app->tile_label_px = qk_w_tile_group_px(app, grid, n, cols, gap, labels, true, true, 32.0f);
    for (int k = 0; k < n; k++) {
        const qk_mark *m = &mk->m[k];
        char num[16], tag[96];
        snprintf(num, sizeof num, "%d", k + 1);
        tag[0] = '\0';
        if (m->kind == QK_MARK_PICKED_WRONG)
            snprintf(tag, sizeof tag, qk_tr(QK_S_BELONGS_AT), m->right + 1);
        else if (m->kind == QK_MARK_MISSED_RIGHT)
            snprintf(tag, sizeof tag, "%s", qk_tr(QK_S_RIGHT_ANSWER));
        qk_w_tile(app, qk_grid_cell(grid, n, cols, gap, k), num, 7, labels[k], tag,
                  state_of(m), false, false, QK_UI_MARK, mark_id(m, k));
    }
    app->tile_label_px = 0;
}

/* The category an item stands in on the feedback: the one given, or (left
 * unsorted) its right one. */
static int shown_category(const qk_mark *m)
{
    return m->given >= 0 ? m->given : m->right;
}

static void draw_categories(qk_app *app, const qk_question *q, const qk_marks *mk, SDL_Rect area,
                            int gap)
{
    bool portrait = qk_portrait(app);
    int nc = (int)q->n_categories;
    if (nc < 1)
        return;
    int most = 1;
    for (int c = 0; c < nc; c++) {
        int k = 0;
        for (size_t i = 0; i < mk->n; i++)
            k += shown_category(&mk->m[i]) == c;
        if (k > most)
            most = k;
    }
    int head = qk_px(app, 44);
    /* landscape: one column per category; portrait: one band per category,
     * its items two abreast */
    int icols = portrait ? 2 : 1;
    int irows = (most + icols - 1) / icols;
    SDL_Rect cells = area;
    int ccols = portrait ? 1 : nc;
    if (portrait) {
        int band = head + irows * qk_px(app, MARK_TILE_UNITS) + (irows - 1) * gap;
        int need = nc * band + (nc - 1) * gap;
        if (need < cells.h)
            cells.h = need;
    }
    const char *labels[QK_MAX_CHOICES];
    for (size_t i = 0; i < mk->n && i < QK_MAX_CHOICES; i++)
        labels[i] = choice_text(q, mk->m[i].choice);
    float px = 32.0f;
    SDL_Rect first = qk_grid_cell(cells, nc, ccols, gap, 0);
    int th = (first.h - head - (irows - 1) * gap) / irows;
    if (th > qk_px(app, MARK_TILE_UNITS))
        th = qk_px(app, MARK_TILE_UNITS);
    int iw = (first.w - (icols - 1) * gap) / icols;
    for (size_t i = 0; i < mk->n && i < QK_MAX_CHOICES; i++) {
        float f = qk_w_tile_label_px(app, qk_rect(0, 0, iw, th), false, labels[i], "-", true, px);
        if (f < px)
            px = f;
    }
    for (int c = 0; c < nc; c++) {
        SDL_Rect cell = qk_grid_cell(cells, nc, ccols, gap, c);
        qk_w_card(app, cell, QK_C_PAGE);
        qk_w_text(app, q->categories[c], qk_rect(cell.x + gap / 2, cell.y, cell.w - gap, head),
                  30, 18, true, qk_badge_color(5 + c), QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
        SDL_Rect inner = qk_rect(cell.x, cell.y + head, cell.w, irows * th + (irows - 1) * gap);
        int k = 0;
        app->tile_label_px = px;
        for (size_t i = 0; i < mk->n; i++) {
            const qk_mark *m = &mk->m[i];
            if (shown_category(m) != c)
                continue;
            char tag[QK_MAX_LABEL_BYTES + 64];
            tag[0] = '\0';
            if (m->kind == QK_MARK_PICKED_WRONG && m->right >= 0 && (size_t)m->right < q->n_categories)
                snprintf(tag, sizeof tag, qk_tr(QK_S_BELONGS_IN), q->categories[m->right]);
            else if (m->kind == QK_MARK_MISSED_RIGHT)
                snprintf(tag, sizeof tag, "%s", qk_tr(QK_S_NOT_SORTED));
            SDL_Rect r = qk_grid_cell(inner, irows * icols, icols, gap, k++);
            qk_w_tile(app, r, NULL, 0, labels[i], tag, state_of(m), false, false, QK_UI_MARK,
                      mark_id(m, m->choice));
        }
        app->tile_label_px = 0;
    }
}

/* The height the marked answers take at full size in a width (large text,
 * where they are not squeezed into the room left but scroll). */
static int marks_need(const qk_app *app, const qk_question *q, const qk_marks *mk, int gap)
{
    int tile = qk_px(app, MARK_TILE_UNITS);
    int n = (int)mk->n, cols = 1;
    switch (q->type) {
    case QK_Q_TRUEFALSE: n = 2; cols = 2; break;
    case QK_Q_ORDER: cols = n > 5 ? 2 : 1; break;
    case QK_Q_CATEGORIZE: {
        int nc = (int)q->n_categories, most = 1;
        for (int c = 0; c < nc; c++) {
            int k = 0;
            for (size_t i = 0; i < mk->n; i++)
                k += shown_category(&mk->m[i]) == c;
            most = k > most ? k : most;
        }
        int head = qk_px(app, 44);
        if (!qk_portrait(app))
            return head + most * tile + (most - 1) * gap;
        int irows = (most + 1) / 2;
        int band = head + irows * tile + (irows - 1) * gap;
        return nc * band + (nc - 1) * gap;
    }
    default: n = q->n_choices > QK_MAX_CHOICES ? QK_MAX_CHOICES : (int)q->n_choices;
             cols = n > 4 ? 2 : 1; break;
    }
    int rows = (n + cols - 1) / cols;
    return rows * tile + (rows - 1) * gap;
}

/* Large text: the question, the marked answers and the explanation at full
 * size one under the other, in a scroll view from y to `bottom`. */
static void draw_flowing(qk_app *app, const qk_question *q, const qk_marks *mk, int y,
                         int bottom, int gap)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int cw = w - 2 * m, pad = qk_px(app, 28), head = qk_px(app, 44);
    int qw = 0, qh = 0, ew = 0, eh = 0;
    qk_text_measure(app->g, q->text, qk_px(app, 36), QK_WEIGHT_BOLD, cw, &qw, &qh);
    qh += qk_px(app, 6);
    int area_h = marks_need(app, q, mk, gap);
    qk_text_measure(app->g, q->explanation, qk_px(app, 36), QK_WEIGHT_REGULAR, cw - 2 * pad, &ew,
                    &eh);
    int expl_h = q->explanation && *q->explanation ? pad + head + eh + qk_px(app, 8) : 0;
    int content = qh + gap + head + area_h + (expl_h ? gap + expl_h : 0);
    int top = qk_scroll_begin(app, qk_rect(0, y, w, bottom - y), content);
    qk_w_text(app, q->text, qk_rect(m, top, cw, qh), 36, 36, true, QK_C_INK, QK_ALIGN_LEFT,
              QK_VALIGN_TOP);
    top += qh + gap;
    qk_w_text(app, qk_tr(QK_S_YOUR_ANSWER_MARKED), qk_rect(m, top, cw, head), 30, 18, true,
              QK_C_MUTED, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    SDL_Rect area = qk_rect(m, top + head, cw, area_h);
    switch (q->type) {
    case QK_Q_ORDER: draw_order(app, q, mk, area, gap); break;
    case QK_Q_CATEGORIZE: draw_categories(app, q, mk, area, gap); break;
    default: draw_choices(app, q, mk, area, gap); break;
    }
    top += head + area_h + gap;
    if (expl_h) {
        SDL_Rect expl = qk_rect(m, top, cw, expl_h);
        qk_w_card(app, expl, QK_C_SURFACE);
        SDL_Rect bi = qk_rect(expl.x + pad, expl.y + pad / 2, expl.w - 2 * pad, expl.h - pad);
        qk_w_text(app, qk_tr(QK_S_EXPLANATION), qk_rect(bi.x, bi.y, bi.w, head), 30, 18, true,
                  QK_C_ACCENT, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
        qk_w_text(app, q->explanation, qk_rect(bi.x, bi.y + head, bi.w, bi.h - head), 36, 36,
                  false, QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_TOP);
    }
    qk_scroll_end(app);
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
    int gap = qk_px(app, 20);
    bool portrait = qk_portrait(app);
    int cw = w - 2 * m;
    int y = qk_draw_header(app);
    qk_marks mk;
    qk_marks_of(q, &rec->answer, &mk);

    /* the verdict band */
    qk_verdict v = rec->correct       ? QK_VERDICT_RIGHT
                   : rec->credit > 0 ? QK_VERDICT_PARTLY
                                     : QK_VERDICT_WRONG;
    char verdict[160];
    if (v == QK_VERDICT_PARTLY)
        snprintf(verdict, sizeof verdict, qk_tr(QK_S_PARTLY_N_OF_M), mk.n_right, mk.n_asked);
    else
        snprintf(verdict, sizeof verdict, "%s",
                 qk_tr(rec->timed_out ? QK_S_TIMEOUT : rec->correct ? QK_S_CORRECT : QK_S_WRONG));
    SDL_Color ink = qk_verdict_color(v);
    int vh = qk_px(app, 104);
    SDL_Rect band = qk_rect(m, y, cw, vh);
    qk_w_card(app, band, qk_verdict_soft(v));
    int d = vh - qk_px(app, 32);
    qk_fill_circle(app->g, band.x + qk_px(app, 24) + d / 2, band.y + vh / 2, d / 2, ink);
    qk_text_style sym = {d * 7 / 10, d / 3, QK_WEIGHT_BOLD, QK_C_ON_ACCENT, QK_ALIGN_CENTER,
                         QK_VALIGN_MIDDLE};
    qk_text_draw(app->g, qk_verdict_symbol(v),
                 qk_rect(band.x + qk_px(app, 24), band.y + (vh - d) / 2, d, d), &sym);
    char pts[32], gained[64];
    qk_fmt_session_points(app, rec->points, pts, sizeof pts);
    snprintf(gained, sizeof gained, qk_tr(QK_S_GAINED), pts);
    int tx = band.x + qk_px(app, 48) + d;
    /* "+0,8 poeng" on one line, as wide as it is (at most a third of the band) */
    int gw = 0, gh = 0;
    qk_text_measure(app->g, gained, qk_px(app, 38), QK_WEIGHT_BOLD, band.w, &gw, &gh);
    gw += qk_px(app, 8);
    if (gw < qk_px(app, 140))
        gw = qk_px(app, 140);
    if (gw > band.w / 3)
        gw = band.w / 3;
    int gx = band.x + band.w - gw - qk_px(app, 28);
    qk_w_text(app, verdict, qk_rect(tx, band.y, gx - gap - tx, vh), 54, 28, true, ink,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    qk_w_text(app, gained, qk_rect(gx, band.y, gw, vh), 38, 22, true, QK_C_INK, QK_ALIGN_RIGHT,
              QK_VALIGN_MIDDLE);
    qk_app_record_label(app, gained); /* points are written alike everywhere (tested) */
    y += vh + gap;

    int btn_h = qk_px(app, 100);
    if (app->large) {
        draw_flowing(app, q, &mk, y, h - m - btn_h - gap, gap);
        goto next;
    }

    /* the question, still in view (shrunk to at most three lines' room) */
    int qw = 0, qh = 0;
    qk_text_measure(app->g, q->text, qk_px(app, 36), QK_WEIGHT_BOLD, cw, &qw, &qh);
    int q_max = qk_px(app, portrait ? 150 : 110);
    int q_h = qh + qk_px(app, 6);
    if (q_h > q_max)
        q_h = q_max;
    qk_w_text(app, q->text, qk_rect(m, y, cw, q_h), 36, 20, true, QK_C_INK, QK_ALIGN_LEFT,
              QK_VALIGN_TOP);
    y += q_h + gap;

    int bottom = h - m - btn_h - gap;
    SDL_Rect ans, expl;
    if (portrait) {
        int room = bottom - y;
        int ah = room * 58 / 100;
        ans = qk_rect(m, y, cw, ah);
        expl = qk_rect(m, y + ah + gap, cw, room - ah - gap);
    } else {
        int aw = (cw - gap) * 56 / 100;
        ans = qk_rect(m, y, aw, bottom - y);
        expl = qk_rect(m + aw + gap, y, cw - aw - gap, bottom - y);
    }
    int head = qk_px(app, 44);
    qk_w_text(app, qk_tr(QK_S_YOUR_ANSWER_MARKED), qk_rect(ans.x, ans.y, ans.w, head), 30, 18,
              true, QK_C_MUTED, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    SDL_Rect area = qk_rect(ans.x, ans.y + head, ans.w, ans.h - head);
    switch (q->type) {
    case QK_Q_ORDER: draw_order(app, q, &mk, area, gap); break;
    case QK_Q_CATEGORIZE: draw_categories(app, q, &mk, area, gap); break;
    default: draw_choices(app, q, &mk, area, gap); break;
    }

    qk_w_card(app, expl, QK_C_SURFACE);
    int pad = qk_px(app, 28);
    SDL_Rect bi = qk_rect(expl.x + pad, expl.y + pad / 2, expl.w - 2 * pad, expl.h - pad);
    qk_w_text(app, qk_tr(QK_S_EXPLANATION), qk_rect(bi.x, bi.y, bi.w, head), 30, 18, true,
              QK_C_ACCENT, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    qk_w_text(app, q->explanation, qk_rect(bi.x, bi.y + head, bi.w, bi.h - head), 36, 20, false,
              QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_TOP);

next:;
    int bw = portrait ? cw : cw * 32 / 100;
    qk_w_button(app, qk_rect(m + cw - bw, h - m - btn_h, bw, btn_h), qk_tr(QK_S_NEXT),
                QK_UI_BUTTON, QK_BTN_NEXT, QK_BTN_PRIMARY, true, false);
}

/* Screen names say what the feedback shows: feedback-<type>, and for a partly
 * right answer feedback-partial (see qk_app_screen_name). */
const qk_screen_ops qk_screen_feedback = {"feedback", enter, event, NULL, draw, NULL, NULL};
