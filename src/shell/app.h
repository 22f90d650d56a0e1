/* app.h: the kiosk application: the screen state machine and what it drives.
 *
 * The app owns the screens, the current session and the question set; it
 * borrows the gfx and the results store. It is the only place that switches
 * screens (attract -> start -> question -> feedback -> round result -> summary
 * -> attract, with walk-away, PIN pad and trainer menu on top).
 *
 * "Avslutt" (QK_BTN_STOP, or the 0 key) on the round intro, question,
 * feedback and round-result screens asks for a confirm over the screen; yes
 * stops the session (stored as `stopped`) and shows its summary.
 *
 * It is driven from outside, which is what lets the kiosk loop, autoplay and
 * the tests share one path:
 *   qk_app_handle_event()  every SDL event (only input reaches the screens)
 *   qk_app_tick()          time passing: idle, countdowns, long presses
 *   qk_app_render()        draws the current screen into the back buffer when
 *                          qk_app_needs_redraw(); the caller presents
 *   qk_app_render_partial() instead, while only a countdown moves: redraws
 *                          and names the few rectangles that changed (the
 *                          caller presents just those, qk_gfx_present_rects)
 *   qk_app_wait_ms()       how long the caller may sleep before the next tick
 * Time comes from a clock function (qk_app_set_clock), so tests and autoplay
 * can move time on without waiting.
 *
 * Each render records the rectangles it drew (text boxes, buttons, tiles) in a
 * layout list (qk_app_layout): tests check it, autoplay aims at it, and the
 * app hit-tests taps against it.
 */
#ifndef QK_APP_H
#define QK_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <SDL.h>

#include "gfx/qk_gfx.h"
#include "qk_catalog.h"
#include "qk_engine.h"
#include "qk_store.h"

typedef struct qk_app qk_app;

typedef enum {
    QK_SCR_ATTRACT = 0,
    QK_SCR_START,
    QK_SCR_QUESTION,
    QK_SCR_FEEDBACK,
    QK_SCR_ROUND,
    QK_SCR_SUMMARY,
    QK_SCR_WALKAWAY,
    QK_SCR_PIN,
    QK_SCR_MENU,
    QK_SCR_CONFIRM,   /* "Vil du avslutte og se resultatet?" over a session in play */
    QK_SCR_INTRO,     /* a round's intro, before its first question */
    QK_SCR_OFFLINE, /* "ute av drift": no valid set (screen_offline.c) */
    QK_SCR_COUNT
} qk_screen_id;

/* What a recorded rectangle is. Tappable kinds carry an id (see each screen). */
typedef enum {
    QK_UI_TEXT = 0,   /* a text box */
    QK_UI_PICTURE,
    QK_UI_BAR,        /* progress or countdown bar */
    QK_UI_BUTTON,     /* id: a qk_button */
    QK_UI_ROUND,      /* start screen: id = round index into the set, -1 = all rounds */
    QK_UI_TILE,       /* question: id = display place 0..n-1 (the letter A.. I) */
    QK_UI_SLOT,       /* order question: id = position 0..n-1 */
    QK_UI_CATEGORY,   /* categorize question: id = category index */
    QK_UI_KEY,        /* PIN pad: id = digit 0..9 */
    QK_UI_WAKE,       /* attract screen: the whole screen */
    QK_UI_REVIEW,     /* summary: a review item as far as it shows; id = item 0..n-1;
                       * drag it to scroll the list */
    QK_UI_MARK        /* feedback: an answer tile, position or item as marked (not a
                       * target); id = QK_MARK_ID(qk_mark_kind or 3 = not marked, n):
                       * n = display place (choice types), position (order) or
                       * choice index (categorize) */
} qk_ui_kind;

typedef enum {
    QK_BTN_SUBMIT = 1, QK_BTN_UNDO, QK_BTN_NEXT, QK_BTN_PREV, QK_BTN_FINISH,
    QK_BTN_CONTINUE, QK_BTN_OK, QK_BTN_CANCEL, QK_BTN_BACKSPACE,
    QK_BTN_MENU_BACK, QK_BTN_MENU_RELOAD, QK_BTN_MENU_EXIT,
    QK_BTN_MENU_SETS, QK_BTN_MENU_FIGURES, QK_BTN_MENU_EXPORT,
    QK_BTN_STOP,        /* "Avslutt" in the header of a session in play */
    QK_BTN_STOP_YES, QK_BTN_STOP_NO, /* the confirm */
    QK_BTN_START_ROUND, /* round intro */
    QK_BTN_MENU_EXPORT_XLSX, QK_BTN_MENU_EXPORT_CSV, /* the menu's export page */
    QK_BTN_LARGE_TEXT,  /* "A+": large text on/off, for this session */
    QK_BTN_CONTRAST,    /* high contrast on/off, for this session */
    QK_BTN_MENU_ERRORS, /* the menu: every error of the sets skipped */
    QK_BTN_SPEAK        /* speech "button": read this screen aloud (again), or stop */
} qk_button;

