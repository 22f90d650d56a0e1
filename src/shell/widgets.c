/* widgets.c: colours, sizes and the widgets of widgets.h.
 *
 * Widgets stay inside the rectangle they are given (outlines are drawn inward)
 * so that neighbouring widgets never overlap, which the layout test checks.
 */
#include "widgets.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "qk_i18n.h"
#include "qk_strbuf.h" /* qk_cat */
#include "screens/screens.h"

/* Every pair of text colour and background the screens use has a contrast
 * (WCAG) of at least the theme's min_contrast; tests/test_palette.c lists the
 * pairs and checks each theme. */
#define C(hex) {(Uint8)((hex) >> 16), (Uint8)(((hex) >> 8) & 0xFF), (Uint8)((hex) & 0xFF), 0xFF}
static const qk_theme_colors themes[2] = {
    [QK_THEME_STANDARD] = {
        .name = "standard", .min_contrast = 4.5,
        .page = C(0xF5F2EB), .surface = C(0xFFFFFF), .ink = C(0x1C2631),
        .muted = C(0x4B555F), .line = C(0xCFC9BC), .accent = C(0x0B625E),
        .accent_soft = C(0xDDEFEC), .on_accent = C(0xFFFFFF), .good = C(0x1B5E35),
        .good_soft = C(0xE1F2E4), .bad = C(0x9B2424), .bad_soft = C(0xFBE5E1),
        .focus = C(0xB45F06), .shade = {0x1C, 0x26, 0x31, 0xB8}, .disabled = C(0x5F656B),
        .partial = C(0x8A4B00) /* amber ink */, .partial_soft = C(0xFDF0D5) /* amber band */,
        .badge = {C(0x1F5A96) /* blue */, C(0x8A3B12) /* rust */, C(0x5B3E96) /* violet */,
                  C(0x2B662E) /* green */, C(0x992E5A) /* plum */, C(0x0B625E) /* teal */,
                  C(0x735500) /* ochre */, C(0x3F4D5C) /* slate */, C(0xA13628) /* brick */},
    },
    /* Black page and cards (cards stand out by their light edge), white text,
     * yellow accent with black text on it; the verdict colours are light tints
     * on near-black bands. */
    [QK_THEME_HIGH_CONTRAST] = {
        .name = "high-contrast", .min_contrast = 7.0,
        .page = C(0x000000), .surface = C(0x000000), .ink = C(0xFFFFFF),
        .muted = C(0xE6E6E6), .line = C(0xB8B8B8), .accent = C(0xFFD60A),
        .accent_soft = C(0x2E2A00), .on_accent = C(0x000000), .good = C(0x7CF29A),
        .good_soft = C(0x002B12), .bad = C(0xFFA3A3), .bad_soft = C(0x330000),
        .focus = C(0x00E5FF), .shade = {0x00, 0x00, 0x00, 0xD8}, .disabled = C(0xB3B3B3),
        .partial = C(0xFFC266), .partial_soft = C(0x2B1B00),
        .badge = {C(0x8CC8FF), C(0xFFB38A), C(0xCDB8FF), C(0x8FE39A), C(0xFF9EC7),
                  C(0x5FE0D6), C(0xFFE066), C(0xD0D8E0), C(0xFFA08F)},
    },
};
#undef C

const qk_theme_colors *qk_colors = &themes[QK_THEME_STANDARD];
static int current_theme = QK_THEME_STANDARD;

const qk_theme_colors *qk_theme_get(int theme)
{
    return theme == QK_THEME_HIGH_CONTRAST ? &themes[QK_THEME_HIGH_CONTRAST]
                                           : &themes[QK_THEME_STANDARD];
}

void qk_theme_use(int theme)
{
    current_theme = theme == QK_THEME_HIGH_CONTRAST ? QK_THEME_HIGH_CONTRAST : QK_THEME_STANDARD;
    qk_colors = &themes[current_theme];
}

int qk_theme_current(void)
{
    return current_theme;
}

