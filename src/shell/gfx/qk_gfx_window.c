/* qk_gfx_window.c: opening the window and renderer, sizes, screenshots.
 *
 * Fullscreen, and why it is done this way:
 *  - On X11, SDL's FULLSCREEN_DESKTOP needs a window manager to do the work.
 *    Kiosks often run X with no window manager, and there the window silently
 *    stays at its requested size while SDL reports the screen size (and it
 *    costs ~300 ms at start). So on X11 (and on the dummy and offscreen
 *    drivers) "fullscreen" is a borderless window placed at the display's
 *    bounds, which fills the screen with or without a window manager.
 *  - Under Wayland (e.g. the cage kiosk compositor) a client cannot place its
 *    window; there, and on KMS/DRM and anything else, we ask for
 *    FULLSCREEN_DESKTOP, which the compositor honours.
 *  - Under Wayland SDL 2.26 draws its own window decorations through libdecor
 *    when the library is there, even when none of its plugins is (Debian's
 *    SDL depends on libdecor, the plugin is only recommended): under cage
 *    such a window was never shown, the screen stayed black. A kiosk
 *    wants no decorations at all, so libdecor is not allowed and SDL speaks
 *    xdg-shell directly; the window then fills cage's output.
 *  - The window allows HiDPI; every size we hand out is the renderer's output
 *    size in pixels, and qk_gfx_window_to_output converts mouse coordinates.
 *
 * Hints set before the video subsystem starts (a value in the environment
 * still wins): bypass the X11 compositor, keep the screen saver off, never
 * minimise on focus loss (a popup must not hide the kiosk), let the first
 * click on an unfocused window count, smooth scaling of pictures. With the
 * `software` option the window framebuffer is not routed through OpenGL
 * where the driver has a framebuffer of its own (own_framebuffer).
 *
 * The renderer is not asked for vsync: the caller sleeps in
 * SDL_WaitEventTimeout and presents only when something changed, so there is
 * no loop spinning on vertical blanks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL_image.h>

#include "gfx/qk_gfx_internal.h"

static void set_hints(void)
{
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "1");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, "1");
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    SDL_SetHint(SDL_HINT_RENDER_VSYNC, "0");
    SDL_SetHint(SDL_HINT_VIDEO_WAYLAND_ALLOW_LIBDECOR, "0");
}

/* True where a borderless window at the display bounds is the way to fill the
 * screen (the window may place itself). */
static bool place_borderless(const char *driver)
{
    return driver && (!strcmp(driver, "x11") || !strcmp(driver, "dummy") ||
                      !strcmp(driver, "offscreen") || !strcmp(driver, "windows") ||
                      !strcmp(driver, "cocoa"));
}

/* True where the driver gives a window a framebuffer of its own, so that SDL's
 * software renderer can draw without OpenGL. Wayland and KMS/DRM have none in
 * SDL 2.26: there the software renderer needs the GL route, and SDL decides
 * that once, when the first window surface is made. */
static bool own_framebuffer(const char *driver)
{
    return driver && (!strcmp(driver, "x11") || !strcmp(driver, "dummy") ||
                      !strcmp(driver, "offscreen"));
}

static void refresh_size(qk_gfx *g)
{
    SDL_GetWindowSize(g->window, &g->win_w, &g->win_h);
    if (SDL_GetRendererOutputSize(g->renderer, &g->out_w, &g->out_h) != 0) {
        g->out_w = g->win_w;
        g->out_h = g->win_h;
    }
}

