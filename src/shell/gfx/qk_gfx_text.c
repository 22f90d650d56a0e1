/* qk_gfx_text.c: drawing, measuring and fitting text, through a bounded cache.
 *
 * Text is rendered by SDL_ttf (TTF_RenderUTF8_Blended_Wrapped, wrapped at the
 * box width, lines aligned by TTF_SetFontWrappedAlign) into a surface, turned
 * into a texture, and the surface freed. The texture is kept in a cache keyed
 * by (text, size, weight, colour, wrap width, alignment), so a screen that
 * draws the same words every frame renders them once and then only copies.
 *
 * The cache holds three kinds of entry, all keyed on the text:
 *   TEX      the texture itself;
 *   MEASURE  the size text takes at a size and wrap width;
 *   FIT      the size qk_text_fit chose for a box.
 * Measuring lays the text out with the same SDL_ttf call in its cheap 8-bit
 * form (the layout, and so the size, is the same as the blended one), so a
 * measured size is exactly the size later drawn. Fitting is a binary search
 * over sizes; a size fits when the wrapped text is no taller than the box and
 * no single word is wider than it (SDL_ttf would otherwise cut the word).
 *
 * A texture keeps only the part of the rendered text that has ink (a wrapped
 * or centred line comes out as wide as its box, mostly transparent), so a
 * frame blends no more pixels than the letters need.
 *
 * Entries live in a hash table and on a list in order of use; past
 * max_entries entries or the byte budget of textures the least recently used
 * are dropped. The budget follows the screen: one and a half screens of
 * 32-bit pixels (12 MiB at 1920x1080, 47 MiB at 3840x2160; at least 4 MiB).
 * A screen's texts keep only their ink, so they cover far less than its
 * area: the texts of the screen shown and of the one before it fit, which is
 * what a countdown frame or a step back and forth draws again; a text drawn
 * again after that is rendered anew (~0.1-1 ms). Text never leaves its box: whatever does not fit is cut off by
 * drawing only the part of the texture that lies inside.
 */
#include <stdlib.h>
#include <string.h>

#include "gfx/qk_gfx_internal.h"

enum { KIND_TEX, KIND_MEASURE, KIND_FIT };

#define QK_TEXT_BUCKETS 2048
#define QK_TEXT_MAX_ENTRIES 1024
#define QK_TEXT_MIN_BYTES (4u << 20)

struct qk_text_entry {
    qk_text_entry *hnext;        /* hash chain */
    qk_text_entry *prev, *next;  /* use order, head = newest */
    uint64_t hash;
    int kind;
    int px, min_px, wrap, box_h; /* key (min_px and box_h only for FIT) */
    int weight, halign;          /* key (halign only for TEX) */
    Uint32 color;                /* key (TEX only) */
    char *text;                  /* key, owned */
    SDL_Texture *tex;            /* TEX: owned; NULL when nothing is visible */
    int w, h;                    /* TEX, MEASURE: size; FIT: w = chosen px */
    SDL_Rect ink;                /* TEX: the part of w x h that has ink (= tex) */
};

typedef struct {
    int kind, px, min_px, wrap, box_h, weight, halign;
    Uint32 color;
    const char *text;
} text_key;

static uint64_t key_hash(const text_key *k)
{
    uint64_t h = 1469598103934665603ull;
    for (const unsigned char *p = (const unsigned char *)k->text; *p; p++)
        h = (h ^ *p) * 1099511628211ull;
    int nums[] = {k->kind, k->px, k->min_px, k->wrap, k->box_h, k->weight, k->halign,
                  (int)k->color};
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
        h = (h ^ (uint64_t)(unsigned)nums[i]) * 1099511628211ull;
    return h;
}

static bool key_equal(const qk_text_entry *e, const text_key *k, uint64_t h)
{
    return e->hash == h && e->kind == k->kind && e->px == k->px && e->min_px == k->min_px &&
           e->wrap == k->wrap && e->box_h == k->box_h && e->weight == k->weight &&
           e->halign == k->halign && e->color == k->color && strcmp(e->text, k->text) == 0;
}

void qk_text_cache_init(qk_text_cache *c)
{
    memset(c, 0, sizeof *c);
    c->nbuckets = QK_TEXT_BUCKETS;
    c->buckets = calloc(c->nbuckets, sizeof *c->buckets);
    if (!c->buckets)
        c->nbuckets = 0; /* works, uncached */
    c->max_entries = QK_TEXT_MAX_ENTRIES;
    c->max_bytes = QK_TEXT_MIN_BYTES;
}

