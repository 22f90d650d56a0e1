/* qk_gfx_shapes.c: rectangles, rounded rectangles and circles, with soft edges.
 *
 * Curved shapes are polygons drawn with SDL_RenderGeometry (SDL 2.0.18+, all
 * renderers including the software one). Each polygon gets a one pixel wide
 * "fringe": the solid part is pulled in a little and a ring around it fades
 * from the colour to transparent just before the pixels outside the true
 * edge, which gives anti-aliased curves at no extra cost. Outlines are a ring
 * between an outer and an inner path built with the same number of points,
 * with a fringe on both sides.
 *
 * Opaque shapes (the usual case) fill their inside as one rectangle per row
 * and draw only the soft rim as geometry: a large polygon fan costs ~100 ms
 * for a full-screen panel in SDL's software renderer, rows cost ~1 ms.
 *
 * The number of points on a curve grows with the square root of its radius,
 * which keeps the error well under a pixel for any size used on screen.
 *
 * Sprites: rounded rectangles, outlines and circles up to QK_SHAPE_SPRITE_MAX
 * pixels across are not rebuilt as geometry every frame. The anti-aliased
 * disc (or ring, for an outline) of their radius and colour is drawn once
 * into a texture, each pixel's alpha the share of it inside the curve (from
 * the distance of its centre, with the same soft edge as the geometry: full
 * FR_IN inside the edge, none FR_OUT outside it); a rounded rectangle is then
 * its four quarters copied to the corners and plain rectangles between them.
 * Sprites are kept in a small table (least recently used dropped, flushed
 * with the other caches), so a screen drawn again costs copies and fills
 * only, never geometry. A shape larger than that, an outline thicker than
 * its radius, or no sprite (out of memory) falls back to the geometry below.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gfx/qk_gfx_internal.h"

#define QK_MAX_PTS 512
/* The soft edge runs from FR_IN inside the true edge to FR_OUT outside it:
 * a pixel whose centre lies outside the shape (half a pixel out) is never
 * touched, so a shape stays inside its rectangle. */
#define FR_IN 0.75f
#define FR_OUT 0.25f

static int arc_segments(float r)
{
    int n = (int)(sqrtf(r > 0 ? r : 0) * 2.5f);
    return n < 3 ? 3 : n > 60 ? 60 : n;
}

/* Points around a rounded rectangle, clockwise on screen (y down), starting at
 * the top-left corner's arc; segs+1 points per corner. Returns the count. */
static int round_rect_path(float x, float y, float w, float h, float r, int segs, SDL_FPoint *out)
{
    const float cx[4] = {x + r, x + w - r, x + w - r, x + r};
    const float cy[4] = {y + r, y + r, y + h - r, y + h - r};
    const float start[4] = {(float)M_PI, 1.5f * (float)M_PI, 0.0f, 0.5f * (float)M_PI};
    int n = 0;
    for (int c = 0; c < 4; c++) {
        for (int i = 0; i <= segs; i++) {
            float a = start[c] + (float)(M_PI / 2) * (float)i / (float)segs;
            out[n].x = cx[c] + r * cosf(a);
            out[n].y = cy[c] + r * sinf(a);
            n++;
        }
    }
    return n;
}

/* The outward miter direction at each point of a convex polygon (any
 * winding), scaled so that moving by it shifts both edges by one pixel.
 * Coinciding points (a corner of radius 0) share their corner's direction. */
