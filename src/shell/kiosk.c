/* kiosk.c: qk_kiosk_run, the kiosk's main loop (and autoplay's).
 *
 * Start-up: station settings (qk_station_find), the program's language, the
 * catalog of question sets, the window, the results store; then the app on
 * the attract screen. A store that cannot open is logged and play goes on.
 * The catalog is read on a thread (start_reader) while this thread opens the
 * window (and qk_gfx_open looks up the font on another): the three took
 * turns before, ~55 ms of a ~100 ms start on x11, on a machine with 2 cores.
 * The catalog's lines are logged after the join, before the store's, so
 * only SDL's own lines from opening the window come before them now.
 *
 * The loop draws only when the app says something changed, then sleeps in
 * SDL_WaitEventTimeout for as long as the app allows (a countdown or long
 * press needs a wake-up), so an idle attract screen costs no CPU at all: with
 * nothing to time, it waits for an event without a timeout. Only when it must
 * look at something no event announces (the quizzes folder while out of
 * order, sets fetched by the poll thread) does it wake once a second.
 * Signals: SIGHUP, SIGTERM and SIGINT are blocked in every thread (they are
 * blocked before the first thread starts, and threads inherit the mask) and
 * taken by one thread of ours in sigwait(), which sets the flag and pushes an
 * SDL event, so the sleeping loop wakes at once. SIGHUP asks for the sets to
 * be read again; the loop does the work (a running session keeps its set;
 * the old catalog is freed when no session uses it any more). SIGTERM and
 * SIGINT end the program cleanly; SDL's own quit events (window close) do not.
 * With no valid set (or no readable quizzes folder) the kiosk does not exit: it
 * shows the out-of-order screen (screen_offline.c), keeps the trainer menu,
 * watches the folder with inotify (and looks every 5 s) and goes into service
 * on the first valid set that appears.
 * The PIN pad's lock-out is kept in QK_PIN_STATE_FILE beside the results
 * database, so that a restart does not open a locked pad.
 * A large file in the quizzes folder never holds up the start (issue 15: a
 * huge or broken set takes up to a second to read): the kiosk starts on the
 * files within QK_START_BUDGET bytes, smallest first (qk_catalog_open_within),
 * and once the first frame is on screen a thread of its own reads the whole
 * folder (folder_reader); the loop takes that catalog in as a reload takes a
 * fresh one, and the active set is then the one a start on the whole folder
 * chooses. Until then reloads wait, and a set chosen in the menu waits for it.
 * Autoplay reads the whole folder before it starts.
 * The speech engine is started after the first frame too, on a thread
 * (speech_starter): the app runs with speech off until it is there, which
 * the attract screen does not show (it has no speaker button and is never
 * read aloud). Autoplay starts it before its first screen.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

#include <SDL.h>

#include "app.h"
#include "autoplay.h"
#include "memwatch.h"
#include "notify.h"
#include "gfx/qk_gfx.h"
#include "qk_catalog.h"
#include "qk_cli.h"
#include "qk_i18n.h"
#include "qk_path.h"
#include "qk_pin.h"
#include "qk_forward.h"
#include "qk_set_fetch.h"
#include "qk_set_poll.h"
#include "qk_station.h"
#include "qk_store.h"
#include "speech.h"
#include "screens/common.h" /* qk_cat */

/* Set by the signal thread (or a handler) and read by the main loop: atomics,
 * which are lock-free for int here and so also safe in a handler. A volatile
 * sig_atomic_t is only that for a handler of the same thread (ThreadSanitizer
 * reported got_term as a data race between sig_thread and the loop). */
static atomic_int got_hup, got_term;

/* How long a clean stop waits for the forwarder to send what is queued. */
#define QK_FORWARD_FLUSH_MS 3000

static void forward_log(void *ctx, int level, const char *msg)
{
    (void)ctx;
    qk_log(level <= 3 ? QK_LOG_ERROR : level == 4 ? QK_LOG_WARNING : QK_LOG_INFO, "%s", msg);
}

/* The forwarder to the central server when the station names one (its own
 * thread: nothing it does reaches the screens). NULL when none or it failed,
 * which is logged; results then stay on the station. */
static qk_forward *start_forwarder(const qk_station *st)
{
    if (!st->results_server)
        return NULL;
    qk_forward_options o = {
        .db_path = st->results_db,
        .server = st->results_server,
        .password_file = st->results_server_password_file,
        .log = forward_log,
    };
    char err[512];
    qk_forward *f = qk_forward_create(&o, err, sizeof err);
    if (!f || qk_forward_start(f) != 0) {
        qk_log(QK_LOG_ERROR, "results will not be forwarded: %s",
               f ? "the forwarder's thread could not be started" : err);
        qk_forward_destroy(f);
        return NULL;
    }
    qk_log(QK_LOG_INFO, "forwarding results to the results server");
    return f;
}

/* The thread that looks on the central server for sets published to this
 * station (qk_set_poll.h), when the station names a server and a poll
 * interval. NULL when not, or it failed to start (logged). */
static qk_set_poll *start_set_poll(const qk_station *st)
{
    if (!st->results_server || st->sets_poll_interval <= 0)
        return NULL;
    qk_set_poll_options o = {
        .server = st->results_server,
        .password_file = st->results_server_password_file,
        .station_id = st->station_id,
        .quizzes_dir = st->quizzes_dir,
        .interval_s = st->sets_poll_interval,
        .log = forward_log,
    };
    char err[512];
    qk_set_poll *p = qk_set_poll_create(&o, err, sizeof err);
    if (!p)
        qk_log(QK_LOG_ERROR, "published question sets will not be fetched: %s", err);
    else
        qk_log(QK_LOG_INFO, "looking for published question sets every %d s",
               st->sets_poll_interval);
    return p;
}