static void lru_unlink(qk_text_cache *c, qk_text_entry *e)
{
    if (e->prev)
        e->prev->next = e->next;
    else
        c->lru_head = e->next;
    if (e->next)
        e->next->prev = e->prev;
    else
        c->lru_tail = e->prev;
    e->prev = e->next = NULL;
}

static void lru_push_front(qk_text_cache *c, qk_text_entry *e)
{
    e->prev = NULL;
    e->next = c->lru_head;
    if (c->lru_head)
        c->lru_head->prev = e;
    c->lru_head = e;
    if (!c->lru_tail)
        c->lru_tail = e;
}

static size_t tex_bytes(const qk_text_entry *e)
{
    return e->tex ? (size_t)e->ink.w * (size_t)e->ink.h * 4u : 0;
}

static void entry_remove(qk_text_cache *c, qk_text_entry *e)
{
    qk_text_entry **pp = &c->buckets[e->hash % c->nbuckets];
    while (*pp && *pp != e)
        pp = &(*pp)->hnext;
    if (*pp)
        *pp = e->hnext;
    lru_unlink(c, e);
    c->count--;
    c->tex_bytes -= tex_bytes(e);
    if (e->tex)
        SDL_DestroyTexture(e->tex);
    free(e->text);
    free(e);
}

static qk_text_entry *lookup(qk_gfx *g, const text_key *k)
{
    qk_text_cache *c = &g->text;
    if (!c->nbuckets)
        return NULL;
    uint64_t h = key_hash(k);
    for (qk_text_entry *e = c->buckets[h % c->nbuckets]; e; e = e->hnext) {
        if (key_equal(e, k, h)) {
            lru_unlink(c, e);
            lru_push_front(c, e);
            return e;
        }
    }
    return NULL;
}

/* Adds an entry (taking ownership of tex, which covers `ink` of w x h) and
 * trims the cache. Returns the entry, or NULL if it could not be stored (tex
 * is then destroyed). */
static qk_text_entry *insert_ink(qk_gfx *g, const text_key *k, SDL_Texture *tex, int w, int h,
                                 SDL_Rect ink)
{
    qk_text_cache *c = &g->text;
    qk_text_entry *e = c->nbuckets ? calloc(1, sizeof *e) : NULL;
    char *t = e ? strdup(k->text) : NULL;
    if (!e || !t) {
        free(e);
        free(t);
        if (tex)
            SDL_DestroyTexture(tex);
        return NULL;
    }
    e->hash = key_hash(k);
    e->kind = k->kind;
    e->px = k->px;
    e->min_px = k->min_px;
    e->wrap = k->wrap;
    e->box_h = k->box_h;
    e->weight = k->weight;
    e->halign = k->halign;
    e->color = k->color;
    e->text = t;
    e->tex = tex;
    e->w = w;
    e->h = h;
    e->ink = ink;
    size_t b = c->nbuckets ? e->hash % c->nbuckets : 0;
    e->hnext = c->buckets[b];
    c->buckets[b] = e;
    lru_push_front(c, e);
    c->count++;
    c->tex_bytes += tex_bytes(e);

    size_t max_bytes = qk_text_cache_budget(g);
    while ((c->count > c->max_entries || c->tex_bytes > max_bytes) && c->lru_tail &&
           c->lru_tail != e) {
        entry_remove(c, c->lru_tail);
        g->stats.text_evictions++;
    }
    if (c->tex_bytes > g->stats.text_bytes_peak)
        g->stats.text_bytes_peak = c->tex_bytes;
    return e;
}

size_t qk_text_cache_budget(const qk_gfx *g)
{
    size_t screen = (size_t)g->out_w * (size_t)g->out_h * 4u * 3u / 2u;
    return screen > g->text.max_bytes ? screen : g->text.max_bytes;
}

static qk_text_entry *insert(qk_gfx *g, const text_key *k, SDL_Texture *tex, int w, int h)
{
    SDL_Rect all = {0, 0, w, h};
    return insert_ink(g, k, tex, w, h, all);
}

/* The smallest rectangle of s (ARGB8888, as SDL_ttf's blended output) holding
 * every pixel with some alpha; w = 0 when there is none. */
