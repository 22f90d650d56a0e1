/* render_bench.c: how long the kiosk takes to draw each kind of screen.
 *
 * Plays sessions with autoplay (the real screens, driven by synthetic input,
 * as `quizkiosk --autoplay` does) on SDL's dummy video driver with the
 * software renderer at 1920x1080 (or --size WxH). Around every render it takes
 * the time twice: the render that follows a change (the first one of a screen
 * usually renders new text into the cache) and an immediate second render of
 * the same screen (nothing new: what a countdown frame costs). Prints, per
 * screen kind, the count and the median of each, in milliseconds.
 *
 * Usage: render_bench QUIZZES_DIR [--sessions N] [--seed S] [--size WxH]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>

#include "app.h"
#include "autoplay.h"
#include "gfx/qk_gfx.h"
#include "qk_catalog.h"
#include "qk_station.h"

#define MAX_KINDS 32
#define MAX_SAMPLES 200000

typedef struct {
    char name[48];
    double *first, *again;
    size_t n;
} kind_times;

static kind_times kinds[MAX_KINDS];
static size_t nkinds;

/* CPU time of this process: drawing in software is single-threaded, and CPU
 * time is not inflated by other programs on a busy machine. */
static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static kind_times *kind_for(const char *name)
{
    for (size_t i = 0; i < nkinds; i++)
        if (!strcmp(kinds[i].name, name))
            return &kinds[i];
    if (nkinds == MAX_KINDS)
        return NULL;
    kind_times *k = &kinds[nkinds++];
    snprintf(k->name, sizeof k->name, "%s", name);
    k->first = malloc(MAX_SAMPLES * sizeof *k->first);
    k->again = malloc(MAX_SAMPLES * sizeof *k->again);
    return k->first && k->again ? k : NULL;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: render_bench QUIZZES_DIR [--sessions N] [--seed S] [--size WxH]\n", stderr);
        return 2;
    }
    long sessions = 30;
    unsigned long long seed = 1;
    int w = 1920, h = 1080;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--sessions"))
            sessions = atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--seed"))
            seed = strtoull(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--size"))
            sscanf(argv[i + 1], "%dx%d", &w, &h);
    }
    setenv("SDL_VIDEODRIVER", "dummy", 0);
    setenv("SDL_RENDER_DRIVER", "software", 0);

    qk_station st;
    qk_diags d;
    qk_diags_init(&d);
    qk_station_defaults(&st, argv[1]);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    qk_diags_clear(&d);
    if (!cat) {
        fprintf(stderr, "render_bench: no valid question set in %s\n", argv[1]);
        return 1;
    }
    qk_gfx_options go = {.width = w, .height = h, .title = "render_bench", .software = true};
    char err[512];
    qk_gfx *g = qk_gfx_open(&go, err, sizeof err);
    if (!g) {
        fprintf(stderr, "render_bench: %s\n", err);
        return 1;
    }
    qk_app_config cfg = {.station_id = "bench", .idle_timeout = 60, .idle_countdown = 15,
                         .autoplay = true, .seed = seed};
    qk_app *app = qk_app_create(g, qk_catalog_active(cat), NULL, &cfg);
    qk_autoplay *ap = app ? qk_autoplay_create(app, g, sessions, seed, NULL) : NULL;
    if (!ap) {
        fputs("render_bench: out of memory\n", stderr);
        return 1;
    }
    while (!qk_autoplay_done(ap)) {
        if (qk_app_needs_redraw(app)) {
            /* SDL queues drawing until present: flush, so that the time
             * includes the pixels actually being drawn. */
            SDL_Renderer *ren = qk_gfx_renderer(g);
            double t0 = now_ms();
            qk_app_render(app);
            SDL_RenderFlush(ren);
            double t1 = now_ms();
            qk_app_render(app);
            SDL_RenderFlush(ren);
            double t2 = now_ms();
            kind_times *k = kind_for(qk_app_screen_name(app));
            if (k && k->n < MAX_SAMPLES) {
                k->first[k->n] = t1 - t0;
                k->again[k->n] = t2 - t1;
                k->n++;
            }
            qk_autoplay_rendered(ap);
            qk_gfx_present(g);
        }
        SDL_Event ev;
        if (!SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT))
            qk_autoplay_step(ap);
        while (SDL_PollEvent(&ev))
            qk_app_handle_event(app, &ev);
        qk_app_tick(app);
    }
    qk_gfx_stats s;
    qk_gfx_cache_stats(g, &s);
    printf("render time per screen at %dx%d, software renderer, %ld sessions (median CPU ms)\n",
           w, h, sessions);
    printf("%-22s %7s %14s %14s\n", "screen", "renders", "after change", "unchanged");
    for (size_t i = 0; i < nkinds; i++) {
        printf("%-22s %7zu %14.2f %14.2f\n", kinds[i].name, kinds[i].n,
               median(kinds[i].first, kinds[i].n), median(kinds[i].again, kinds[i].n));
        free(kinds[i].first);
        free(kinds[i].again);
    }
    printf("text cache: %lu hits, %lu renders, %zu kept (%.1f MiB), %lu evicted\n", s.text_hits,
           s.text_renders, s.text_entries, s.text_bytes / 1048576.0, s.text_evictions);
    qk_app_destroy(app); /* first: it reads autoplay's clock while it ends a session */
    qk_autoplay_destroy(ap);
    qk_gfx_close(g);
    qk_catalog_free(cat);
    qk_station_free(&st);
    SDL_Quit();
    return 0;
}
