/* test_screens.c: the kiosk's screens, driven like a participant drives them.
 *
 * Runs under SDL's dummy video driver with the software renderer (set by
 * tests/cmake/screens.cmake). Every step pushes real SDL events (mouse
 * buttons, finger touches, keys) into SDL's queue and lets the app take them
 * from there, as the kiosk loop does; then it checks the screen shown and the
 * engine's state and score. Time is a fake clock the test moves, so walk-away
 * and time limits need no waiting. The layout test renders each screen at
 * four sizes and checks that no recorded box leaves the screen or overlaps
 * another. PNGs of what was checked go to the folder given as argv[1].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "app.h"
#include "input.h"
#include "gfx/qk_gfx.h"
#include "qk_i18n.h"
#include "qk_loader.h"
#include "qk_store.h"
#include "qk_test.h"

static const char *png_dir = NULL;
static char db_dir[256];

typedef struct {
    qk_gfx *g;
    qk_set *set;
    qk_store *store;
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
    if (qk_app_needs_redraw(r->app)) {
        qk_app_render(r->app);
        SDL_RenderPresent(qk_gfx_renderer(r->g));
    }
}

/* When set, rig_open opens its results database read-only (the store's test
 * hook): every write fails, reading works, as on a full disk. */
static bool rig_store_read_only;

static bool rig_open(rig *r, int w, int h, const char *db_name)
{
    memset(r, 0, sizeof *r);
    r->w = w;
    r->h = h;
    r->now = 100.0;
    qk_gfx_options o = {.fullscreen = false, .width = w, .height = h, .title = "test_screens",
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
    if (db_name) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", db_dir, db_name);
        qk_store_options so = {.read_only = rig_store_read_only};
        r->store = qk_store_open_with(path, &so);
    }
    qk_app_config cfg = {.station_id = "test", .idle_timeout = 60, .idle_countdown = 15,
                         .seed = 7, .export_dir = db_dir};
    r->app = qk_app_create(r->g, r->set, r->store, &cfg);
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
    qk_store_close(r->store);
    qk_set_free(r->set);
    qk_gfx_close(r->g);
}

static void save(rig *r, const char *name)
{
    if (!png_dir)
        return;
    qk_app_render(r->app);
    char path[512];
    snprintf(path, sizeof path, "%s/%dx%d-%s.png", png_dir, r->w, r->h, name);
    qk_gfx_save_png(r->g, path);
}

/* ---- input, through SDL's queue ---- */

static void mouse(rig *r, Uint32 type, int x, int y)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
        e.motion.x = x;
        e.motion.y = y;
        e.motion.state = SDL_BUTTON_LMASK;
    } else {
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.x = x;
        e.button.y = y;
    }
    (void)r;
    SDL_PushEvent(&e);
}

static void finger(rig *r, Uint32 type, int x, int y)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = type;
    e.tfinger.touchId = 3;
    e.tfinger.fingerId = 1;
    e.tfinger.x = (float)x / (float)(r->w - 1);
    e.tfinger.y = (float)y / (float)(r->h - 1);
    SDL_PushEvent(&e);
}

static void key(rig *r, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = sym;
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
    pump(r);
}

static SDL_Point centre(rig *r, qk_ui_kind kind, int id)
{
    if (qk_app_needs_redraw(r->app))
        pump(r);
    const qk_ui_rect *u = qk_app_find(r->app, kind, id);
    SDL_Point p = {-1, -1};
    if (u) {
        p.x = u->r.x + u->r.w / 2;
        p.y = u->r.y + u->r.h / 2;
    } else {
        fprintf(stderr, "  (element kind %d id %d is not on the %s screen)\n", kind, id,
                qk_app_screen_name(r->app));
    }
    return p;
}

static bool click(rig *r, qk_ui_kind kind, int id)
{
    SDL_Point p = centre(r, kind, id);
    if (p.x < 0)
        return false;
    mouse(r, SDL_MOUSEBUTTONDOWN, p.x, p.y);
    mouse(r, SDL_MOUSEBUTTONUP, p.x, p.y);
    pump(r);
    return true;
}

static bool touch(rig *r, qk_ui_kind kind, int id)
{
    SDL_Point p = centre(r, kind, id);
    if (p.x < 0)
        return false;
    finger(r, SDL_FINGERDOWN, p.x, p.y);
    finger(r, SDL_FINGERUP, p.x, p.y);
    pump(r);
    return true;
}

