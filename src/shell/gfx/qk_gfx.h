/* qk_gfx.h: the window, renderer, text cache and pictures: the only place that
 * knows how SDL opens a screen and draws text. Screens draw through this.
 *
 * Sizes are in output pixels (SDL_GetRendererOutputSize), so HiDPI is handled
 * here once. qk_gfx_unit() gives a layout unit that scales with the screen
 * (1.0 at a 1080-pixel short side) so screens size everything from it.
 *
 * Ownership: qk_gfx owns the window, renderer, fonts and every cached texture.
 * Textures returned by qk_text_* and qk_image_* belong to the cache and stay
 * valid until qk_gfx_close (or qk_gfx_flush_cache); callers never destroy them.
 */
#ifndef QK_GFX_H
#define QK_GFX_H

#include <stdbool.h>
#include <stddef.h>
#include <SDL.h>

typedef struct qk_gfx qk_gfx;

typedef struct {
    bool fullscreen;      /* fill the display: borderless window at the display bounds */
    int width, height;    /* window size when not fullscreen */
    const char *title;    /* window title */
    const char *icon;     /* window icon (a picture file SDL_image reads), or NULL */
    const char *font;     /* TTF/OTF path, or NULL to find one with fontconfig */
    bool software;        /* force the software renderer (tests, autoplay) */
} qk_gfx_options;

/* Opens the window and renderer and finds the font. On failure returns NULL and
 * writes a sentence saying what to do into err. */
qk_gfx *qk_gfx_open(const qk_gfx_options *opt, char *err, size_t errlen);
void qk_gfx_close(qk_gfx *g); /* NULL is a no-op */

SDL_Window *qk_gfx_window(qk_gfx *g);
SDL_Renderer *qk_gfx_renderer(qk_gfx *g);
/* Output size in pixels; refreshed on resize events by qk_gfx_handle_event. */
void qk_gfx_size(const qk_gfx *g, int *w, int *h);
/* The renderer SDL gave (SDL's name: "software", "opengl", ...); static
 * text owned by SDL, "?" when unknown. */
const char *qk_gfx_renderer_name(const qk_gfx *g);
/* Layout unit: min(w, h) / 1080. */
float qk_gfx_unit(const qk_gfx *g);
/* Lets gfx react to window/render events (resize, render device reset). */
void qk_gfx_handle_event(qk_gfx *g, const SDL_Event *ev);
/* Fullscreen only (the kiosk's lock-down, see qk_gfx_window.c): puts the
 * window back when something took it off the screen, and makes it again when
 * it was destroyed. Call once per loop turn; cheap when nothing happened.
 * Returns true when the window was made again (every texture is gone: draw
 * everything anew); *err then says what failed when it could not be. */
bool qk_gfx_keep_locked(qk_gfx *g, char *err, size_t errlen);
/* How many times the window was put back or made again. */
unsigned qk_gfx_restores(const qk_gfx *g);
/* Shows the back buffer (SDL_RenderPresent). When the environment variable
 * QK_STAMP_FIRST_FRAME is set, the first call also prints
 * "quizkiosk: first-frame CLOCK_MONOTONIC_NS" to stderr (start-up benchmark). */
void qk_gfx_present(qk_gfx *g);
/* With QK_STAMP_FIRST_FRAME set, and only until the first frame: prints
 * "quizkiosk: stamp STEP CLOCK_MONOTONIC_NS THREAD_CPU_NS" to stderr, so that the steps
 * of a start can be timed (bench/startup/steps.sh). `step` is one word. */
void qk_gfx_stamp(const char *step);
/* Partial frames. With SDL's software renderer the picture on screen is a
 * surface that keeps its pixels between frames, so a frame may redraw a few
 * rectangles (clipped to them with qk_gfx_clip) and send only those to the
 * screen: qk_gfx_present_rects. True when that is possible (software
 * renderer, after a first whole frame); with a GPU renderer the caller draws
 * and presents the whole frame instead. */
bool qk_gfx_can_present_rects(const qk_gfx *g);
/* Shows only rects (at most 16; output pixels). Falls back to
 * qk_gfx_present when partial frames are not possible. */
void qk_gfx_present_rects(qk_gfx *g, const SDL_Rect *rects, int n);
/* Limits drawing to r (NULL: the whole output). */
void qk_gfx_clip(qk_gfx *g, const SDL_Rect *r);
/* Writes what is currently in the back buffer to a PNG (before present). */
bool qk_gfx_save_png(qk_gfx *g, const char *path);
/* Drops every cached texture (e.g. after a resize or a set reload). */
void qk_gfx_flush_cache(qk_gfx *g);
/* Converts a point in window coordinates (what mouse events carry) to output
 * pixels (what drawing uses); the two differ on HiDPI screens. */
