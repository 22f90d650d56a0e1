/* autoplay.c: see autoplay.h.
 *
 * One step = one gesture a person might make on the screen now shown:
 *   attract   tap anywhere (or a key)     start     a round, or all rounds
 *   question  a tile; for multiple a few toggles then Submit; for order items
 *             tapped or dragged into slots (sometimes an Undo); for categorize
 *             an item then a category, or a drag; now and then the time limit
 *             is let run out
 *   feedback, round result: Next          summary   a page of the review, Done
 *   walk-away the clock runs out (abandon) or a tap (carry on)
 * Each gesture is a mouse click (most), a finger tap or a key, by the RNG.
 *   round intro: Start runden   confirm   yes (stop) or, now and then, no first
 * Whether a session is abandoned or stopped ("Avslutt" on the question,
 * feedback or round result, then the confirm), and at which question, is
 * rolled when it starts. After the last session, with screenshots on, it also opens the PIN
 * pad by the trainer chord, types the default PIN and shows the menu.
 */
#include "autoplay.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "qk_rng.h"
#include "screens/screens.h"
#include "widgets.h"

#define MAX_SEEN 40
#define MAX_STEPS_PER_SESSION 5000

struct qk_autoplay {
    qk_app *app;
    qk_gfx *g;
    qk_rng rng;
    long sessions;
    double now;
    const char *shots;
    char seen[MAX_SEEN][64];
    int n_seen, shot_no;
    bool shots_failed;
    long steps;
    long started_seen;
    bool abandon_this;
    size_t abandon_at;
    bool stop_this;                  /* this session ends by "Avslutt" */
    size_t stop_at;
    bool said_no;                    /* the confirm was answered "no" once */
    bool undo_done;
    const void *plan_for;            /* the question a plan was made for */
    size_t plan_record;
    int want_selected;               /* multiple: how many to choose */
    bool let_time_run_out;
    int trainer_phase;               /* 0 not yet, 1.. the tour, 9 done */
    bool failed;
    long finger_taps, key_presses, drags, continued;
};

static double ap_clock(void *ud)
{
    return ((qk_autoplay *)ud)->now;
}

/* mkdir -p */
static bool make_dirs(const char *path)
{
    char buf[4096];
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) {
        errno = ENAMETOOLONG;
        return false;
    }
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0777) != 0 && errno != EEXIST)
            return false;
        *p = '/';
    }
    return mkdir(buf, 0777) == 0 || errno == EEXIST;
}

qk_autoplay *qk_autoplay_create(qk_app *app, qk_gfx *g, long sessions, uint64_t seed,
                                const char *shots_dir)
{
    qk_autoplay *ap = calloc(1, sizeof *ap);
    if (!ap)
        return NULL;
    ap->app = app;
    ap->g = g;
    ap->sessions = sessions;
    ap->now = 1000.0;
    ap->shots = shots_dir;
    qk_rng_seed(&ap->rng, seed ^ 0xA5A5A5A5u);
    qk_app_set_clock(app, ap_clock, ap);
    if (shots_dir && !make_dirs(shots_dir)) {
        fprintf(stderr, "quizkiosk: cannot make the screenshots folder %s: %s\n", shots_dir,
                strerror(errno));
        ap->shots = NULL;
        ap->failed = true;
    }
    if (!ap->shots)
        ap->trainer_phase = 9;
    return ap;
}

void qk_autoplay_destroy(qk_autoplay *ap)
{
    free(ap);
}

static bool chance(qk_autoplay *ap, int percent)
{
    return (int)qk_rng_below(&ap->rng, 100) < percent;
}

/* ---- pushing events ---- */

static void to_window(qk_autoplay *ap, int x, int y, int *wx, int *wy)
{
    int ow, oh, ww, wh;
    qk_gfx_size(ap->g, &ow, &oh);
    SDL_GetWindowSize(qk_gfx_window(ap->g), &ww, &wh);
    *wx = ow > 0 ? x * ww / ow : x;
    *wy = oh > 0 ? y * wh / oh : y;
}