static bool drag(rig *r, qk_ui_kind fk, int fid, qk_ui_kind tk, int tid, bool use_finger)
{
    SDL_Point a = centre(r, fk, fid), b = centre(r, tk, tid);
    if (a.x < 0 || b.x < 0)
        return false;
    void (*push)(rig *, Uint32, int, int) = use_finger ? finger : mouse;
    push(r, use_finger ? SDL_FINGERDOWN : SDL_MOUSEBUTTONDOWN, a.x, a.y);
    pump(r);
    for (int k = 1; k <= 5; k++) {
        push(r, use_finger ? SDL_FINGERMOTION : SDL_MOUSEMOTION, a.x + (b.x - a.x) * k / 5,
             a.y + (b.y - a.y) * k / 5);
        pump(r);
    }
    push(r, use_finger ? SDL_FINGERUP : SDL_MOUSEBUTTONUP, b.x, b.y);
    pump(r);
    return true;
}

/* The display place (tile id) at which model choice `choice` is shown. */
static int place_of(rig *r, size_t choice)
{
    size_t n = 0;
    const size_t *ord = qk_session_display_order(qk_app_session(r->app), &n);
    for (size_t k = 0; k < n; k++)
        if (ord[k] == choice)
            return (int)k;
    return -1;
}

static void start_round(rig *r, int round)
{
    if (qk_app_screen(r->app) == QK_SCR_ATTRACT) {
        mouse(r, SDL_MOUSEBUTTONDOWN, r->w / 2, r->h / 2);
        mouse(r, SDL_MOUSEBUTTONUP, r->w / 2, r->h / 2);
        pump(r);
    }
    click(r, QK_UI_ROUND, round);
}

static qk_state state(rig *r)
{
    qk_session *s = qk_app_session(r->app);
    return s ? qk_session_state(s) : (qk_state)-1;
}

static double score(rig *r)
{
    qk_session *s = qk_app_session(r->app);
    return s ? qk_session_score(s) : -1;
}

/* ---- tests ---- */

static void test_waking_tap_only_wakes(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    /* press and release exactly where the start screen puts its first round */
    int x = 0, y = 0;
    {
        /* learn where round 0 will be, then go back to attract */
        key(&r, SDLK_SPACE, 0);
        QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_START);
        SDL_Point p = centre(&r, QK_UI_ROUND, 0);
        x = p.x;
        y = p.y;
        click(&r, QK_UI_BUTTON, 8 /* QK_BTN_CANCEL: back */);
        QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    }
    mouse(&r, SDL_MOUSEBUTTONDOWN, x, y);
    mouse(&r, SDL_MOUSEBUTTONUP, x, y);
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_START);
    QK_CHECK(qk_app_session(r.app) == NULL);
    /* the same with a finger */
    click(&r, QK_UI_BUTTON, 8);
    finger(&r, SDL_FINGERDOWN, x, y);
    finger(&r, SDL_FINGERUP, x, y);
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_START);
    QK_CHECK(qk_app_session(r.app) == NULL);
    QK_CHECK_INT(qk_app_get_stats(r.app).started, 0);
    rig_close(&r);
}

static void test_no_escape(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    start_round(&r, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_QUIT;
    SDL_PushEvent(&e);
    memset(&e, 0, sizeof e);
    e.type = SDL_WINDOWEVENT;
    e.window.event = SDL_WINDOWEVENT_CLOSE;
    SDL_PushEvent(&e);
    pump(&r);
    key(&r, SDLK_ESCAPE, 0);
    key(&r, SDLK_F4, KMOD_LALT);
    key(&r, SDLK_q, KMOD_LCTRL);
    key(&r, SDLK_w, KMOD_LCTRL);
    key(&r, SDLK_TAB, KMOD_LALT);
    key(&r, SDLK_2, KMOD_LCTRL); /* a digit with Ctrl does not answer either */
    QK_CHECK(!qk_app_quit_requested(r.app));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    rig_close(&r);
}

/* Round "enkelt": single (by mouse, right) then truefalse (by finger, wrong). */
static void test_single_and_truefalse(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, "single.db"));
    start_round(&r, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-single");
    QK_CHECK(qk_app_find(r.app, QK_UI_PICTURE, 0) != NULL);
    save(&r, "question-single");
    QK_CHECK(click(&r, QK_UI_TILE, place_of(&r, 1))); /* "Rød" */
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_FEEDBACK);
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    QK_CHECK_NEAR(score(&r), 1.0, 1e-9);
    QK_CHECK(qk_session_record(qk_app_session(r.app), 0)->correct);
    save(&r, "feedback-right");
    QK_CHECK(touch(&r, QK_UI_BUTTON, 3 /* QK_BTN_NEXT */));
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-truefalse");
    /* tile A is "true"; the statement is false */
    QK_CHECK(touch(&r, QK_UI_TILE, 0));
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    QK_CHECK_NEAR(score(&r), 1.0, 1e-9);
    const qk_record *rec = qk_session_record(qk_app_session(r.app), 1);
    QK_CHECK(rec && !rec->correct && rec->answer.v[0] == 1);
    save(&r, "feedback-wrong");
    key(&r, SDLK_RETURN, 0);
    /* one round: straight to the summary */
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_SUMMARY);
    QK_CHECK_INT(state(&r), QK_ST_DONE);
    save(&r, "summary");
    QK_CHECK(click(&r, QK_UI_BUTTON, 5 /* QK_BTN_FINISH */));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    QK_CHECK(qk_app_session(r.app) == NULL);
    qk_app_stats st = qk_app_get_stats(r.app);
    QK_CHECK_INT(st.completed, 1);
    QK_CHECK_INT(st.answers, 2);
    rig_close(&r);
}

