/* app.c: the screen state machine (see app.h).
 *
 * The rules of the flow live here and nowhere else:
 *   attract --press/key--> start --round--> [round intro] question
 *   question --answer/timeout--> feedback
 *   feedback --next--> question | round result | summary (per the engine)
 *   round result --next--> [round intro] question | summary
 *   summary --done/idle--> attract
 *   a round's first question comes after its intro screen when it has one
 *   intro/question/feedback/round --Avslutt (or 0)--> confirm
 *   confirm --yes--> summary (session stopped);  --no--> back
 *   start/intro/question/feedback/round/confirm --idle_timeout--> walk-away
 *   walk-away --any input--> back;  --idle_countdown--> session abandoned, attract
 *   any screen --trainer chord or 3 s press in the top-left corner--> PIN pad
 * The engine owns the session's logic; the app owns time, storage and screens.
 */
#include "app.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "focus.h"
#include "qk_i18n.h"
#include "screens/screens.h"
#include "screens/screen_menu.h" /* the menu's refresh of results not yet sent */
#include "widgets.h"

#define LONG_PRESS_S 3.0
#define COUNTDOWN_FRAME_S 0.1 /* at most 10 countdown frames a second */
#define CORNER_UNITS 140.0f
#define DRAG_UNITS 24.0f

static const qk_screen_ops *const screens[QK_SCR_COUNT] = {
    [QK_SCR_ATTRACT] = &qk_screen_attract,   [QK_SCR_START] = &qk_screen_start,
    [QK_SCR_QUESTION] = &qk_screen_question, [QK_SCR_FEEDBACK] = &qk_screen_feedback,
    [QK_SCR_ROUND] = &qk_screen_round,       [QK_SCR_SUMMARY] = &qk_screen_summary,
    [QK_SCR_WALKAWAY] = &qk_screen_walkaway, [QK_SCR_PIN] = &qk_screen_pin,
    [QK_SCR_MENU] = &qk_screen_menu,         [QK_SCR_CONFIRM] = &qk_screen_confirm,
    [QK_SCR_INTRO] = &qk_screen_intro,       [QK_SCR_OFFLINE] = &qk_screen_offline,
};

/* Screens drawn over the screen below them (app->under), dimmed. */
static bool is_overlay(qk_screen_id s)
{
    return s == QK_SCR_WALKAWAY || s == QK_SCR_CONFIRM;
}

/* Screens that stand above a screen of the session without replacing it:
 * going to one of them from elsewhere remembers where to come back to. */
static bool is_above(qk_screen_id s)
{
    return s == QK_SCR_WALKAWAY || s == QK_SCR_PIN || s == QK_SCR_MENU || s == QK_SCR_CONFIRM;
}

static bool copy_rounds(qk_app *app, const size_t *rounds, size_t n);

static double sdl_clock(void *ud)
{
    (void)ud;
    return (double)SDL_GetTicks64() / 1000.0;
}

qk_app *qk_app_create(qk_gfx *g, const qk_set *set, qk_store *store, const qk_app_config *cfg)
{
    if (!g || !set)
        return NULL;
    qk_app *app = calloc(1, sizeof *app);
    if (!app)
        return NULL;
    app->g = g;
    app->set = set;
    app->store = store;
    qk_diags_init(&app->menu_errors);
    app->menu_drag_from = -1;
    app->menu_unsent = -1;
    if (cfg)
        app->cfg = *cfg;
    if (app->cfg.idle_timeout <= 0)
        app->cfg.idle_timeout = 60;
    if (app->cfg.idle_countdown <= 0)
        app->cfg.idle_countdown = 15;
    if (!app->cfg.station_id)
        app->cfg.station_id = "station";
    app->cfg.rounds = NULL;
    app->cfg.n_rounds = 0;
    if (cfg && !copy_rounds(app, cfg->rounds, cfg->n_rounds)) {
        free(app);
        return NULL;
    }
    app->next_seed = app->cfg.seed ? app->cfg.seed : 1;
    app->large = app->cfg.text_size == QK_TEXT_LARGE;
    app->theme = app->cfg.theme;
    app->choose_request = -1;
    app->clock = sdl_clock;
    qk_pin_guard_init(&app->guard);
    app->screen = QK_SCR_ATTRACT;
    app->recording = true;
    app->screen_since = app->last_input = qk_app_now(app);
    screens[app->screen]->enter(app);
    app->dirty = app->layout_stale = true;
    return app;
}

void qk_app_destroy(qk_app *app)
{
    if (!app)
        return;
    if (app->session)
        qk_app_end_session(app);
    free(app->rounds);
    free(app->choices);
    free(app->choices_from_server);
    qk_diags_clear(&app->menu_errors);
    free(app);
}