static void outward_normals(const SDL_FPoint *p, int n, SDL_FPoint *nrm)
{
    float gx = 0, gy = 0;
    for (int i = 0; i < n; i++) {
        gx += p[i].x;
        gy += p[i].y;
    }
    gx /= (float)n;
    gy /= (float)n;
    for (int i = 0; i < n; i++) {
        int j = i, k = i;
        for (int s = 0; s < n; s++) { /* previous distinct point */
            j = (j + n - 1) % n;
            if (fabsf(p[j].x - p[i].x) + fabsf(p[j].y - p[i].y) > 1e-3f)
                break;
        }
        for (int s = 0; s < n; s++) { /* next distinct point */
            k = (k + 1) % n;
            if (fabsf(p[k].x - p[i].x) + fabsf(p[k].y - p[i].y) > 1e-3f)
                break;
        }
        float e[2][2] = {{p[i].x - p[j].x, p[i].y - p[j].y}, {p[k].x - p[i].x, p[k].y - p[i].y}};
        float mid[2][2] = {{(p[i].x + p[j].x) / 2, (p[i].y + p[j].y) / 2},
                           {(p[k].x + p[i].x) / 2, (p[k].y + p[i].y) / 2}};
        float en[2][2];
        for (int q = 0; q < 2; q++) {
            float len = sqrtf(e[q][0] * e[q][0] + e[q][1] * e[q][1]);
            if (len < 1e-6f) {
                en[q][0] = en[q][1] = 0;
                continue;
            }
            en[q][0] = e[q][1] / len;
            en[q][1] = -e[q][0] / len;
            if (en[q][0] * (mid[q][0] - gx) + en[q][1] * (mid[q][1] - gy) < 0) {
                en[q][0] = -en[q][0];
                en[q][1] = -en[q][1];
            }
        }
        float mx = en[0][0] + en[1][0], my = en[0][1] + en[1][1];
        float ml = sqrtf(mx * mx + my * my);
        if (ml < 1e-6f) {
            nrm[i].x = nrm[i].y = 0;
            continue;
        }
        mx /= ml;
        my /= ml;
        float cosh = mx * en[0][0] + my * en[0][1]; /* cos of half the turn */
        float scale = cosh > 0.25f ? 1.0f / cosh : 4.0f;
        nrm[i].x = mx * scale;
        nrm[i].y = my * scale;
    }
}

/* SDL's software renderer truncates vertex positions to whole pixels, where
 * the GPU renderers sample at pixel centres; adding half a pixel there makes
 * both round the same way. */
static float bias;

static SDL_Vertex vtx(float x, float y, SDL_Color c, Uint8 a)
{
    SDL_Vertex v;
    memset(&v, 0, sizeof v);
    v.position.x = x + bias;
    v.position.y = y + bias;
    v.color = c;
    v.color.a = a;
    return v;
}

/* ---- sprites ---- */

static Uint32 rgba(SDL_Color c)
{
    return (Uint32)c.r << 24 | (Uint32)c.g << 16 | (Uint32)c.b << 8 | c.a;
}

static float clamp01(float v)
{
    return v < 0 ? 0 : v > 1 ? 1 : v;
}

/* Draws the sprite: a 2rad x 2rad square, colour c, alpha the coverage of
 * the disc of radius rad about its centre (minus the disc of rad - thick
 * when thick > 0). NULL if the texture cannot be made. */
static SDL_Texture *make_sprite(qk_gfx *g, int rad, int thick, SDL_Color c)
{
    int side = 2 * rad;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, side, side, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s)
        return NULL;
    float ro = (float)rad, ri = (float)(rad - thick);
    Uint32 rgb = (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
    for (int y = 0; y < side; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch);
        float dy = (float)y + 0.5f - ro;
        for (int x = 0; x < side; x++) {
            float dx = (float)x + 0.5f - ro;
            float d = sqrtf(dx * dx + dy * dy);
            /* full at FR_IN inside the edge, nothing at FR_OUT outside it */
            float a = clamp01((ro + FR_OUT - d) / (FR_IN + FR_OUT));
            if (thick > 0)
                a *= clamp01((d - (ri - FR_OUT)) / (FR_IN + FR_OUT));
            Uint32 al = (Uint32)(a * (float)c.a + 0.5f);
            row[x] = al << 24 | rgb;
        }
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(g->renderer, s);
    SDL_FreeSurface(s);
    if (t)
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    return t;
}