/* A clean stop: a few seconds to send what is queued, then the thread ends. */
static void stop_forwarder(qk_forward *f)
{
    if (!f)
        return;
    if (!qk_forward_flush(f, QK_FORWARD_FLUSH_MS)) {
        qk_forward_stats fs;
        qk_forward_get_stats(f, &fs);
        qk_log(QK_LOG_WARNING, "not every result reached the results server before the stop "
               "(%ld queued%s%s); they stay on the station and go at the next start or "
               "with quizkiosk --sync", fs.pending, fs.last_error[0] ? ": " : "",
               fs.last_error);
    }
    qk_forward_destroy(f);
}

static void on_signal(int sig)
{
    if (sig == SIGHUP)
        got_hup = 1;
    else
        got_term = 1;
}

/* The event type the signal thread pushes (SDL_RegisterEvents), 0 until the
 * window's event queue exists. A C11 atomic, not SDL_atomic_t: ThreadSanitizer
 * does not see inside SDL, so only with this one does it know that the store
 * comes after SDL's queue was made. */
static atomic_uint sig_wake_type;

static void sig_set(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
}

/* The signal thread: takes the three signals as they come, sets the flags the
 * loop reads and wakes it. Ended by pthread_cancel (sigwait is a cancellation
 * point). */
static void *sig_thread(void *arg)
{
    (void)arg;
    sigset_t set;
    sig_set(&set);
    for (;;) {
        int sig = 0;
        if (sigwait(&set, &sig) != 0)
            continue;
        on_signal(sig);
        Uint32 type = (Uint32)atomic_load(&sig_wake_type);
        if (type) {
            SDL_Event ev;
            memset(&ev, 0, sizeof ev);
            ev.type = type;
            SDL_PushEvent(&ev);
        }
    }
    return NULL;
}

/* Blocks the signals in this thread (and so in every thread made after it)
 * and starts the thread that takes them. The handlers stay installed for a
 * thread that might unblock them (a library's), which only sets the flag.
 * Returns false when the thread could not start: then the signals are left
 * unblocked and the loop wakes once a second to look at the flags. */
static bool install_signals(pthread_t *thread)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigset_t set, old;
    sig_set(&set);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    if (pthread_create(thread, NULL, sig_thread, NULL) != 0) {
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        qk_log(QK_LOG_WARNING, "cannot start the signal thread; the kiosk looks at its "
               "signals once a second");
        return false;
    }
    return true;
}

static void end_signals(pthread_t thread)
{
    pthread_cancel(thread);
    pthread_join(thread, NULL);
    atomic_store(&sig_wake_type, 0);
}

/* What the kiosk reads of the quizzes folder before its first frame: files
 * whose sizes add up to this, smallest first (see the design note). A set
 * of 1,000 questions is ~1.2 MB; 4 MiB of the worst input the loader lets
 * through takes ~0.1 s of CPU. */
#define QK_START_BUDGET (4u << 20)

/* The whole quizzes folder, read on a thread of its own after the first
 * frame. The thread owns `cat` and `d` until `done`; the loop then joins it
 * and takes both. `st` is the kiosk's, read only. */
typedef struct {
    pthread_t tid;
    bool running;       /* started and not joined yet */
    SDL_atomic_t done;  /* set by the thread when `cat` and `d` are filled */
    const qk_station *st;
    Uint32 wake;        /* the event type pushed when done (0: none) */
    qk_catalog *cat;    /* the whole folder's catalog, or NULL */
    qk_diags d;
} folder_reader;

/* The end of a start-up thread's work: `done` set, then the event type
 * `wake` (0: none) pushed, so the loop waiting for events looks at once. */
static void thread_done(SDL_atomic_t *done, Uint32 wake)
{
    SDL_AtomicSet(done, 1);
    if (wake) {
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = wake;
        SDL_PushEvent(&ev);
    }
}

static void *read_folder(void *arg)
{
    folder_reader *r = arg;
    r->cat = qk_catalog_open(r->st, &r->d);
    thread_done(&r->done, r->wake);
    return NULL;
}

/* The quizzes folder's small files (qk_catalog_open_within), read on a
 * thread of its own while the window opens: SDL video and fontconfig take
 * ~25-50 ms on the UI thread, the five shipped sets ~10-20 ms, and there are
 * 2 cores. The thread owns *d and the catalog until start_reader_take
 * joins it; nothing else reads or writes *d meanwhile. When no thread can
 * start, start_reader_take reads the folder itself. */
typedef struct {
    pthread_t tid;
    bool running;
    const qk_station *st;
    qk_diags *d;
    bool complete;
    qk_catalog *cat;
} start_reader;

static void *read_start(void *arg)
{
    start_reader *r = arg;
    r->complete = true;
    r->cat = qk_catalog_open_within(r->st, QK_START_BUDGET, &r->complete, r->d);
    return NULL;
}

/* The thread takes none of the signals (install_signals is later, and the
 * signal thread must be the one that takes them). */