static void test_multiple_by_keys(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    key(&r, SDLK_SPACE, 0); /* wake */
    key(&r, SDLK_2, 0);     /* round 2: "flere" */
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-multiple");
    int a = place_of(&r, 0), b = place_of(&r, 2), c = place_of(&r, 4), wrong = place_of(&r, 1);
    key(&r, SDLK_RETURN, 0); /* nothing chosen: Enter does not answer */
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    key(&r, SDLK_1 + a, 0);
    key(&r, SDLK_1 + wrong, 0);
    key(&r, SDLK_1 + b, 0);
    key(&r, SDLK_1 + wrong, 0); /* toggled off again */
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    QK_CHECK(click(&r, QK_UI_TILE, c)); /* mouse works alongside */
    save(&r, "question-multiple");
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    QK_CHECK_NEAR(score(&r), 1.0, 1e-9);
    const qk_record *rec = qk_session_record(qk_app_session(r.app), 0);
    QK_CHECK(rec && rec->correct);
    rig_close(&r);
}

static void test_order_tap_undo_drag(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    start_round(&r, 2);
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-order");
    QK_CHECK(qk_app_find(r.app, QK_UI_BAR, 0) != NULL);
    int p[4];
    for (int k = 0; k < 4; k++)
        p[k] = place_of(&r, (size_t)k);
    /* wrong first, undo it, then the right first two by taps */
    click(&r, QK_UI_TILE, p[3]);
    QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, 2 /* UNDO */) != NULL);
    click(&r, QK_UI_BUTTON, 2);
    click(&r, QK_UI_TILE, p[0]);
    touch(&r, QK_UI_TILE, p[1]);
    /* drag the fourth into slot 4, the third into slot 3 */
    QK_CHECK(drag(&r, QK_UI_TILE, p[3], QK_UI_SLOT, 3, false));
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    save(&r, "question-order");
    QK_CHECK(drag(&r, QK_UI_TILE, p[2], QK_UI_SLOT, 2, true));
    /* swap two slots by dragging and back again */
    QK_CHECK(drag(&r, QK_UI_SLOT, 0, QK_UI_SLOT, 1, false));
    QK_CHECK(drag(&r, QK_UI_SLOT, 1, QK_UI_SLOT, 0, true));
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    QK_CHECK(click(&r, QK_UI_BUTTON, 1 /* SUBMIT */));
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    const qk_record *rec = qk_session_record(qk_app_session(r.app), 0);
    QK_CHECK(rec && rec->correct);
    QK_CHECK_NEAR(score(&r), 1.0, 1e-9);
    rig_close(&r);
}

static void test_order_by_keys_wrong(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    start_round(&r, 2);
    int p[4];
    for (int k = 0; k < 4; k++)
        p[k] = place_of(&r, (size_t)k);
    key(&r, SDLK_1 + p[1], 0);
    key(&r, SDLK_1 + p[0], 0);
    key(&r, SDLK_1 + p[2], 0);
    key(&r, SDLK_BACKSPACE, 0);
    key(&r, SDLK_1 + p[3], 0);
    key(&r, SDLK_1 + p[2], 0);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    const qk_record *rec = qk_session_record(qk_app_session(r.app), 0);
    QK_CHECK(rec && !rec->correct);
    QK_CHECK(rec && rec->answer.n == 4 && rec->answer.v[0] == 1 && rec->answer.v[1] == 0 &&
             rec->answer.v[2] == 3 && rec->answer.v[3] == 2);
    QK_CHECK_NEAR(score(&r), 0.0, 1e-9);
    rig_close(&r);
}