static SDL_Rect ink_box(SDL_Surface *s)
{
    SDL_Rect r = {0, 0, 0, 0};
    int x0 = s->w, x1 = -1, y0 = s->h, y1 = -1;
    for (int y = 0; y < s->h; y++) {
        const Uint32 *p = (const Uint32 *)((const Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch);
        int first = -1, last = -1;
        for (int x = 0; x < s->w; x++)
            if (p[x] & 0xFF000000u) {
                first = x;
                break;
            }
        if (first < 0)
            continue;
        for (int x = s->w - 1; x >= first; x--)
            if (p[x] & 0xFF000000u) {
                last = x;
                break;
            }
        if (first < x0)
            x0 = first;
        if (last > x1)
            x1 = last;
        if (y < y0)
            y0 = y;
        y1 = y;
    }
    if (x1 >= x0 && y1 >= y0) {
        r.x = x0;
        r.y = y0;
        r.w = x1 - x0 + 1;
        r.h = y1 - y0 + 1;
    }
    return r;
}

void qk_text_cache_clear(qk_gfx *g)
{
    qk_text_cache *c = &g->text;
    while (c->lru_head)
        entry_remove(c, c->lru_head);
}

void qk_text_cache_free(qk_gfx *g)
{
    qk_text_cache_clear(g);
    free(g->text.buckets);
    g->text.buckets = NULL;
    g->text.nbuckets = 0;
}

static int sdl_align(qk_halign a)
{
    return a == QK_ALIGN_CENTER ? TTF_WRAPPED_ALIGN_CENTER
         : a == QK_ALIGN_RIGHT  ? TTF_WRAPPED_ALIGN_RIGHT
                                : TTF_WRAPPED_ALIGN_LEFT;
}

/* ---- measuring and fitting ---- */

static void measure(qk_gfx *g, const char *text, int px, qk_weight wt, int wrap, int *ow,
                    int *oh)
{
    *ow = *oh = 0;
    if (!text || !*text)
        return;
    if (wrap < 0)
        wrap = 0;
    text_key k = {KIND_MEASURE, px, 0, wrap, 0, (int)wt, 0, 0, text};
    qk_text_entry *e = lookup(g, &k);
    if (e) {
        g->stats.measure_hits++;
        *ow = e->w;
        *oh = e->h;
        return;
    }
    g->stats.measure_misses++;
    TTF_Font *font = qk_fonts_get(g, px, wt);
    if (!font)
        return;
    TTF_SetFontWrappedAlign(font, TTF_WRAPPED_ALIGN_LEFT);
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *s = TTF_RenderUTF8_Solid_Wrapped(font, text, white, (Uint32)wrap);
    if (s) {
        *ow = s->w;
        *oh = s->h;
        SDL_FreeSurface(s);
    }
    insert(g, &k, NULL, *ow, *oh);
}

void qk_text_measure(qk_gfx *g, const char *utf8, int px, qk_weight w, int wrap_w, int *out_w,
                     int *out_h)
{
    int mw = 0, mh = 0;
    if (g)
        measure(g, utf8, px, w, wrap_w, &mw, &mh);
    if (out_w)
        *out_w = mw;
    if (out_h)
        *out_h = mh;
}

/* True if no word of text is wider than w at this font. */
static bool words_fit(TTF_Font *font, const char *text, int w)
{
    char word[512];
    const char *p = text;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        size_t n = 0;
        while (p[n] && p[n] != ' ' && p[n] != '\t' && p[n] != '\n' && p[n] != '\r')
            n++;
        if (!n)
            break;
        if (n >= sizeof word)
            return false; /* a 500-byte word never fits anything sensible */
        memcpy(word, p, n);
        word[n] = '\0';
        int ww = 0, wh = 0;
        if (TTF_SizeUTF8(font, word, &ww, &wh) != 0 || ww > w)
            return false;
        p += n;
    }
    return true;
}

static bool fits(qk_gfx *g, const char *text, int w, int h, int px, qk_weight wt)
{
    int mw, mh;
    measure(g, text, px, wt, w, &mw, &mh);
    if (mw > w || mh > h)
        return false;
    TTF_Font *font = qk_fonts_get(g, px, wt);
    return font && words_fit(font, text, w);
}