static void push_mouse(qk_autoplay *ap, Uint32 type, int x, int y)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    int wx, wy;
    to_window(ap, x, y, &wx, &wy);
    e.type = type;
    e.common.timestamp = SDL_GetTicks();
    if (type == SDL_MOUSEMOTION) {
        e.motion.windowID = SDL_GetWindowID(qk_gfx_window(ap->g));
        e.motion.x = wx;
        e.motion.y = wy;
        e.motion.state = SDL_BUTTON_LMASK;
    } else {
        e.button.windowID = SDL_GetWindowID(qk_gfx_window(ap->g));
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.x = wx;
        e.button.y = wy;
    }
    SDL_PushEvent(&e);
}

static void push_finger(qk_autoplay *ap, Uint32 type, int x, int y)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    int ow, oh;
    qk_gfx_size(ap->g, &ow, &oh);
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = 7;
    e.tfinger.x = ow > 1 ? (float)x / (float)(ow - 1) : 0.5f;
    e.tfinger.y = oh > 1 ? (float)y / (float)(oh - 1) : 0.5f;
    e.tfinger.pressure = 1.0f;
    e.tfinger.windowID = SDL_GetWindowID(qk_gfx_window(ap->g));
    SDL_PushEvent(&e);
}

static void push_key(SDL_Keycode sym, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = sym;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(sym);
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    SDL_PushEvent(&e);
}

static void tap_at(qk_autoplay *ap, int x, int y, bool allow_finger)
{
    if (allow_finger && chance(ap, 20)) {
        ap->finger_taps++;
        push_finger(ap, SDL_FINGERDOWN, x, y);
        push_finger(ap, SDL_FINGERUP, x, y);
    } else {
        push_mouse(ap, SDL_MOUSEBUTTONDOWN, x, y);
        push_mouse(ap, SDL_MOUSEBUTTONUP, x, y);
    }
}

/* Taps the centre of a drawn element, or presses `key` instead now and then.
 * Returns false when the element is not on screen. */
static bool tap(qk_autoplay *ap, qk_ui_kind kind, int id, SDL_Keycode key)
{
    const qk_ui_rect *u = qk_app_find(ap->app, kind, id);
    if (key != SDLK_UNKNOWN && (chance(ap, 15) || !u)) {
        ap->key_presses++;
        push_key(key, 0);
        return true;
    }
    if (!u)
        return false;
    tap_at(ap, u->r.x + u->r.w / 2, u->r.y + u->r.h / 2, true);
    return true;
}

static bool drag(qk_autoplay *ap, const qk_ui_rect *from, const qk_ui_rect *to)
{
    if (!from || !to)
        return false;
    int x0 = from->r.x + from->r.w / 2, y0 = from->r.y + from->r.h / 2;
    int x1 = to->r.x + to->r.w / 2, y1 = to->r.y + to->r.h / 2;
    bool finger = chance(ap, 40);
    Uint32 down = finger ? SDL_FINGERDOWN : SDL_MOUSEBUTTONDOWN;
    Uint32 move = finger ? SDL_FINGERMOTION : SDL_MOUSEMOTION;
    Uint32 up = finger ? SDL_FINGERUP : SDL_MOUSEBUTTONUP;
    void (*push)(qk_autoplay *, Uint32, int, int) = finger ? push_finger : push_mouse;
    push(ap, down, x0, y0);
    for (int k = 1; k <= 6; k++)
        push(ap, move, x0 + (x1 - x0) * k / 6, y0 + (y1 - y0) * k / 6);
    push(ap, up, x1, y1);
    ap->drags++;
    return true;
}

static SDL_Keycode digit_key(int d)
{
    return d >= 0 && d <= 9 ? SDLK_0 + d : SDLK_UNKNOWN;
}

/* ---- deciding ---- */

static void plan_question(qk_autoplay *ap)
{
    qk_app *app = ap->app;
    const qk_qstate *qs = &app->qs;
    size_t rec = qk_session_record_count(app->session);
    if (ap->plan_for == qs->q && ap->plan_record == rec)
        return;
    ap->plan_for = qs->q;
    ap->plan_record = rec;
    ap->want_selected = 1 + (int)qk_rng_below(&ap->rng, (uint32_t)(qs->n > 1 ? qs->n - 1 : 1));
    ap->undo_done = false;
    ap->let_time_run_out = qs->q->time_limit > 0 && chance(ap, 12);
}