static void start_reader_begin(start_reader *r, const qk_station *st, qk_diags *d)
{
    r->st = st;
    r->d = d;
    r->cat = NULL;
    sigset_t set, old;
    sig_set(&set);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    r->running = pthread_create(&r->tid, NULL, read_start, r) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Joins the thread (or reads the folder here when none started): the
 * catalog (the caller's now, NULL when no valid set) and *complete. */
static qk_catalog *start_reader_take(start_reader *r, bool *complete)
{
    if (r->running) {
        pthread_join(r->tid, NULL);
        r->running = false;
    } else {
        read_start(r);
    }
    *complete = r->complete;
    return r->cat;
}

/* Starts the thread; false (logged) when it cannot start. */
static bool reader_start(folder_reader *r, const qk_station *st, Uint32 wake)
{
    r->st = st;
    r->wake = wake;
    r->cat = NULL;
    qk_diags_init(&r->d);
    SDL_AtomicSet(&r->done, 0);
    r->running = pthread_create(&r->tid, NULL, read_folder, r) == 0;
    if (!r->running)
        qk_log(QK_LOG_WARNING, "cannot start a thread to read the rest of the quizzes "
               "folder; it is read on the next reload (SIGHUP or the menu)");
    return r->running;
}

/* Waits for the thread and returns its catalog (the caller's now, may be
 * NULL); logs its diagnostics, but not those of files `start` (may be NULL)
 * already had as invalid: they were logged at the start. */
static qk_catalog *reader_take(folder_reader *r, const qk_catalog *start)
{
    pthread_join(r->tid, NULL);
    r->running = false;
    qk_diags rest;
    qk_diags_init(&rest);
    for (size_t i = 0; i < r->d.count; i++) {
        const qk_diag *g = &r->d.items[i];
        bool seen = false;
        for (size_t b = 0; start && b < qk_catalog_bad_count(start) && !seen; b++)
            seen = g->file && strcmp(g->file, qk_catalog_bad_path(start, b)) == 0;
        if (!seen)
            qk_diag_add(&rest, g->severity, g->file, g->line, "%s", g->message);
    }
    qk_log_diags(&rest);
    qk_diags_clear(&rest);
    qk_diags_clear(&r->d);
    qk_catalog *cat = r->cat;
    r->cat = NULL;
    return cat;
}

/* The station's round ids as indices into `set`; unknown ids are skipped. */
static size_t round_indices(const qk_station *st, const qk_set *set, size_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < st->n_rounds && n < QK_MAX_ROUNDS; i++) {
        bool found = false;
        for (size_t r = 0; r < set->n_rounds; r++)
            if (strcmp(set->rounds[r].id, st->rounds[i]) == 0) {
                out[n++] = r;
                found = true;
                break;
            }
        if (!found)
            qk_log(QK_LOG_WARNING, "round '%s' (station setting rounds) is not in set '%s'; "
                   "it is not offered", st->rounds[i], set->id);
    }
    return n;
}

/* With QK_LAYOUT_FILE set (tests under a real X server), each frame's screen
 * name and recorded rectangles are written to that file, so that a script
 * driving the window with xdotool knows where to click:
 *   screen NAME WxH      (WxH: the drawing size in output pixels)
 *   KIND ID X Y W H      (one line per rectangle; KIND as in qk_ui_kind) */
static void write_layout(const qk_app *app, const qk_gfx *g, const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return;
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(app, &n);
    int w = 0, h = 0;
    qk_gfx_size(g, &w, &h);
    fprintf(f, "screen %s %dx%d\n", qk_app_screen_name(app), w, h);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%d %d %d %d %d %d\n", (int)l[i].kind, l[i].id, l[i].r.x, l[i].r.y,
                l[i].r.w, l[i].r.h);
    if (fclose(f) == 0)
        rename(tmp, path);
}

static void use_set(qk_app *app, const qk_station *st, const qk_set *set)
{
    size_t idx[QK_MAX_ROUNDS];
    size_t n = round_indices(st, set, idx);
    qk_app_replace_set(app, set, n ? idx : NULL, n);
}

/* Tells the app which sets the trainer may choose among, and the log too
 * (one line: each set's id and file), so that the journal says what a
 * station offers after a start or a reload. */
static void offer_sets(qk_app *app, const qk_catalog *cat)
{
    const qk_set *sets[64];
    size_t n = qk_catalog_count(cat);
    if (n > 64)
        n = 64;
    bool from_server[64];
    char line[4096] = "";
    for (size_t i = 0; i < n; i++) {
        sets[i] = qk_catalog_set(cat, i);
        /* Listed in .published with these very bytes: it came from the server. */
        from_server[i] = qk_set_fetch_is_published(qk_catalog_folder(cat), sets[i]->hash);
        const char *file = sets[i]->path ? strrchr(sets[i]->path, '/') : NULL;
        qk_cat(line, sizeof line, "%s%s (%s)", i ? ", " : "", sets[i]->id,
               file ? file + 1 : sets[i]->path ? sets[i]->path : "?");
    }
    qk_log(QK_LOG_INFO, "sets offered: %s", line);
    qk_app_set_choices(app, sets, n);
    qk_app_set_choices_from_server(app, from_server, n);
}

/* What the trainer menu says about `cat`: every error of the sets skipped
 * and a kept active set (the menu's own lines, qk_app_menu_sets), and as news
 * `first` (may be NULL) with the catalog's note when a chosen set could not
 * be used. */
static void menu_sets(qk_app *app, const qk_catalog *cat, const char *first)
{
    if (!qk_app_menu_sets(app, cat))
        qk_log(QK_LOG_WARNING, "out of memory: the trainer menu lists only part of the "
               "errors of the sets skipped");
    char msg[1000];
    snprintf(msg, sizeof msg, "%s", first ? first : "");
    const char *note = qk_catalog_note(cat);
    if (!qk_catalog_active_kept(cat) && *note)
        qk_cat(msg, sizeof msg, "%s%s", msg[0] ? "\n" : "", note);
    qk_app_menu_message(app, msg);
}

/* True when the session in progress plays a set that belongs to `cat`. */
static bool catalog_in_use(qk_app *app, const qk_catalog *cat)
{
    for (size_t i = 0; i < qk_catalog_count(cat); i++)
        if (qk_app_set_in_use(app, qk_catalog_set(cat, i)))
            return true;
    return false;
}

/* Out of order: why no set could be read from `dir`. */
static qk_offline_why offline_reason(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return QK_OFFLINE_NO_FOLDER;
    closedir(dh);
    return QK_OFFLINE_NO_SETS;
}