int qk_text_fit(qk_gfx *g, const char *utf8, int w, int h, int px, int min_px, qk_weight wt)
{
    if (min_px <= 0 || min_px > px)
        min_px = px;
    if (!g || !utf8 || !*utf8 || w <= 0 || h <= 0)
        return min_px;
    text_key k = {KIND_FIT, px, min_px, w, h, (int)wt, 0, 0, utf8};
    qk_text_entry *e = lookup(g, &k);
    if (e) {
        g->stats.measure_hits++;
        return e->w;
    }
    g->stats.measure_misses++;
    int best;
    if (fits(g, utf8, w, h, px, wt)) {
        best = px;
    } else {
        int lo = min_px, hi = px - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            if (fits(g, utf8, w, h, mid, wt))
                lo = mid;
            else
                hi = mid - 1;
        }
        best = lo;
    }
    insert(g, &k, NULL, best, 0);
    return best;
}

/* ---- drawing ---- */

SDL_Rect qk_text_draw(qk_gfx *g, const char *utf8, SDL_Rect box, const qk_text_style *st)
{
    SDL_Rect none = {box.x, box.y, 0, 0};
    if (!g || !st || !utf8 || !*utf8 || box.w <= 0 || box.h <= 0)
        return none;
    int px = st->px > 0 ? st->px : 16;
    int min_px = st->min_px > 0 && st->min_px < px ? st->min_px : px;
    if (min_px < px)
        px = qk_text_fit(g, utf8, box.w, box.h, px, min_px, st->weight);

    Uint32 color = (Uint32)st->color.r << 24 | (Uint32)st->color.g << 16 |
                   (Uint32)st->color.b << 8 | st->color.a;
    text_key k = {KIND_TEX, px, 0, box.w, 0, (int)st->weight, (int)st->halign, color, utf8};
    qk_text_entry *e = lookup(g, &k);
    if (e) {
        g->stats.text_hits++;
    } else {
        TTF_Font *font = qk_fonts_get(g, px, st->weight);
        if (!font)
            return none;
        TTF_SetFontWrappedAlign(font, sdl_align(st->halign));
        SDL_Surface *s = TTF_RenderUTF8_Blended_Wrapped(font, utf8, st->color, (Uint32)box.w);
        if (!s)
            return none; /* e.g. only spaces: nothing to show */
        /* Keep only the part with ink: a wrapped or centred line is as wide as
         * its box, mostly transparent, and every frame would blend it all. */
        SDL_Rect ink = s->format->format == SDL_PIXELFORMAT_ARGB8888 && !SDL_MUSTLOCK(s)
                           ? ink_box(s) : (SDL_Rect){0, 0, s->w, s->h};
        SDL_Texture *tex = NULL;
        if (ink.w > 0) {
            SDL_Surface *part = SDL_CreateRGBSurfaceWithFormatFrom(
                (Uint8 *)s->pixels + (size_t)ink.y * (size_t)s->pitch + (size_t)ink.x * 4u,
                ink.w, ink.h, 32, s->pitch, s->format->format);
            if (part) {
                tex = SDL_CreateTextureFromSurface(g->renderer, part);
                SDL_FreeSurface(part);
            }
            if (!tex) {
                SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: cannot make a text texture %dx%d: %s", ink.w, ink.h,
                        SDL_GetError());
                SDL_FreeSurface(s);
                return none;
            }
            SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
        }
        int tw = s->w, th = s->h;
        SDL_FreeSurface(s);
        g->stats.text_renders++;
        e = insert_ink(g, &k, tex, tw, th, ink);
        if (!e)
            return none;
    }

    /* Place the texture in the box; what overflows is cut at the box edge,
     * keeping the start of the text (left and top) in view. */
    SDL_Rect dst = {box.x, box.y, e->w, e->h};
    if (e->w < box.w) {
        if (st->halign == QK_ALIGN_CENTER)
            dst.x = box.x + (box.w - e->w) / 2;
        else if (st->halign == QK_ALIGN_RIGHT)
            dst.x = box.x + box.w - e->w;
    }
    if (e->h < box.h) {
        if (st->valign == QK_VALIGN_MIDDLE)
            dst.y = box.y + (box.h - e->h) / 2;
        else if (st->valign == QK_VALIGN_BOTTOM)
            dst.y = box.y + box.h - e->h;
    }
    SDL_Rect vis;
    if (!SDL_IntersectRect(&dst, &box, &vis))
        return none;
    SDL_Rect inked = {dst.x + e->ink.x, dst.y + e->ink.y, e->ink.w, e->ink.h}, part;
    if (e->tex && SDL_IntersectRect(&inked, &box, &part)) {
        SDL_Rect src = {part.x - inked.x, part.y - inked.y, part.w, part.h};
        SDL_RenderCopy(g->renderer, e->tex, &src, &part);
    }
    return vis;
}