#define QK_MARK_ID(kind, n) ((int)(kind) * 100 + (int)(n))
#define QK_MARK_NONE 3

typedef struct {
    SDL_Rect r;
    qk_ui_kind kind;
    int id;
    bool hidden;   /* a target scrolled (partly) out of a scroll view: not on
                    * screen, not tappable, not found by qk_app_find; only the
                    * keyboard focus reaches it (and scrolls it into view) */
} qk_ui_rect;

typedef struct {
    const char *station_id;  /* stored with each session; NULL = "station" */
    int idle_timeout;        /* s without input before "Are you still there?" (default 60) */
    int idle_countdown;      /* s of that countdown (default 15) */
    const char *pin_hash;    /* trainer PIN hash; NULL = the default PIN */
    const size_t *rounds;    /* round indices offered on the start screen; NULL = all */
    size_t n_rounds;
    const char *export_dir;  /* where the trainer menu writes CSV; NULL = no export */
    const char *results_server; /* the central results server (borrowed); NULL = none:
                                 * then the menu says nothing of results not yet sent */
    bool autoplay;           /* sessions are stored marked as autoplay */
    int text_size;           /* qk_text_size: the station's default (A+ toggles it) */
    int theme;               /* qk_theme: the station's default (the toggle changes it) */
    int speech;              /* qk_speech_mode (qk_station.h), resolved by the caller:
                              * QK_SPEECH_BUTTON shows the speaker button on the question,
                              * feedback, round and summary screens; QK_SPEECH_AUTO reads
                              * each screen as it appears; anything else reads nothing */
    uint64_t seed;           /* first session seed; each session adds one */
} qk_app_config;

typedef struct {
    long started, completed, stopped, abandoned, answers;
} qk_app_stats;

/* Makes the app on the attract screen. Borrows `g`, `set` (not NULL) and
 * `store` (may be NULL: results are then not kept); they must outlive the app
 * (a set: see qk_app_replace_set). cfg is copied (its rounds array too).
 * NULL on out of memory. */
qk_app *qk_app_create(qk_gfx *g, const qk_set *set, qk_store *store, const qk_app_config *cfg);
/* Ends a running session as abandoned (and stores that), frees the app.
 * NULL is a no-op. */
void qk_app_destroy(qk_app *app);

/* Time source in seconds (any origin, never going back). Default: SDL ticks. */
void qk_app_set_clock(qk_app *app, double (*now)(void *ud), void *ud);
double qk_app_now(const qk_app *app);

void qk_app_handle_event(qk_app *app, const SDL_Event *ev);
void qk_app_tick(qk_app *app);
bool qk_app_needs_redraw(const qk_app *app);
/* Draws the current screen into the renderer (clears first) and records the
 * layout; does not present. */
void qk_app_render(qk_app *app);
/* A partial frame, when only the question's countdown moved and the gfx can
 * present rectangles (the software renderer): redraws the bar's changed
 * columns and the seconds' box, puts the rectangles to present in rects (at
 * most cap; 2 is enough) and returns true. False when a whole frame is
 * needed: call qk_app_render then. */
bool qk_app_render_partial(qk_app *app, SDL_Rect *rects, int cap, int *n);
/* Milliseconds the caller may sleep before calling qk_app_tick again; -1 when
 * nothing is pending but input. */
int qk_app_wait_ms(const qk_app *app);

/* The participant ends the session early ("Avslutt", after the confirm): the
 * session becomes STOPPED, is stored as `stopped` with the answers so far, and
 * the summary of what was answered is shown. No-op without a running session
 * or once it is over. */
void qk_app_stop(qk_app *app);

qk_screen_id qk_app_screen(const qk_app *app);
/* A name for the current screen, e.g. "attract", "question-multiple". */
const char *qk_app_screen_name(const qk_app *app);
const qk_ui_rect *qk_app_layout(const qk_app *app, size_t *n);
/* Finds a recorded rectangle by kind and id; NULL when not on screen. */
const qk_ui_rect *qk_app_find(const qk_app *app, qk_ui_kind kind, int id);
/* The running session (NULL on attract/start). Borrowed. */
qk_session *qk_app_session(const qk_app *app);
const qk_set *qk_app_set(const qk_app *app);
qk_app_stats qk_app_get_stats(const qk_app *app);

/* The set for sessions from now on (borrowed), with the round indices the
 * start screen offers (copied; NULL = all). A running session goes on with its
 * own set (qk_session_set): keep that alive until qk_app_set_in_use says no. */
void qk_app_replace_set(qk_app *app, const qk_set *set, const size_t *rounds, size_t n_rounds);
/* True while `set` is the app's set or the running session's. */
bool qk_app_set_in_use(const qk_app *app, const qk_set *set);

/* Set by the trainer menu: quit the program / reload the sets / make another
 * set active. Requests are cleared by reading them. */
bool qk_app_quit_requested(const qk_app *app);
bool qk_app_take_reload_request(qk_app *app);
/* The index (into the choices, see below) of the set the trainer chose; -1 none. */
int qk_app_take_choose_request(qk_app *app);
/* The sets the trainer menu offers (borrowed; copied as pointers, so call it
 * again whenever they change, e.g. after a reload). */
