/* screens.h: what the screens share with the app (internal to src/shell).
 *
 * Each screen is a file screen_<name>.c exporting one qk_screen_ops: enter,
 * event, tick, draw, leave. Screens read and change the app's state but never
 * switch screens themselves except through qk_app_go(), which only the app's
 * rules call (see app.c): a screen asks, the app decides and switches.
 *
 * Screens get qk_event values, one step above qk_input: the app has already
 * hit-tested pointer positions against the last frame's layout, told taps
 * from drags, and tracked idle time.
 */
#ifndef QK_SCREENS_H
#define QK_SCREENS_H

#include "app.h"
#include "input.h"
#include "qk_pin.h"

#define QK_MAX_UI 96
#define QK_LABEL_CAP 240   /* bytes of a target's spoken label (longer is cut) */

typedef enum {
    QK_EV_TAP,        /* pressed and released on the same element (hit) */
    QK_EV_PRESS,      /* a press began (hit may be NULL) */
    QK_EV_KEY,        /* key, digit */
    QK_EV_DRAG,       /* a drag from `from` moves (x, y); only if drag_ok said yes */
    QK_EV_DROP,       /* a drag from `from` ended over `hit` (may be NULL) */
    QK_EV_WHEEL       /* the mouse wheel: wheel notches, > 0 scrolls up */
} qk_event_kind;

typedef struct {
    qk_event_kind kind;
    const qk_ui_rect *hit;   /* element under the pointer */
    const qk_ui_rect *from;  /* drag source */
    int x, y;
    qk_key key;
    int digit;
    bool shift;              /* KEY: Shift held (Shift+Tab) */
    int wheel;
    int press_y;             /* DRAG: where the press began */
} qk_event;

typedef struct {
    const char *name;
    void (*enter)(qk_app *app);
    void (*event)(qk_app *app, const qk_event *ev);
    void (*tick)(qk_app *app);           /* may be NULL */
    void (*draw)(qk_app *app);
    void (*leave)(qk_app *app);          /* may be NULL */
    bool (*drag_ok)(qk_app *app, const qk_ui_rect *from); /* may be NULL: no drags */
} qk_screen_ops;

/* The question screen's countdown frame (screen_question.c): redraws only
 * the bar's changed columns and, when its figure changed, the seconds' box,
 * each clipped to itself, and gives those rectangles (at most 2) in rects.
 * False when that cannot stand for a whole frame (no countdown drawn yet,
 * frozen under an overlay): then draw the whole screen. */
bool qk_question_draw_countdown(qk_app *app, SDL_Rect *rects, int cap, int *n);

extern const qk_screen_ops qk_screen_attract, qk_screen_start, qk_screen_question,
    qk_screen_feedback, qk_screen_round, qk_screen_summary, qk_screen_walkaway,
    qk_screen_pin, qk_screen_menu, qk_screen_confirm, qk_screen_intro, qk_screen_offline;

/* The per-question working state of the question screen. */
typedef struct {
    const qk_session *sess;          /* the session and answer count this state is for */
    size_t at_record;
    const qk_question *q;
    size_t n;                        /* choices shown (2 for truefalse) */
    size_t order[QK_MAX_CHOICES];    /* display place -> model choice index */
    bool selected[QK_MAX_CHOICES];   /* multiple: by display place */
    int slot[QK_MAX_CHOICES];        /* order: position -> display place, -1 empty */
    size_t placed;                   /* order: positions filled */
    int placed_seq[QK_MAX_CHOICES];  /* order: positions in the order filled (undo) */
    int cat[QK_MAX_CHOICES];         /* categorize: display place -> category, -1 */
    int cat_seq[QK_MAX_CHOICES];     /* categorize: places in the order sorted (undo) */
    size_t n_sorted;
    int picked;                      /* categorize: the item picked up, -1 */
    int focus;                       /* keyboard focus: display place, -1 none */
    double started;                  /* clock when shown */
    double left_at;                  /* when the screen was left for an overlay (0: not) */
    int drag_x, drag_y;              /* pointer while dragging */
    bool dragging;
    int drag_from_kind, drag_from_id;
    int last_bar_px;                 /* countdown bar: filled width last drawn */
    int last_secs;                   /* countdown: whole seconds last shown */
    int bar_w;                       /* countdown bar: full width in pixels (0: none yet) */
    SDL_Rect cd_bar, cd_secs;        /* countdown: the bar and the seconds' box last drawn */
    bool cd_red;                     /* countdown: drawn in the warning colour */
} qk_qstate;

