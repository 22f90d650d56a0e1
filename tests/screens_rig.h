/* screens_rig.h: the screen tests' rig (included once by each screen test).
 *
 * A rig is the real app on a real gfx under SDL's dummy video driver with the
 * software renderer, a fake clock the test moves, an optional results store
 * in a temporary folder, and helpers that push real SDL events (mouse,
 * finger, keys) into SDL's queue and pump them through the app as the kiosk
 * loop does. Everything here is static: each test program has its own copy.
 * The caller sets png_dir (may stay NULL) and makes db_dir (mkdtemp).
 */
#ifndef QK_SCREENS_RIG_H
#define QK_SCREENS_RIG_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "app.h"
#include "input.h"
#include "gfx/qk_gfx.h"
#include "qk_loader.h"
#include "qk_station.h" /* qk_text_size, qk_theme */
#include "qk_store.h"
#include "qk_test.h"

static const char *png_dir = NULL;
/* The set the rig loads (a test may point it elsewhere before rig_open). */
static const char *rig_fixture = QK_TESTS_DIR "/screens/fixture.cfg";
static char db_dir[256];
/* The station's text_size and theme the rig's app starts with (qk_text_size,
 * qk_theme; 0 = normal, standard). */
static int rig_text_size, rig_theme;

typedef struct {
    qk_gfx *g;
    qk_set *set;
    qk_store *store;
    qk_app *app;
    double now;
    int w, h;
} rig;

static inline double fake_clock(void *ud)
{
    return ((rig *)ud)->now;
}

static inline void pump(rig *r)
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

static inline bool rig_open(rig *r, int w, int h, const char *db_name)
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
    r->set = qk_set_load(rig_fixture, &d);
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
                         .seed = 7, .export_dir = db_dir, .text_size = rig_text_size,
                         .theme = rig_theme};
    r->app = qk_app_create(r->g, r->set, r->store, &cfg);
    if (!r->app)
        return false;
    qk_app_set_clock(r->app, fake_clock, r);
    SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
    pump(r);
    return true;
}

static inline void rig_close(rig *r)
{
    qk_app_destroy(r->app);
    qk_store_close(r->store);
    qk_set_free(r->set);
    qk_gfx_close(r->g);
}

static inline void save(rig *r, const char *name)
{
    if (!png_dir)
        return;
    qk_app_render(r->app);
    char path[512];
    snprintf(path, sizeof path, "%s/%dx%d-%s.png", png_dir, r->w, r->h, name);
    qk_gfx_save_png(r->g, path);
}

/* ---- input, through SDL's queue ---- */

static inline void mouse(rig *r, Uint32 type, int x, int y)
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

static inline void finger(rig *r, Uint32 type, int x, int y)
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

static inline void key(rig *r, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = sym;
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
    pump(r);
}

static inline SDL_Point centre(rig *r, qk_ui_kind kind, int id)
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

static inline bool click(rig *r, qk_ui_kind kind, int id)
{
    SDL_Point p = centre(r, kind, id);
    if (p.x < 0)
        return false;
    mouse(r, SDL_MOUSEBUTTONDOWN, p.x, p.y);
    mouse(r, SDL_MOUSEBUTTONUP, p.x, p.y);
    pump(r);
    return true;
}

static inline bool touch(rig *r, qk_ui_kind kind, int id)
{
    SDL_Point p = centre(r, kind, id);
    if (p.x < 0)
        return false;
    finger(r, SDL_FINGERDOWN, p.x, p.y);
    finger(r, SDL_FINGERUP, p.x, p.y);
    pump(r);
    return true;
}

static inline bool drag(rig *r, qk_ui_kind fk, int fid, qk_ui_kind tk, int tid, bool use_finger)
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
static inline int place_of(rig *r, size_t choice)
{
    size_t n = 0;
    const size_t *ord = qk_session_display_order(qk_app_session(r->app), &n);
    for (size_t k = 0; k < n; k++)
        if (ord[k] == choice)
            return (int)k;
    return -1;
}

static inline void start_round(rig *r, int round)
{
    if (qk_app_screen(r->app) == QK_SCR_ATTRACT) {
        mouse(r, SDL_MOUSEBUTTONDOWN, r->w / 2, r->h / 2);
        mouse(r, SDL_MOUSEBUTTONUP, r->w / 2, r->h / 2);
        pump(r);
    }
    click(r, QK_UI_ROUND, round);
}

static inline qk_state state(rig *r)
{
    qk_session *s = qk_app_session(r->app);
    return s ? qk_session_state(s) : (qk_state)-1;
}

static inline double score(rig *r)
{
    qk_session *s = qk_app_session(r->app);
    return s ? qk_session_score(s) : -1;
}

static inline int count_sessions(const char *db, const char *where)
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

/* Renders the screen and counts recorded boxes that leave the screen, are
 * targets smaller than 64 units, or overlap another, and recorded words with
 * a double space; saves a PNG. */
static inline int layout_problems(rig *r, const char *where)
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
        if (l[i].hidden) /* scrolled out of view: not on screen */
            continue;
        if (a.x < 0 || a.y < 0 || a.x + a.w > r->w || a.y + a.h > r->h || a.w <= 0 || a.h <= 0) {
            fprintf(stderr, "%dx%d %s: box %zu (kind %d) %d,%d %dx%d leaves the screen\n", r->w,
                    r->h, where, i, l[i].kind, a.x, a.y, a.w, a.h);
            bad++;
        }
        const char *words = qk_app_label(r->app, &l[i]);
        if (strstr(words, "  ")) { /* issue 9: no double spaces in shown text */
            fprintf(stderr, "%dx%d %s: box %zu (kind %d) says \"%s\", with a double space\n",
                    r->w, r->h, where, i, l[i].kind, words);
            bad++;
        }
        bool target = l[i].kind >= QK_UI_BUTTON && l[i].kind != QK_UI_WAKE &&
                      l[i].kind != QK_UI_MARK && l[i].kind != QK_UI_REVIEW;
        int min_side = (int)(64.0f * qk_gfx_unit(r->g));
        if (target && (a.w < min_side || a.h < min_side)) {
            fprintf(stderr, "%dx%d %s: target %zu (kind %d id %d) is only %dx%d\n", r->w, r->h,
                    where, i, l[i].kind, l[i].id, a.w, a.h);
            bad++;
        }
        for (size_t j = i + 1; j < n; j++) {
            SDL_Rect b = l[j].r, c;
            if (l[j].hidden)
                continue;
            if (SDL_IntersectRect(&a, &b, &c)) {
                fprintf(stderr, "%dx%d %s: box %zu (kind %d) overlaps box %zu (kind %d)\n",
                        r->w, r->h, where, i, l[i].kind, j, l[j].kind);
                bad++;
            }
        }
    }
    char name[96];
    snprintf(name, sizeof name, "layout-%s%s", rig_text_size ? "large-" : "", where);
    save(r, name);
    return bad;
}

#endif