void qk_app_set_choices(qk_app *app, const qk_set *const *sets, size_t n);
/* Which of those choices came from the results server (published with
 * quizkiosk --publish; qk_set_fetch_is_published), one flag per choice, copied;
 * the menu marks them. Call it after qk_app_set_choices (which clears it), with
 * the same n; NULL = none. */
void qk_app_set_choices_from_server(qk_app *app, const bool *from_server, size_t n);
/* A line the trainer menu shows (e.g. the outcome of a reload); copied. */
void qk_app_menu_message(qk_app *app, const char *msg);
/* What the trainer menu keeps saying about the sets until the next call: every
 * error of each file `cat` skipped as invalid (copied in all their languages,
 * listed on the menu's "Errors in the sets" page in the station's language),
 * and whether the active set is the version kept in memory (a line on the main
 * page). Call it after every open and reload; NULL (no catalog) clears both.
 * Returns false out of memory (then part of the list may be missing). */
bool qk_app_menu_sets(qk_app *app, const qk_catalog *cat);
/* The same without a catalog (out of order: no set is valid): the errors in
 * `d` (copied), as qk_catalog_open reported them, are what the menu lists;
 * the files skipped are the distinct files they name other than the folder
 * given to qk_app_set_offline (call that first). */
bool qk_app_menu_errors(qk_app *app, const qk_diags *d);

/* Keeps the PIN pad's lock-out in `path` (see qk_pin_guard_attach) so that it
 * survives a restart; reads what an earlier run left there. False, with a
 * sentence for the log in err, when the file cannot be used. */
bool qk_app_pin_state_file(qk_app *app, const char *path, char *err, size_t cap);

/* Out of order: why QK_OFFLINE_NO_SETS or QK_OFFLINE_NO_FOLDER shows the
 * out-of-order screen (what is wrong, that a trainer is needed, and `folder`,
 * copied); the trainer menu stays reachable over it. QK_OFFLINE_NONE goes back
 * to the attract screen (at once, or when the PIN pad or menu is closed). */
typedef enum { QK_OFFLINE_NONE = 0, QK_OFFLINE_NO_SETS, QK_OFFLINE_NO_FOLDER } qk_offline_why;
void qk_app_set_offline(qk_app *app, qk_offline_why why, const char *folder);

/* What the participant would hear (universal design, issue 10). Screens and
 * the keyboard focus say what is on screen through qk_app_say(); one listener
 * (the speech engine in speech.c, or a test's recorder) receives it. The text
 * is as written on screen (the listener normalises it for speaking) and is
 * only borrowed for the call. QK_SAY_CUT first stops what is being said (a new
 * screen, a new focus, a tap on the speaker); QK_SAY_QUEUE adds to it.
 * qk_app_say(app, NULL, QK_SAY_CUT) only stops. Without a listener, nothing. */
typedef enum { QK_SAY_QUEUE = 0, QK_SAY_CUT = 1 } qk_say_mode;
typedef void (*qk_say_fn)(void *ud, const char *text, qk_say_mode mode);
/* fn NULL = no listener. ud is borrowed and must outlive the app or the next call. */
void qk_app_set_listener(qk_app *app, qk_say_fn fn, void *ud);
void qk_app_say(qk_app *app, const char *text, qk_say_mode mode);
/* Optional: whether the listener is still speaking, so that a tap on the
 * speaker button while it speaks stops it (and otherwise reads the screen).
 * NULL: every tap reads the screen from the start. Same ud as the listener. */
void qk_app_set_listener_busy(qk_app *app, bool (*busy)(void *ud));
/* Changes the speech mode given at create (qk_app_config.speech): the kiosk
 * starts its speech engine after the first frame and says here what it got.
 * The screen is drawn anew (the speaker button); with QK_SPEECH_AUTO the
 * screen shown now is read. */
void qk_app_set_speech(qk_app *app, int mode);
/* What the current screen says when read aloud ("" for nothing), as written on
 * screen (see screens/speak.c); returns its length. */
size_t qk_app_screen_text(const qk_app *app, char *buf, size_t cap);

/* Large text and high contrast (issue 10). The station's defaults come in
 * qk_app_config; the participant's A+ and contrast toggles (QK_BTN_LARGE_TEXT,
 * QK_BTN_CONTRAST, on every participant screen from the start screen on)
 * change them until the session ends, when both go back to the defaults. */
bool qk_app_large_text(const qk_app *app);
int qk_app_theme(const qk_app *app);   /* qk_theme */
/* The words the keyboard focus says for a recorded target ("" for none);
 * u must come from qk_app_layout / qk_app_find. Borrowed until the next render. */
const char *qk_app_label(const qk_app *app, const qk_ui_rect *u);
/* The target with the keyboard focus (Tab, arrows), NULL for none. */
const qk_ui_rect *qk_app_focused(const qk_app *app);

#endif