static void log_offline(const qk_station *st, qk_offline_why why)
{
    if (why == QK_OFFLINE_NO_FOLDER)
        qk_log(QK_LOG_ERROR, "the quizzes folder %s is missing or cannot be read (%s): the "
               "station shows 'out of order' and starts once a valid set is there",
               st->quizzes_dir, strerror(errno));
    else
        qk_log(QK_LOG_ERROR, "no valid question set in %s (check them with quizkiosk --check "
               "FILE): the station shows 'out of order' and starts once a valid set is there",
               st->quizzes_dir);
}

/* The quizzes folder, watched with inotify while the station is out of order.
 * fd < 0: no inotify (then only the periodic look); wd < 0: not watched yet
 * (the folder is missing: tried again at each poll). */
typedef struct {
    int fd, wd;
    double next_try; /* qk_pin_now() time of the next look without an event */
} folder_watch;

/* True when the folder may have changed: events came, or it can be watched now. */
static bool watch_poll(folder_watch *w, const char *dir)
{
    if (w->fd < 0)
        return false;
    bool changed = false;
    if (w->wd < 0) {
        w->wd = inotify_add_watch(w->fd, dir, IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO |
                                  IN_MOVED_FROM | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF |
                                  IN_MOVE_SELF);
        changed = w->wd >= 0;
    }
    union {
        struct inotify_event e;
        char bytes[4096];
    } buf;
    ssize_t n;
    while ((n = read(w->fd, buf.bytes, sizeof buf.bytes)) > 0) {
        for (ssize_t at = 0; at + (ssize_t)sizeof(struct inotify_event) <= n;) {
            const struct inotify_event *e = (const struct inotify_event *)(buf.bytes + at);
            if (e->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) {
                if (w->wd >= 0 && !(e->mask & IN_IGNORED))
                    inotify_rm_watch(w->fd, w->wd);
                w->wd = -1; /* watched again once it is back */
            }
            changed = true;
            at += (ssize_t)(sizeof *e + e->len);
        }
    }
    return changed;
}

/* The one line that says what this station is running: for the journal at
 * start and for systemctl status (STATUS=). */
static void status_line(char *buf, size_t cap, const qk_station *st, const qk_catalog *cat,
                        const qk_store *store, const qk_gfx *g)
{
    int w = 0, h = 0;
    qk_gfx_size(g, &w, &h);
    const char *drv = SDL_GetCurrentVideoDriver();
    snprintf(buf, cap,
             "quizkiosk %s; station %s; active set %s; sets %zu valid, %zu invalid in %s; "
             "results %s%s; video %s, renderer %s, output %dx%d",
             QK_VERSION, st->station_id, cat ? qk_catalog_active(cat)->id : "(none)",
             cat ? qk_catalog_count(cat) : 0, cat ? qk_catalog_bad_count(cat) : 0,
             st->quizzes_dir, st->results_db,
             store && qk_store_ok(store) ? "" : " (not being kept)", drv ? drv : "?",
             qk_gfx_renderer_name(g), w, h);
}

/* The speech engine as the app's listener: the voice follows the language of
 * the set being played (the session's, else the station's active set), and
 * each utterance is tagged in the engine's log with the screen it came from. */
typedef struct {
    qk_speech *sp;
    qk_app *app;
    long cuts;      /* utterances that began with a cut (a new screen, a tap) */
    uint64_t stream_seen, stream_moved; /* autoplay: the device's last position, and when */
} speech_link;

static void speech_listen(void *ud, const char *text, qk_say_mode mode)
{
    speech_link *l = ud;
    const qk_session *s = l->app ? qk_app_session(l->app) : NULL;
    const qk_set *set = s ? qk_session_set(s) : l->app ? qk_app_set(l->app) : NULL;
    if (mode == QK_SAY_CUT)
        l->cuts++;
    qk_speech_say(l->sp, text, qk_speak_lang_from_code(set ? set->language : NULL), mode,
                  l->app ? qk_app_screen_name(l->app) : NULL);
}

static bool speech_busy(void *ud)
{
    return qk_speech_busy(((speech_link *)ud)->sp);
}

/* The engine `sp` (may be NULL: none) becomes the one `link` speaks with,
 * and the app's screens are heard by it. */
static void speech_attach(qk_app *app, speech_link *link, qk_speech *sp)
{
    link->sp = sp;
    if (sp) {
        qk_app_set_listener(app, speech_listen, link);
        qk_app_set_listener_busy(app, speech_busy);
    }
}

/* speech = "off" | "button" | "auto" (unset: "button" when a voice is there).
 * Given the engine qk_speech_create made (`sp`, NULL with `err` when it
 * could not), returns the mode in force and logs it; a station file that
 * asks for speech the machine cannot give is logged as a warning. */
static int speech_mode(const qk_station *st, qk_speech *sp, const char *err)
{
    if (st->speech == QK_SPEECH_OFF)
        return QK_SPEECH_OFF;
    if (!sp) {
        if (st->speech == QK_SPEECH_DEFAULT)
            qk_log(QK_LOG_INFO, "speech is off: %s", err);
        else
            qk_log(QK_LOG_WARNING, "speech = \"%s\" is set, but %s: speech is off",
                   st->speech == QK_SPEECH_AUTO ? "auto" : "button", err);
        return QK_SPEECH_OFF;
    }
    qk_speak_lang lang = qk_speak_lang_from_code(st->language);
    if (!qk_speech_has_voice(sp, lang))
        qk_log(QK_LOG_WARNING, "espeak-ng has no voice for language %s; another voice speaks",
               st->language ? st->language : "nb");
    int mode = st->speech == QK_SPEECH_DEFAULT ? QK_SPEECH_BUTTON : st->speech;
    qk_log(QK_LOG_INFO, "speech = \"%s\" (espeak-ng, voice %s)",
           mode == QK_SPEECH_AUTO ? "auto" : "button", lang == QK_SPEAK_EN ? "en" : "nb");
    return mode;
}