/* The sprite for (rad, thick, c), made on first use; NULL when too large or
 * it cannot be made (the caller draws geometry). */
static SDL_Texture *sprite(qk_gfx *g, int rad, int thick, SDL_Color c)
{
    if (rad < 1 || 2 * rad > QK_SHAPE_SPRITE_MAX || !g->renderer)
        return NULL;
    Uint32 key = rgba(c);
    qk_shape_sprite *free_slot = NULL, *oldest = NULL;
    g->tick++;
    for (int i = 0; i < QK_SHAPE_SPRITES; i++) {
        qk_shape_sprite *sp = &g->sprites[i];
        if (!sp->tex) {
            if (!free_slot)
                free_slot = sp;
            continue;
        }
        if (sp->rad == rad && sp->thick == thick && sp->color == key) {
            sp->last_use = g->tick;
            g->stats.sprite_hits++;
            return sp->tex;
        }
        if (!oldest || sp->last_use < oldest->last_use)
            oldest = sp;
    }
    qk_shape_sprite *slot = free_slot ? free_slot : oldest;
    if (!slot)
        return NULL;
    SDL_Texture *t = make_sprite(g, rad, thick, c);
    if (!t)
        return NULL;
    if (slot->tex)
        SDL_DestroyTexture(slot->tex);
    slot->tex = t;
    slot->rad = rad;
    slot->thick = thick;
    slot->color = key;
    slot->last_use = g->tick;
    g->stats.sprites_made++;
    return t;
}

void qk_shape_cache_clear(qk_gfx *g)
{
    if (!g)
        return;
    for (int i = 0; i < QK_SHAPE_SPRITES; i++) {
        if (g->sprites[i].tex)
            SDL_DestroyTexture(g->sprites[i].tex);
        memset(&g->sprites[i], 0, sizeof g->sprites[i]);
    }
}

/* Copies the four quarters of sprite t (radius rad) to the corners of r. */
static void sprite_corners(qk_gfx *g, SDL_Texture *t, SDL_Rect r, int rad)
{
    const SDL_Rect src[4] = {{0, 0, rad, rad}, {rad, 0, rad, rad},
                             {rad, rad, rad, rad}, {0, rad, rad, rad}};
    const SDL_Rect dst[4] = {{r.x, r.y, rad, rad}, {r.x + r.w - rad, r.y, rad, rad},
                             {r.x + r.w - rad, r.y + r.h - rad, rad, rad},
                             {r.x, r.y + r.h - rad, rad, rad}};
    for (int i = 0; i < 4; i++)
        SDL_RenderCopy(g->renderer, t, &src[i], &dst[i]);
}

/* Fills the n rectangles (those with no area skipped) in colour c; opaque
 * colours without blending. */