/* Presses "Avslutt" when this session is to be stopped here. */
static bool stop_step(qk_autoplay *ap)
{
    qk_app *app = ap->app;
    if (!ap->stop_this || !app->session || qk_session_total_pos(app->session) < ap->stop_at)
        return false;
    return tap(ap, QK_UI_BUTTON, QK_BTN_STOP, SDLK_0);
}

static void question_step(qk_autoplay *ap)
{
    qk_app *app = ap->app;
    qk_qstate *qs = &app->qs;
    if (!qs->q)
        return;
    plan_question(ap);
    if (stop_step(ap))
        return;
    if (ap->abandon_this && qk_session_total_pos(app->session) >= ap->abandon_at) {
        ap->now += app->cfg.idle_timeout + 0.5; /* walks away */
        return;
    }
    if (ap->let_time_run_out) {
        ap->now += qs->q->time_limit + 0.5;
        return;
    }
    int n = (int)qs->n;
    switch (qs->q->type) {
    case QK_Q_SINGLE:
    case QK_Q_TRUEFALSE: {
        int i = (int)qk_rng_below(&ap->rng, (uint32_t)n);
        tap(ap, QK_UI_TILE, i, digit_key(i + 1));
        return;
    }
    case QK_Q_MULTIPLE: {
        int chosen = 0;
        for (int i = 0; i < n; i++)
            chosen += qs->selected[i];
        if (chosen >= ap->want_selected) {
            tap(ap, QK_UI_BUTTON, QK_BTN_SUBMIT, SDLK_RETURN);
            return;
        }
        int i = (int)qk_rng_below(&ap->rng, (uint32_t)n);
        while (qs->selected[i])
            i = (i + 1) % n;
        tap(ap, QK_UI_TILE, i, digit_key(i + 1));
        return;
    }
    case QK_Q_ORDER: {
        if (qs->placed == qs->n) {
            tap(ap, QK_UI_BUTTON, QK_BTN_SUBMIT, SDLK_RETURN);
            return;
        }
        if (qs->placed > 0 && !ap->undo_done && chance(ap, 15)) {
            ap->undo_done = true;
            tap(ap, QK_UI_BUTTON, QK_BTN_UNDO, SDLK_BACKSPACE);
            return;
        }
        int i = (int)qk_rng_below(&ap->rng, (uint32_t)n);
        for (int k = 0; k < n; k++, i = (i + 1) % n) {
            bool placed = false;
            for (int j = 0; j < n; j++)
                placed = placed || qs->slot[j] == i;
            if (!placed)
                break;
        }
        if (chance(ap, 30)) {
            int j = (int)qk_rng_below(&ap->rng, (uint32_t)n);
            while (qs->slot[j] >= 0)
                j = (j + 1) % n;
            if (drag(ap, qk_app_find(app, QK_UI_TILE, i), qk_app_find(app, QK_UI_SLOT, j)))
                return;
        }
        tap(ap, QK_UI_TILE, i, digit_key(i + 1));
        return;
    }
    case QK_Q_CATEGORIZE: {
        if (qs->n_sorted == qs->n && qs->picked < 0) {
            tap(ap, QK_UI_BUTTON, QK_BTN_SUBMIT, SDLK_RETURN);
            return;
        }
        int nc = (int)qs->q->n_categories;
        int c = (int)qk_rng_below(&ap->rng, (uint32_t)nc);
        if (qs->picked >= 0) {
            tap(ap, QK_UI_CATEGORY, c, digit_key(c + 1));
            return;
        }
        int i = (int)qk_rng_below(&ap->rng, (uint32_t)n);
        while (qs->cat[i] >= 0)
            i = (i + 1) % n;
        if (chance(ap, 30) &&
            drag(ap, qk_app_find(app, QK_UI_TILE, i), qk_app_find(app, QK_UI_CATEGORY, c)))
            return;
        tap(ap, QK_UI_TILE, i, digit_key(i + 1));
        return;
    }
    default:
        return;
    }
}