static void test_categorize(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1080, 1920, NULL));
    start_round(&r, 3);
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-categorize");
    /* items: 0 Elg, 1 Ørret (Dyr = 0); 2 Bjørk, 3 Blåbær, 4 Gran (Plante = 1) */
    click(&r, QK_UI_TILE, place_of(&r, 0));
    click(&r, QK_UI_CATEGORY, 0);
    touch(&r, QK_UI_TILE, place_of(&r, 1));
    touch(&r, QK_UI_CATEGORY, 1); /* wrong ... */
    click(&r, QK_UI_BUTTON, 2);   /* ... undone */
    QK_CHECK(drag(&r, QK_UI_TILE, place_of(&r, 1), QK_UI_CATEGORY, 0, true));
    QK_CHECK(drag(&r, QK_UI_TILE, place_of(&r, 2), QK_UI_CATEGORY, 1, false));
    save(&r, "question-categorize");
    key(&r, SDLK_1 + place_of(&r, 3), 0);
    key(&r, SDLK_2, 0); /* category 2 */
    key(&r, SDLK_1 + place_of(&r, 4), 0);
    key(&r, SDLK_2, 0);
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    const qk_record *rec = qk_session_record(qk_app_session(r.app), 0);
    QK_CHECK(rec && rec->correct);
    QK_CHECK_NEAR(score(&r), 1.0, 1e-9);
    save(&r, "feedback-categorize");
    rig_close(&r);
}

static int count_sessions(const char *db, const char *where)
{
    sqlite3 *h = NULL;
    int n = -1;
    char path[512], sql[256];
    snprintf(path, sizeof path, "%s/%s", db_dir, db);
    if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_stmt *st;
        snprintf(sql, sizeof sql, "SELECT count(*) FROM sessions WHERE %s", where);
        if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW)
                n = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        } else {
            fprintf(stderr, "sql: %s\n", sqlite3_errmsg(h));
        }
    }
    sqlite3_close(h);
    return n;
}

static void test_walkaway_abandons(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, "walk.db"));
    start_round(&r, 1);
    click(&r, QK_UI_TILE, 0); /* something chosen, kept across the walk-away */
    r.now += 59;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    r.now += 2;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_WALKAWAY);
    save(&r, "walkaway");
    /* a tap brings the question back as it was */
    click(&r, QK_UI_BUTTON, 6 /* CONTINUE */);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    r.now += 61;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_WALKAWAY);
    r.now += 14;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_WALKAWAY);
    r.now += 1.5;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    QK_CHECK(qk_app_session(r.app) == NULL);
    qk_app_stats st = qk_app_get_stats(r.app);
    QK_CHECK_INT(st.abandoned, 1);
    QK_CHECK_INT(st.completed, 0);
    QK_CHECK_INT(count_sessions("walk.db", "status = 'abandoned'"), 1);
    rig_close(&r);
}

/* The PIN pad or the menu left open over a session in play (a hand resting
 * in the corner opens the pad too): after the idle time the participant is
 * asked "Are you still there?" over the question, a tap goes back to it, and
 * only the walk-away countdown ends the session. */
static void test_idle_over_pin_keeps_session(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    start_round(&r, 1);
    QK_REQUIRE(state(&r) == QK_ST_QUESTION);
    key(&r, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_PIN);
    r.now += 61;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_WALKAWAY);
    QK_CHECK(qk_app_session(r.app) != NULL);
    click(&r, QK_UI_BUTTON, 6 /* CONTINUE */);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    /* the same from the menu; this time nobody comes back */
    key(&r, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    for (int d = 1; d <= 4; d++)
        click(&r, QK_UI_KEY, d);
    click(&r, QK_UI_BUTTON, 7 /* OK */);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    r.now += 61;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_WALKAWAY);
    r.now += 16;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    QK_CHECK(qk_app_session(r.app) == NULL);
    QK_CHECK_INT(qk_app_get_stats(r.app).abandoned, 1);
    /* with no session, the pad left open just goes back to the attract screen */
    key(&r, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_PIN);
    r.now += 61;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    rig_close(&r);
}

/* A time limit does not count the time the question spent under the PIN pad
 * (or the menu, or the walk-away): 20 s used, 50 s on the pad, then 9 s more is
 * still within the 30 s; 2 s more runs it out. */
static void test_time_limit_paused_under_pin(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    start_round(&r, 2);
    QK_REQUIRE(state(&r) == QK_ST_QUESTION);
    r.now += 20;
    pump(&r);
    key(&r, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_PIN);
    r.now += 50;
    pump(&r);
    click(&r, QK_UI_BUTTON, 8 /* CANCEL */);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    r.now += 9;
    pump(&r);
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    r.now += 2;
    pump(&r);
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    const qk_record *rec = qk_session_record(qk_app_session(r.app), 0);
    QK_CHECK(rec && rec->timed_out);
    rig_close(&r);
}

