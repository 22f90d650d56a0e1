/* test_screen_offline.c: the out-of-order screen ("Ute av drift").
 *
 * Under SDL's dummy video driver with the software renderer (set by
 * tests/cmake/station_runtime.cmake), like test_screens: the app is put out of
 * order the way the kiosk does it (qk_app_set_offline) and driven with pushed
 * SDL events. Checked: at 1280x720, 1920x1080, 3840x2160 and portrait
 * 1080x1920, in nb, nn and en, for both reasons, the screen shows its four
 * texts inside the screen without overlap; a tap does not start anything; the
 * trainer's key chord opens the PIN pad and Cancel comes back to it; the PIN
 * pad left idle comes back to it too; a set that appears while the pad is
 * open takes the station to the attract screen once the pad closes. PNGs go
 * to the folder given as argv[1].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "gfx/qk_gfx.h"
#include "qk_i18n.h"
#include "qk_loader.h"
#include "qk_test.h"

static const char *png_dir;

typedef struct {
    qk_gfx *g;
    qk_set *set;
    qk_app *app;
    double now;
    int w, h;
} rig;

static double fake_clock(void *ud)
{
    return ((rig *)ud)->now;
}

static void pump(rig *r)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev))
        qk_app_handle_event(r->app, &ev);
    qk_app_tick(r->app);
    if (qk_app_needs_redraw(r->app))
        qk_app_render(r->app);
}

static bool rig_open(rig *r, int w, int h)
{
    memset(r, 0, sizeof *r);
    r->w = w;
    r->h = h;
    r->now = 100.0;
    qk_gfx_options o = {.width = w, .height = h, .title = "test_screen_offline",
                        .software = true};
    char err[512];
    r->g = qk_gfx_open(&o, err, sizeof err);
    if (!r->g) {
        fprintf(stderr, "gfx: %s\n", err);
        return false;
    }
    qk_diags d;
    qk_diags_init(&d);
    r->set = qk_set_load(QK_TESTS_DIR "/screens/fixture.cfg", &d);
    qk_diags_print(&d, stderr);
    qk_diags_clear(&d);
    if (!r->set)
        return false;
    qk_app_config cfg = {.station_id = "test", .idle_timeout = 60, .idle_countdown = 15,
                         .seed = 7};
    r->app = qk_app_create(r->g, r->set, NULL, &cfg);
    if (!r->app)
        return false;
    qk_app_set_clock(r->app, fake_clock, r);
    SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
    pump(r);
    return true;
}

static void rig_close(rig *r)
{
    qk_app_destroy(r->app);
    qk_set_free(r->set);
    qk_gfx_close(r->g);
}

static void click(rig *r, int x, int y)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = SDL_PRESSED;
    e.button.x = x;
    e.button.y = y;
    SDL_PushEvent(&e);
    e.type = SDL_MOUSEBUTTONUP;
    e.button.state = SDL_RELEASED;
    SDL_PushEvent(&e);
    pump(r);
}

static void chord(rig *r)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDLK_t;
    e.key.keysym.mod = KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT;
    SDL_PushEvent(&e);
    pump(r);
}

/* Every text box inside the screen, none overlapping another; returns how many. */
static size_t check_layout(rig *r, const char *what)
{
    size_t n = 0, texts = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    for (size_t i = 0; i < n; i++) {
        SDL_Rect a = l[i].r;
        if (l[i].kind == QK_UI_TEXT)
            texts++;
        if (a.x < 0 || a.y < 0 || a.x + a.w > r->w || a.y + a.h > r->h) {
            fprintf(stderr, "  %s %dx%d: box %zu leaves the screen\n", what, r->w, r->h, i);
            QK_CHECK(false);
        }
        for (size_t j = i + 1; j < n; j++)
            if (SDL_HasIntersection(&a, &l[j].r)) {
                fprintf(stderr, "  %s %dx%d: boxes %zu and %zu overlap\n", what, r->w, r->h,
                        i, j);
                QK_CHECK(false);
            }
    }
    return texts;
}

static void test_sizes_and_languages(void)
{
    static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};
    static const char *const langs[] = {"nb", "nn", "en"};
    for (size_t s = 0; s < 4; s++) {
        rig r;
        QK_REQUIRE(rig_open(&r, sizes[s][0], sizes[s][1]));
        for (size_t l = 0; l < 3; l++) {
            qk_i18n_set(langs[l]);
            for (int why = QK_OFFLINE_NO_SETS; why <= QK_OFFLINE_NO_FOLDER; why++) {
                qk_app_set_offline(r.app, (qk_offline_why)why,
                                   "/var/lib/quizkiosk/quizzes-på-stasjonen");
                pump(&r);
                QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_OFFLINE);
                QK_CHECK_STR(qk_app_screen_name(r.app), "offline");
                char what[64];
                snprintf(what, sizeof what, "offline-%s-%s", langs[l],
                         why == QK_OFFLINE_NO_SETS ? "no-sets" : "no-folder");
                QK_CHECK_INT(check_layout(&r, what), 4);
                if (png_dir) {
                    char path[512];
                    snprintf(path, sizeof path, "%s/%dx%d-%s.png", png_dir, r.w, r.h, what);
                    qk_app_render(r.app);
                    qk_gfx_save_png(r.g, path);
                }
            }
        }
        rig_close(&r);
    }
    qk_i18n_set("nb");
}

static void test_trainer_way_in(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720));
    qk_app_set_offline(r.app, QK_OFFLINE_NO_SETS, "/q");
    pump(&r);
    /* A participant's tap or key starts nothing. */
    click(&r, 640, 360);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_OFFLINE);
    QK_CHECK(qk_app_session(r.app) == NULL);
    /* The chord opens the pad; Cancel goes back to out of order. */
    chord(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_PIN);
    pump(&r);
    const qk_ui_rect *cancel = qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_CANCEL);
    QK_REQUIRE(cancel != NULL);
    click(&r, cancel->r.x + cancel->r.w / 2, cancel->r.y + cancel->r.h / 2);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_OFFLINE);
    /* The pad left alone goes back to out of order, not to the attract screen. */
    chord(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_PIN);
    r.now += 61;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_OFFLINE);
    /* A set appears while the trainer has the pad open: the pad stays, and
     * closing it shows the attract screen. */
    chord(&r);
    qk_app_set_offline(r.app, QK_OFFLINE_NONE, "/q");
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_PIN);
    cancel = qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_CANCEL);
    QK_REQUIRE(cancel != NULL);
    click(&r, cancel->r.x + cancel->r.w / 2, cancel->r.y + cancel->r.h / 2);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    /* In service, a tap wakes the station as always. */
    click(&r, 640, 360);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_START);
    rig_close(&r);
}

int main(int argc, char **argv)
{
    png_dir = argc > 1 ? argv[1] : NULL;
    if (png_dir) {
        char cmd[600];
        snprintf(cmd, sizeof cmd, "mkdir -p '%s'", png_dir);
        if (system(cmd) != 0)
            png_dir = NULL;
    }
    QK_RUN(test_sizes_and_languages);
    QK_RUN(test_trainer_way_in);
    return qk_test_summary();
}
