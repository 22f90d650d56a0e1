/* qk_gfx_image.c: pictures (PNG, JPEG, SVG) and the placeholder for broken ones.
 *
 * A picture is loaded once with SDL_image, turned into a texture and kept in
 * a short list in order of use (at most QK_IMAGE_MAX entries and two screens'
 * worth of texture bytes, least recently used dropped first; the two newest
 * always stay, so a picture and its sized SVG copy drawn together are both
 * there). It is drawn fitted inside its box with its aspect kept
 * and centred. An SVG is first loaded at its own size to learn its shape, and
 * then rendered again at exactly the size it is shown, so it stays sharp at
 * any resolution; that sized copy is cached too.
 *
 * A picture that is missing or cannot be decoded is remembered as broken
 * (so it is logged once, not every frame) and drawn as a neutral placeholder:
 * a soft grey card with a small "picture" sign (a frame, a sun, two hills).
 * The quiz goes on.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_image.h>

#include "gfx/qk_gfx_internal.h"

#define QK_IMAGE_MAX 48

struct qk_image_entry {
    qk_image_entry *next;
    char *path;
    int req_w, req_h;  /* 0,0 = natural size; else an SVG rendered at this size */
    SDL_Texture *tex;  /* NULL = broken */
    int w, h;
    bool svg;
};

static bool is_svg_name(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && path[n - 4] == '.' && tolower((unsigned char)path[n - 3]) == 's' &&
           tolower((unsigned char)path[n - 2]) == 'v' && tolower((unsigned char)path[n - 1]) == 'g';
}

static size_t entry_bytes(const qk_image_entry *e)
{
    return e->tex ? (size_t)e->w * (size_t)e->h * 4u : 0;
}

size_t qk_image_cache_budget(const qk_gfx *g)
{
    size_t screens = (size_t)g->out_w * (size_t)g->out_h * 4u * 2u;
    return screens > (16u << 20) ? screens : (16u << 20);
}

static void entry_free(qk_image_entry *e)
{
    if (e->tex)
        SDL_DestroyTexture(e->tex);
    free(e->path);
    free(e);
}

void qk_image_cache_clear(qk_gfx *g)
{
    qk_image_entry *e = g->images.head;
    while (e) {
        qk_image_entry *n = e->next;
        entry_free(e);
        e = n;
    }
    g->images.head = NULL;
    g->images.count = 0;
    g->images.bytes = 0;
}

/* Finds (path, rw, rh) and moves it to the front. */
static qk_image_entry *find(qk_image_cache *c, const char *path, int rw, int rh)
{
    qk_image_entry **pp = &c->head;
    for (; *pp; pp = &(*pp)->next) {
        qk_image_entry *e = *pp;
        if (e->req_w == rw && e->req_h == rh && strcmp(e->path, path) == 0) {
            *pp = e->next;
            e->next = c->head;
            c->head = e;
            return e;
        }
    }
    return NULL;
}

/* Drops the least recently used past QK_IMAGE_MAX entries or the byte
 * budget, keeping the two newest whatever their size. */
static void trim(qk_gfx *g)
{
    qk_image_cache *c = &g->images;
    size_t budget = qk_image_cache_budget(g);
    if (c->count <= QK_IMAGE_MAX && c->bytes <= budget)
        return;
    qk_image_entry **pp = &c->head;
    size_t i = 0, kept = 0;
    bool full = false; /* from the first that does not fit on, all go */
    while (*pp) {
        qk_image_entry *e = *pp;
        size_t b = entry_bytes(e);
        if (!full && (i < 2 || (i < QK_IMAGE_MAX && kept + b <= budget))) {
            kept += b;
            pp = &e->next;
            i++;
            continue;
        }
        full = true;
        *pp = e->next;
        c->bytes -= b;
        c->count--;
        entry_free(e);
    }
}