static void test_time_limit(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    start_round(&r, 2);
    QK_CHECK(qk_app_wait_ms(r.app) >= 0); /* the countdown bar wants wake-ups */
    r.now += 29;
    pump(&r);
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    r.now += 1.5;
    pump(&r);
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    const qk_record *rec = qk_session_record(qk_app_session(r.app), 0);
    QK_CHECK(rec && rec->timed_out && !rec->correct);
    rig_close(&r);
}

/* A running countdown draws a frame when its bar has moved a whole pixel or its
 * seconds change, and at most 10 times a second; a tick with nothing changed
 * asks for no frame. Over 10 s of a 30 s countdown: at least one frame per
 * second (the seconds), at most 10 per second. */
static void test_countdown_frames(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    start_round(&r, 2);
    pump(&r);
    QK_REQUIRE(state(&r) == QK_ST_QUESTION);
    qk_app_tick(r.app);
    QK_CHECK(!qk_app_needs_redraw(r.app)); /* no time passed: nothing to draw */
    int first = qk_app_wait_ms(r.app);
    QK_CHECK(first >= 100 && first <= 1000);
    int frames = 0, wakes = 0;
    double end = r.now + 10;
    while (r.now < end && wakes < 1000) {
        r.now += qk_app_wait_ms(r.app) / 1000.0;
        wakes++;
        qk_app_tick(r.app);
        if (qk_app_needs_redraw(r.app)) {
            qk_app_render(r.app);
            frames++;
        }
    }
    printf("countdown: %d wakes, %d frames in 10 s\n", wakes, frames);
    QK_CHECK(frames >= 10);
    QK_CHECK(wakes <= 101);
    QK_CHECK_INT(state(&r), QK_ST_QUESTION);
    rig_close(&r);
}

/* A results database that can no longer be written (here opened read-only;
 * a full disk is the same to the menu) still gives the trainer what it holds:
 * Export writes the CSV with the answers stored before. */
static void test_menu_store_read_only(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, "ro-menu.db"));
    start_round(&r, 0);
    click(&r, QK_UI_TILE, 0); /* an answer that is stored */
    QK_REQUIRE(state(&r) == QK_ST_FEEDBACK);
    const char *qid = qk_session_record(qk_app_session(r.app), 0)->question->id;
    char want[128];
    snprintf(want, sizeof want, "%s", qid);
    rig_close(&r);

    rig_store_read_only = true;
    bool opened = rig_open(&r, 1280, 720, "ro-menu.db");
    rig_store_read_only = false;
    QK_REQUIRE(opened);
    QK_CHECK(!qk_store_ok(r.store));
    QK_CHECK(qk_store_readable(r.store));
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -f '%s'/quizkiosk-results-test-*.csv", db_dir);
    QK_CHECK_INT(system(cmd), 0);
    key(&r, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    for (int d = 1; d <= 4; d++)
        click(&r, QK_UI_KEY, d);
    click(&r, QK_UI_BUTTON, 7 /* OK */);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    QK_CHECK(click(&r, QK_UI_BUTTON, 15 /* MENU_EXPORT */));
    snprintf(cmd, sizeof cmd, "grep -q '%s' '%s'/quizkiosk-results-test-*.csv", want, db_dir);
    QK_CHECK_INT(system(cmd), 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, 14 /* MENU_FIGURES */));
    QK_CHECK(qk_app_find(r.app, QK_UI_TEXT, 0) != NULL);
    save(&r, "menu-figures-read-only");
    rig_close(&r);
}