SDL_Color qk_verdict_color(qk_verdict v)
{
    return v == QK_VERDICT_RIGHT ? QK_C_GOOD : v == QK_VERDICT_PARTLY ? QK_C_PARTIAL : QK_C_BAD;
}

SDL_Color qk_verdict_soft(qk_verdict v)
{
    return v == QK_VERDICT_RIGHT    ? QK_C_GOOD_SOFT
           : v == QK_VERDICT_PARTLY ? QK_C_PARTIAL_SOFT
                                    : QK_C_BAD_SOFT;
}

const char *qk_verdict_symbol(qk_verdict v)
{
    return v == QK_VERDICT_RIGHT ? "\u2713" : v == QK_VERDICT_PARTLY ? "\u25D0" : "\u2717";
}

SDL_Color qk_badge_color(int i)
{
    return qk_colors->badge[(i < 0 ? 0 : i) % QK_MAX_CHOICES];
}

float qk_u(const qk_app *app)
{
    float u = qk_gfx_unit(app->g);
    if (u < 0.5f)
        u = 0.5f;
    return app->large ? u * QK_LARGE_TEXT_SCALE : u;
}

int qk_px(const qk_app *app, float n)
{
    int v = (int)lroundf(n * qk_u(app));
    return v < 1 ? 1 : v;
}

void qk_screen_size(const qk_app *app, int *w, int *h)
{
    qk_gfx_size(app->g, w, h);
}

bool qk_portrait(const qk_app *app)
{
    int w, h;
    qk_gfx_size(app->g, &w, &h);
    return h > w;
}

SDL_Rect qk_rect(int x, int y, int w, int h)
{
    SDL_Rect r = {x, y, w < 0 ? 0 : w, h < 0 ? 0 : h};
    return r;
}

SDL_Rect qk_w_text(qk_app *app, const char *text, SDL_Rect box, float px, float min_px,
                   bool bold, SDL_Color c, qk_halign ha, qk_valign va)
{
    if (!text || !*text || box.w <= 0 || box.h <= 0)
        return qk_rect(box.x, box.y, 0, 0);
    qk_text_style st = {
        .px = qk_px(app, px),
        .min_px = qk_px(app, min_px),
        .weight = bold ? QK_WEIGHT_BOLD : QK_WEIGHT_REGULAR,
        .color = c,
        .halign = ha,
        .valign = va,
    };
    SDL_Rect got = qk_text_draw(app->g, text, box, &st);
    qk_app_record(app, box, QK_UI_TEXT, 0);
    return got;
}

void qk_w_round_fill(qk_app *app, SDL_Rect r, int rad, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    if (rad > r.w / 2)
        rad = r.w / 2;
    if (rad > r.h / 2)
        rad = r.h / 2;
    if (c.a != 255 || rad < 3) {
        qk_fill_round_rect(app->g, r, rad, c);
        return;
    }
    /* opaque: plain rectangles for the body (fast in every renderer) and
     * small anti-aliased rounded rectangles for the four corners only */
    qk_fill_rect(app->g, qk_rect(r.x, r.y + rad, r.w, r.h - 2 * rad), c);
    qk_fill_rect(app->g, qk_rect(r.x + rad, r.y, r.w - 2 * rad, rad), c);
    qk_fill_rect(app->g, qk_rect(r.x + rad, r.y + r.h - rad, r.w - 2 * rad, rad), c);
    /* each corner: a circle clipped to its quarter, so that its soft edge
     * shows only along the true outline */
    SDL_Renderer *ren = qk_gfx_renderer(app->g);
    SDL_Rect old_clip;
    bool clipped = SDL_RenderIsClipEnabled(ren);
    SDL_RenderGetClipRect(ren, &old_clip);
    int d = 2 * rad;
    const SDL_Rect quarter[4] = {
        {r.x, r.y, rad, rad}, {r.x + r.w - rad, r.y, rad, rad},
        {r.x, r.y + r.h - rad, rad, rad}, {r.x + r.w - rad, r.y + r.h - rad, rad, rad}};
    const SDL_Rect circle[4] = {
        {r.x, r.y, d, d}, {r.x + r.w - d, r.y, d, d},
        {r.x, r.y + r.h - d, d, d}, {r.x + r.w - d, r.y + r.h - d, d, d}};
    for (int i = 0; i < 4; i++) {
        SDL_Rect q = quarter[i];
        if (clipped && !SDL_IntersectRect(&quarter[i], &old_clip, &q))
            continue;
        SDL_RenderSetClipRect(ren, &q);
        qk_fill_round_rect(app->g, circle[i], rad, c);
    }
    SDL_RenderSetClipRect(ren, clipped ? &old_clip : NULL);
}