static qk_image_entry *load(qk_gfx *g, const char *path, int rw, int rh)
{
    qk_image_entry *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->path = strdup(path);
    if (!e->path) {
        free(e);
        return NULL;
    }
    e->req_w = rw;
    e->req_h = rh;
    e->svg = is_svg_name(path);
    SDL_Surface *s = NULL;
    if (rw > 0 && rh > 0) {
        SDL_RWops *rw_ops = SDL_RWFromFile(path, "rb");
        if (rw_ops) {
            s = IMG_LoadSizedSVG_RW(rw_ops, rw, rh);
            SDL_RWclose(rw_ops);
        }
    } else {
        s = IMG_Load(path);
    }
    g->stats.image_loads++;
    if (s) {
        e->tex = SDL_CreateTextureFromSurface(g->renderer, s);
        e->w = s->w;
        e->h = s->h;
        SDL_FreeSurface(s);
    }
    if (!e->tex) {
        g->stats.image_failures++;
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: picture %s cannot be shown (%s); showing a placeholder", path,
                SDL_GetError());
    } else {
        SDL_SetTextureBlendMode(e->tex, SDL_BLENDMODE_BLEND);
    }
    e->next = g->images.head;
    g->images.head = e;
    g->images.count++;
    g->images.bytes += entry_bytes(e);
    trim(g);
    return e;
}

static qk_image_entry *get(qk_gfx *g, const char *path, int rw, int rh)
{
    qk_image_entry *e = find(&g->images, path, rw, rh);
    if (e) {
        g->stats.image_hits++;
        return e;
    }
    return load(g, path, rw, rh);
}

static void draw_placeholder(qk_gfx *g, SDL_Rect box)
{
    SDL_Color card = {226, 229, 234, 255}, sign = {150, 158, 170, 255};
    int m = box.w < box.h ? box.w : box.h;
    qk_fill_round_rect(g, box, m / 12, card);
    /* The sign: a frame with a sun and two hills in it, a third of the box. */
    int sw = m * 2 / 5, sh = sw * 3 / 4;
    if (sw < 12)
        return;
    SDL_Rect f = {box.x + (box.w - sw) / 2, box.y + (box.h - sh) / 2, sw, sh};
    int t = sw / 24 > 1 ? sw / 24 : 1;
    qk_stroke_round_rect(g, f, sw / 10, t, sign);
    qk_fill_circle(g, f.x + sw * 7 / 10, f.y + sh * 3 / 10, sw / 12 + 1, sign);
    float bottom = (float)(f.y + sh - 2 * t);
    SDL_FPoint hill1[3] = {{(float)f.x + 2 * t, bottom},
                           {(float)f.x + sw * 0.38f, (float)f.y + sh * 0.38f},
                           {(float)f.x + sw * 0.70f, bottom}};
    SDL_FPoint hill2[3] = {{(float)f.x + sw * 0.45f, bottom},
                           {(float)f.x + sw * 0.68f, (float)f.y + sh * 0.55f},
                           {(float)(f.x + sw - 2 * t), bottom}};
    qk_fill_convex(g, hill1, 3, sign);
    qk_fill_convex(g, hill2, 3, sign);
}

bool qk_image_draw(qk_gfx *g, const char *path, SDL_Rect box)
{
    if (!g || box.w <= 0 || box.h <= 0)
        return false;
    qk_image_entry *e = path && *path ? get(g, path, 0, 0) : NULL;
    if (!e || !e->tex) {
        draw_placeholder(g, box);
        return false;
    }
    /* Fit inside the box, aspect kept, centred. */
    double sx = (double)box.w / e->w, sy = (double)box.h / e->h;
    double s = sx < sy ? sx : sy;
    int dw = (int)(e->w * s + 0.5), dh = (int)(e->h * s + 0.5);
    if (dw < 1)
        dw = 1;
    if (dh < 1)
        dh = 1;
    if (dw > box.w)
        dw = box.w;
    if (dh > box.h)
        dh = box.h;
    SDL_Rect dst = {box.x + (box.w - dw) / 2, box.y + (box.h - dh) / 2, dw, dh};
    SDL_Texture *tex = e->tex;
    if (e->svg && (dw != e->w || dh != e->h)) {
        qk_image_entry *sized = get(g, path, dw, dh);
        if (sized && sized->tex)
            tex = sized->tex;
        /* the natural-size entry may have moved; tex stays valid (trim
         * keeps the two newest, and the natural entry was just used, so it
         * is second in line). */
    }
    SDL_RenderCopy(g->renderer, tex, NULL, &dst);
    return true;
}