qk_gfx *qk_gfx_open(const qk_gfx_options *opt, char *err, size_t errlen)
{
    qk_gfx_options defaults = {0};
    if (!opt)
        opt = &defaults;
    if (err && errlen)
        err[0] = '\0';

    qk_gfx *g = calloc(1, sizeof *g);
    if (!g) {
        snprintf(err, errlen, "out of memory opening the screen");
        return NULL;
    }
    set_hints();
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        snprintf(err, errlen,
                 "cannot start SDL video (%s); run it on an X11 or Wayland display, "
                 "or set SDL_VIDEODRIVER=dummy for tests", SDL_GetError());
        free(g);
        return NULL;
    }
    if (TTF_Init() != 0) {
        snprintf(err, errlen, "cannot start SDL_ttf (%s)", SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        free(g);
        return NULL;
    }
    IMG_Init(IMG_INIT_PNG | IMG_INIT_JPG); /* SVG needs no init; failures show per picture */

    if (!qk_fonts_find(&g->fonts, opt->font, err, errlen))
        goto fail;

    const char *title = opt->title ? opt->title : "quizkiosk";
    const char *driver = SDL_GetCurrentVideoDriver();
    if (opt->software && own_framebuffer(driver))
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_SHOWN;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    int w = opt->width > 0 ? opt->width : 1280, h = opt->height > 0 ? opt->height : 720;
    if (opt->fullscreen) {
        SDL_Rect b;
        if (place_borderless(driver) && SDL_GetDisplayBounds(0, &b) == 0) {
            flags |= SDL_WINDOW_BORDERLESS;
            x = b.x;
            y = b.y;
            w = b.w;
            h = b.h;
        } else {
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        }
    } else {
        flags |= SDL_WINDOW_RESIZABLE;
    }
    g->window = SDL_CreateWindow(title, x, y, w, h, flags);
    if (!g->window) {
        snprintf(err, errlen, "cannot open a %dx%d window on the '%s' video driver (%s)", w, h,
                 driver ? driver : "?", SDL_GetError());
        goto fail;
    }
    if (opt->icon) {
        SDL_Surface *icon = IMG_Load(opt->icon);
        if (icon) {
            SDL_SetWindowIcon(g->window, icon);
            SDL_FreeSurface(icon);
        } else {
            SDL_Log("quizkiosk: no window icon: %s: %s", opt->icon, IMG_GetError());
        }
    }
    if (opt->fullscreen && (flags & SDL_WINDOW_BORDERLESS)) {
        /* A window manager may have moved it; put it back over the screen. */
        SDL_SetWindowPosition(g->window, x, y);
        SDL_RaiseWindow(g->window);
    }

    if (!opt->software)
        g->renderer = SDL_CreateRenderer(g->window, -1, SDL_RENDERER_ACCELERATED);
    if (!g->renderer) {
        if (!opt->software)
            SDL_Log("quizkiosk: no accelerated renderer (%s); drawing in software", SDL_GetError());
        g->renderer = SDL_CreateRenderer(g->window, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!g->renderer) {
        snprintf(err, errlen, "cannot create a renderer for the window (%s)", SDL_GetError());
        goto fail;
    }
    SDL_RendererInfo info;
    g->software = SDL_GetRendererInfo(g->renderer, &info) == 0 &&
                  (info.flags & SDL_RENDERER_SOFTWARE);
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
    SDL_DisableScreenSaver();
    refresh_size(g);
    qk_text_cache_init(&g->text);
    return g;

fail:
    qk_gfx_close(g);
    return NULL;
}

void qk_gfx_close(qk_gfx *g)
{
    if (!g)
        return;
    qk_text_cache_free(g);
    qk_image_cache_clear(g);
    qk_fonts_close(&g->fonts);
    if (g->renderer)
        SDL_DestroyRenderer(g->renderer);
    if (g->window)
        SDL_DestroyWindow(g->window);
    IMG_Quit();
    TTF_Quit();
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    free(g);
}

SDL_Window *qk_gfx_window(qk_gfx *g)
{
    return g ? g->window : NULL;
}

SDL_Renderer *qk_gfx_renderer(qk_gfx *g)
{
    return g ? g->renderer : NULL;
}

void qk_gfx_size(const qk_gfx *g, int *w, int *h)
{
    if (w)
        *w = g ? g->out_w : 0;
    if (h)
        *h = g ? g->out_h : 0;
}

float qk_gfx_unit(const qk_gfx *g)
{
    if (!g || g->out_w <= 0 || g->out_h <= 0)
        return 1.0f;
    int s = g->out_w < g->out_h ? g->out_w : g->out_h;
    return (float)s / 1080.0f;
}

void qk_gfx_window_to_output(const qk_gfx *g, int *x, int *y)
{
    if (!g || g->win_w <= 0 || g->win_h <= 0)
        return;
    if (x && g->out_w != g->win_w)
        *x = (int)((long long)*x * g->out_w / g->win_w);
    if (y && g->out_h != g->win_h)
        *y = (int)((long long)*y * g->out_h / g->win_h);
}

void qk_gfx_handle_event(qk_gfx *g, const SDL_Event *ev)
{
    if (!g || !ev)
        return;
    switch (ev->type) {
    case SDL_WINDOWEVENT:
        if (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
            ev->window.event == SDL_WINDOWEVENT_RESIZED ||
            ev->window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED)
            refresh_size(g);
        break;
    case SDL_RENDER_DEVICE_RESET:
        /* Every texture is gone with the device: forget them, draw anew. */
        qk_gfx_flush_cache(g);
        refresh_size(g);
        break;
    default:
        break;
    }
}

void qk_gfx_flush_cache(qk_gfx *g)
{
    if (!g)
        return;
    qk_text_cache_clear(g);
    qk_image_cache_clear(g);
}

void qk_gfx_cache_stats(const qk_gfx *g, qk_gfx_stats *out)
{
    if (!out)
        return;
    if (!g) {
        memset(out, 0, sizeof *out);
        return;
    }
    *out = g->stats;
    out->text_entries = g->text.count;
    out->text_bytes = g->text.tex_bytes;
    out->image_entries = g->images.count;
}

void qk_gfx_present(qk_gfx *g)
{
    if (!g)
        return;
    SDL_RenderPresent(g->renderer);
    if (!g->presented) {
        g->presented = true;
        if (getenv("QK_STAMP_FIRST_FRAME")) {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            fprintf(stderr, "quizkiosk: first-frame %lld\n",
                    (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
        }
    }
}

bool qk_gfx_save_png(qk_gfx *g, const char *path)
{
    if (!g || !path)
        return false;
    int w = g->out_w, h = g->out_h;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) {
        SDL_Log("quizkiosk: screenshot %s: %s", path, SDL_GetError());
        return false;
    }
    bool ok = SDL_RenderReadPixels(g->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels,
                                   s->pitch) == 0;
    if (ok) {
        /* The back buffer may carry no alpha: make the picture opaque. */
        for (int row = 0; row < h; row++) {
            Uint32 *p = (Uint32 *)((Uint8 *)s->pixels + (size_t)row * (size_t)s->pitch);
            for (int col = 0; col < w; col++)
                p[col] |= 0xFF000000u;
        }
        ok = IMG_SavePNG(s, path) == 0;
    }
    if (!ok)
        SDL_Log("quizkiosk: cannot save screenshot %s: %s", path, SDL_GetError());
    SDL_FreeSurface(s);
    return ok;
}