void qk_gfx_window_to_output(const qk_gfx *g, int *x, int *y);

/* What the caches hold and how often they were hit (tests and benchmarks). */
typedef struct {
    unsigned long text_hits;      /* qk_text_draw served by a kept texture */
    unsigned long text_renders;   /* texts rendered into a new texture (misses) */
    unsigned long text_evictions; /* textures dropped to stay within the bounds */
    size_t text_entries;          /* textures kept now */
    size_t text_bytes;            /* their size in bytes (w * h * 4) */
    size_t text_budget;           /* the most text_bytes may be: 1.5 screens (>= 4 MiB) */
    size_t text_bytes_peak;       /* the most text_bytes was, after trimming */
    unsigned long measure_hits, measure_misses; /* sizes and fits looked up */
    unsigned long image_hits, image_loads, image_failures;
    size_t image_entries;
    size_t image_bytes;           /* pictures' textures (w * h * 4), at most image_budget */
    size_t image_budget;          /* two screens of pixels, at least 16 MiB */
    unsigned long fonts_opened;   /* TTF fonts opened (one per size and weight) */
    unsigned long sprites_made;   /* rounded-corner sprites drawn (qk_gfx_shapes.c) */
    unsigned long sprite_hits;    /* rounded shapes drawn from a kept sprite */
    unsigned long geometry_calls; /* SDL_RenderGeometry calls (shapes not from sprites) */
    unsigned long presents;       /* frames presented, whole or in part */
    unsigned long long present_px;/* pixels presented, summed over those frames */
    unsigned long last_present_px;/* pixels the last present sent to the screen */
} qk_gfx_stats;
void qk_gfx_cache_stats(const qk_gfx *g, qk_gfx_stats *out);

/* ---- text ---- */
typedef enum { QK_ALIGN_LEFT, QK_ALIGN_CENTER, QK_ALIGN_RIGHT } qk_halign;
typedef enum { QK_VALIGN_TOP, QK_VALIGN_MIDDLE, QK_VALIGN_BOTTOM } qk_valign;
typedef enum { QK_WEIGHT_REGULAR, QK_WEIGHT_BOLD } qk_weight;

typedef struct {
    int px;               /* wanted font size in pixels */
    int min_px;           /* may shrink down to this to fit the box; 0 = px */
    qk_weight weight;
    SDL_Color color;
    qk_halign halign;
    qk_valign valign;
} qk_text_style;

/* Draws UTF-8 text wrapped at word boundaries inside `box`, shrinking the font
 * (down to min_px) until it fits; if it still does not fit, it is clipped to the
 * box, never drawn outside. Rendered once and cached (keyed by text, size,
 * weight, colour, wrap width); drawing the same text again costs one copy.
 * Returns the rectangle actually covered (inside box). */
SDL_Rect qk_text_draw(qk_gfx *g, const char *utf8, SDL_Rect box, const qk_text_style *st);
/* The size text would take at `px` wrapped at `wrap_w` (0 = one line). */
void qk_text_measure(qk_gfx *g, const char *utf8, int px, qk_weight w, int wrap_w,
                     int *out_w, int *out_h);
/* The largest size in [min_px, px] at which text fits in w x h (min_px if none). */
int qk_text_fit(qk_gfx *g, const char *utf8, int w, int h, int px, int min_px, qk_weight wt);
/* The font file in use for a weight (owned by g). */
const char *qk_gfx_font_path(const qk_gfx *g, qk_weight w);
/* True if the font has a glyph for every character of utf8. */
bool qk_gfx_glyphs_provided(qk_gfx *g, const char *utf8, qk_weight w);

/* ---- pictures ---- */
/* Draws the picture at `path` (PNG, JPEG, SVG) fitted inside box, aspect kept,
 * centred. A missing or broken picture draws a neutral placeholder and is
 * logged once; returns false in that case. Loaded once and cached. */
bool qk_image_draw(qk_gfx *g, const char *path, SDL_Rect box);

/* ---- shapes ---- */
void qk_fill_rect(qk_gfx *g, SDL_Rect r, SDL_Color c);
/* A filled rectangle with rounded corners of radius rad (anti-aliasing optional). */
void qk_fill_round_rect(qk_gfx *g, SDL_Rect r, int rad, SDL_Color c);
void qk_stroke_round_rect(qk_gfx *g, SDL_Rect r, int rad, int thickness, SDL_Color c);
void qk_fill_circle(qk_gfx *g, int cx, int cy, int radius, SDL_Color c);

#endif