/* Starts the engine here and now (autoplay: it listens from its first
 * screen); *out is the engine or NULL. Returns the mode in force. */
static int speech_start(const qk_station *st, qk_speech **out)
{
    *out = NULL;
    if (st->speech == QK_SPEECH_OFF)
        return QK_SPEECH_OFF;
    char err[600] = "";
    qk_speech_options o = {.log_path = getenv("QK_SPEECH_LOG")};
    *out = qk_speech_create(&o, err, sizeof err);
    return speech_mode(st, *out, err);
}

/* The kiosk's speech engine, started on a thread of its own once the app
 * exists, so that the first frame does not wait for it: espeak-ng's voice
 * data, SDL's audio and the device take ~20-25 ms with a sound card, and
 * ~120 ms on a machine without one (a failed ALSA start, then SDL's audio
 * shut down again). Until it is there the app has speech off: the attract
 * screen says nothing and shows no speaker button, so the participant sees
 * no difference; the loop takes the engine when `done` is set (the thread
 * pushes `wake` then) and tells the app the mode in force. The thread owns
 * `sp` and `err` until `done`; then the loop joins it and takes both. */
typedef struct {
    pthread_t tid;
    bool running;       /* started and not joined yet */
    SDL_atomic_t done;
    Uint32 wake;        /* the event type pushed when done (0: none) */
    qk_speech_options o;
    qk_speech *sp;
    char err[600];
} speech_starter;

static void *speech_thread(void *arg)
{
    speech_starter *s = arg;
    s->sp = qk_speech_create(&s->o, s->err, sizeof s->err);
    thread_done(&s->done, s->wake);
    return NULL;
}

/* Starts the thread when the station wants speech; false when it does not,
 * or the thread could not start (then the caller starts the engine itself). */
static bool speech_begin(speech_starter *s, const qk_station *st, Uint32 wake)
{
    s->running = false;
    if (st->speech == QK_SPEECH_OFF)
        return false;
    s->o = (qk_speech_options){.log_path = getenv("QK_SPEECH_LOG")};
    s->wake = wake;
    s->sp = NULL;
    s->err[0] = '\0';
    SDL_AtomicSet(&s->done, 0);
    s->running = pthread_create(&s->tid, NULL, speech_thread, s) == 0;
    return s->running;
}

/* Waits for the thread; *out is the engine (the caller's now) or NULL.
 * Returns the mode in force (logged, as speech_start does). */
static int speech_take(speech_starter *s, const qk_station *st, qk_speech **out)
{
    pthread_join(s->tid, NULL);
    s->running = false;
    *out = s->sp;
    s->sp = NULL;
    return speech_mode(st, *out, s->err);
}

/* Autoplay with speech "auto" listens the way a participant would: it waits
 * for each screen to be read out before it acts, except that on every third
 * screen it moves on once 0.4 s has been heard, so that a cut is heard (and
 * the speech test sees one). A sound device that stops taking samples for a
 * second ends the waiting, so autoplay never hangs on it. True while autoplay
 * should wait. */
static bool speech_holds(speech_link *l, int mode)
{
    if (!l->sp || mode != QK_SPEECH_AUTO || !qk_speech_busy(l->sp))
        return false;
    if (l->cuts % 3 == 0 && qk_speech_played(l->sp) > qk_speech_rate(l->sp) * 2 / 5)
        return false;
    uint64_t stream = qk_speech_get_stats(l->sp).stream, now = SDL_GetTicks64();
    if (stream != l->stream_seen) {
        l->stream_seen = stream;
        l->stream_moved = now;
    }
    return now - l->stream_moved < 1000;
}