struct qk_app {
    qk_gfx *g;
    const qk_set *set;               /* for new sessions; a session uses its own */
    qk_store *store;
    qk_app_config cfg;
    size_t *rounds;                  /* copy of cfg.rounds */
    double (*clock)(void *ud);
    void *clock_ud;

    qk_screen_id screen, under;      /* under: the screen below walk-away / PIN / menu */
    double screen_since, last_input;
    bool dirty, quit, reload;
    bool countdown_dirty;            /* only the question's countdown changed since the last frame */

    qk_session *session;
    int64_t store_session;
    bool store_logged;             /* a store failure has been logged since the last success */
    uint64_t next_seed;
    qk_record last;                  /* the last answer's record */
    qk_app_stats stats;

    qk_input_state in;
    bool pressed;                    /* a press is being followed */
    int press_x, press_y, cur_x, cur_y;
    double press_t;
    bool press_hit_valid;
    qk_ui_rect press_hit;
    bool drag;                       /* the screen accepted a drag of press_hit */

    qk_ui_rect layout[QK_MAX_UI];
    size_t n_layout;
    bool layout_overflow;
    bool layout_stale;               /* screen changed since the last render */
    bool recording;                  /* qk_app_record keeps rects (off while drawing under an overlay) */
    float tile_label_px;             /* units for tile labels while a screen draws a group; 0 = 34 */

    qk_qstate qs;
    int review_page;                 /* summary: unused (the review scrolls) */
    int review_scroll;               /* summary: the review list's offset in pixels */
    int review_scroll_max;           /* summary: its largest offset (last frame) */
    int review_step;                 /* summary: pixels an arrow key scrolls */
    int review_page_px;              /* summary: pixels PageUp/PageDown scroll */
    int review_drag_from;            /* summary: offset when a drag began; -1 none */
    int review_items;                /* summary: items in the review (last frame) */
    int intro_done;                  /* round position + 1 whose intro was shown; 0 none */
    int confirm_focus;               /* stop confirm: 0 none, 1 yes, 2 no */
    int walk_shown_s;                /* walk-away: the seconds last drawn */
    char pin[16];                    /* PIN pad: digits typed */
    int pin_msg;                     /* 0 none, 1 wrong, 2 locked */
    int pin_msg_n;
    qk_pin_guard guard;
    char screen_name[40];
    const qk_set **choices;          /* sets the trainer may choose (borrowed) */
    bool *choices_from_server;       /* per choice: it came from the results server
                                        (qk_set_fetch), marked in the menu; NULL = none */
    size_t n_choices;
    int choose_request;              /* -1 none */
    int menu_page;                   /* qk_menu_page (screen_menu.h) */
    char menu_msg[1000];             /* news on the main page (qk_app_menu_message) */
    char menu_export_msg[1200];      /* the export page: the last export's outcome */
    qk_diags menu_errors;            /* every error of the skipped sets (qk_app_menu_sets) */
    size_t menu_bad_files;           /* how many files were skipped */
    bool menu_set_kept;              /* the active set is the version kept in memory */
    int menu_scroll;                 /* menu's error list: offset in pixels */
    int menu_scroll_max;             /* its largest offset (last frame) */
    int menu_step, menu_page_px;     /* pixels an arrow key / PageUp/PageDown scroll */
    int menu_drag_from;              /* offset when a drag began; -1 none */
    long menu_unsent;                /* results not yet sent, as last drawn (-1 none) */
    double menu_unsent_at;           /* clock when last looked at */
    int offline_why;                 /* qk_offline_why; 0 = in service */
    char offline_folder[512];        /* the quizzes folder, for the out-of-order screen */
    bool (*say_busy)(void *ud);      /* the listener is speaking; NULL: not known */
    qk_say_fn say_fn;                /* qk_app_say's listener; NULL none */
    void *say_ud;                    /* its data (borrowed) */