void qk_w_card(qk_app *app, SDL_Rect r, SDL_Color c)
{
    qk_w_round_fill(app, r, qk_px(app, 18), c);
}

void qk_w_button(qk_app *app, SDL_Rect r, const char *label, qk_ui_kind kind, int id,
                 qk_btn_style style, bool enabled, bool focused)
{
    int rad = qk_px(app, 16);
    SDL_Color bg = QK_C_ACCENT, fg = QK_C_ON_ACCENT;
    if (style == QK_BTN_SECONDARY) {
        bg = QK_C_SURFACE;
        fg = QK_C_ACCENT;
    } else if (style == QK_BTN_QUIET) {
        bg = QK_C_PAGE;
        fg = QK_C_INK;
    }
    if (!enabled) {
        bg = QK_C_PAGE;
        fg = QK_C_DISABLED;
    }
    qk_w_round_fill(app, r, rad, bg);
    if (style != QK_BTN_PRIMARY || !enabled)
        qk_stroke_round_rect(app->g, r, rad, qk_px(app, 3), enabled ? fg : QK_C_LINE);
    if (focused)
        qk_stroke_round_rect(app->g, r, rad, qk_px(app, 6), QK_C_FOCUS);
    int pad = qk_px(app, 20);
    SDL_Rect box = qk_rect(r.x + pad, r.y + pad / 2, r.w - 2 * pad, r.h - pad);
    qk_text_style st = {qk_px(app, 36), qk_px(app, 20), QK_WEIGHT_BOLD, fg,
                        QK_ALIGN_CENTER, QK_VALIGN_MIDDLE};
    if (label && *label)
        qk_text_draw(app->g, label, box, &st);
    if (enabled) {
        qk_app_record(app, r, kind, id);
        qk_app_record_label(app, label);
    }
}

/* Where a tile puts its badge, its tick box or mark, its tag and its label
 * (one geometry for drawing and for qk_w_tile_label_px). */
typedef struct {
    int badge_d;          /* badge diameter; 0 = none */
    SDL_Rect box;         /* tick box or mark; w 0 = none */
    SDL_Rect tag;         /* tag line; w 0 = none */
    SDL_Rect label;
} tile_geom;

static tile_geom tile_layout(const qk_app *app, SDL_Rect r, bool badge, bool box_or_mark,
                             bool tag)
{
    tile_geom t;
    memset(&t, 0, sizeof t);
    int pad = qk_px(app, 16);
    int x = r.x + pad;
    int d = r.h - 2 * pad;
    if (d > qk_px(app, 64))
        d = qk_px(app, 64);
    if (badge && d > 8) {
        t.badge_d = d;
        x += d + pad;
    }
    int right = r.x + r.w - pad;
    int box = qk_px(app, 44);
    if (box > r.h - 2 * pad)
        box = r.h - 2 * pad;
    if (box_or_mark && box > 8) {
        t.box = qk_rect(right - box, r.y + (r.h - box) / 2, box, box);
        right -= box + pad;
    }
    t.label = qk_rect(x, r.y + pad / 2, right - x, r.h - pad);
    if (tag) {
        int tagh = qk_px(app, 30);
        if (tagh > t.label.h / 2)
            tagh = t.label.h / 2;
        t.tag = qk_rect(x, t.label.y + t.label.h - tagh, t.label.w, tagh);
        t.label.h -= tagh;
    }
    return t;
}

