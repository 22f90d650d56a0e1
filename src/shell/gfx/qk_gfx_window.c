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
 * Lock-down, fullscreen only. Under an X window manager the kiosk could be
 * taken off the screen by keyboard (openbox: alt+space opens the window menu,
 * which iconifies or moves it). So a fullscreen window asks to stay on top
 * (SDL_WINDOW_ALWAYS_ON_TOP), grabs the keyboard (SDL_SetWindowKeyboardGrab:
 * an active X keyboard grab, which the window manager's own key bindings do
 * not get past), and qk_gfx_handle_event puts it back at once when it is
 * minimised, hidden, moved or resized anyway. A window destroyed from outside
 * (`xdotool windowclose`) would end the program with an X error: on X11 an
 * error handler of our own logs such errors instead, SDL's DestroyNotify for
 * our window marks it lost, and qk_gfx_keep_locked makes window and renderer
 * again (the caches are flushed, the app draws anew).
 *
 * Start-up: the font lookup (fontconfig, the mapping of the font files) runs
 * on a short-lived thread of its own while this thread starts SDL video
 * (font_finder); it is joined before the fonts are checked or anything in
 * them is read, and on every failure path.
 *
 * The renderer is not asked for vsync: the caller sleeps in
 * SDL_WaitEventTimeout and presents only when something changed, so there is
 * no loop spinning on vertical blanks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <dlfcn.h>
#include <pthread.h>

#include <SDL_image.h>
#include <SDL_syswm.h>

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
    SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0");
}

#if defined(SDL_VIDEO_DRIVER_X11)
/* The X error handler: an X error is logged, never fatal (Xlib's own handler
 * exits). Errors about a window destroyed under us are what follow an
 * `xdotool windowclose`; the window is then made again. Xlib is SDL's: it is
 * loaded by SDL's x11 driver, and its two functions are looked up there
 * (dlsym), so the program does not link libX11 itself. */
static qk_gfx *x11_gfx; /* the one locked window, for the handler */
static unsigned long x11_window; /* its X window id */
typedef int (*x11_handler_fn)(Display *, XErrorEvent *);
static int (*x11_get_error_text)(Display *, int, char *, int);

static int x11_error(Display *dpy, XErrorEvent *e)
{
    char text[160] = "?";
    if (x11_get_error_text)
        x11_get_error_text(dpy, e->error_code, text, sizeof text);
    if (x11_gfx && (e->error_code == BadWindow || e->error_code == BadDrawable) &&
        e->resourceid == x11_window)
        x11_gfx->window_lost = true; /* errors about the old window after that: logged only */
    SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: X error ignored: %s (request %d, resource 0x%lx)", text,
            e->request_code, (unsigned long)e->resourceid);
    return 0;
}

static void x11_watch(qk_gfx *g)
{
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!SDL_GetWindowWMInfo(g->window, &info) || info.subsystem != SDL_SYSWM_X11)
        return;
    void *xlib = dlopen("libX11.so.6", RTLD_LAZY | RTLD_NOLOAD);
    if (!xlib) {
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: libX11 is not loaded; X errors stay fatal");
        return;
    }
    x11_handler_fn (*set_handler)(x11_handler_fn);
    *(void **)&set_handler = dlsym(xlib, "XSetErrorHandler");
    *(void **)&x11_get_error_text = dlsym(xlib, "XGetErrorText");
    dlclose(xlib); /* still loaded: SDL holds it */
    if (!set_handler)
        return;
    x11_gfx = g;
    x11_window = (unsigned long)info.info.x11.window;
    set_handler(x11_error); /* for the whole process: X errors are never fatal */
    SDL_EventState(SDL_SYSWMEVENT, SDL_ENABLE); /* for DestroyNotify */
}

/* True when `ev` says our X window was destroyed. */
static bool x11_destroyed(const qk_gfx *g, const SDL_Event *ev)
{
    if (ev->type != SDL_SYSWMEVENT || !ev->syswm.msg ||
        ev->syswm.msg->subsystem != SDL_SYSWM_X11)
        return false;
    const XEvent *xe = &ev->syswm.msg->msg.x11.event;
    if (xe->type != DestroyNotify)
        return false;
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    return SDL_GetWindowWMInfo(g->window, &info) && info.subsystem == SDL_SYSWM_X11 &&
           xe->xdestroywindow.window == info.info.x11.window;
}

static void x11_unwatch(qk_gfx *g)
{
    if (x11_gfx == g)
        x11_gfx = NULL;
}

/* SDL 2.26 hides a window before destroying it and then waits, without a
 * time-out, for the X server's UnmapNotify, which never comes for a window
 * that is already gone: put one in the queue for it to find. */