static void test_trainer_pin_and_exit(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, "trainer.db"));
    key(&r, SDLK_t, KMOD_LCTRL | KMOD_LALT); /* not the whole chord */
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    key(&r, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_PIN);
    key(&r, SDLK_9, 0);
    key(&r, SDLK_9, 0);
    key(&r, SDLK_9, 0);
    key(&r, SDLK_9, 0);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_PIN);
    save(&r, "pin-wrong");
    click(&r, QK_UI_BUTTON, 8 /* CANCEL */);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    /* a 3-second press in the top-left corner */
    mouse(&r, SDL_MOUSEBUTTONDOWN, 10, 10);
    pump(&r);
    r.now += 2;
    pump(&r);
    QK_CHECK(qk_app_screen(r.app) != QK_SCR_PIN);
    r.now += 1.5;
    pump(&r);
    mouse(&r, SDL_MOUSEBUTTONUP, 10, 10);
    pump(&r);
    /* the press woke the attract screen first; the long press then opened the pad */
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_PIN);
    click(&r, QK_UI_KEY, 1);
    click(&r, QK_UI_KEY, 2);
    touch(&r, QK_UI_KEY, 3);
    key(&r, SDLK_4, 0);
    click(&r, QK_UI_BUTTON, 7 /* OK */);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_MENU);
    save(&r, "menu");
    /* today's figures, from the store */
    QK_CHECK(click(&r, QK_UI_BUTTON, 14 /* MENU_FIGURES */));
    QK_CHECK(qk_app_find(r.app, QK_UI_TEXT, 0) != NULL);
    save(&r, "menu-figures");
    key(&r, SDLK_BACKSPACE, 0);
    /* choose a set: the request goes to whoever owns the catalog */
    const qk_set *two[2] = {r.set, r.set};
    qk_app_set_choices(r.app, two, 2);
    QK_CHECK(click(&r, QK_UI_BUTTON, 13 /* MENU_SETS */));
    save(&r, "menu-sets");
    QK_CHECK(click(&r, QK_UI_TILE, 1));
    QK_CHECK_INT(qk_app_take_choose_request(r.app), 1);
    QK_CHECK_INT(qk_app_take_choose_request(r.app), -1);
    /* export: a CSV file appears in the export folder */
    QK_CHECK(click(&r, QK_UI_BUTTON, 15 /* MENU_EXPORT */));
    char cmd[600];
    snprintf(cmd, sizeof cmd, "ls '%s'/quizkiosk-results-test-*.csv >/dev/null 2>&1", db_dir);
    QK_CHECK_INT(system(cmd), 0);
    /* reload: a request for the kiosk loop */
    QK_CHECK(click(&r, QK_UI_BUTTON, 11 /* MENU_RELOAD */));
    QK_CHECK(qk_app_take_reload_request(r.app));
    QK_CHECK(!qk_app_take_reload_request(r.app));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_MENU);
    QK_CHECK(!qk_app_quit_requested(r.app));
    click(&r, QK_UI_BUTTON, 12 /* MENU_EXIT */);
    QK_CHECK(qk_app_quit_requested(r.app));
    rig_close(&r);
}

/* ---- layout ---- */

static int layout_problems(rig *r, const char *where)
{
    qk_app_render(r->app);
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    int bad = 0;
    if (n == 0) {
        fprintf(stderr, "%dx%d %s: nothing recorded\n", r->w, r->h, where);
        bad++;
    }
    for (size_t i = 0; i < n; i++) {
        SDL_Rect a = l[i].r;
        if (a.x < 0 || a.y < 0 || a.x + a.w > r->w || a.y + a.h > r->h || a.w <= 0 || a.h <= 0) {
            fprintf(stderr, "%dx%d %s: box %zu (kind %d) %d,%d %dx%d leaves the screen\n", r->w,
                    r->h, where, i, l[i].kind, a.x, a.y, a.w, a.h);
            bad++;
        }
        bool target = l[i].kind >= QK_UI_BUTTON && l[i].kind != QK_UI_WAKE;
        int min_side = (int)(64.0f * qk_gfx_unit(r->g));
        if (target && (a.w < min_side || a.h < min_side)) {
            fprintf(stderr, "%dx%d %s: target %zu (kind %d id %d) is only %dx%d\n", r->w, r->h,
                    where, i, l[i].kind, l[i].id, a.w, a.h);
            bad++;
        }
        for (size_t j = i + 1; j < n; j++) {
            SDL_Rect b = l[j].r, c;
            if (SDL_IntersectRect(&a, &b, &c)) {
                fprintf(stderr, "%dx%d %s: box %zu (kind %d) overlaps box %zu (kind %d)\n",
                        r->w, r->h, where, i, l[i].kind, j, l[j].kind);
                bad++;
            }
        }
    }
    char name[96];
    snprintf(name, sizeof name, "layout-%s", where);
    save(r, name);
    return bad;
}