static void fill_plain(qk_gfx *g, const SDL_Rect *rects, int n, SDL_Color c)
{
    SDL_Rect keep[8];
    int k = 0;
    for (int i = 0; i < n && k < 8; i++)
        if (rects[i].w > 0 && rects[i].h > 0)
            keep[k++] = rects[i];
    if (!k)
        return;
    SDL_SetRenderDrawBlendMode(g->renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRects(g->renderer, keep, k);
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
}

/* A filled rounded rectangle from its sprite; false if there is none. */
static bool sprite_fill_round_rect(qk_gfx *g, SDL_Rect r, int rad, SDL_Color c)
{
    SDL_Texture *t = sprite(g, rad, 0, c);
    if (!t)
        return false;
    SDL_Rect parts[3] = {{r.x + rad, r.y, r.w - 2 * rad, rad},
                         {r.x, r.y + rad, r.w, r.h - 2 * rad},
                         {r.x + rad, r.y + r.h - rad, r.w - 2 * rad, rad}};
    fill_plain(g, parts, 3, c);
    sprite_corners(g, t, r, rad);
    return true;
}

/* An outline of thickness t < rad from its sprite; false if there is none. */
static bool sprite_stroke_round_rect(qk_gfx *g, SDL_Rect r, int rad, int t, SDL_Color c)
{
    if (t >= rad)
        return false;
    SDL_Texture *tex = sprite(g, rad, t, c);
    if (!tex)
        return false;
    SDL_Rect parts[4] = {{r.x + rad, r.y, r.w - 2 * rad, t},
                         {r.x + rad, r.y + r.h - t, r.w - 2 * rad, t},
                         {r.x, r.y + rad, t, r.h - 2 * rad},
                         {r.x + r.w - t, r.y + rad, t, r.h - 2 * rad}};
    fill_plain(g, parts, 4, c);
    sprite_corners(g, tex, r, rad);
    return true;
}

void qk_fill_convex(qk_gfx *g, const SDL_FPoint *pts, int n, SDL_Color c)
{
    if (!g || n < 3 || n > QK_MAX_PTS)
        return;
    SDL_FPoint nrm[QK_MAX_PTS];
    SDL_Vertex v[2 * QK_MAX_PTS + 1];
    int idx[9 * QK_MAX_PTS];
    outward_normals(pts, n, nrm);
    bias = g->software ? 0.5f : 0.0f;
    float gx = 0, gy = 0;
    for (int i = 0; i < n; i++) {
        gx += pts[i].x;
        gy += pts[i].y;
    }
    v[0] = vtx(gx / (float)n, gy / (float)n, c, c.a);
    for (int i = 0; i < n; i++) {
        v[1 + i] = vtx(pts[i].x - FR_IN * nrm[i].x, pts[i].y - FR_IN * nrm[i].y, c, c.a);
        v[1 + n + i] = vtx(pts[i].x + FR_OUT * nrm[i].x, pts[i].y + FR_OUT * nrm[i].y, c, 0);
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
        int a = 1 + i, b = 1 + (i + 1) % n;
        int ao = a + n, bo = b + n;
        idx[m++] = 0; idx[m++] = a; idx[m++] = b;
        idx[m++] = a; idx[m++] = ao; idx[m++] = bo;
        idx[m++] = a; idx[m++] = bo; idx[m++] = b;
    }
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(g->renderer, NULL, v, 1 + 2 * n, idx, m);
    g->stats.geometry_calls++;
}

void qk_fill_rect(qk_gfx *g, SDL_Rect r, SDL_Color c)
{
    if (!g || r.w <= 0 || r.h <= 0)
        return;
    /* Opaque fills skip blending: several times faster in software. */
    SDL_SetRenderDrawBlendMode(g->renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(g->renderer, &r);
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
}

static int clamp_radius(SDL_Rect r, int rad)
{
    int m = (r.w < r.h ? r.w : r.h) / 2;
    return rad < 0 ? 0 : rad > m ? m : rad;
}

/* The soft rim of an arc (centre cx,cy, radius r, angles a0..a1): a ring from
 * FR_IN inside the arc (full colour) to FR_OUT outside it (transparent). */
static void fringe_arc(qk_gfx *g, float cx, float cy, float r, float a0, float a1, int segs,
                       SDL_Color c)
{
    SDL_Vertex v[2 * (QK_MAX_PTS + 1)];
    int idx[6 * QK_MAX_PTS];
    if (segs > QK_MAX_PTS)
        segs = QK_MAX_PTS;
    bias = g->software ? 0.5f : 0.0f;
    float ri = r - FR_IN > 0 ? r - FR_IN : 0, ro = r + FR_OUT;
    for (int i = 0; i <= segs; i++) {
        float a = a0 + (a1 - a0) * (float)i / (float)segs, ca = cosf(a), sa = sinf(a);
        v[2 * i] = vtx(cx + ri * ca, cy + ri * sa, c, c.a);
        v[2 * i + 1] = vtx(cx + ro * ca, cy + ro * sa, c, 0);
    }
    int k = 0;
    for (int i = 0; i < segs; i++) {
        int a = 2 * i, b = 2 * i + 2;
        idx[k++] = a; idx[k++] = a + 1; idx[k++] = b + 1;
        idx[k++] = a; idx[k++] = b + 1; idx[k++] = b;
    }
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(g->renderer, NULL, v, 2 * (segs + 1), idx, k);
    g->stats.geometry_calls++;
}

/* The pixel span [*i0, *i1) of a row whose centres lie inside [left - half,
 * right + half]. */
static void span(float left, float right, float half, int *i0, int *i1)
{
    *i0 = (int)ceilf(left - half - 0.5f);
    *i1 = (int)floorf(right + half - 0.5f) + 1;
}

/* Opaque shapes are filled as one rectangle per pixel row (fast on every
 * renderer; a polygon fan is slow in software), covering the pixels whose
 * centres lie at least half a pixel inside the curve; the soft rim is drawn
 * over them as a thin ring. Colours with alpha use the polygon, so that no
 * pixel is blended twice. */
static void fill_rows(qk_gfx *g, SDL_Rect *rows, int n, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRects(g->renderer, rows, n);
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
}

void qk_fill_round_rect(qk_gfx *g, SDL_Rect r, int rad, SDL_Color c)
{
    if (!g || r.w <= 0 || r.h <= 0)
        return;
    rad = clamp_radius(r, rad);
    if (rad < 1) {
        qk_fill_rect(g, r, c);
        return;
    }
    if (sprite_fill_round_rect(g, r, rad, c))
        return;
    int segs = arc_segments((float)rad);
    if (c.a != 255) {
        SDL_FPoint p[QK_MAX_PTS];
        int n = round_rect_path((float)r.x, (float)r.y, (float)r.w, (float)r.h, (float)rad,
                                segs, p);
        qk_fill_convex(g, p, n, c);
        return;
    }
    SDL_Rect *rows = malloc(sizeof *rows * (size_t)(2 * rad + 1));
    if (!rows)
        return;
    float rin = (float)rad - 0.5f;
    float cxl = (float)(r.x + rad), cxr = (float)(r.x + r.w - rad);
    int n = 0;
    for (int j = 0; j < rad; j++) {
        float dy = (float)rad - ((float)j + 0.5f); /* above the corner centres */
        float half = dy < rin ? sqrtf(rin * rin - dy * dy) : 0.0f;
        int i0, i1;
        span(cxl, cxr, half, &i0, &i1);
        if (i1 > i0) {
            rows[n++] = (SDL_Rect){i0, r.y + j, i1 - i0, 1};
            rows[n++] = (SDL_Rect){i0, r.y + r.h - 1 - j, i1 - i0, 1};
        }
    }
    if (r.h - 2 * rad > 0)
        rows[n++] = (SDL_Rect){r.x, r.y + rad, r.w, r.h - 2 * rad};
    fill_rows(g, rows, n, c);
    free(rows);
    float x0 = cxl, x1 = cxr, y0 = (float)(r.y + rad), y1 = (float)(r.y + r.h - rad);
    float pi = (float)M_PI;
    fringe_arc(g, x0, y0, (float)rad, pi, 1.5f * pi, segs, c);
    fringe_arc(g, x1, y0, (float)rad, 1.5f * pi, 2.0f * pi, segs, c);
    fringe_arc(g, x1, y1, (float)rad, 0.0f, 0.5f * pi, segs, c);
    fringe_arc(g, x0, y1, (float)rad, 0.5f * pi, pi, segs, c);
}

void qk_stroke_round_rect(qk_gfx *g, SDL_Rect r, int rad, int thickness, SDL_Color c)
{
    if (!g || r.w <= 0 || r.h <= 0 || thickness <= 0)
        return;
    int m = (r.w < r.h ? r.w : r.h) / 2;
    if (thickness >= m) {
        qk_fill_round_rect(g, r, rad, c);
        return;
    }
    rad = clamp_radius(r, rad);
    if (sprite_stroke_round_rect(g, r, rad, thickness, c))
        return;
    int segs = arc_segments((float)(rad > 1 ? rad : 1));
    float t = (float)thickness;
    float irad = (float)rad - t > 0 ? (float)rad - t : 0;
    SDL_FPoint o[QK_MAX_PTS], in[QK_MAX_PTS], on[QK_MAX_PTS], inn[QK_MAX_PTS];
    int n = round_rect_path((float)r.x, (float)r.y, (float)r.w, (float)r.h, (float)rad, segs, o);
    round_rect_path((float)r.x + t, (float)r.y + t, (float)r.w - 2 * t, (float)r.h - 2 * t, irad,
                    segs, in);
    outward_normals(o, n, on);
    outward_normals(in, n, inn);
    bias = g->software ? 0.5f : 0.0f;
    /* Four rings of vertices: outer fringe, outer solid, inner solid, inner fringe. */
    static SDL_Vertex v[4 * QK_MAX_PTS];
    static int idx[18 * QK_MAX_PTS];
    for (int i = 0; i < n; i++) {
        v[i] = vtx(o[i].x + FR_OUT * on[i].x, o[i].y + FR_OUT * on[i].y, c, 0);
        v[n + i] = vtx(o[i].x - FR_IN * on[i].x, o[i].y - FR_IN * on[i].y, c, c.a);
        v[2 * n + i] = vtx(in[i].x + FR_IN * inn[i].x, in[i].y + FR_IN * inn[i].y, c, c.a);
        v[3 * n + i] = vtx(in[i].x - FR_OUT * inn[i].x, in[i].y - FR_OUT * inn[i].y, c, 0);
    }
    int k = 0;
    for (int ring = 0; ring < 3; ring++) {
        for (int i = 0; i < n; i++) {
            int a = ring * n + i, b = ring * n + (i + 1) % n;
            int a2 = a + n, b2 = b + n;
            idx[k++] = a; idx[k++] = a2; idx[k++] = b2;
            idx[k++] = a; idx[k++] = b2; idx[k++] = b;
        }
    }
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(g->renderer, NULL, v, 4 * n, idx, k);
    g->stats.geometry_calls++;
}

void qk_fill_circle(qk_gfx *g, int cx, int cy, int radius, SDL_Color c)
{
    if (!g || radius <= 0)
        return;
    SDL_Texture *t = sprite(g, radius, 0, c);
    if (t) {
        SDL_Rect dst = {cx - radius, cy - radius, 2 * radius, 2 * radius};
        SDL_RenderCopy(g->renderer, t, NULL, &dst);
        return;
    }
    int n = arc_segments((float)radius) * 4;
    if (c.a != 255) {
        SDL_FPoint p[QK_MAX_PTS];
        for (int i = 0; i < n; i++) {
            float a = 2.0f * (float)M_PI * (float)i / (float)n;
            p[i].x = (float)cx + (float)radius * cosf(a);
            p[i].y = (float)cy + (float)radius * sinf(a);
        }
        qk_fill_convex(g, p, n, c);
        return;
    }
    SDL_Rect *rows = malloc(sizeof *rows * (size_t)(2 * radius));
    if (!rows)
        return;
    float rin = (float)radius - 0.5f;
    int k = 0;
    for (int y = cy - radius; y < cy + radius; y++) {
        float dy = fabsf((float)y + 0.5f - (float)cy);
        if (dy >= rin)
            continue;
        int i0, i1;
        span((float)cx, (float)cx, sqrtf(rin * rin - dy * dy), &i0, &i1);
        if (i1 > i0)
            rows[k++] = (SDL_Rect){i0, y, i1 - i0, 1};
    }
    fill_rows(g, rows, k, c);
    free(rows);
    fringe_arc(g, (float)cx, (float)cy, (float)radius, 0.0f, 2.0f * (float)M_PI, n, c);
}