static void x11_unblock_destroy(qk_gfx *g)
{
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!SDL_GetWindowWMInfo(g->window, &info) || info.subsystem != SDL_SYSWM_X11)
        return;
    void *xlib = dlopen("libX11.so.6", RTLD_LAZY | RTLD_NOLOAD);
    if (!xlib)
        return;
    int (*put_back)(Display *, XEvent *);
    *(void **)&put_back = dlsym(xlib, "XPutBackEvent");
    dlclose(xlib);
    if (!put_back)
        return;
    XEvent ev;
    memset(&ev, 0, sizeof ev);
    ev.type = UnmapNotify;
    ev.xunmap.display = info.info.x11.display;
    ev.xunmap.window = ev.xunmap.event = info.info.x11.window;
    put_back(info.info.x11.display, &ev);
}
#else
static void x11_watch(qk_gfx *g) { (void)g; }
static bool x11_destroyed(const qk_gfx *g, const SDL_Event *ev)
{
    (void)g;
    (void)ev;
    return false;
}
static void x11_unwatch(qk_gfx *g) { (void)g; }
static void x11_unblock_destroy(qk_gfx *g) { (void)g; }
#endif

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

/* Makes the window and its renderer from what qk_gfx_open put in g (also
 * again, after the window was destroyed from outside). */
static bool make_window(qk_gfx *g, char *err, size_t errlen)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    SDL_Rect r = g->win_rect;
    g->window = SDL_CreateWindow(g->title, r.x, r.y, r.w, r.h, g->win_flags);
    qk_gfx_stamp("window");
    if (!g->window) {
        snprintf(err, errlen, "cannot open a %dx%d window on the '%s' video driver (%s)", r.w,
                 r.h, driver ? driver : "?", SDL_GetError());
        return false;
    }
    if (g->win_flags & SDL_WINDOW_BORDERLESS) {
        /* A window manager may have moved it; put it back over the screen. */
        SDL_SetWindowPosition(g->window, r.x, r.y);
        SDL_RaiseWindow(g->window);
    }
    if (g->locked) {
        SDL_SetWindowKeyboardGrab(g->window, SDL_TRUE);
        x11_watch(g);
    }

    if (!g->want_software)
        g->renderer = SDL_CreateRenderer(g->window, -1, SDL_RENDERER_ACCELERATED);
    if (!g->renderer) {
        if (!g->want_software)
            SDL_Log("quizkiosk: no accelerated renderer (%s); drawing in software", SDL_GetError());
        g->renderer = SDL_CreateRenderer(g->window, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!g->renderer) {
        snprintf(err, errlen, "cannot create a renderer for the window (%s)", SDL_GetError());
        return false;
    }
    qk_gfx_stamp("renderer");
    SDL_RendererInfo info;
    g->software = SDL_GetRendererInfo(g->renderer, &info) == 0 &&
                  (info.flags & SDL_RENDERER_SOFTWARE);
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
    SDL_DisableScreenSaver();
    refresh_size(g);
    return true;
}

