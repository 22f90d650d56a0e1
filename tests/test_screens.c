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

#include "screens_rig.h"

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

/* The screen's pixels (ARGB8888, caller frees). */
static Uint32 *screen_pixels(rig *r)
{
    Uint32 *px = malloc((size_t)r->w * (size_t)r->h * 4);
    if (px && SDL_RenderReadPixels(qk_gfx_renderer(r->g), NULL, SDL_PIXELFORMAT_ARGB8888, px,
                                   r->w * 4) != 0) {
        free(px);
        return NULL;
    }
    return px;
}

/* Countdown frames redraw and present only what changed: the bar's changed
 * columns and, once a second, the seconds' box. Over 25 s of a 30 s
 * countdown (the bar turns red at a quarter) each frame presents under 2 %
 * of the screen (the gfx layer counts the pixels it sends), needs no
 * geometry, and the screen then is pixel for pixel what a whole redraw
 * draws (checked every 25th frame and at the end). */
static void test_countdown_partial(void)
{
    const int sizes[2][2] = {{1920, 1080}, {1080, 1920}};
    for (int s = 0; s < 2; s++) {
        rig r;
        QK_REQUIRE(rig_open(&r, sizes[s][0], sizes[s][1], NULL));
        start_round(&r, 2);
        pump(&r);
        QK_REQUIRE(state(&r) == QK_ST_QUESTION);
        qk_app_render(r.app);
        qk_gfx_present(r.g); /* a whole frame on the screen first */
        QK_REQUIRE(qk_gfx_can_present_rects(r.g));
        qk_gfx_stats st0, st;
        qk_gfx_cache_stats(r.g, &st0);
        long screen = (long)r.w * r.h;
        int partial = 0, whole = 0, compared = 0, mismatched = 0;
        unsigned long most = 0, sizes_px[400];
        double end = r.now + 25;
        while (r.now < end) {
            r.now += qk_app_wait_ms(r.app) / 1000.0;
            qk_app_tick(r.app);
            if (!qk_app_needs_redraw(r.app))
                continue;
            SDL_Rect rects[4];
            int n = 0;
            if (!qk_app_render_partial(r.app, rects, 4, &n)) {
                qk_app_render(r.app);
                qk_gfx_present(r.g);
                whole++;
                continue;
            }
            qk_gfx_present_rects(r.g, rects, n);
            partial++;
            qk_gfx_cache_stats(r.g, &st);
            if (st.last_present_px > most)
                most = st.last_present_px;
            if (partial <= 400)
                sizes_px[partial - 1] = st.last_present_px;
            if (partial % 25 == 0 || r.now >= end) {
                Uint32 *a = screen_pixels(&r);
                qk_app_render(r.app); /* the whole screen, at the same moment */
                Uint32 *b = screen_pixels(&r);
                QK_REQUIRE(a && b);
                long diff = 0;
                for (long i = 0; i < screen; i++)
                    diff += (a[i] | 0xFF000000u) != (b[i] | 0xFF000000u);
                if (diff)
                    mismatched++;
                compared++;
                free(a);
                free(b);
                qk_gfx_present(r.g);
            }
        }
        qk_gfx_cache_stats(r.g, &st);
        int kept = partial < 400 ? partial : 400;
        for (int i = 1; i < kept; i++) /* insertion sort, for the median */
            for (int j = i; j > 0 && sizes_px[j - 1] > sizes_px[j]; j--) {
                unsigned long t = sizes_px[j];
                sizes_px[j] = sizes_px[j - 1];
                sizes_px[j - 1] = t;
            }
        unsigned long median = kept ? sizes_px[kept / 2] : 0;
        printf("%dx%d countdown: %d partial frames, %d whole; pixels presented per frame: "
               "median %lu (%.3f %% of the screen), most %lu (%.3f %%); geometry calls %lu\n",
               r.w, r.h, partial, whole, median, 100.0 * (double)median / (double)screen, most,
               100.0 * (double)most / (double)screen, st.geometry_calls - st0.geometry_calls);
        QK_CHECK(median > 0 && (double)median < 0.002 * (double)screen);
        QK_CHECK(partial >= 100); /* ~10 a second */
        QK_CHECK_INT(whole, 0);
        QK_CHECK(most > 0 && (double)most < 0.02 * (double)screen);
        QK_CHECK(compared >= 4);
        QK_CHECK_INT(mismatched, 0);
        QK_CHECK_INT(st.geometry_calls, st0.geometry_calls);
        QK_CHECK_INT(state(&r), QK_ST_QUESTION);
        /* an event makes the next frame whole again */
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = SDL_KEYDOWN;
        ev.key.keysym.sym = SDLK_DOWN;
        SDL_PushEvent(&ev);
        while (SDL_PollEvent(&ev))
            qk_app_handle_event(r.app, &ev);
        SDL_Rect rects[4];
        int n = 0;
        QK_CHECK(qk_app_needs_redraw(r.app));
        QK_CHECK(!qk_app_render_partial(r.app, rects, 4, &n));
        rig_close(&r);
    }
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
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_EXPORT));
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_EXPORT_CSV));
    snprintf(cmd, sizeof cmd, "grep -q '%s' '%s'/quizkiosk-results-test-*.csv", want, db_dir);
    QK_CHECK_INT(system(cmd), 0);
    key(&r, SDLK_BACKSPACE, 0); /* from the export page back to the menu */
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
    /* the second came from the results server: its tile says so after its id */
    const bool from_server[2] = {false, true};
    qk_app_set_choices_from_server(r.app, from_server, 2);
    QK_CHECK(click(&r, QK_UI_BUTTON, 13 /* MENU_SETS */));
    save(&r, "menu-sets");
    QK_CHECK(strstr(qk_app_label(r.app, qk_app_find(r.app, QK_UI_TILE, 1)), "fra serveren") != NULL);
    QK_CHECK(strstr(qk_app_label(r.app, qk_app_find(r.app, QK_UI_TILE, 0)), "fra serveren") == NULL);
    QK_CHECK(click(&r, QK_UI_TILE, 1));
    QK_CHECK_INT(qk_app_take_choose_request(r.app), 1);
    QK_CHECK_INT(qk_app_take_choose_request(r.app), -1);
    /* export: a page offering Excel and CSV, each writing into the export folder */
    char cmd[900];
    snprintf(cmd, sizeof cmd, "rm -f '%s'/quizkiosk-results-test-*.csv '%s'/quizkiosk-results-test-*.xlsx",
             db_dir, db_dir);
    QK_CHECK_INT(system(cmd), 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_EXPORT));
    QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_MENU_EXPORT_XLSX) != NULL);
    QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_MENU_EXPORT_CSV) != NULL);
    save(&r, "menu-export");
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_EXPORT_XLSX));
    /* a real workbook: a zip whose workbook.xml names the three sheets */
    snprintf(cmd, sizeof cmd,
             "f=$(ls '%s'/quizkiosk-results-test-*.xlsx) && unzip -tq \"$f\" >/dev/null && "
             "unzip -p \"$f\" xl/workbook.xml | grep -q 'name=\"Svar\"' && "
             "unzip -p \"$f\" xl/workbook.xml | grep -q 'name=\"Økter\"' && "
             "unzip -p \"$f\" xl/workbook.xml | grep -q 'name=\"Spørsmål\"'",
             db_dir);
    QK_CHECK_INT(system(cmd), 0);
    save(&r, "menu-export-done");
    /* CSV, key 2 on the page; the station speaks nb, so ';' for Norwegian Excel */
    key(&r, SDLK_2, 0);
    snprintf(cmd, sizeof cmd,
             "head -1 '%s'/quizkiosk-results-test-*.csv | grep -q 'question_text' && "
             "head -1 '%s'/quizkiosk-results-test-*.csv | grep -q ';'", db_dir, db_dir);
    QK_CHECK_INT(system(cmd), 0);
    key(&r, SDLK_BACKSPACE, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_MENU);
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
/* The same walk with large text (issue 10: everything 1.5 times larger) */
static void layout_large_at(int w, int h)
{
    rig_text_size = QK_TEXT_LARGE;
    layout_at(w, h);
    rig_text_size = QK_TEXT_NORMAL;
}
static void test_layout_large_1280x720(void) { layout_large_at(1280, 720); }
static void test_layout_large_1920x1080(void) { layout_large_at(1920, 1080); }
static void test_layout_large_3840x2160(void) { layout_large_at(3840, 2160); }
static void test_layout_large_1080x1920(void) { layout_large_at(1080, 1920); }

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
    QK_RUN(test_countdown_partial);
    QK_RUN(test_trainer_pin_and_exit);
    QK_RUN(test_menu_store_read_only);
    QK_RUN(test_focus_keys_and_idle_summary);
    QK_RUN(test_layout_1280x720);
    QK_RUN(test_layout_1920x1080);
    QK_RUN(test_layout_3840x2160);
    QK_RUN(test_layout_1080x1920);
    QK_RUN(test_layout_large_1280x720);
    QK_RUN(test_layout_large_1920x1080);
    QK_RUN(test_layout_large_3840x2160);
    QK_RUN(test_layout_large_1080x1920);
    QK_RUN(test_layout_nynorsk_and_english);
    QK_RUN(test_input_translate);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", db_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", db_dir);
    return qk_test_summary();
}