void qk_app_set_clock(qk_app *app, double (*now)(void *ud), void *ud)
{
    app->clock = now ? now : sdl_clock;
    app->clock_ud = ud;
    app->screen_since = app->last_input = qk_app_now(app);
}

double qk_app_now(const qk_app *app)
{
    return app->clock(app->clock_ud);
}

/* ---- layout ---- */

static bool is_target(qk_ui_kind k)
{
    return k == QK_UI_BUTTON || k == QK_UI_ROUND || k == QK_UI_TILE || k == QK_UI_SLOT ||
           k == QK_UI_CATEGORY || k == QK_UI_KEY;
}

void qk_app_record(qk_app *app, SDL_Rect r, qk_ui_kind kind, int id)
{
    if (!app->recording)
        return;
    if (app->n_layout >= QK_MAX_UI) {
        app->layout_overflow = true;
        return;
    }
    bool hidden = false;
    if (app->scroll_clip) {
        SDL_Rect shown;
        bool any = SDL_IntersectRect(&r, &app->scroll_view, &shown);
        if (is_target(kind))
            hidden = !any || shown.w != r.w || shown.h != r.h;
        else if (!any)
            return; /* a text or picture wholly out of view */
        else
            r = shown;
    }
    app->labels[app->n_layout][0] = '\0';
    app->layout[app->n_layout++] = (qk_ui_rect){r, kind, id, hidden};
}

static void clamp_scroll(qk_app *app)
{
    if (app->scroll_y > app->scroll_max)
        app->scroll_y = app->scroll_max;
    if (app->scroll_y < 0)
        app->scroll_y = 0;
}

int qk_scroll_begin(qk_app *app, SDL_Rect view, int content_h)
{
    app->scroll_view = view;
    app->scroll_max = content_h > view.h ? content_h - view.h : 0;
    clamp_scroll(app);
    app->scroll_clip = true;
    SDL_RenderSetClipRect(qk_gfx_renderer(app->g), &view);
    return view.y - app->scroll_y;
}

void qk_scroll_end(qk_app *app)
{
    SDL_RenderSetClipRect(qk_gfx_renderer(app->g), NULL);
    app->scroll_clip = false;
    if (app->scroll_max <= 0)
        return;
    /* where the view is in the content: a thin bar in the right margin (drawn,
     * not a target) */
    SDL_Rect v = app->scroll_view;
    int bw = qk_px(app, 10);
    SDL_Rect track = qk_rect(v.x + v.w - bw - qk_px(app, 12), v.y, bw, v.h);
    qk_w_round_fill(app, track, bw / 2, QK_C_LINE);
    int content = v.h + app->scroll_max;
    int th = (int)((long)v.h * v.h / content);
    if (th < qk_px(app, 40))
        th = qk_px(app, 40);
    int ty = v.y + (int)((long)(v.h - th) * app->scroll_y / app->scroll_max);
    qk_w_round_fill(app, qk_rect(track.x, ty, bw, th), bw / 2, QK_C_ACCENT);
}

bool qk_scroll_by(qk_app *app, int dy)
{
    int before = app->scroll_y;
    app->scroll_y += dy;
    clamp_scroll(app);
    if (app->scroll_y == before)
        return false;
    app->dirty = app->layout_stale = true;
    return true;
}

void qk_scroll_show(qk_app *app, SDL_Rect r)
{
    SDL_Rect v = app->scroll_view;
    if (v.w <= 0 || app->scroll_max <= 0)
        return;
    int margin = qk_px(app, 12);
    if (r.y + r.h + margin > v.y + v.h)
        qk_scroll_by(app, r.y + r.h + margin - (v.y + v.h));
    if (r.y - margin < v.y)
        qk_scroll_by(app, r.y - margin - v.y);
}

void qk_app_record_label(qk_app *app, const char *text)
{
    if (!app->recording || app->n_layout == 0 || app->layout_overflow)
        return;
    snprintf(app->labels[app->n_layout - 1], QK_LABEL_CAP, "%s", text ? text : "");
}

const char *qk_app_label(const qk_app *app, const qk_ui_rect *u)
{
    if (!u || u < app->layout || u >= app->layout + app->n_layout)
        return "";
    return app->labels[u - app->layout];
}

const qk_ui_rect *qk_app_focused(const qk_app *app)
{
    return qk_focus_target(app);
}

bool qk_app_large_text(const qk_app *app)
{
    return app->large;
}

int qk_app_theme(const qk_app *app)
{
    return app->theme;
}

const qk_ui_rect *qk_app_layout(const qk_app *app, size_t *n)
{
    *n = app->n_layout;
    return app->layout;
}

const qk_ui_rect *qk_app_find(const qk_app *app, qk_ui_kind kind, int id)
{
    for (size_t i = 0; i < app->n_layout; i++)
        if (app->layout[i].kind == kind && app->layout[i].id == id && !app->layout[i].hidden)
            return &app->layout[i];
    return NULL;
}