static void layout_at(int w, int h)
{
    rig r;
    QK_REQUIRE(rig_open(&r, w, h, NULL));
    int bad = layout_problems(&r, "attract");
    key(&r, SDLK_SPACE, 0);
    bad += layout_problems(&r, "start");
    click(&r, QK_UI_ROUND, -1); /* all rounds */
    for (int q = 0; q < 20 && qk_app_session(r.app) && qk_app_screen(r.app) == QK_SCR_QUESTION;
         q++) {
        char where[64];
        snprintf(where, sizeof where, "q%d-%s", q + 1, qk_app_screen_name(r.app));
        bad += layout_problems(&r, where);
        if (q == 0) { /* walk-away over the first question */
            r.now += 61;
            pump(&r);
            bad += layout_problems(&r, "walkaway");
            key(&r, SDLK_SPACE, 0);
        }
        /* answer by keys: whatever the type needs */
        const qk_question *qq = qk_session_question(qk_app_session(r.app));
        size_t n = qq->type == QK_Q_TRUEFALSE ? 2 : qq->n_choices;
        switch (qq->type) {
        case QK_Q_MULTIPLE: key(&r, SDLK_1, 0); break;
        case QK_Q_ORDER:
            for (size_t k = 0; k < n; k++)
                key(&r, SDLK_1 + (int)k, 0);
            break;
        case QK_Q_CATEGORIZE:
            for (size_t k = 0; k < n; k++)
                key(&r, SDLK_1 + (int)k, 0), key(&r, SDLK_1 + (int)(k % qq->n_categories), 0);
            break;
        default: break;
        }
        if (qq->type != QK_Q_SINGLE && qq->type != QK_Q_TRUEFALSE)
            bad += layout_problems(&r, "answering");
        key(&r, qq->type == QK_Q_SINGLE || qq->type == QK_Q_TRUEFALSE ? SDLK_1 : SDLK_RETURN, 0);
        QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
        snprintf(where, sizeof where, "q%d-%s", q + 1, qk_app_screen_name(r.app));
        bad += layout_problems(&r, where);
        key(&r, SDLK_RETURN, 0);
        if (qk_app_screen(r.app) == QK_SCR_ROUND) {
            bad += layout_problems(&r, "round");
            key(&r, SDLK_RETURN, 0);
        }
    }
    if (qk_app_screen(r.app) != QK_SCR_SUMMARY)
        fprintf(stderr, "%dx%d: stopped on %s\n", w, h, qk_app_screen_name(r.app));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_SUMMARY);
    bad += layout_problems(&r, "summary");
    key(&r, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    bad += layout_problems(&r, "pin");
    for (const char *p = "1234"; *p; p++)
        key(&r, SDLK_0 + (*p - '0'), 0);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_MENU);
    bad += layout_problems(&r, "menu");
    QK_CHECK_INT(bad, 0);
    rig_close(&r);
}

static void test_layout_1280x720(void) { layout_at(1280, 720); }
static void test_layout_1920x1080(void) { layout_at(1920, 1080); }
static void test_layout_3840x2160(void) { layout_at(3840, 2160); }
static void test_layout_1080x1920(void) { layout_at(1080, 1920); }

/* Arrow keys move the focus, Enter takes it; an idle summary goes back to
 * attract by itself (the session is already complete, not abandoned). */
static void test_focus_keys_and_idle_summary(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    key(&r, SDLK_SPACE, 0);
    key(&r, SDLK_DOWN, 0); /* focus round 1 */
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-single");
    key(&r, SDLK_DOWN, 0);
    key(&r, SDLK_DOWN, 0);
    key(&r, SDLK_UP, 0);
    key(&r, SDLK_RIGHT, 0); /* places 0, 1, 0, then 1 */
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    const qk_record *rec = qk_session_record(qk_app_session(r.app), 0);
    size_t n = 0;
    const size_t *ord = qk_session_display_order(qk_app_session(r.app), &n);
    QK_CHECK(rec && n > 1 && rec->answer.v[0] == (int)ord[1]);
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_2, 0); /* truefalse: B = false, right */
    QK_CHECK_NEAR(score(&r), rec && rec->correct ? 2.0 : 1.0, 1e-9);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_SUMMARY);
    r.now += 61;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    qk_app_stats st = qk_app_get_stats(r.app);
    QK_CHECK_INT(st.completed, 1);
    QK_CHECK_INT(st.abandoned, 0);
    rig_close(&r);
}

static void test_layout_nynorsk_and_english(void)
{
    qk_i18n_set("nn");
    layout_at(1280, 720);
    qk_i18n_set("en");
    layout_at(1080, 1920);
    qk_i18n_set("nb");
}

/* Input translation: HiDPI scaling, touch scaling, synthetic mouse events from
 * touches ignored, one pointer at a time, escape keys give nothing. */
