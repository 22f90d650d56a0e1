/* qk_gfx_internal.h: what the gfx files share among themselves and nobody else.
 *
 * The gfx layer is split by concern: qk_gfx_window.c (window, renderer, hints,
 * screenshots), qk_gfx_font.c (finding the font with fontconfig, fonts opened
 * per pixel size), qk_gfx_text.c (the text cache), qk_gfx_image.c (pictures)
 * and qk_gfx_shapes.c (rounded rectangles and circles). They all work on the
 * one struct qk_gfx defined here.
 */
#ifndef QK_GFX_INTERNAL_H
#define QK_GFX_INTERNAL_H

#include <stdint.h>

#include <SDL_ttf.h>

#include "gfx/qk_gfx.h"

/* ---- fonts (qk_gfx_font.c) ---- */

/* One opened font: a face at one pixel size. Kept in a small LRU list. */
typedef struct qk_font_slot {
    TTF_Font *font;
    int px;
    qk_weight weight;
    uint64_t last_use; /* qk_gfx.tick when last asked for; 0 = free slot */
} qk_font_slot;

/* Fitting tries sizes by bisection and opens each one it tries, so a table
 * smaller than the sizes a run uses churns: with 24 slots autoplay opened
 * ~30 fonts a session (8,913 in 300 sessions at 1280x720) against 44
 * (size, weight) pairs in all, and each open and close moved the heap. 64
 * holds them all: 44 opens in those 300 sessions, none after the first 100,
 * ~1.8 MiB more RSS, and the 300 sessions took 58.5 s instead of 68.7. */
#define QK_FONT_SLOTS 64

/* The two faces the program draws with. file is the path, index the face
 * within a collection; synthetic_bold means the bold face is the regular
 * one with SDL_ttf's emboldening (no real bold face was found). */
typedef struct {
    char file[2][1024];
    int index[2];
    bool synthetic_bold;
    /* Each file mapped once (read only; NULL: not mapped, opened by path):
     * every size is opened from memory, so FreeType reads no file. map[1]
     * may be map[0] (the same file). Owned here, unmapped by qk_fonts_close. */
    const void *map[2];
    size_t map_len[2];
    qk_font_slot slots[QK_FONT_SLOTS];
} qk_fonts;

/* Finds the regular and bold faces (opt_font, else fontconfig) and maps
 * their files into *f (cleared first; qk_fonts_close undoes it, also after a
 * failure). Touches neither SDL nor SDL_ttf, so it may run on any thread;
 * only one call at a time per f. false + a sentence in err if no font. */
bool qk_fonts_lookup(qk_fonts *f, const char *opt_font, char *err, size_t errlen);
/* After qk_fonts_lookup and TTF_Init, on the thread that uses SDL_ttf:
 * checks that the regular face opens and has the Norwegian letters. false +
 * a sentence in err if not. */
bool qk_fonts_check(qk_fonts *f, char *err, size_t errlen);
/* The font for (px, weight), opened on first use and kept (LRU). NULL if the
 * file cannot be opened at that size (logged). */
TTF_Font *qk_fonts_get(qk_gfx *g, int px, qk_weight weight);
void qk_fonts_close(qk_fonts *f);

/* ---- text cache (qk_gfx_text.c) ---- */
typedef struct qk_text_entry qk_text_entry;

typedef struct {
    qk_text_entry **buckets;
    size_t nbuckets;
    qk_text_entry *lru_head, *lru_tail; /* head = most recently used */
    size_t count;
    size_t tex_bytes;
    size_t max_entries;
    size_t max_bytes;   /* the least budget, whatever the screen */
} qk_text_cache;

void qk_text_cache_init(qk_text_cache *c);
void qk_text_cache_clear(qk_gfx *g); /* drops every entry */
void qk_text_cache_free(qk_gfx *g);
/* The most bytes of textures the cache keeps at the current screen size. */
size_t qk_text_cache_budget(const qk_gfx *g);

/* ---- picture cache (qk_gfx_image.c) ---- */
typedef struct qk_image_entry qk_image_entry;

typedef struct {
    qk_image_entry *head; /* most recently used first */
    size_t count;
    size_t bytes;         /* the textures' size (w * h * 4) */
} qk_image_cache;

void qk_image_cache_clear(qk_gfx *g);
/* The most bytes of picture textures kept: two screens, at least 16 MiB. */
size_t qk_image_cache_budget(const qk_gfx *g);

/* ---- shape sprites (qk_gfx_shapes.c) ---- */
/* A rounded corner drawn once into a texture and copied after that: the
 * anti-aliased disc (or ring) of one radius, thickness and colour, whose four
 * quarters are the four corners of a rounded rectangle. */
typedef struct {
    SDL_Texture *tex; /* owned; NULL = free slot */
    int rad, thick;   /* thick 0 = a filled disc */
    Uint32 color;     /* RGBA */
    uint64_t last_use;
} qk_shape_sprite;

#define QK_SHAPE_SPRITES 48
#define QK_SHAPE_SPRITE_MAX 512 /* largest sprite side; bigger shapes use geometry */

void qk_shape_cache_clear(qk_gfx *g);

/* ---- the whole ---- */
struct qk_gfx {
    SDL_Window *window;
    SDL_Renderer *renderer;
    int out_w, out_h;   /* renderer output size, pixels */
    int win_w, win_h;   /* window size, in the units mouse events use */
    bool software;      /* the renderer in use is the software one */
    bool presented;     /* qk_gfx_present has run once */
    uint64_t tick;      /* counter for LRU ordering */
    qk_fonts fonts;
    qk_text_cache text;
    qk_image_cache images;
    qk_shape_sprite sprites[QK_SHAPE_SPRITES];
    qk_gfx_stats stats;
    /* Lock-down (qk_gfx_window.c): what the window was made with, so that it
     * can be put back, or made again when it was destroyed from outside. */
    bool locked;          /* fullscreen kiosk: grab, keep on top, restore */
    bool window_lost;     /* the X window was destroyed under us */
    Uint32 win_flags;
    SDL_Rect win_rect;    /* the window's place and size as asked for */
    bool want_software;
    char title[128];
    char icon[1024];
    unsigned restores;    /* times the window was put back (for the log and tests) */
};

/* Fills a convex polygon (points in order around it) with colour c, with a one
 * pixel soft edge so that curves look smooth. Used by the shapes and the
 * picture placeholder. */
void qk_fill_convex(qk_gfx *g, const SDL_FPoint *pts, int n, SDL_Color c);

#endif