static const qk_ui_rect *hit_test(const qk_app *app, int x, int y)
{
    SDL_Point p = {x, y};
    for (size_t i = app->n_layout; i-- > 0;) {
        const qk_ui_rect *u = &app->layout[i];
        if (u->kind == QK_UI_TEXT || u->kind == QK_UI_PICTURE || u->kind == QK_UI_BAR ||
            u->kind == QK_UI_MARK || u->hidden)
            continue;
        if (SDL_PointInRect(&p, &u->r))
            return u;
    }
    return NULL;
}

void qk_app_render(qk_app *app)
{
    SDL_Renderer *r = qk_gfx_renderer(app->g);
    qk_theme_use(app->theme);
    SDL_SetRenderDrawColor(r, QK_C_PAGE.r, QK_C_PAGE.g, QK_C_PAGE.b, 255);
    SDL_RenderClear(r);
    app->n_layout = 0;
    app->layout_overflow = false;
    app->scroll_view = qk_rect(0, 0, 0, 0); /* a screen that scrolls sets it again */
    app->scroll_clip = false;
    if (is_overlay(app->screen)) {
        /* the screen being left shows dimmed under the question; it cannot be tapped */
        app->recording = false;
        screens[app->under]->draw(app);
        app->recording = true;
    }
    screens[app->screen]->draw(app);
    qk_focus_after_render(app);
    app->dirty = false;
    app->countdown_dirty = false;
    app->layout_stale = false;
}

bool qk_app_needs_redraw(const qk_app *app)
{
    return app->dirty || app->countdown_dirty;
}

bool qk_app_render_partial(qk_app *app, SDL_Rect *rects, int cap, int *n)
{
    *n = 0;
    if (app->dirty || app->layout_stale || !app->countdown_dirty ||
        !qk_gfx_can_present_rects(app->g))
        return false;
    qk_theme_use(app->theme);
    if (!qk_question_draw_countdown(app, rects, cap, n))
        return false;
    app->countdown_dirty = false;
    return true;
}

/* ---- screens ---- */

void qk_app_go(qk_app *app, qk_screen_id to)
{
    if (to < 0 || to >= QK_SCR_COUNT)
        return;
    if (screens[app->screen]->leave)
        screens[app->screen]->leave(app);
    if ((to == QK_SCR_WALKAWAY || to == QK_SCR_PIN || to == QK_SCR_CONFIRM) &&
        !is_above(app->screen))
        app->under = app->screen;
    app->screen = to;
    app->screen_since = qk_app_now(app);
    /* a press that began on the old screen can still become a long press,
     * but never a tap or drag on the new one */
    app->drag = false;
    app->press_hit_valid = false;
    qk_focus_reset(app);
    app->scroll_y = app->scroll_max = 0;
    app->scroll_drag = false;
    screens[to]->enter(app);
    app->dirty = app->layout_stale = true;
    /* speech "auto": each screen is read as it appears, cutting the last;
     * "button": a new screen stops what the speaker was reading */
    if (app->cfg.speech == QK_SPEECH_AUTO)
        qk_speak_screen(app);
    else if (app->cfg.speech == QK_SPEECH_BUTTON)
        qk_app_say(app, NULL, QK_SAY_CUT);
}

qk_screen_id qk_app_screen(const qk_app *app)
{
    return app->screen;
}

const char *qk_app_screen_name(const qk_app *app)
{
    qk_app *m = (qk_app *)app;
    const qk_question *q = app->session ? qk_session_question(app->session) : NULL;
    bool missed = false;
    for (size_t i = 0; app->session && i < qk_session_record_count(app->session); i++)
        missed = missed || !qk_session_record(app->session, i)->correct;
    if (app->screen == QK_SCR_SUMMARY && missed)
        snprintf(m->screen_name, sizeof m->screen_name, "summary-review");
    else if (app->screen == QK_SCR_FEEDBACK && app->last.question && !app->last.correct &&
        app->last.credit > 0)
        snprintf(m->screen_name, sizeof m->screen_name, "feedback-partial");
    else if ((app->screen == QK_SCR_QUESTION || app->screen == QK_SCR_FEEDBACK) && q)
        snprintf(m->screen_name, sizeof m->screen_name, "%s-%s", screens[app->screen]->name,
                 qk_qtype_name(q->type));
    else
        snprintf(m->screen_name, sizeof m->screen_name, "%s", screens[app->screen]->name);
    return m->screen_name;
}

qk_session *qk_app_session(const qk_app *app)
{
    return app->session;
}

const qk_set *qk_app_set(const qk_app *app)
{
    return app->set;
}