int qk_kiosk_run(const qk_cli *cli)
{
    qk_gfx_stamp("kiosk-run");
    qk_log_route_sdl(); /* the gfx layer's and SDL's lines get journal priorities */
    qk_memwatch_setup(); /* malloc's limits, before any thread and most allocations */
    qk_station st;
    qk_diags d;
    qk_diags_init(&d);
    bool ok = qk_station_find(&st, cli->config, cli->shipped_quizzes, &d);
    qk_log_diags(&d);
    qk_diags_clear(&d);
    if (!ok) {
        qk_log(QK_LOG_ERROR, "the station settings have errors (above); fix them, or check "
               "them with --check-config FILE");
        qk_station_free(&st);
        return 1;
    }
    qk_i18n_set(st.language);
    qk_gfx_stamp("station");

    /* Autoplay reads everything first, before the window; a station starts
     * on its small files, read on a thread while the window opens. */
    bool complete = true;
    qk_catalog *cat = NULL;
    start_reader sr = {.running = false};
    if (cli->autoplay) {
        cat = qk_catalog_open(&st, &d);
        qk_gfx_stamp("catalog");
        qk_log_diags(&d); /* kept until the app exists: out of order, the menu lists them */
        if (!cat) {
            qk_log(QK_LOG_ERROR, "no valid question set in %s; check them with quizkiosk "
                   "--check FILE", st.quizzes_dir);
            qk_station_free(&st);
            return 1;
        }
    } else {
        start_reader_begin(&sr, &st, &d);
    }
    qk_catalog *retired = NULL;
    folder_reader reader = {.running = false};

    /* Before the first thread (the forwarder's, SDL's, the speech's): they
     * inherit the blocked signals. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    qk_memwatch *memwatch = qk_memwatch_create(); /* QK_MEMLOG; NULL: none */
    pthread_t sig_tid;
    bool sig_thread_on = install_signals(&sig_tid);
    char icon[4096];
    snprintf(icon, sizeof icon, "%s/icon.svg", cli->assets_dir ? cli->assets_dir : ".");
    qk_gfx_options go = {
        .fullscreen = st.fullscreen && !cli->windowed && !cli->width && !cli->autoplay,
        .width = cli->width ? cli->width : st.width,
        .height = cli->height ? cli->height : st.height,
        .title = "quizkiosk",
        .icon = icon,
        .font = st.font,
        .software = cli->autoplay > 0 || st.renderer == QK_RENDERER_SOFTWARE,
    };
    char err[512] = "";
    qk_gfx *g = qk_gfx_open(&go, err, sizeof err);
    qk_gfx_stamp("gfx");
    if (!cli->autoplay) {
        cat = start_reader_take(&sr, &complete);
        qk_gfx_stamp("catalog");
        qk_log_diags(&d); /* kept until the app exists: out of order, the menu lists them */
        if (!cat)
            log_offline(&st, offline_reason(st.quizzes_dir));
    }
    if (!g) {
        qk_log(QK_LOG_ERROR, "%s", err);
        qk_memwatch_destroy(memwatch);
        if (sig_thread_on)
            end_signals(sig_tid);
        qk_catalog_free(cat);
        qk_station_free(&st);
        return 1;
    }
    /* Out of order, the app still needs a set: an empty one it never plays. */
    static char none_id[] = "none", none_title[] = "", none_lang[] = "nb";
    static const qk_set no_set = {.format = 1, .id = none_id, .title = none_title,
                                  .language = none_lang};
    const qk_set *set = cat ? qk_catalog_active(cat) : &no_set;
    folder_watch watch = {-1, -1, 0};
    if (!cli->autoplay)
        watch.fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);

    qk_store *store = qk_store_open(st.results_db);
    if (store && !qk_store_ok(store))
        qk_log(QK_LOG_WARNING, "results are not being kept: %s", qk_store_status(store));
    else if (store && *qk_store_status(store)) /* e.g. a damaged file was set aside */
        qk_log(QK_LOG_INFO, "note: %s", qk_store_status(store));
    /* Sessions cut off by a power cut or crash in an earlier run: abandoned. */
    if (store && qk_store_ok(store))
        qk_store_close_unfinished(store);
    qk_gfx_stamp("store");
    qk_forward *fwd = start_forwarder(&st);

    if (sig_thread_on) { /* the event queue exists now: signals can wake the loop */
        Uint32 type = SDL_RegisterEvents(1);
        if (type != (Uint32)-1)
            atomic_store(&sig_wake_type, (unsigned)type);
        else
            qk_log(QK_LOG_WARNING, "no SDL event for signals; the kiosk looks at its "
                   "signals once a second");
    }
    const Uint32 sig_wake = (Uint32)atomic_load(&sig_wake_type);

    qk_notify *notify = qk_notify_create(); /* silent unless under systemd */
    char status[1024];
    status_line(status, sizeof status, &st, cat, store, g);
    qk_log(QK_LOG_INFO, "%s", status);
    if (!complete)
        qk_log(QK_LOG_INFO, "the quizzes folder's larger files are read after the first frame, "
               "off the UI thread (%u MiB at start, smallest first)", QK_START_BUDGET >> 20);
    if (qk_notify_watchdog_usec(notify))
        qk_log(QK_LOG_INFO, "watchdog every %.1f s: pinged every %.1f s",
               (double)qk_notify_watchdog_usec(notify) / 1e6,
               (double)qk_notify_watchdog_usec(notify) / 2e6);

    size_t idx[QK_MAX_ROUNDS];
    qk_app_config cfg = {
        .station_id = st.station_id,
        .idle_timeout = st.idle_timeout,
        .idle_countdown = st.idle_countdown,
        .pin_hash = st.pin_hash,
        .export_dir = st.export_dir,
        .results_server = st.results_server, /* the menu: results not yet sent */
        .autoplay = cli->autoplay > 0,
        .text_size = st.text_size,
        .theme = st.theme,
        .seed = cli->seed_given ? cli->seed : (cli->autoplay ? cli->seed : (uint64_t)time(NULL)),
    };
    cfg.n_rounds = round_indices(&st, set, idx);
    cfg.rounds = cfg.n_rounds ? idx : NULL;
    qk_speech *speech = NULL;
    /* Autoplay starts with its engine; the kiosk once the app exists (below). */
    cfg.speech = cli->autoplay ? speech_start(&st, &speech) : QK_SPEECH_OFF;
    qk_gfx_stamp("speech");
    qk_app *app = qk_app_create(g, set, store, &cfg);
    qk_gfx_stamp("app");
    speech_link link = {speech, app, 0, 0, SDL_GetTicks64()};
    if (app)
        speech_attach(app, &link, speech);
    if (app && cat) {
        offer_sets(app, cat);
        menu_sets(app, cat, NULL);
    } else if (app) {
        qk_app_set_offline(app, offline_reason(st.quizzes_dir), st.quizzes_dir);
        if (!qk_app_menu_errors(app, &d))
            qk_log(QK_LOG_WARNING, "out of memory: the trainer menu lists only part of the "
                   "errors of the sets");
    }
    qk_diags_clear(&d);
    /* The PIN lock-out outlives the process: beside the results (the state
     * directory under systemd). Autoplay's clock is its own: not there. */
    if (app && !cli->autoplay) {
        char *dir = qk_path_dir(st.results_db);
        char *lock = dir ? qk_path_join(dir, QK_PIN_STATE_FILE) : NULL;
        char perr[600];
        if (lock && !qk_app_pin_state_file(app, lock, perr, sizeof perr))
            qk_log(QK_LOG_WARNING, "%s", perr);
        free(lock);
        free(dir);
    }
    qk_autoplay *ap = NULL;
    if (app && cli->autoplay)
        ap = qk_autoplay_create(app, g, cli->autoplay, cli->seed, cli->screenshots);
    if (!app || (cli->autoplay && !ap)) {
        qk_log(QK_LOG_ERROR, "out of memory");
        qk_notify_destroy(notify);
        qk_app_destroy(app);
        qk_speech_destroy(speech);
        qk_gfx_close(g);
        qk_memwatch_destroy(memwatch);
        if (sig_thread_on)
            end_signals(sig_tid);
        qk_forward_destroy(fwd);
        qk_store_close(store);
        qk_catalog_free(cat);
        qk_station_free(&st);
        return 1;
    }

    speech_starter starter = {.running = false};
    bool speech_later = !cli->autoplay && st.speech != QK_SPEECH_OFF; /* after the first frame */

    int rc = 0;
    const char *layout_file = getenv("QK_LAYOUT_FILE");
    qk_set_poll *set_poll = start_set_poll(&st);
    char to_activate[128] = ""; /* a published --active set, made active between sessions */
    bool reload_pending = false; /* sets arrived from the server: read them again */
    int offline_why_now = cat ? 0 : (int)offline_reason(st.quizzes_dir);
    while (!got_term && !qk_app_quit_requested(app) && !(ap && qk_autoplay_done(ap))) {
        /* Out of order: the folder is watched, and looked at again every few
         * seconds too (a permission put right sends no event). */
        bool look_again = false;
        if (!cat) {
            double now = qk_pin_now();
            look_again = watch_poll(&watch, st.quizzes_dir) || now >= watch.next_try;
            if (look_again)
                watch.next_try = now + 5.0;
        }
        /* The speech engine, started on its thread: the app learns the mode. */
        if (starter.running && SDL_AtomicGet(&starter.done)) {
            cfg.speech = speech_take(&starter, &st, &speech);
            speech_attach(app, &link, speech);
            qk_app_set_speech(app, cfg.speech);
        }
        /* The whole folder, read since the first frame: taken in as a
         * reload's catalog is, below. */
        qk_catalog *whole = NULL;
        bool whole_taken = false;
        if (reader.running && SDL_AtomicGet(&reader.done)) {
            whole = reader_take(&reader, cat);
            whole_taken = true;
        }
        /* Sets installed from the server: read the sets again, as on SIGHUP. */
        char activate[128];
        if (qk_set_poll_take(set_poll, activate, sizeof activate))
            reload_pending = true;
        if (activate[0])
            snprintf(to_activate, sizeof to_activate, "%s", activate);
        /* While the folder is being read, a reload waits for it. */
        if (whole_taken || (!reader.running && (got_hup || reload_pending || look_again ||
                                                 qk_app_take_reload_request(app)))) {
            qk_catalog *fresh;
            if (whole_taken) {
                fresh = whole;
                if (!fresh) /* the folder changed under it: the sets read at start stay */
                    qk_log(QK_LOG_WARNING, "the quizzes folder %s, read after the start, has "
                           "no valid set now; the sets read at start stay in use",
                           st.quizzes_dir);
            } else {
                got_hup = 0;
                reload_pending = false;
                fresh = cat ? qk_catalog_reload(cat, &d) : qk_catalog_open(&st, &d);
            }
            if (cat || fresh)
                qk_log_diags(&d); /* out of order, the same complaints are not repeated */
            if (!cat && !fresh) /* still out of order: the menu lists what is wrong now */
                qk_app_menu_errors(app, &d);
            qk_diags_clear(&d);
            if (!fresh && !cat) {
                qk_offline_why why = offline_reason(st.quizzes_dir);
                if ((int)why != offline_why_now) {
                    log_offline(&st, why);
                    qk_app_set_offline(app, why, st.quizzes_dir);
                    offline_why_now = (int)why;
                }
            }
            if (fresh && !cat) {
                qk_log(QK_LOG_INFO, "a valid question set is in %s: in service again",
                       st.quizzes_dir);
                qk_app_set_offline(app, QK_OFFLINE_NONE, st.quizzes_dir);
                offline_why_now = 0;
            }
            if (fresh) {
                /* Only one session runs at a time, so at most one catalog holds
                 * its set: keep the old one aside only when it does. */
                if (cat && catalog_in_use(app, cat)) {
                    qk_catalog_free(retired);
                    retired = cat;
                } else {
                    qk_catalog_free(cat);
                }
                cat = fresh;
                use_set(app, &st, qk_catalog_active(cat));
                offer_sets(app, cat);
                qk_gfx_flush_cache(g);
                char msg[1000];
                snprintf(msg, sizeof msg, qk_tr(QK_S_RELOADED), qk_catalog_active(cat)->title);
                menu_sets(app, cat, whole_taken ? NULL : msg);
                qk_log(QK_LOG_INFO, whole_taken ? "the whole quizzes folder is read; active "
                       "set '%s'" : "question sets read again; active set '%s'",
                       qk_catalog_active(cat)->id);
                status_line(status, sizeof status, &st, cat, store, g);
                qk_notify_status(notify, status);
            }
        }
        /* A set published as active: only between sessions, on the attract
         * screen (not while a participant is choosing a round, nor in the
         * trainer's menu), never during a session. */
        if (to_activate[0] && cat && !reader.running && !qk_app_session(app) &&
            qk_app_screen(app) == QK_SCR_ATTRACT) {
            const qk_set *was = qk_catalog_active(cat);
            if (strcmp(was->id, to_activate) != 0 && qk_catalog_choose(cat, to_activate, &d)) {
                use_set(app, &st, qk_catalog_active(cat));
                qk_log(QK_LOG_INFO, "active set is now '%s', published as active on the "
                       "server (was '%s'); switched on the attract screen, between sessions",
                       to_activate, was->id);
                status_line(status, sizeof status, &st, cat, store, g);
                qk_notify_status(notify, status);
            } else if (strcmp(was->id, to_activate) != 0) {
                qk_log(QK_LOG_WARNING, "the set '%s' published as active is not among the "
                       "valid sets here; the active set stays '%s'", to_activate, was->id);
            }
            qk_log_diags(&d);
            qk_diags_clear(&d);
            to_activate[0] = '\0';
        }
        int chosen = qk_app_take_choose_request(app);
        if (cat && chosen >= 0 && (size_t)chosen < qk_catalog_count(cat)) {
            char id[256];
            snprintf(id, sizeof id, "%s", qk_catalog_set(cat, (size_t)chosen)->id);
            if (reader.running) { /* the choice goes to the whole folder's catalog */
                qk_catalog *w = reader_take(&reader, cat);
                if (w) {
                    if (catalog_in_use(app, cat)) {
                        qk_catalog_free(retired);
                        retired = cat;
                    } else {
                        qk_catalog_free(cat);
                    }
                    cat = w;
                    offer_sets(app, cat);
                    menu_sets(app, cat, NULL);
                    status_line(status, sizeof status, &st, cat, store, g);
                    qk_notify_status(notify, status);
                }
            }
            if (qk_catalog_choose(cat, id, &d))
                use_set(app, &st, qk_catalog_active(cat));
            qk_log_diags(&d);
            qk_diags_clear(&d);
        }
        if (retired) {
            if (!catalog_in_use(app, retired)) {
                qk_catalog_free(retired);
                retired = NULL;
            }
        }
        SDL_Rect part[4];
        int n_part = 0;
        if (qk_app_needs_redraw(app) && qk_app_render_partial(app, part, 4, &n_part)) {
            /* only the countdown moved: its changed columns and figure */
            qk_gfx_present_rects(g, part, n_part);
        } else if (qk_app_needs_redraw(app)) {
            qk_gfx_stamp("loop");
            qk_app_render(app);
            qk_gfx_stamp("render");
            if (ap)
                qk_autoplay_rendered(ap);
            qk_gfx_present(g); /* QK_STAMP_FIRST_FRAME: start-up benchmark */
            qk_notify_ready(notify, status); /* the first frame is on screen */
            if (layout_file)
                write_layout(app, g, layout_file);
            if (!complete) { /* now the rest of the folder, off this thread */
                complete = true;
                reader_start(&reader, &st, sig_wake);
            }
            if (speech_later) { /* and the speech engine, on a thread too */
                speech_later = false;
                if (!speech_begin(&starter, &st, sig_wake)) { /* no thread: here, as before */
                    cfg.speech = speech_start(&st, &speech);
                    speech_attach(app, &link, speech);
                    qk_app_set_speech(app, cfg.speech);
                }
            }
        }
        qk_memwatch_tick(memwatch, app, g, store); /* after a session, on the attract screen */
        SDL_Event ev;
        if (ap) {
            if (speech_holds(&link, cfg.speech))
                SDL_Delay(5); /* listening */
            else if (!SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT))
                qk_autoplay_step(ap);
            while (SDL_PollEvent(&ev))
                if (!qk_notify_is_wakeup(notify, &ev) && !(sig_wake && ev.type == sig_wake))
                    qk_app_handle_event(app, &ev);
        } else {
            /* With nothing to time, sleep until an event (a signal pushes
             * one); once a second only where no event would tell: out of
             * order (the folder is looked at), sets fetched by the poll
             * thread, or signals that cannot push an event. */
            int wait = qk_app_wait_ms(app);
            bool look_each_second = !cat || set_poll || !sig_wake || reader.running ||
                                    starter.running;
            if (look_each_second && (wait < 0 || wait > 1000))
                wait = 1000;
            if (whole_taken) /* a reload or choice that waited for it: at once */
                wait = 0;
            if (SDL_WaitEventTimeout(&ev, wait)) { /* -1: no time limit */
                do {
                    if (!qk_notify_is_wakeup(notify, &ev) && /* not input */
                        !(sig_wake && ev.type == sig_wake))
                        qk_app_handle_event(app, &ev);
                } while (SDL_PollEvent(&ev));
            }
        }
        qk_app_tick(app);
        qk_notify_tick(notify);
        char werr[512];
        if (qk_gfx_keep_locked(g, werr, sizeof werr)) {
            /* The window was destroyed from outside and made again. */
            if (werr[0]) {
                qk_log(QK_LOG_ERROR, "the window was destroyed and cannot be made again (%s); "
                       "ending, to be restarted", werr);
                rc = 1;
                break;
            }
            qk_log(QK_LOG_WARNING, "the window was destroyed from outside; it was made again");
            SDL_Event re;
            memset(&re, 0, sizeof re);
            re.type = SDL_RENDER_DEVICE_RESET; /* the app draws everything anew */
            SDL_PushEvent(&re);
        }
    }

    if (reader.running) /* ending before the folder was read: wait for it */
        qk_catalog_free(reader_take(&reader, NULL));
    if (starter.running) { /* ending before the speech engine was there */
        qk_speech *late = NULL;
        speech_take(&starter, &st, &late);
        qk_speech_destroy(late);
    }
    qk_set_poll_destroy(set_poll);
    if (ap) {
        qk_autoplay_report(ap, stdout);
        rc = qk_autoplay_failed(ap) ? 1 : 0;
    }
    qk_notify_destroy(notify);
    qk_memwatch_destroy(memwatch);
    qk_app_destroy(app); /* first: it reads autoplay's clock while it ends a session */
    qk_speech_destroy(speech); /* after the app, which may still say something */
    qk_autoplay_destroy(ap);
    qk_gfx_close(g);
    stop_forwarder(fwd); /* after the app: its last session end is queued by then */
    qk_store_close(store);
    qk_catalog_free(retired);
    qk_catalog_free(cat);
    qk_station_free(&st);
    qk_diags_clear(&d);
    if (watch.fd >= 0)
        close(watch.fd);
    if (sig_thread_on)
        end_signals(sig_tid);
    return rc;
}