static void test_input_translate(void)
{
    qk_input_state st = {0};
    qk_input in;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = 480;
    e.button.y = 270;
    QK_CHECK(qk_input_translate(&st, &e, 960, 540, 1920, 1080, &in)); /* HiDPI: 2x */
    QK_CHECK_INT(in.kind, QK_IN_PRESS);
    QK_CHECK_INT(in.x, 960);
    QK_CHECK_INT(in.y, 540);
    QK_CHECK(!in.touch);
    /* a finger while the mouse is down is ignored */
    SDL_Event f;
    memset(&f, 0, sizeof f);
    f.type = SDL_FINGERDOWN;
    f.tfinger.fingerId = 4;
    f.tfinger.x = 0.25f;
    f.tfinger.y = 0.5f;
    QK_CHECK(!qk_input_translate(&st, &f, 960, 540, 1920, 1080, &in));
    e.type = SDL_MOUSEBUTTONUP;
    QK_CHECK(qk_input_translate(&st, &e, 960, 540, 1920, 1080, &in));
    QK_CHECK_INT(in.kind, QK_IN_RELEASE);
    /* a finger: normalised, scaled by the output size */
    QK_CHECK(qk_input_translate(&st, &f, 960, 540, 1920, 1080, &in));
    QK_CHECK_INT(in.kind, QK_IN_PRESS);
    QK_CHECK(in.touch);
    QK_CHECK(in.x >= 479 && in.x <= 481);
    QK_CHECK(in.y >= 539 && in.y <= 541);
    /* the mouse event SDL makes up from that touch is ignored */
    SDL_Event m = e;
    m.type = SDL_MOUSEBUTTONDOWN;
    m.button.which = SDL_TOUCH_MOUSEID;
    QK_CHECK(!qk_input_translate(&st, &m, 960, 540, 1920, 1080, &in));
    /* a second finger is ignored; the first one's lift is a release */
    SDL_Event f2 = f;
    f2.tfinger.fingerId = 5;
    QK_CHECK(!qk_input_translate(&st, &f2, 960, 540, 1920, 1080, &in));
    f2.type = SDL_FINGERUP;
    QK_CHECK(!qk_input_translate(&st, &f2, 960, 540, 1920, 1080, &in));
    f.type = SDL_FINGERUP;
    QK_CHECK(qk_input_translate(&st, &f, 960, 540, 1920, 1080, &in));
    QK_CHECK_INT(in.kind, QK_IN_RELEASE);
    /* keys */
    SDL_Event k;
    memset(&k, 0, sizeof k);
    k.type = SDL_KEYDOWN;
    k.key.keysym.sym = SDLK_KP_7;
    QK_CHECK(qk_input_translate(&st, &k, 960, 540, 1920, 1080, &in));
    QK_CHECK_INT(in.key, QK_KEY_DIGIT);
    QK_CHECK_INT(in.digit, 7);
    k.key.keysym.sym = SDLK_ESCAPE;
    QK_CHECK(!qk_input_translate(&st, &k, 960, 540, 1920, 1080, &in));
    k.key.keysym.sym = SDLK_F4;
    k.key.keysym.mod = KMOD_LALT;
    QK_CHECK(!qk_input_translate(&st, &k, 960, 540, 1920, 1080, &in));
    k.key.keysym.sym = SDLK_t;
    k.key.keysym.mod = KMOD_RCTRL | KMOD_LALT | KMOD_RSHIFT;
    QK_CHECK(qk_input_translate(&st, &k, 960, 540, 1920, 1080, &in));
    QK_CHECK_INT(in.kind, QK_IN_TRAINER);
    memset(&e, 0, sizeof e);
    e.type = SDL_QUIT;
    QK_CHECK(!qk_input_translate(&st, &e, 960, 540, 1920, 1080, &in));
    QK_CHECK_INT(in.kind, QK_IN_NONE);
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        png_dir = argv[1];
        mkdir(png_dir, 0777);
    }
    snprintf(db_dir, sizeof db_dir, "/tmp/qk_screens_XXXXXX");
    if (!mkdtemp(db_dir)) {
        perror("mkdtemp");
        return 1;
    }
    qk_i18n_set("nb");
    QK_RUN(test_waking_tap_only_wakes);
    QK_RUN(test_no_escape);
    QK_RUN(test_single_and_truefalse);
    QK_RUN(test_multiple_by_keys);
    QK_RUN(test_order_tap_undo_drag);
    QK_RUN(test_order_by_keys_wrong);
    QK_RUN(test_categorize);
    QK_RUN(test_walkaway_abandons);
    QK_RUN(test_idle_over_pin_keeps_session);
    QK_RUN(test_time_limit);
    QK_RUN(test_time_limit_paused_under_pin);
    QK_RUN(test_countdown_frames);
    QK_RUN(test_trainer_pin_and_exit);
    QK_RUN(test_menu_store_read_only);
    QK_RUN(test_focus_keys_and_idle_summary);
    QK_RUN(test_layout_1280x720);
    QK_RUN(test_layout_1920x1080);
    QK_RUN(test_layout_3840x2160);
    QK_RUN(test_layout_1080x1920);
    QK_RUN(test_layout_nynorsk_and_english);
    QK_RUN(test_input_translate);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", db_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", db_dir);
    return qk_test_summary();
}