qk_app_stats qk_app_get_stats(const qk_app *app)
{
    return app->stats;
}

bool qk_app_quit_requested(const qk_app *app)
{
    return app->quit;
}

int qk_app_take_choose_request(qk_app *app)
{
    int r = app->choose_request;
    app->choose_request = -1;
    return r;
}

void qk_app_set_choices(qk_app *app, const qk_set *const *sets, size_t n)
{
    free(app->choices);
    free(app->choices_from_server);
    app->choices_from_server = NULL;
    app->choices = NULL;
    app->n_choices = 0;
    if (!sets || !n)
        return;
    app->choices = malloc(n * sizeof *app->choices);
    if (!app->choices)
        return;
    memcpy(app->choices, sets, n * sizeof *app->choices);
    app->n_choices = n;
    app->dirty = app->layout_stale = true;
}

void qk_app_set_choices_from_server(qk_app *app, const bool *from_server, size_t n)
{
    free(app->choices_from_server);
    app->choices_from_server = NULL;
    if (!from_server || n != app->n_choices || !n)
        return;
    app->choices_from_server = malloc(n * sizeof *app->choices_from_server);
    if (app->choices_from_server)
        memcpy(app->choices_from_server, from_server, n * sizeof *from_server);
    app->dirty = app->layout_stale = true;
}

void qk_app_menu_message(qk_app *app, const char *msg)
{
    snprintf(app->menu_msg, sizeof app->menu_msg, "%s", msg ? msg : "");
    app->dirty = app->layout_stale = true;
}

bool qk_app_menu_sets(qk_app *app, const qk_catalog *cat)
{
    qk_diags_clear(&app->menu_errors);
    app->menu_bad_files = 0;
    app->menu_set_kept = false;
    app->menu_scroll = 0;
    app->dirty = app->layout_stale = true;
    if (!cat)
        return true;
    app->menu_bad_files = qk_catalog_bad_count(cat);
    app->menu_set_kept = qk_catalog_active_kept(cat);
    size_t want = 0;
    for (size_t i = 0; i < app->menu_bad_files; i++) {
        const qk_diags *d = qk_catalog_bad_diags(cat, i);
        for (size_t k = 0; d && k < d->count; k++) {
            if (d->items[k].severity != QK_DIAG_ERROR)
                continue;
            want++;
            qk_diag_copy(&app->menu_errors, &d->items[k]);
        }
    }
    return app->menu_errors.count == want;
}

bool qk_app_menu_errors(qk_app *app, const qk_diags *d)
{
    int scroll = app->menu_scroll; /* looked at again every few seconds: keep the place */
    qk_app_menu_sets(app, NULL);
    app->menu_scroll = scroll;
    size_t want = 0;
    for (size_t k = 0; d && k < d->count; k++) {
        const qk_diag *g = &d->items[k];
        if (g->severity != QK_DIAG_ERROR)
            continue;
        want++;
        bool seen = false;
        for (size_t j = 0; j < k && !seen; j++)
            seen = d->items[j].severity == QK_DIAG_ERROR && d->items[j].file && g->file &&
                   strcmp(d->items[j].file, g->file) == 0;
        /* the folder's own "no valid set" is listed, but is not a set file */
        if (!seen && !(g->file && strcmp(g->file, app->offline_folder) == 0))
            app->menu_bad_files++;
        qk_diag_copy(&app->menu_errors, g);
    }
    return app->menu_errors.count == want;
}

void qk_app_set_listener(qk_app *app, qk_say_fn fn, void *ud)
{
    app->say_fn = fn;
    app->say_ud = ud;
}

void qk_app_set_listener_busy(qk_app *app, bool (*busy)(void *ud))
{
    app->say_busy = busy;
}

void qk_app_set_speech(qk_app *app, int mode)
{
    if (!app || app->cfg.speech == mode)
        return;
    app->cfg.speech = mode;
    app->dirty = app->layout_stale = true; /* the speaker button comes or goes */
    if (mode == QK_SPEECH_AUTO && app->screen != QK_SCR_ATTRACT)
        qk_speak_screen(app); /* read what is on screen now, as if it had just appeared */
}

size_t qk_app_screen_text(const qk_app *app, char *buf, size_t cap)
{
    return qk_speak_compose(app, buf, cap);
}

void qk_app_say(qk_app *app, const char *text, qk_say_mode mode)
{
    if (app && app->say_fn && (text || mode == QK_SAY_CUT))
        app->say_fn(app->say_ud, text, mode);
}

bool qk_app_take_reload_request(qk_app *app)
{
    bool r = app->reload;
    app->reload = false;
    return r;
}