/* The label size in units: the group's (qk_app.tile_label_px) or 34. */
static float tile_label_units(const qk_app *app)
{
    return app->tile_label_px > 0 ? app->tile_label_px : 34.0f;
}

float qk_w_tile_label_px(qk_app *app, SDL_Rect r, bool badge, const char *label,
                         const char *tag, bool box_or_mark, float px)
{
    if (!label || !*label)
        return px;
    tile_geom t = tile_layout(app, r, badge, box_or_mark, tag && *tag);
    if (t.label.w <= 0 || t.label.h <= 0)
        return 18.0f;
    int fit = qk_text_fit(app->g, label, t.label.w, t.label.h, qk_px(app, px),
                          qk_px(app, 18), QK_WEIGHT_REGULAR);
    float units = (float)fit / qk_u(app);
    return units < px ? units : px;
}

float qk_w_tile_group_px(qk_app *app, SDL_Rect grid, int n, int cols, int gap,
                         const char *const *labels, bool tagged, bool boxed, float px)
{
    for (int i = 0; i < n; i++) {
        float f = qk_w_tile_label_px(app, qk_grid_cell(grid, n, cols, gap, i), true, labels[i],
                                     tagged ? "-" : NULL, boxed, px);
        if (f < px)
            px = f;
    }
    return px;
}

