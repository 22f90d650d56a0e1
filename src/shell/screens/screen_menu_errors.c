/* screen_menu_errors.c: the trainer menu's page that lists every error of the
 * question sets the station skipped, not only the first.
 *
 * The errors are the app's copy of the catalog's (qk_app_menu_sets), each in
 * every language; the page shows them in the station's language
 * (qk_i18n_lang()) as "FILE:LINE: message", the form --check prints, in file
 * order. A line above says how many errors in how many files and what to do.
 *
 * The list scrolls as the summary's review does: finger or mouse drag on any
 * line, the mouse wheel, the arrow keys (a line) and PageUp/PageDown (a page);
 * it stops at its ends, and a bar at the right shows where the view is. Each
 * line records as QK_UI_REVIEW (id = line) with the part of it that shows, so
 * a test can see how far the list has come.
 */
#include <stdio.h>
#include <string.h>

#include "qk_i18n.h"
#include "screen_menu.h"

#define ERR_PX 28.0f    /* units: one text size for the list */
#define ERR_LINE 60.0f  /* units an arrow key scrolls */

size_t qk_menu_error_count(const qk_app *app)
{
    return app->menu_errors.count;
}

void qk_menu_error_line(const qk_app *app, size_t k, char *buf, size_t cap)
{
    if (!cap)
        return;
    buf[0] = '\0';
    if (k >= app->menu_errors.count)
        return;
    const qk_diag *g = &app->menu_errors.items[k];
    const char *name = g->file ? strrchr(g->file, '/') : NULL;
    name = name ? name + 1 : g->file ? g->file : "";
    if (g->line > 0)
        snprintf(buf, cap, "%s:%d: %s", name, g->line, qk_diag_text(g, qk_i18n_lang()));
    else
        snprintf(buf, cap, "%s: %s", name, qk_diag_text(g, qk_i18n_lang()));
}

static void scroll_to(qk_app *app, int y)
{
    if (y > app->menu_scroll_max)
        y = app->menu_scroll_max;
    if (y < 0)
        y = 0;
    if (y != app->menu_scroll) {
        app->menu_scroll = y;
        app->dirty = true;
    }
}

bool qk_menu_errors_event(qk_app *app, const qk_event *ev)
{
    int step = app->menu_step > 0 ? app->menu_step : qk_px(app, ERR_LINE);
    int page = app->menu_page_px > step ? app->menu_page_px : step;
    switch (ev->kind) {
    case QK_EV_WHEEL:
        scroll_to(app, app->menu_scroll - ev->wheel * step * 2);
        return true;
    case QK_EV_DRAG:
        if (app->menu_drag_from < 0)
            app->menu_drag_from = app->menu_scroll;
        scroll_to(app, app->menu_drag_from + (ev->press_y - ev->y));
        return true;
    case QK_EV_DROP:
        app->menu_drag_from = -1;
        return true;
    case QK_EV_KEY:
        switch (ev->key) {
        case QK_KEY_DOWN:
        case QK_KEY_RIGHT: scroll_to(app, app->menu_scroll + step); return true;
        case QK_KEY_UP:
        case QK_KEY_LEFT: scroll_to(app, app->menu_scroll - step); return true;
        case QK_KEY_PAGEDOWN:
        case QK_KEY_SPACE: scroll_to(app, app->menu_scroll + page); return true;
        case QK_KEY_PAGEUP: scroll_to(app, app->menu_scroll - page); return true;
        default: return false;
        }
    default:
        return false;
    }
}

static void draw_list(qk_app *app, SDL_Rect view)
{
    SDL_Renderer *ren = qk_gfx_renderer(app->g);
    size_t n = qk_menu_error_count(app);
    int px = qk_px(app, ERR_PX);
    int gap = qk_px(app, 14);
    int bar_w = qk_px(app, 10);
    int tw = view.w - bar_w - gap;
    char line[1200];
    int total = 0;
    for (size_t k = 0; k < n; k++) {
        int mw = 0, mh = 0;
        qk_menu_error_line(app, k, line, sizeof line);
        qk_text_measure(app->g, line, px, QK_WEIGHT_REGULAR, tw, &mw, &mh);
        total += mh + gap;
    }
    app->menu_scroll_max = total > view.h ? total - view.h : 0;
    if (app->menu_scroll > app->menu_scroll_max)
        app->menu_scroll = app->menu_scroll_max;
    app->menu_step = qk_px(app, ERR_LINE);
    app->menu_page_px = view.h - app->menu_step;
    SDL_RenderSetClipRect(ren, &view);
    int y = view.y - app->menu_scroll;
    for (size_t k = 0; k < n; k++) {
        int mw = 0, mh = 0;
        qk_menu_error_line(app, k, line, sizeof line);
        qk_text_measure(app->g, line, px, QK_WEIGHT_REGULAR, tw, &mw, &mh);
        if (y + mh > view.y && y < view.y + view.h) {
            qk_text_style st = {px, px, QK_WEIGHT_REGULAR, QK_C_INK, QK_ALIGN_LEFT,
                                QK_VALIGN_TOP};
            qk_text_draw(app->g, line, qk_rect(view.x, y, tw, mh), &st);
            if (k + 1 < n)
                qk_fill_rect(app->g, qk_rect(view.x, y + mh + gap / 2 - 1, tw, qk_px(app, 2)),
                             QK_C_LINE);
            SDL_Rect full = qk_rect(view.x, y, tw, mh + gap), shown;
            if (SDL_IntersectRect(&full, &view, &shown))
                qk_app_record(app, shown, QK_UI_REVIEW, (int)k);
        }
        y += mh + gap;
    }
    SDL_RenderSetClipRect(ren, NULL);
    if (app->menu_scroll_max > 0) { /* where the view is (drawn, not a target) */
        SDL_Rect track = qk_rect(view.x + view.w - bar_w, view.y, bar_w, view.h);
        qk_w_round_fill(app, track, bar_w / 2, QK_C_LINE);
        int th = (int)((long)view.h * view.h / (total ? total : 1));
        if (th < qk_px(app, 40))
            th = qk_px(app, 40);
        int ty = view.y + (int)((long)(view.h - th) * app->menu_scroll / app->menu_scroll_max);
        qk_w_round_fill(app, qk_rect(track.x, ty, bar_w, th), bar_w / 2, QK_C_ACCENT);
    }
}

void qk_menu_draw_errors(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 18);
    int y = qk_menu_draw_title(app, qk_tr(QK_S_MENU_PROBLEMS), x, cw);
    int bh = qk_px(app, 100);
    char head[300];
    snprintf(head, sizeof head, qk_tr(QK_S_MENU_ERRORS_HEAD), (int)qk_menu_error_count(app),
             (int)app->menu_bad_files);
    int lh = qk_px(app, 80);
    qk_w_text(app, head, qk_rect(x, y, cw, lh), 30, 16, false, QK_C_MUTED, QK_ALIGN_LEFT,
              QK_VALIGN_TOP);
    y += lh + gap;
    draw_list(app, qk_rect(x, y, cw, h - m - bh - gap - y));
    qk_w_button(app, qk_rect(x, h - m - bh, cw, bh), qk_tr(QK_S_BACK), QK_UI_BUTTON,
                QK_BTN_MENU_BACK, QK_BTN_SECONDARY, true, false);
}