static bool copy_rounds(qk_app *app, const size_t *rounds, size_t n)
{
    free(app->rounds);
    app->rounds = NULL;
    app->cfg.n_rounds = 0;
    if (!rounds || !n)
        return true;
    app->rounds = malloc(n * sizeof *app->rounds);
    if (!app->rounds)
        return false;
    memcpy(app->rounds, rounds, n * sizeof *app->rounds);
    app->cfg.n_rounds = n;
    return true;
}

void qk_app_replace_set(qk_app *app, const qk_set *set, const size_t *rounds, size_t n_rounds)
{
    if (!set)
        return;
    app->set = set;
    copy_rounds(app, rounds, n_rounds);
    app->dirty = app->layout_stale = true;
}

bool qk_app_set_in_use(const qk_app *app, const qk_set *set)
{
    return set && (app->set == set || (app->session && qk_session_set(app->session) == set));
}

size_t qk_app_offered_rounds(const qk_app *app, const size_t **rounds)
{
    if (app->rounds && app->cfg.n_rounds) {
        *rounds = app->rounds;
        return app->cfg.n_rounds;
    }
    *rounds = NULL;
    return app->set->n_rounds;
}

/* Logs a failed write to the results store once per run of failures: the quiz
 * plays on, but what was not stored is never lost silently. */
static void store_check(qk_app *app, bool ok, const char *what)
{
    if (ok) {
        app->store_logged = false;
        return;
    }
    if (!app->store_logged)
        fprintf(stderr, "quizkiosk: warning: %s was not stored: %s\n", what,
                *qk_store_status(app->store) ? qk_store_status(app->store) : "unknown reason");
    app->store_logged = true;
}

/* ---- the session ---- */

/* The session is on a question: its round's intro first, when the round has
 * one and this is its first question not yet introduced. */
static void show_question(qk_app *app)
{
    const qk_round *r = qk_session_round(app->session);
    size_t pos = qk_session_round_pos(app->session);
    if (r && r->intro && *r->intro && qk_session_question_pos(app->session) == 0 &&
        app->intro_done != (int)pos + 1) {
        app->intro_done = (int)pos + 1;
        qk_app_go(app, QK_SCR_INTRO);
        return;
    }
    qk_app_go(app, QK_SCR_QUESTION);
}

void qk_app_begin_round(qk_app *app)
{
    if (app->session && qk_session_state(app->session) == QK_ST_QUESTION)
        qk_app_go(app, QK_SCR_QUESTION);
}

void qk_app_ask_stop(qk_app *app)
{
    if (!app->session || qk_state_is_over(qk_session_state(app->session)))
        return;
    if (app->screen != QK_SCR_INTRO && app->screen != QK_SCR_QUESTION &&
        app->screen != QK_SCR_FEEDBACK && app->screen != QK_SCR_ROUND)
        return;
    qk_app_go(app, QK_SCR_CONFIRM);
}

void qk_app_start_session(qk_app *app, const size_t *rounds, size_t n_rounds)
{
    if (app->session)
        return;
    app->session = qk_session_new(app->set, rounds, n_rounds, app->next_seed++);
    if (!app->session) {
        fprintf(stderr, "quizkiosk: could not start a session on set '%s'\n", app->set->id);
        return;
    }
    app->stats.started++;
    app->store_session = 0;
    app->intro_done = 0;
    if (app->store) {
        app->store_session = qk_store_session_begin(app->store, app->cfg.station_id, app->set,
                                                    app->cfg.autoplay, time(NULL));
        store_check(app, app->store_session > 0, "a new session");
    }
    if (qk_session_state(app->session) == QK_ST_QUESTION)
        show_question(app);
    else
        qk_app_next(app);
}

static void store_answer(qk_app *app)
{
    app->stats.answers++;
    if (app->store && app->store_session > 0)
        store_check(app, qk_store_answer(app->store, app->store_session,
                                         qk_session_set(app->session), &app->last),
                    "an answer");
}

void qk_app_answer(qk_app *app, const qk_answer *a)
{
    if (!app->session || qk_session_state(app->session) != QK_ST_QUESTION)
        return;
    double el = qk_app_now(app) - app->qs.started;
    if (el < 0)
        el = 0;
    if (el > 86400)
        el = 86400;
    if (!qk_session_answer(app->session, a, (uint32_t)(el * 1000.0), &app->last))
        return;
    store_answer(app);
    qk_app_go(app, QK_SCR_FEEDBACK);
}

void qk_app_timeout(qk_app *app)
{
    if (!app->session || !qk_session_timeout(app->session, &app->last))
        return;
    store_answer(app);
    qk_app_go(app, QK_SCR_FEEDBACK);
}

/* Stores how the session ended (its state says which) and forgets its row. */
static void store_end(qk_app *app)
{
    qk_store_end end = qk_store_end_of_state(qk_session_state(app->session));
    if (app->store && app->store_session > 0)
        store_check(app, qk_store_session_end(app->store, app->store_session, end,
                                              qk_session_score(app->session),
                                              qk_session_max_score(app->session), time(NULL)),
                    end == QK_END_ABANDONED ? "an abandoned session" : "the end of a session");
    app->store_session = 0;
}