    /* universal design (issue 10) */
    char labels[QK_MAX_UI][QK_LABEL_CAP]; /* what each recorded target says (layout order) */
    bool focus_on;                   /* a target has the keyboard focus (focus.c) */
    qk_ui_kind focus_kind;           /* ... which: kind and id, as recorded */
    int focus_id;
    bool focus_speak;                /* say the focused target again after the next render */
    bool large;                      /* large text now (station default or A+) */
    /* the current screen's scroll view (qk_scroll_begin; large text) */
    SDL_Rect scroll_view;            /* where it shows, this frame; w 0 = none */
    int scroll_y, scroll_max;        /* offset in pixels, and its largest value */
    bool scroll_clip;                /* drawing inside it: records are clipped */
    bool scroll_drag;                /* a press on no target is dragging it */
    int scroll_drag_from;            /* scroll_y when that press began */
    int theme;                       /* qk_theme now (station default or the toggle) */
};

/* Switches screens (leave the old, enter the new, redraw). */
void qk_app_go(qk_app *app, qk_screen_id to);
/* Records a rectangle drawn this frame (kept when inside the list's room). */
void qk_app_record(qk_app *app, SDL_Rect r, qk_ui_kind kind, int id);
/* Gives the rectangle recorded last the words the keyboard focus says for it
 * (copied, cut at QK_LABEL_CAP); a no-op when that record was not kept. */
void qk_app_record_label(qk_app *app, const char *text);
/* Read aloud (screens/speak.c): the current screen's text into buf; and that
 * text said with QK_SAY_CUT (only a cut when the screen says nothing). */
size_t qk_speak_compose(const qk_app *app, char *buf, size_t cap);
/* The summary's line of encouragement for `right` of `answered` (its band:
 * none answered, under 40 %, 40-74 %, 75 % or more, all): shown and spoken. */
qk_str qk_summary_cheer(size_t right, size_t answered);
void qk_speak_screen(qk_app *app);
/* The speaker button (speech "button") ending at x = right, h high; returns
 * its width, 0 when speech is not "button" (nothing drawn). */
int qk_draw_speaker(qk_app *app, int right, int y, int h);
int qk_speaker_width(qk_app *app, int h); /* what qk_draw_speaker would take; 0 none */
/* A scroll view (large text, where a screen's content is taller than its
 * room): the content, content_h pixels tall, shows in `view`; returns the y
 * at which its top is to be drawn. Drawing is clipped to the view until
 * qk_scroll_end; a target recorded meanwhile that is not wholly in view is
 * recorded hidden (see qk_ui_rect), other boxes as far as they show. The
 * wheel, PageUp/PageDown, a drag that starts on no target, and the keyboard
 * focus scroll it; a new screen starts at the top. One per screen. */
int qk_scroll_begin(qk_app *app, SDL_Rect view, int content_h);
void qk_scroll_end(qk_app *app);
/* Scrolls the view by dy pixels (clamped); true when it moved. */
bool qk_scroll_by(qk_app *app, int dy);
/* Scrolls so that r (in this frame's coordinates) is in view, as far as it fits. */
void qk_scroll_show(qk_app *app, SDL_Rect r);
/* Starts a session over the given rounds (NULL = all) and shows the first question. */
void qk_app_start_session(qk_app *app, const size_t *rounds, size_t n_rounds);
/* Answers the current question; stores it; shows the feedback. */
void qk_app_answer(qk_app *app, const qk_answer *a);
void qk_app_timeout(qk_app *app);
/* Feedback / round result: on to the next question, round result or summary. */
void qk_app_next(qk_app *app);
/* Round intro: on to the round's first question. */
void qk_app_begin_round(qk_app *app);
/* "Avslutt": shows the confirm over a screen of the session in play (no-op
 * elsewhere); the confirm's yes calls qk_app_stop. */
void qk_app_ask_stop(qk_app *app);
/* Ends the running session (abandoned when not done) and returns to attract. */
void qk_app_end_session(qk_app *app);
/* Rounds offered on the start screen. */
size_t qk_app_offered_rounds(const qk_app *app, const size_t **rounds);

#endif
