/* screen_question.c: one question, of any type, by touch, mouse or keyboard.
 *
 * Layout, top to bottom: the header (round, "3 / 10", score), a countdown bar
 * when the question has a time limit, the question text (wrapped, shrunk to
 * fit; a picture beside it in landscape, under it in portrait), a one-line
 * hint on how to answer, the answer area, and a footer with "Submit"/"Undo"
 * where the type needs them.
 *
 * This file is the screen: its working state, the page layout, the countdown
 * and the events, with one switch per step that hands the answer area to its
 * type family (screen_question.h):
 *   single, truefalse  one tap answers;
 *   multiple           taps toggle tick boxes; Submit (or Enter) answers
 *                      (both in screen_question_choice.c);
 *   order              items into numbered slots (screen_question_order.c);
 *   categorize         items into categories (screen_question_categorize.c).
 * Tiles carry letters A-I; digits 1-9 reach them. Arrows move a focus ring,
 * Space acts on it, Enter answers when complete, Backspace undoes.
 * Working state lives in app->qs and survives a visit to the walk-away screen.
 */
#include <stdio.h>
#include <string.h>

#include "screen_question.h"
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
    case QK_Q_MULTIPLE: return qk_qchoice_complete(qs);
    case QK_Q_ORDER: return qk_qorder_complete(qs);
    case QK_Q_CATEGORIZE: return qk_qcat_complete(qs);
    default: return false;
    }
}

static void submit(qk_app *app)
{
    qk_qstate *qs = &app->qs;
    if (!complete(qs))
        return;
    qk_answer a = {0};
    a.n = qs->n;
    switch (qs->q->type) {
    case QK_Q_MULTIPLE: qk_qchoice_fill(qs, &a); break;
    case QK_Q_ORDER: qk_qorder_fill(qs, &a); break;
    case QK_Q_CATEGORIZE: qk_qcat_fill(qs, &a); break;
    default: break;
    }
    qk_app_answer(app, &a);
}

static void undo(qk_qstate *qs)
{
    if (qs->q->type == QK_Q_ORDER)
        qk_qorder_undo(qs);
    else if (qs->q->type == QK_Q_CATEGORIZE)
        qk_qcat_undo(qs);
}