static void finish_session(qk_app *app)
{
    app->stats.completed++;
    store_end(app);
    app->review_page = 0;
    qk_app_go(app, QK_SCR_SUMMARY);
}

void qk_app_next(qk_app *app)
{
    if (!app->session)
        return;
    qk_state st = qk_session_state(app->session);
    if (st == QK_ST_FEEDBACK || st == QK_ST_ROUND_END)
        qk_session_next(app->session);
    st = qk_session_state(app->session);
    /* a one-round session goes straight to its summary */
    if (st == QK_ST_ROUND_END && qk_session_round_count(app->session) <= 1) {
        qk_session_next(app->session);
        st = qk_session_state(app->session);
    }
    switch (st) {
    case QK_ST_QUESTION: show_question(app); break;
    case QK_ST_ROUND_END: qk_app_go(app, QK_SCR_ROUND); break;
    case QK_ST_DONE: finish_session(app); break;
    default: qk_app_end_session(app); break;
    }
}

void qk_app_stop(qk_app *app)
{
    if (!app->session || !qk_session_stop(app->session))
        return;
    app->stats.stopped++;
    store_end(app);
    app->review_page = 0;
    qk_app_go(app, QK_SCR_SUMMARY);
}

void qk_app_end_session(qk_app *app)
{
    /* the participant's large text and contrast end with their session */
    app->large = app->cfg.text_size == QK_TEXT_LARGE;
    app->theme = app->cfg.theme;
    if (app->session) {
        if (!qk_state_is_over(qk_session_state(app->session))) {
            qk_session_abandon(app->session);
            app->stats.abandoned++;
            store_end(app);
        }
        qk_session_free(app->session);
        app->session = NULL;
        app->store_session = 0;
    }
    qk_app_go(app, app->offline_why ? QK_SCR_OFFLINE : QK_SCR_ATTRACT);
}

/* ---- input and time ---- */

/* The screens of a session in play, where walking away is asked about. */
static bool in_play(qk_screen_id s)
{
    return s == QK_SCR_INTRO || s == QK_SCR_QUESTION || s == QK_SCR_FEEDBACK ||
           s == QK_SCR_ROUND;
}

/* The screens a participant sees, where A+ and the contrast toggle work. */
static bool participant_screen(qk_screen_id s)
{
    return s == QK_SCR_START || in_play(s) || s == QK_SCR_SUMMARY;
}

static void deliver(qk_app *app, const qk_event *ev)
{
    qk_event tap = {0}; /* qk_focus_key fills it only for Enter/Space */
    if (qk_focus_key(app, ev, &tap)) {
        if (tap.kind == QK_EV_TAP && tap.hit) {
            qk_ui_rect hit = *tap.hit; /* the layout may be redrawn under it */
            tap.hit = &hit;
            deliver(app, &tap);
        }
        return;
    }
    /* a screen's scroll view (not the summary's review, which scrolls itself) */
    if (app->scroll_view.w > 0 && app->scroll_max > 0 && app->screen != QK_SCR_SUMMARY) {
        int page = app->scroll_view.h * 8 / 10;
        if (ev->kind == QK_EV_WHEEL) {
            qk_scroll_by(app, -ev->wheel * qk_px(app, 80));
            return;
        }
        if (ev->kind == QK_EV_KEY && (ev->key == QK_KEY_PAGEUP || ev->key == QK_KEY_PAGEDOWN)) {
            qk_scroll_by(app, ev->key == QK_KEY_PAGEUP ? -page : page);
            return;
        }
    }
    /* A+ and the contrast toggle: the same on every participant screen, for
     * the rest of the session (qk_app_end_session puts them back) */
    if (participant_screen(app->screen) && ev->kind == QK_EV_TAP && ev->hit &&
        ev->hit->kind == QK_UI_BUTTON &&
        (ev->hit->id == QK_BTN_LARGE_TEXT || ev->hit->id == QK_BTN_CONTRAST)) {
        if (ev->hit->id == QK_BTN_LARGE_TEXT)
            app->large = !app->large;
        else
            app->theme = app->theme == QK_THEME_HIGH_CONTRAST ? QK_THEME_STANDARD
                                                              : QK_THEME_HIGH_CONTRAST;
        app->dirty = app->layout_stale = true;
        return;
    }
    /* the speaker: stops the voice while it speaks, else reads the screen */
    if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON &&
        ev->hit->id == QK_BTN_SPEAK) {
        if (app->say_busy && app->say_busy(app->say_ud))
            qk_app_say(app, NULL, QK_SAY_CUT);
        else
            qk_speak_screen(app);
        return;
    }
    /* "Avslutt" is the same on every screen of a session in play: the
     * header's button, or the 0 key (answers use 1-9) */
    if (in_play(app->screen) &&
        ((ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON &&
          ev->hit->id == QK_BTN_STOP) ||
         (ev->kind == QK_EV_KEY && ev->key == QK_KEY_DIGIT && ev->digit == 0))) {
        qk_app_ask_stop(app);
        return;
    }
    screens[app->screen]->event(app, ev);
}