void qk_w_tile(qk_app *app, SDL_Rect r, const char *badge, int badge_color,
               const char *label, const char *tag, qk_tile_state st, bool focused,
               bool check, qk_ui_kind kind, int id)
{
    int rad = qk_px(app, 16);
    SDL_Color bg = QK_C_SURFACE, edge = QK_C_LINE, ink = QK_C_INK;
    int thick = qk_px(app, 2);
    switch (st) {
    case QK_TILE_CHOSEN: bg = QK_C_ACCENT_SOFT; edge = QK_C_ACCENT; thick = qk_px(app, 5); break;
    case QK_TILE_RIGHT: bg = QK_C_GOOD_SOFT; edge = QK_C_GOOD; thick = qk_px(app, 5); break;
    case QK_TILE_WRONG: bg = QK_C_BAD_SOFT; edge = QK_C_BAD; thick = qk_px(app, 5); break;
    case QK_TILE_DIM: bg = QK_C_PAGE; ink = QK_C_MUTED; break;
    case QK_TILE_MISSED: edge = QK_C_GOOD; thick = qk_px(app, 6); break;
    default: break;
    }
    qk_w_round_fill(app, r, rad, bg);
    qk_stroke_round_rect(app->g, r, rad, thick, edge);
    if (focused)
        qk_stroke_round_rect(app->g, r, rad, qk_px(app, 6), QK_C_FOCUS);

    const char *mark = NULL;
    SDL_Color mark_c = ink;
    if (st == QK_TILE_RIGHT) {
        mark = "\u2713";
        mark_c = QK_C_GOOD;
    } else if (st == QK_TILE_WRONG) {
        mark = "\u2717";
        mark_c = QK_C_BAD;
    }
    tile_geom t = tile_layout(app, r, badge && *badge, check || mark, tag && *tag);
    if (t.badge_d) {
        int d = t.badge_d;
        SDL_Color bc = qk_badge_color(badge_color);
        if (st == QK_TILE_DIM)
            bc = QK_C_DISABLED;
        int bx = r.x + qk_px(app, 16);
        qk_fill_circle(app->g, bx + d / 2, r.y + r.h / 2, d / 2, bc);
        qk_text_style bs = {d * 55 / 100, d * 30 / 100, QK_WEIGHT_BOLD, QK_C_ON_ACCENT,
                            QK_ALIGN_CENTER, QK_VALIGN_MIDDLE};
        qk_text_draw(app->g, badge, qk_rect(bx, r.y + (r.h - d) / 2, d, d), &bs);
    }
    if (t.box.w > 0) {
        SDL_Rect cb = t.box;
        int box = cb.w;
        if (check) {
            bool on = st == QK_TILE_CHOSEN;
            if (on)
                qk_w_round_fill(app, cb, qk_px(app, 8), QK_C_ACCENT);
            else
                qk_stroke_round_rect(app->g, cb, qk_px(app, 8), qk_px(app, 3), QK_C_MUTED);
            if (on) {
                qk_text_style cs = {box * 8 / 10, box / 3, QK_WEIGHT_BOLD, QK_C_ON_ACCENT,
                                    QK_ALIGN_CENTER, QK_VALIGN_MIDDLE};
                qk_text_draw(app->g, "\u2713", cb, &cs);
            }
        }
        if (mark) {
            qk_text_style ms = {box, box / 2, QK_WEIGHT_BOLD, mark_c, QK_ALIGN_CENTER,
                                QK_VALIGN_MIDDLE};
            qk_text_draw(app->g, mark, cb, &ms);
        }
    }
    if (t.tag.w > 0) {
        SDL_Color tc = st == QK_TILE_MISSED || st == QK_TILE_RIGHT ? QK_C_GOOD
                       : st == QK_TILE_WRONG                  ? QK_C_BAD
                                                              : QK_C_ACCENT;
        qk_text_style ts = {qk_px(app, 24), qk_px(app, 14), QK_WEIGHT_BOLD, tc,
                            QK_ALIGN_LEFT, QK_VALIGN_MIDDLE};
        qk_text_draw(app->g, tag, t.tag, &ts);
    }
    if (label && *label && t.label.w > 0 && t.label.h > 0) {
        qk_text_style ls = {qk_px(app, tile_label_units(app)), qk_px(app, 18),
                            QK_WEIGHT_REGULAR, ink, QK_ALIGN_LEFT, QK_VALIGN_MIDDLE};
        qk_text_draw(app->g, label, t.label, &ls);
    }
    qk_app_record(app, r, kind, id);
    /* what the keyboard focus says: "B, the label, its tag, chosen" */
    char say[QK_LABEL_CAP];
    snprintf(say, sizeof say, "%s%s%s", badge && *badge ? badge : "", badge && *badge ? ", " : "",
             label && *label ? label : qk_tr(QK_S_SAY_EMPTY));
    if (tag && *tag)
        qk_cat(say, sizeof say, ", %s", tag);
    if (st == QK_TILE_CHOSEN && kind == QK_UI_TILE)
        qk_cat(say, sizeof say, ", %s", qk_tr(QK_S_SAY_CHOSEN));
    qk_app_record_label(app, say);
}

void qk_w_bar(qk_app *app, SDL_Rect r, double frac, SDL_Color fill)
{
    if (frac < 0)
        frac = 0;
    if (frac > 1)
        frac = 1;
    int rad = r.h / 2;
    qk_w_round_fill(app, r, rad, QK_C_LINE);
    int fw = (int)(r.w * frac + 0.5);
    if (fw >= r.h)
        qk_w_round_fill(app, qk_rect(r.x, r.y, fw, r.h), rad, fill);
    else if (fw > 0)
        qk_fill_rect(app->g, qk_rect(r.x, r.y, fw, r.h), fill);
    qk_app_record(app, r, QK_UI_BAR, 0);
}

const char *qk_letter(int i)
{
    static const char *const letters[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I"};
    return (i >= 0 && i < 9) ? letters[i] : "?";
}

SDL_Rect qk_grid_cell(SDL_Rect r, int n, int cols, int gap, int i)
{
    if (cols < 1)
        cols = 1;
    int rows = (n + cols - 1) / cols;
    if (rows < 1)
        rows = 1;
    int cw = (r.w - (cols - 1) * gap) / cols;
    int ch = (r.h - (rows - 1) * gap) / rows;
    int c = i % cols, row = i / cols;
    return qk_rect(r.x + c * (cw + gap), r.y + row * (ch + gap), cw, ch);
}