/* Puts a locked window back over the screen, on top, with the keyboard. */
static void restore_window(qk_gfx *g)
{
    Uint32 f = SDL_GetWindowFlags(g->window);
    if (f & (SDL_WINDOW_MINIMIZED | SDL_WINDOW_HIDDEN)) {
        SDL_ShowWindow(g->window);
        SDL_RestoreWindow(g->window);
    }
    if (g->win_flags & SDL_WINDOW_BORDERLESS) {
        int x, y, w, h;
        SDL_GetWindowPosition(g->window, &x, &y);
        SDL_GetWindowSize(g->window, &w, &h);
        if (w != g->win_rect.w || h != g->win_rect.h)
            SDL_SetWindowSize(g->window, g->win_rect.w, g->win_rect.h);
        if (x != g->win_rect.x || y != g->win_rect.y)
            SDL_SetWindowPosition(g->window, g->win_rect.x, g->win_rect.y);
    } else if (!(f & SDL_WINDOW_FULLSCREEN_DESKTOP)) {
        SDL_SetWindowFullscreen(g->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
    }
    SDL_SetWindowAlwaysOnTop(g->window, SDL_TRUE);
    SDL_RaiseWindow(g->window);
    SDL_SetWindowKeyboardGrab(g->window, SDL_TRUE);
    g->restores++;
}

/* True when a window event says a locked window is off its place. */
static bool off_place(const qk_gfx *g, const SDL_WindowEvent *we)
{
    switch (we->event) {
    case SDL_WINDOWEVENT_MINIMIZED:
    case SDL_WINDOWEVENT_HIDDEN:
        return true;
    case SDL_WINDOWEVENT_MOVED:
        return (g->win_flags & SDL_WINDOW_BORDERLESS) &&
               (we->data1 != g->win_rect.x || we->data2 != g->win_rect.y);
    case SDL_WINDOWEVENT_RESIZED:
    case SDL_WINDOWEVENT_SIZE_CHANGED:
        return (g->win_flags & SDL_WINDOW_BORDERLESS) &&
               (we->data1 != g->win_rect.w || we->data2 != g->win_rect.h);
    default:
        return false;
    }
}

bool qk_gfx_keep_locked(qk_gfx *g, char *err, size_t errlen)
{
    if (err && errlen)
        err[0] = '\0';
    if (!g || !g->locked || !g->window_lost)
        return false;
    /* The X window is gone: textures, renderer and SDL's window go (the X
     * errors that brings are ignored), then both are made anew. */
    SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: the window was destroyed from outside; making it again");
    qk_gfx_flush_cache(g);
    x11_unwatch(g);
    if (g->renderer)
        SDL_DestroyRenderer(g->renderer);
    g->renderer = NULL;
    if (g->window) {
        x11_unblock_destroy(g);
        SDL_DestroyWindow(g->window);
    }
    g->window = NULL;
    g->window_lost = false;
    g->presented = false;
    char e[512] = "";
    if (!make_window(g, e, sizeof e)) {
        if (err && errlen)
            snprintf(err, errlen, "%s", e);
        return true;
    }
    g->restores++;
    return true;
}

unsigned qk_gfx_restores(const qk_gfx *g)
{
    return g ? g->restores : 0;
}

/* The font lookup on a thread of its own while this one starts SDL video
 * (qk_fonts_lookup touches neither SDL nor SDL_ttf). The thread owns
 * g->fonts and `err` until font_join; `ok` is its result. */
typedef struct {
    pthread_t tid;
    bool running; /* a thread was started: font_join must join it */
    qk_fonts *fonts;
    const char *opt_font;
    bool ok;
    char err[512];
} font_finder;

static void *font_thread(void *arg)
{
    font_finder *ff = arg;
    ff->ok = qk_fonts_lookup(ff->fonts, ff->opt_font, ff->err, sizeof ff->err);
    return NULL;
}

/* Starts the lookup; when no thread can start it runs at font_join. */
static void font_begin(font_finder *ff, qk_fonts *fonts, const char *opt_font)
{
    ff->fonts = fonts;
    ff->opt_font = opt_font;
    ff->ok = false;
    ff->err[0] = '\0';
    ff->running = pthread_create(&ff->tid, NULL, font_thread, ff) == 0;
}

/* The lookup's result (after it, *fonts is this thread's again); false with
 * the lookup's sentence in err when no font was found. */
static bool font_join(font_finder *ff, char *err, size_t errlen)
{
    if (ff->running) {
        pthread_join(ff->tid, NULL);
        ff->running = false;
    } else {
        font_thread(ff);
    }
    if (!ff->ok && err && errlen)
        snprintf(err, errlen, "%s", ff->err);
    return ff->ok;
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
    qk_gfx_stamp("gfx-open");
    /* fontconfig beside SDL's start: on 2 cores the ~5-18 ms lookup no
     * longer waits for the ~20-50 ms of SDL video (x11). Joined on every
     * path below before g->fonts is read or freed. */
    font_finder ff;
    font_begin(&ff, &g->fonts, opt->font);
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        snprintf(err, errlen,
                 "cannot start SDL video (%s); run it on an X11 or Wayland display, "
                 "or set SDL_VIDEODRIVER=dummy for tests", SDL_GetError());
        font_join(&ff, NULL, 0);
        qk_fonts_close(&g->fonts);
        free(g);
        return NULL;
    }
    if (TTF_Init() != 0) {
        snprintf(err, errlen, "cannot start SDL_ttf (%s)", SDL_GetError());
        font_join(&ff, NULL, 0);
        qk_fonts_close(&g->fonts);
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        free(g);
        return NULL;
    }
    qk_gfx_stamp("sdl-video");
    IMG_Init(IMG_INIT_PNG | IMG_INIT_JPG); /* SVG needs no init; failures show per picture */
    qk_gfx_stamp("img-init");

    if (!font_join(&ff, err, errlen) || !qk_fonts_check(&g->fonts, err, errlen))
        goto fail;
    qk_gfx_stamp("fonts-found");

    const char *driver = SDL_GetCurrentVideoDriver();
    if (opt->software && own_framebuffer(driver))
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_SHOWN;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    int w = opt->width > 0 ? opt->width : 1280, h = opt->height > 0 ? opt->height : 720;
    if (opt->fullscreen) {
        SDL_Rect b;
        /* Kept on top and the keyboard grabbed: see "Lock-down" above. */
        flags |= SDL_WINDOW_ALWAYS_ON_TOP;
        g->locked = true;
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
    g->win_flags = flags;
    g->win_rect = (SDL_Rect){x, y, w, h};
    g->want_software = opt->software;
    snprintf(g->title, sizeof g->title, "%s", opt->title ? opt->title : "quizkiosk");
    snprintf(g->icon, sizeof g->icon, "%s", opt->icon ? opt->icon : "");
    if (!make_window(g, err, errlen))
        goto fail;
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
    qk_shape_cache_clear(g);
    qk_fonts_close(&g->fonts);
    x11_unwatch(g);
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

const char *qk_gfx_renderer_name(const qk_gfx *g)
{
    SDL_RendererInfo info;
    if (!g || !g->renderer || SDL_GetRendererInfo(g->renderer, &info) != 0 || !info.name)
        return "?";
    return info.name;
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
        if (g->locked && !g->window_lost && off_place(g, &ev->window)) {
            restore_window(g);
            refresh_size(g);
        }
        break;
    case SDL_SYSWMEVENT:
        if (g->locked && x11_destroyed(g, ev))
            g->window_lost = true;
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
    qk_shape_cache_clear(g);
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
    out->text_budget = qk_text_cache_budget(g);
    out->image_entries = g->images.count;
    out->image_bytes = g->images.bytes;
    out->image_budget = qk_image_cache_budget(g);
}

static bool stamps_done; /* the first frame is out: no more stamps */

void qk_gfx_stamp(const char *step)
{
    if (stamps_done || !getenv("QK_STAMP_FIRST_FRAME"))
        return;
    struct timespec ts, cpu;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    fprintf(stderr, "quizkiosk: stamp %s %lld %lld\n", step,
            (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec,
            (long long)cpu.tv_sec * 1000000000LL + cpu.tv_nsec);
}

/* The window's icon (the task bar's, a window list's; nothing a participant
 * sees on a fullscreen window): set after the window's first frame, since
 * rasterising the SVG costs ~2-7 ms that the first frame need not wait for. */
static void set_icon(qk_gfx *g)
{
    if (!g->icon[0] || !g->window)
        return;
    SDL_Surface *icon = IMG_Load(g->icon);
    if (icon) {
        SDL_SetWindowIcon(g->window, icon);
        SDL_FreeSurface(icon);
    } else {
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: no window icon: %s: %s", g->icon, IMG_GetError());
    }
}

/* After the first frame of each window (also one made again): the stamp,
 * then the icon. */
static void stamp_first_frame(qk_gfx *g)
{
    if (g->presented)
        return;
    g->presented = true;
    if (getenv("QK_STAMP_FIRST_FRAME")) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        fprintf(stderr, "quizkiosk: first-frame %lld\n",
                (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    }
    stamps_done = true;
    set_icon(g);
}

void qk_gfx_present(qk_gfx *g)
{
    if (!g)
        return;
    SDL_RenderPresent(g->renderer);
    g->stats.presents++;
    g->stats.last_present_px = (unsigned long)g->out_w * (unsigned long)g->out_h;
    g->stats.present_px += g->stats.last_present_px;
    stamp_first_frame(g);
}

bool qk_gfx_can_present_rects(const qk_gfx *g)
{
    /* SDL's software renderer draws straight into the window's surface,
     * which keeps its pixels from frame to frame; GPU back buffers do not. */
    return g && g->software && g->presented && g->window && g->renderer;
}

void qk_gfx_present_rects(qk_gfx *g, const SDL_Rect *rects, int n)
{
    if (!g)
        return;
    if (!qk_gfx_can_present_rects(g) || n <= 0 || !rects) {
        qk_gfx_present(g);
        return;
    }
    SDL_Rect keep[16], screen = {0, 0, g->out_w, g->out_h};
    int k = 0;
    unsigned long px = 0;
    for (int i = 0; i < n && k < 16; i++)
        if (SDL_IntersectRect(&rects[i], &screen, &keep[k])) {
            px += (unsigned long)keep[k].w * (unsigned long)keep[k].h;
            k++;
        }
    SDL_RenderFlush(g->renderer); /* the queued drawing into the surface */
    if (k && SDL_UpdateWindowSurfaceRects(g->window, keep, k) != 0) {
        /* no surface after all (a driver that changed its mind): all of it */
        SDL_RenderPresent(g->renderer);
        px = (unsigned long)g->out_w * (unsigned long)g->out_h;
    }
    g->stats.presents++;
    g->stats.last_present_px = px;
    g->stats.present_px += px;
}

void qk_gfx_clip(qk_gfx *g, const SDL_Rect *r)
{
    if (g && g->renderer)
        SDL_RenderSetClipRect(g->renderer, r);
}

bool qk_gfx_save_png(qk_gfx *g, const char *path)
{
    if (!g || !path)
        return false;
    int w = g->out_w, h = g->out_h;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) {
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: screenshot %s: %s", path, SDL_GetError());
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
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: cannot save screenshot %s: %s", path, SDL_GetError());
    SDL_FreeSurface(s);
    return ok;
}