static bool in_corner(const qk_app *app, int x, int y)
{
    float c = CORNER_UNITS * qk_u(app);
    return x < c && y < c;
}

static void open_pin(qk_app *app)
{
    if (app->screen == QK_SCR_PIN || app->screen == QK_SCR_MENU)
        return;
    qk_app_go(app, QK_SCR_PIN);
}

void qk_app_handle_event(qk_app *app, const SDL_Event *ev)
{
    qk_gfx_handle_event(app->g, ev);
    if (ev->type == SDL_WINDOWEVENT || ev->type == SDL_RENDER_TARGETS_RESET ||
        ev->type == SDL_RENDER_DEVICE_RESET) {
        app->dirty = app->layout_stale = true;
        return;
    }
    int ww = 0, wh = 0, ow = 0, oh = 0;
    SDL_GetWindowSize(qk_gfx_window(app->g), &ww, &wh);
    qk_gfx_size(app->g, &ow, &oh);
    qk_input in;
    if (!qk_input_translate(&app->in, ev, ww, wh, ow, oh, &in))
        return;
    double now = qk_app_now(app);
    app->last_input = now;
    if (app->layout_stale)
        qk_app_render(app), app->dirty = true; /* hit-test what is really on screen */

    qk_event e = {0};
    switch (in.kind) {
    case QK_IN_TRAINER:
        open_pin(app);
        return;
    case QK_IN_WHEEL:
        e.kind = QK_EV_WHEEL;
        e.wheel = in.wheel;
        deliver(app, &e);
        return;
    case QK_IN_KEY:
        e.kind = QK_EV_KEY;
        e.key = in.key;
        e.digit = in.digit;
        e.shift = in.shift;
        deliver(app, &e);
        return;
    case QK_IN_PRESS: {
        const qk_ui_rect *hit = hit_test(app, in.x, in.y);
        app->pressed = true;
        app->drag = false;
        app->press_x = app->cur_x = in.x;
        app->press_y = app->cur_y = in.y;
        app->press_t = now;
        app->press_hit_valid = hit != NULL;
        if (hit)
            app->press_hit = *hit;
        /* a press on no target inside a scroll view can drag it */
        SDL_Point p = {in.x, in.y};
        app->scroll_drag = !hit && app->scroll_max > 0 && app->screen != QK_SCR_SUMMARY &&
                           SDL_PointInRect(&p, &app->scroll_view);
        app->scroll_drag_from = app->scroll_y;
        e.kind = QK_EV_PRESS;
        e.hit = hit;
        e.x = in.x;
        e.y = in.y;
        deliver(app, &e);
        return;
    }
    case QK_IN_MOVE: {
        if (!app->pressed)
            return;
        app->cur_x = in.x;
        app->cur_y = in.y;
        if (app->scroll_drag) {
            qk_scroll_by(app, app->scroll_drag_from - (in.y - app->press_y) - app->scroll_y);
            return;
        }
        const qk_screen_ops *ops = screens[app->screen];
        float dx = (float)(in.x - app->press_x), dy = (float)(in.y - app->press_y);
        float lim = DRAG_UNITS * qk_u(app);
        if (!app->drag && app->press_hit_valid && dx * dx + dy * dy > lim * lim &&
            ops->drag_ok && ops->drag_ok(app, &app->press_hit))
            app->drag = true;
        if (app->drag) {
            e.kind = QK_EV_DRAG;
            e.from = &app->press_hit;
            e.press_y = app->press_y;
            e.hit = hit_test(app, in.x, in.y);
            e.x = in.x;
            e.y = in.y;
            deliver(app, &e);
        }
        return;
    }
    case QK_IN_RELEASE: {
        if (!app->pressed)
            return;
        app->pressed = false;
        if (app->scroll_drag) {
            app->scroll_drag = false;
            return;
        }
        const qk_ui_rect *hit = hit_test(app, in.x, in.y);
        e.x = in.x;
        e.y = in.y;
        e.hit = hit;
        if (app->drag) {
            app->drag = false;
            qk_ui_rect from = app->press_hit;
            e.kind = QK_EV_DROP;
            e.from = &from;
            deliver(app, &e);
        } else if (app->press_hit_valid && hit && hit->kind == app->press_hit.kind &&
                   hit->id == app->press_hit.id) {
            e.kind = QK_EV_TAP;
            deliver(app, &e);
        }
        app->press_hit_valid = false;
        return;
    }
    default:
        return;
    }
}