static void start_step(qk_autoplay *ap)
{
    qk_app *app = ap->app;
    const size_t *rounds;
    size_t n = qk_app_offered_rounds(app, &rounds);
    qk_app_stats st = qk_app_get_stats(app);
    ap->abandon_this = chance(ap, 15);
    ap->stop_this = !ap->abandon_this && chance(ap, 15);
    if (ap->shots && st.abandoned == 0 && st.started + 1 >= ap->sessions)
        ap->abandon_this = true; /* so that the walk-away screen is shown once */
    if (ap->shots && st.stopped == 0 && st.started + 2 == ap->sessions)
        ap->stop_this = true; /* and the confirm and a stopped summary */
    ap->abandon_at = ap->stop_at = 0;
    ap->said_no = false;
    if (chance(ap, 30) || n == 0) {
        tap(ap, QK_UI_ROUND, -1, SDLK_UNKNOWN);
        return;
    }
    size_t k = qk_rng_below(&ap->rng, (uint32_t)n);
    int id = rounds ? (int)rounds[k] : (int)k;
    tap(ap, QK_UI_ROUND, id, k < 9 ? digit_key((int)k + 1) : SDLK_UNKNOWN);
}

static void trainer_tour(qk_autoplay *ap)
{
    qk_app *app = ap->app;
    switch (ap->trainer_phase++) {
    case 0:
        push_key(SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
        return;
    case 1:
        for (const char *p = "1234"; *p; p++)
            tap(ap, QK_UI_KEY, *p - '0', SDLK_UNKNOWN);
        return;
    case 2:
        tap(ap, QK_UI_BUTTON, QK_BTN_OK, SDLK_RETURN);
        return;
    default:
        if (qk_app_screen(app) == QK_SCR_MENU)
            tap(ap, QK_UI_BUTTON, QK_BTN_MENU_BACK, SDLK_UNKNOWN);
        else if (qk_app_screen(app) == QK_SCR_PIN)
            tap(ap, QK_UI_BUTTON, QK_BTN_CANCEL, SDLK_UNKNOWN);
        ap->trainer_phase = 9;
        return;
    }
}

void qk_autoplay_step(qk_autoplay *ap)
{
    qk_app *app = ap->app;
    if (qk_autoplay_done(ap))
        return;
    if (++ap->steps > MAX_STEPS_PER_SESSION * (ap->sessions + 1)) {
        fprintf(stderr, "quizkiosk: autoplay is stuck on the %s screen; giving up\n",
                qk_app_screen_name(app));
        ap->failed = true;
        return;
    }
    ap->now += 0.4 + (double)qk_rng_below(&ap->rng, 3000) / 1000.0; /* thinking */
    qk_app_stats st = qk_app_get_stats(app);
    if (st.started != ap->started_seen) {
        ap->started_seen = st.started;
        size_t tot = app->session ? qk_session_total_questions(app->session) : 0;
        if (ap->abandon_this && app->session)
            ap->abandon_at = tot ? qk_rng_below(&ap->rng, (uint32_t)tot) : 0;
        if (ap->stop_this && app->session)
            ap->stop_at = tot ? qk_rng_below(&ap->rng, (uint32_t)tot) : 0;
    }
    switch (qk_app_screen(app)) {
    case QK_SCR_ATTRACT:
        if (st.completed + st.stopped + st.abandoned >= ap->sessions) {
            if (ap->trainer_phase < 9)
                trainer_tour(ap);
            return;
        }
        if (chance(ap, 10)) {
            ap->key_presses++;
            push_key(SDLK_SPACE, 0);
        } else {
            int w, h;
            qk_gfx_size(ap->g, &w, &h);
            tap_at(ap, w / 2, h / 2, true);
        }
        return;
    case QK_SCR_START:
        start_step(ap);
        return;
    case QK_SCR_QUESTION:
        question_step(ap);
        return;
    case QK_SCR_FEEDBACK:
    case QK_SCR_ROUND:
        if (!stop_step(ap))
            tap(ap, QK_UI_BUTTON, QK_BTN_NEXT, SDLK_RETURN);
        return;
    case QK_SCR_INTRO:
        tap(ap, QK_UI_BUTTON, QK_BTN_START_ROUND, SDLK_RETURN);
        return;
    case QK_SCR_CONFIRM:
        if (!ap->said_no && chance(ap, 25)) {
            ap->said_no = true; /* thinks again, carries on for now */
            tap(ap, QK_UI_BUTTON, QK_BTN_STOP_NO, SDLK_BACKSPACE);
        } else {
            tap(ap, QK_UI_BUTTON, QK_BTN_STOP_YES, SDLK_RETURN);
        }
        return;
    case QK_SCR_SUMMARY:
        /* reads some of the review: a wheel turn, a page key or a drag up */
        if (app->review_scroll < app->review_scroll_max && chance(ap, 60)) {
            const qk_ui_rect *it = qk_app_find(app, QK_UI_REVIEW, 0);
            int roll = (int)qk_rng_below(&ap->rng, 3);
            if (roll == 0 && it) {
                size_t n = 0;
                const qk_ui_rect *l = qk_app_layout(app, &n);
                const qk_ui_rect *last = NULL;
                for (size_t i = 0; i < n; i++)
                    if (l[i].kind == QK_UI_REVIEW)
                        last = &l[i];
                qk_ui_rect up = *last;
                up.r.y = last->r.y - last->r.h / 2; /* drag the last item shown upwards */
                if (up.r.y < it->r.y)
                    up.r.y = it->r.y;
                drag(ap, last, &up);
            } else if (roll == 1) {
                SDL_Event e;
                memset(&e, 0, sizeof e);
                e.type = SDL_MOUSEWHEEL;
                e.wheel.y = -1;
                e.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
                SDL_PushEvent(&e);
            } else {
                ap->key_presses++;
                push_key(SDLK_PAGEDOWN, 0);
            }
            return;
        }
        tap(ap, QK_UI_BUTTON, QK_BTN_FINISH, SDLK_RETURN);
        return;
    case QK_SCR_WALKAWAY:
        if (ap->abandon_this) {
            ap->now += app->cfg.idle_countdown + 0.5;
        } else {
            ap->continued++;
            tap(ap, QK_UI_BUTTON, QK_BTN_CONTINUE, SDLK_RETURN);
        }
        return;
    case QK_SCR_PIN:
    case QK_SCR_MENU:
        if (ap->trainer_phase < 9)
            trainer_tour(ap);
        else
            tap(ap, QK_UI_BUTTON, qk_app_screen(app) == QK_SCR_PIN ? QK_BTN_CANCEL
                                                                   : QK_BTN_MENU_BACK,
                SDLK_UNKNOWN);
        return;
    default:
        return;
    }
}

void qk_autoplay_rendered(qk_autoplay *ap)
{
    if (!ap->shots || ap->shots_failed)
        return;
    char name[64];
    const qk_question *q = ap->app->session ? qk_session_question(ap->app->session) : NULL;
    snprintf(name, sizeof name, "%s%s", qk_app_screen_name(ap->app),
             q && q->picture && qk_app_screen(ap->app) == QK_SCR_QUESTION ? "-picture" : "");
    for (int i = 0; i < ap->n_seen; i++)
        if (strcmp(ap->seen[i], name) == 0)
            return;
    if (ap->n_seen >= MAX_SEEN)
        return;
    snprintf(ap->seen[ap->n_seen++], sizeof ap->seen[0], "%s", name);
    char path[4096];
    snprintf(path, sizeof path, "%s/%02d-%s.png", ap->shots, ++ap->shot_no, name);
    if (!qk_gfx_save_png(ap->g, path)) {
        fprintf(stderr, "quizkiosk: could not save the screenshot %s\n", path);
        ap->shots_failed = true;
    }
}

bool qk_autoplay_done(const qk_autoplay *ap)
{
    if (ap->failed)
        return true;
    qk_app_stats st = qk_app_get_stats(ap->app);
    return st.completed + st.stopped + st.abandoned >= ap->sessions &&
           qk_app_screen(ap->app) == QK_SCR_ATTRACT && ap->trainer_phase >= 9 &&
           !SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
}

bool qk_autoplay_failed(const qk_autoplay *ap)
{
    return ap->failed || ap->shots_failed;
}

void qk_autoplay_report(const qk_autoplay *ap, FILE *out)
{
    qk_app_stats st = qk_app_get_stats(ap->app);
    fprintf(out, "autoplay: %ld sessions, %ld completed, %ld stopped, %ld abandoned, %ld answers "
                 "(%ld finger taps, %ld keys, %ld drags, %ld walk-aways answered)%s\n",
            st.started, st.completed, st.stopped, st.abandoned, st.answers, ap->finger_taps,
            ap->key_presses, ap->drags, ap->continued, ap->failed ? ", STUCK" : "");
}
