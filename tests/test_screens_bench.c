/* test_screens_bench.c: how long each kind of screen takes to render, at
 * 1920x1080 (or the size given) with the software renderer.
 *
 * Not a test (it asserts nothing and timing is never asserted): a program the
 * benchmarks run. It walks the fixture set's screens with pushed key events,
 * renders each screen once cold (text not yet cached) and then 31 times warm,
 * and prints one line per screen: name, cold ms, median warm ms.
 *   SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software ./screens_bench [WxH]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "gfx/qk_gfx.h"
#include "qk_i18n.h"
#include "qk_loader.h"

#define WARM 31

static double now_s;
static double fake_clock(void *ud)
{
    (void)ud;
    return now_s;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double ms_since(Uint64 t0)
{
    return (double)(SDL_GetPerformanceCounter() - t0) * 1000.0 /
           (double)SDL_GetPerformanceFrequency();
}

static void pump(qk_app *app, qk_gfx *g)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev))
        qk_app_handle_event(app, &ev);
    qk_app_tick(app);
    if (qk_app_needs_redraw(app)) {
        qk_app_render(app);
        SDL_RenderPresent(qk_gfx_renderer(g));
    }
}

static void key(qk_app *app, qk_gfx *g, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = sym;
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
    pump(app, g);
}

static void measure(qk_app *app, qk_gfx *g, const char *label)
{
    qk_gfx_flush_cache(g);
    Uint64 t0 = SDL_GetPerformanceCounter();
    qk_app_render(app);
    SDL_RenderPresent(qk_gfx_renderer(g));
    double cold = ms_since(t0);
    double warm[WARM];
    for (int i = 0; i < WARM; i++) {
        t0 = SDL_GetPerformanceCounter();
        qk_app_render(app);
        SDL_RenderPresent(qk_gfx_renderer(g));
        warm[i] = ms_since(t0);
    }
    qsort(warm, WARM, sizeof warm[0], cmp_double);
    printf("%-24s %8.2f %8.2f\n", label, cold, warm[WARM / 2]);
}

int main(int argc, char **argv)
{
    int w = 1920, h = 1080;
    if (argc > 1 && sscanf(argv[1], "%dx%d", &w, &h) != 2) {
        fprintf(stderr, "usage: screens_bench [WxH]\n");
        return 2;
    }
    qk_gfx_options o = {.width = w, .height = h, .title = "screens_bench", .software = true};
    char err[512];
    qk_gfx *g = qk_gfx_open(&o, err, sizeof err);
    if (!g) {
        fprintf(stderr, "screens_bench: %s\n", err);
        return 1;
    }
    qk_diags d;
    qk_diags_init(&d);
    qk_set *set = qk_set_load(QK_TESTS_DIR "/screens/fixture.cfg", &d);
    qk_diags_print(&d, stderr);
    qk_diags_clear(&d);
    qk_app_config cfg = {.station_id = "bench", .seed = 3};
    qk_app *app = set ? qk_app_create(g, set, NULL, &cfg) : NULL;
    if (!app) {
        fprintf(stderr, "screens_bench: could not load the fixture set\n");
        qk_set_free(set);
        qk_gfx_close(g);
        return 1;
    }
    qk_app_set_clock(app, fake_clock, NULL);
    qk_i18n_set("nb");
    printf("# %dx%d, software renderer; milliseconds per frame\n", w, h);
    printf("%-24s %8s %8s\n", "screen", "cold", "median");
    pump(app, g);
    measure(app, g, "attract");
    key(app, g, SDLK_SPACE, 0);
    measure(app, g, "start");
    key(app, g, SDLK_RETURN, 0); /* all rounds */
    char seen[32][40];
    int n_seen = 0;
    for (int guard = 0; guard < 40 && qk_app_screen(app) != QK_SCR_SUMMARY; guard++) {
        const char *name = qk_app_screen_name(app);
        bool again = false;
        for (int i = 0; i < n_seen; i++)
            again = again || strcmp(seen[i], name) == 0;
        if (!again && n_seen < 32) {
            snprintf(seen[n_seen++], sizeof seen[0], "%s", name);
            measure(app, g, name);
        }
        if (qk_app_screen(app) == QK_SCR_QUESTION) {
            const qk_question *q = qk_session_question(qk_app_session(app));
            size_t n = q->type == QK_Q_TRUEFALSE ? 2 : q->n_choices;
            if (q->type == QK_Q_SINGLE || q->type == QK_Q_TRUEFALSE) {
                key(app, g, SDLK_1, 0);
                continue;
            }
            for (size_t k = 0; k < n; k++) {
                key(app, g, SDLK_1 + (int)k, 0);
                if (q->type == QK_Q_CATEGORIZE)
                    key(app, g, SDLK_1 + (int)(k % q->n_categories), 0);
                if (q->type == QK_Q_MULTIPLE)
                    break;
            }
        }
        key(app, g, SDLK_RETURN, 0);
    }
    measure(app, g, "summary");
    now_s += 1000; /* the summary resets when idle; a new session for walk-away */
    pump(app, g);
    key(app, g, SDLK_SPACE, 0);
    key(app, g, SDLK_1, 0);
    now_s += 61;
    pump(app, g);
    measure(app, g, qk_app_screen_name(app));
    key(app, g, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    measure(app, g, "pin");
    qk_app_destroy(app);
    qk_set_free(set);
    qk_gfx_close(g);
    return 0;
}