static bool idle_watched(qk_screen_id s)
{
    return s == QK_SCR_START || in_play(s) || s == QK_SCR_CONFIRM || s == QK_SCR_SUMMARY ||
           s == QK_SCR_PIN || s == QK_SCR_MENU;
}

void qk_app_tick(qk_app *app)
{
    double now = qk_app_now(app);
    if (app->pressed && !app->drag && in_corner(app, app->press_x, app->press_y) &&
        in_corner(app, app->cur_x, app->cur_y) && now - app->press_t >= LONG_PRESS_S) {
        app->pressed = false;
        open_pin(app);
        return;
    }
    /* the screen's own clock first: a time limit that ran out while nobody
     * touched anything still counts as a timeout before the walk-away */
    qk_screen_id before = app->screen;
    if (screens[app->screen]->tick)
        screens[app->screen]->tick(app);
    if (app->screen != before)
        return;
    if (idle_watched(app->screen) && now - app->last_input >= app->cfg.idle_timeout) {
        /* A session in play gets "Are you still there?" first, also when the
         * PIN pad, the menu or the stop confirm was opened over it (by a trainer, or by a hand
         * resting in the corner): the walk-away shows over the session's
         * screen, and a tap goes back to it. */
        bool over_play = (app->screen == QK_SCR_PIN || app->screen == QK_SCR_MENU ||
                          app->screen == QK_SCR_CONFIRM) &&
                         in_play(app->under);
        if (app->session && (in_play(app->screen) || over_play)) {
            qk_app_go(app, QK_SCR_WALKAWAY); /* from the pad or menu, `under` stays */
        } else {
            qk_app_end_session(app); /* start, summary, PIN pad, menu: reset quietly */
        }
        return;
    }
}

int qk_app_wait_ms(const qk_app *app)
{
    double now = qk_app_now(app);
    double wait = -1;
#define QK_SOONER(t) do { double t_ = (t); if (t_ < 0) t_ = 0; if (wait < 0 || t_ < wait) wait = t_; } while (0)
    if (idle_watched(app->screen))
        QK_SOONER(app->last_input + app->cfg.idle_timeout - now);
    if (app->pressed && in_corner(app, app->press_x, app->press_y))
        QK_SOONER(app->press_t + LONG_PRESS_S - now);
    if (app->screen == QK_SCR_WALKAWAY) {
        double left = app->screen_since + app->cfg.idle_countdown - now;
        QK_SOONER(left - floor(left) + 0.001);
    }
    if (app->screen == QK_SCR_QUESTION && app->qs.q && app->qs.q->time_limit > 0) {
        /* The countdown: wake when its bar has moved a whole pixel or its
         * seconds change, whichever is sooner, but not more than 10 times a
         * second (each wake draws a frame: in software only the changed part). */
        double limit = app->qs.q->time_limit;
        double left = limit - (now - app->qs.started);
        double next = left - floor(left);
        if (app->qs.bar_w > 0) {
            double per_px = limit / app->qs.bar_w;
            double to_px = fmod(left + per_px / 2, per_px);
            if (to_px < next)
                next = to_px;
        }
        QK_SOONER(next < COUNTDOWN_FRAME_S ? COUNTDOWN_FRAME_S : next + 0.001);
    }
    if (app->screen == QK_SCR_PIN && app->pin_msg == 2)
        QK_SOONER(0.5);
    if (qk_menu_shows_unsent(app)) /* the menu's count of results not yet sent */
        QK_SOONER(app->menu_unsent_at + QK_MENU_UNSENT_EVERY_S - now);
#undef QK_SOONER
    if (wait < 0)
        return -1;
    double ms = ceil(wait * 1000.0);
    return ms > 60000 ? 60000 : (int)ms;
}

bool qk_app_pin_state_file(qk_app *app, const char *path, char *err, size_t cap)
{
    bool ok = qk_pin_guard_attach(&app->guard, path, qk_app_now(app), err, cap);
    app->dirty = true;
    return ok;
}

void qk_app_set_offline(qk_app *app, qk_offline_why why, const char *folder)
{
    app->offline_why = (int)why;
    snprintf(app->offline_folder, sizeof app->offline_folder, "%s", folder ? folder : "");
    qk_screen_id to = why ? QK_SCR_OFFLINE : QK_SCR_ATTRACT;
    if (app->screen == QK_SCR_PIN || app->screen == QK_SCR_MENU)
        app->under = to; /* the trainer is busy: there when the pad or menu closes */
    else
        qk_app_go(app, to);
    app->dirty = app->layout_stale = true;
}