static void tap_tile(qk_app *app, int i)
{
    qk_qstate *qs = &app->qs;
    if (i < 0 || (size_t)i >= qs->n)
        return;
    switch (qs->q->type) {
    case QK_Q_SINGLE:
    case QK_Q_TRUEFALSE:
    case QK_Q_MULTIPLE:
        qk_qchoice_tap(app, i); /* sets dirty itself: single and truefalse answer */
        return;
    case QK_Q_ORDER:
        qk_qorder_tap(qs, i);
        break;
    case QK_Q_CATEGORIZE:
        qk_qcat_tap(qs, i);
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
        return qk_qorder_drag_ok(qs, from);
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
            qk_qorder_unplace(qs, ev->hit->id);
            app->dirty = true;
        } else if (ev->hit->kind == QK_UI_CATEGORY) {
            qk_qcat_assign(qs, qs->picked, ev->hit->id);
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
        if (t == QK_Q_ORDER)
            qk_qorder_drop(qs, ev->from, to);
        else if (t == QK_Q_CATEGORIZE && to && to->kind == QK_UI_CATEGORY)
            qk_qcat_assign(qs, ev->from->id, to->id);
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
                    qk_qcat_assign(qs, qs->picked, ev->digit - 1);
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
        app->countdown_dirty = true; /* a countdown frame (qk_question_draw_countdown) */
}

/* The countdown: its bar and the seconds in their box, as of `left`. */
static void draw_countdown(qk_app *app, SDL_Rect bar, SDL_Rect secs_box, double left)
{
    qk_qstate *qs = &app->qs;
    double frac = left / qs->q->time_limit;
    bool red = frac < 0.25;
    char secs[16];
    snprintf(secs, sizeof secs, "%d s", countdown_secs(left));
    qk_w_bar(app, bar, frac, red ? QK_C_BAD : QK_C_ACCENT);
    qk_w_text(app, secs, secs_box, 32, 18, true, red ? QK_C_BAD : QK_C_INK, QK_ALIGN_RIGHT,
              QK_VALIGN_MIDDLE);
    qs->cd_bar = bar;
    qs->cd_secs = secs_box;
    qs->cd_red = red;
    qs->bar_w = bar.w;
    qs->last_bar_px = countdown_px(bar.w, frac);
    qs->last_secs = countdown_secs(left);
}

bool qk_question_draw_countdown(qk_app *app, SDL_Rect *rects, int cap, int *n)
{
    qk_qstate *qs = &app->qs;
    *n = 0;
    if (app->screen != QK_SCR_QUESTION || !qs->q || qs->q->time_limit <= 0 || qs->bar_w <= 0 ||
        qs->left_at > 0 || qs->dragging || cap < 2)
        return false; /* (a dragged tile may lie over the countdown) */
    double left = qs->q->time_limit - (qk_app_now(app) - qs->started);
    if (left < 0)
        left = 0;
    SDL_Rect bar = qs->cd_bar;
    int px = countdown_px(bar.w, left / qs->q->time_limit), was = qs->last_bar_px;
    bool red = left / qs->q->time_limit < 0.25;
    int secs = countdown_secs(left);
    /* The columns that change: from the round end's start at the shorter
     * width to the end of the longer, a pixel more for the soft edge; the
     * whole bar when its colour changes or the fill becomes too short to be
     * round at both ends. */
    SDL_Rect cols = bar;
    int lo = px < was ? px : was, hi = px > was ? px : was;
    if (red == qs->cd_red && lo > bar.h + 2) {
        int x0 = bar.x + lo - bar.h / 2 - 2, x1 = bar.x + hi + 2;
        if (x1 > bar.x + bar.w)
            x1 = bar.x + bar.w;
        cols = qk_rect(x0, bar.y, x1 - x0, bar.h);
    }
    bool was_recording = app->recording;
    app->recording = false; /* the layout stays as the whole frame recorded it */
    SDL_Rect parts[2] = {cols, qs->cd_secs};
    int k = secs != qs->last_secs || red != qs->cd_red ? 2 : 1;
    for (int i = 0; i < k; i++) {
        qk_gfx_clip(app->g, &parts[i]);
        qk_fill_rect(app->g, parts[i], QK_C_PAGE);
        draw_countdown(app, bar, qs->cd_secs, left);
        rects[(*n)++] = parts[i];
    }
    qk_gfx_clip(app->g, NULL);
    app->recording = was_recording;
    return true;
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

const char *qk_q_item_text(const qk_qstate *qs, int place)
{
    if (qs->q->type == QK_Q_TRUEFALSE)
        return qk_tr(qs->order[place] ? QK_S_TRUE : QK_S_FALSE);
    return qs->q->choices[qs->order[place]].text;
}

float qk_q_tile_pref_units(const qk_app *app, qk_qtype t)
{
    if (app->large) /* in units that are 1.5 times larger already */
        return t == QK_Q_TRUEFALSE ? 160 : 120;
    if (t == QK_Q_TRUEFALSE)
        return 200;
    return qk_portrait(app) ? 170 : 150;
}

float qk_q_label_units(const qk_app *app)
{
    return qk_portrait(app) ? 40.0f : 34.0f;
}

int qk_q_head_px(const qk_app *app)
{
    return qk_px(app, 52);
}

void qk_q_split_pool(const qk_app *app, SDL_Rect body, int rows, int other_rows, int pool_pct,
                     int gap, SDL_Rect *pool, SDL_Rect *other)
{
    int head = qk_q_head_px(app);
    int maxh = qk_px(app, qk_q_tile_pref_units(app, app->qs.q->type));
    if (qk_portrait(app)) {
        int unit = (body.h - head - gap * (rows + other_rows)) / (rows + other_rows);
        if (unit > maxh)
            unit = maxh;
        *pool = qk_rect(body.x, body.y, body.w, rows * unit + (rows - 1) * gap);
        *other = qk_rect(body.x, pool->y + pool->h + gap + head, body.w,
                         other_rows * unit + (other_rows - 1) * gap);
    } else {
        int pw = (body.w - gap * 2) * pool_pct / 100;
        int unit = (body.h - head - (rows - 1) * gap) / rows;
        if (unit > maxh)
            unit = maxh;
        *pool = qk_rect(body.x, body.y + head, pw, rows * unit + (rows - 1) * gap);
        *other = qk_rect(body.x + pw + gap * 2, body.y + head, body.w - pw - gap * 2,
                         body.h - head);
    }
}

void qk_q_heading(qk_app *app, const char *text, SDL_Rect other, int gap)
{
    int head = qk_q_head_px(app);
    qk_w_text(app, text, qk_rect(other.x, other.y - head, other.w, head - gap / 2), 30, 18,
              true, QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
}

/* Rows of tiles the answer area needs, and the extra height of its headings. */
static void body_need(const qk_app *app, const qk_qstate *qs, int force_cols, int *rows,
                      int *extra, int *cols)
{
    switch (qs->q->type) {
    case QK_Q_ORDER: qk_qorder_need(app, qs, force_cols, rows, extra, cols); break;
    case QK_Q_CATEGORIZE: qk_qcat_need(app, qs, force_cols, rows, extra, cols); break;
    default: qk_qchoice_need(app, qs, force_cols, rows, extra, cols); break;
    }
}

static void draw_tiles(qk_app *app, SDL_Rect body, int cols, int gap)
{
    switch (app->qs.q->type) {
    case QK_Q_ORDER: qk_qorder_draw(app, body, cols, gap); break;
    case QK_Q_CATEGORIZE: qk_qcat_draw(app, body, cols, gap); break;
    default: qk_qchoice_draw(app, body, cols, gap); break;
    }
}

/* Large text: the question, its picture, the hint and the answers at their
 * full sizes one under the other, in a scroll view from y to `bottom` (the
 * footer stays put). Nothing shrinks to fit: what does not fit scrolls. */
/* The question's text in `at` (x, y, the page's width, the text's height),
 * its picture beside it (pic_w wide) or under it (pic_h tall), then the hint;
 * text and hint shrink to text_min / hint_min (units) at the least. Returns
 * the y under the hint. Shared by the flowing (scrolling) and the fitted page. */
static int draw_head(qk_app *app, const qk_question *q, SDL_Rect at, int text_w, int pic_w,
                     int pic_h, int hint_h, int gap, float text_min, float hint_min)
{
    int m = at.x, y = at.y, cw = at.w, q_h = at.h;
    qk_w_text(app, q->text, qk_rect(m, y, text_w, q_h), 50, text_min, true, QK_C_INK,
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
    qk_w_text(app, hint_for(q->type), qk_rect(m, y, cw, hint_h), 30, hint_min, false,
              QK_C_MUTED, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    return y + hint_h + gap;
}

static void draw_flowing(qk_app *app, int y, int bottom, int rows, int extra, int cols, int gap)
{
    qk_qstate *qs = &app->qs;
    const qk_question *q = qs->q;
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int cw = w - 2 * m;
    bool portrait = qk_portrait(app);
    bool pic = q->picture && *q->picture;
    int pic_w = pic && !portrait ? cw * 40 / 100 : 0;
    int text_w = cw - (pic_w ? pic_w + gap * 2 : 0);
    int need_w = 0, need_h = 0;
    qk_text_measure(app->g, q->text, qk_px(app, 50), QK_WEIGHT_BOLD, text_w, &need_w, &need_h);
    int q_h = need_h + qk_px(app, 12);
    if (pic_w && q_h < qk_px(app, 260))
        q_h = qk_px(app, 260);
    int pic_h = pic && portrait ? qk_px(app, 360) : 0;
    int hint_w = 0, hint_h = 0;
    qk_text_measure(app->g, hint_for(q->type), qk_px(app, 30), QK_WEIGHT_REGULAR, cw, &hint_w,
                    &hint_h);
    hint_h += qk_px(app, 8);
    int tile = qk_px(app, qk_q_tile_pref_units(app, q->type));
    int body_h = rows * tile + (rows - 1) * gap + extra;
    int content = q_h + gap + (pic_h ? pic_h + gap : 0) + hint_h + gap + body_h;
    int top = qk_scroll_begin(app, qk_rect(0, y, w, bottom - y), content);
    top = draw_head(app, q, (SDL_Rect){m, top, cw, q_h}, text_w, pic_w, pic_h, hint_h, gap,
                    50, 30);
    draw_tiles(app, qk_rect(m, top, cw, body_h), cols, gap);
    qk_scroll_end(app);
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
        int tw = qk_px(app, 110);
        int bh = qk_px(app, 16);
        SDL_Rect bar = qk_rect(m, y + (qk_px(app, 40) - bh) / 2, cw - tw - gap, bh);
        draw_countdown(app, bar, qk_rect(m + cw - tw, y, tw, qk_px(app, 40)), left);
        y += qk_px(app, 40) + gap;
    }

    bool footer = q->type == QK_Q_MULTIPLE || q->type == QK_Q_ORDER ||
                  q->type == QK_Q_CATEGORIZE;
    int btn_h = qk_px(app, 100);
    int bottom = h - m - (footer ? btn_h + gap * 2 : 0);
    int hint_h = qk_px(app, 48);
    int rows, extra, cols;
    body_need(app, qs, 0, &rows, &extra, &cols);
    if (app->large) {
        draw_flowing(app, y, bottom, rows, extra, cols, gap);
        goto footer;
    }
    int tile_min = qk_px(app, 76), tile_pref = qk_px(app, qk_q_tile_pref_units(app, q->type));
    int body_min = rows * tile_min + (rows - 1) * gap + extra;
    int space = bottom - y - hint_h - gap * 2;
    /* A column of tiles too tall for the screen (large text on a small one)
     * becomes two columns, so that no tile is squeezed below finger size. */
    if (cols == 1 && qs->n > 1 && body_min > space - qk_px(app, 100)) {
        body_need(app, qs, 2, &rows, &extra, &cols);
        body_min = rows * tile_min + (rows - 1) * gap + extra;
    }
    int body_pref = rows * tile_pref + (rows - 1) * gap + extra;
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

    y = draw_head(app, q, (SDL_Rect){m, y, cw, q_h}, text_w, pic_w, pic_h, hint_h, gap, 24, 18);
    int body_bottom = bottom;
    /* Portrait categorize keeps the room down to the footer: the categories
     * grow into it (draw_tiles). */
    if (y + body_h < body_bottom && !(portrait && q->type == QK_Q_CATEGORIZE))
        body_bottom = y + body_h;
    draw_tiles(app, qk_rect(m, y, cw, body_bottom - y), cols, gap);

footer:
    if (footer) {
        int by = h - m - btn_h;
        int bw = portrait ? (cw - gap) * 6 / 10 : cw * 32 / 100;
        if (q->type != QK_Q_MULTIPLE) {
            bool can_undo = q->type == QK_Q_ORDER ? qk_qorder_can_undo(qs)
                                                  : qk_qcat_can_undo(qs);
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
        int place = qk_qorder_drag_place(qs, app->press_hit.kind, app->press_hit.id);
        bool was = app->recording;
        app->recording = false;
        if (place >= 0)
            qk_w_tile(app, r, qk_letter(place), place, qk_q_item_text(qs, place), NULL,
                      QK_TILE_CHOSEN, true, false, QK_UI_TILE, place);
        app->recording = was;
    }
}

static void leave(qk_app *app)
{
    app->qs.left_at = qk_app_now(app); /* only read if the same question comes back */
}

const qk_screen_ops qk_screen_question = {"question", enter, event, tick, draw, leave, drag_ok};
