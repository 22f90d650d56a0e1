/* qk_station.h: the station's own settings (a libconfig file), with defaults.
 *
 * Search order (qk_station_find): --config FILE, else
 * $XDG_CONFIG_HOME/quizkiosk/station.cfg (~/.config when unset), else
 * /etc/quizkiosk/station.cfg, else the built-in defaults, which run the shipped
 * sets. Documented in docs/station.md. Every string belongs to the qk_station.
 *
 * Relative paths in a station file (quizzes_dir, results_db, export_dir, font)
 * are resolved against the folder of that file; "~/" means the home folder. The
 * file is read the same careful way as question sets: a UTF-8 byte-order mark is
 * skipped, CRLF line ends are fine, @include is refused, unknown settings are
 * errors. When no trainer_pin_hash is set the default PIN applies (see
 * docs/station.md); loading then adds a warning saying so, for the log.
 */
#ifndef QK_STATION_H
#define QK_STATION_H

#include <stdbool.h>
#include "qk_diag.h"

/* Universal design settings (docs/station.md, "Speech, large text, contrast"). */
typedef enum {
    QK_SPEECH_DEFAULT = 0, /* not set: "button" when a voice is present, else "off" */
    QK_SPEECH_OFF,
    QK_SPEECH_BUTTON,      /* a speaker button reads the screen */
    QK_SPEECH_AUTO         /* each screen is read as it appears */
} qk_speech_mode;
typedef enum { QK_TEXT_NORMAL = 0, QK_TEXT_LARGE } qk_text_size;
typedef enum { QK_THEME_STANDARD = 0, QK_THEME_HIGH_CONTRAST } qk_theme;
/* How the screen is drawn: in software straight into the window's framebuffer
 * (the default: no OpenGL, so no Mesa/LLVM in the process), or through SDL's
 * OpenGL renderer. */
typedef enum { QK_RENDERER_SOFTWARE = 0, QK_RENDERER_GL } qk_renderer;

typedef struct {
    char *path;            /* the file read, or NULL for built-in defaults */
    char *station_id;      /* default: the host name */
    char *quizzes_dir;     /* default: the shipped quizzes folder */
    char *active_set;      /* set id; NULL = the first valid set found */
    char *language;        /* "nb" (default), "nn" or "en": the program's own words */
    int idle_timeout;      /* s without input before "Are you still there?"; default 60 */
    int idle_countdown;    /* s of that countdown; default 15 */
    bool fullscreen;       /* default true */
    int width, height;     /* window size when not fullscreen; default 1280x720 */
    char **rounds;         /* round ids offered on the start screen; NULL = all */
    size_t n_rounds;
    char *pin_hash;        /* libsodium crypto_pwhash_str string; NULL = default PIN */
    char *results_db;      /* default $XDG_DATA_HOME/quizkiosk/results.db */
    char *export_dir;      /* where the trainer menu writes CSV; default results' folder */
    char *font;            /* a TTF/OTF path; NULL = found with fontconfig */
    int speech;            /* qk_speech_mode: "off", "button", "auto"; default unset */
    int text_size;         /* qk_text_size: "normal" (default) or "large" */
    int theme;             /* qk_theme: "standard" (default) or "high-contrast" */
    int renderer;          /* qk_renderer: "software" (default) or "gl" */
    char *results_server;  /* libpq URI of the central PostgreSQL; NULL = none (docs/fleet.md) */
    char *results_server_password_file; /* the server's password, a 0600 file; NULL = libpq's rules */
    int sets_poll_interval; /* s between looks for sets published to this station on
                               results_server; default 300; 0 = never (docs/fleet.md) */
    /* The lines of the file these were set on (0 = not in the file), so that
     * --check-config can point at them. */
    int quizzes_dir_line, active_set_line, font_line, password_file_line;
} qk_station;

/* Fills `st` with the built-in defaults. `shipped_quizzes` is the quizzes folder
 * to use when the file names none. Returns false only on out of memory. */
bool qk_station_defaults(qk_station *st, const char *shipped_quizzes);
/* Loads and validates a station file over the values already in `st` (normally
 * the defaults; a zeroed `st` gets the defaults first, with "quizzes" as the
 * shipped folder). Every problem goes to `diags` as FILE:LINE. Returns false
 * when any error was found; `st` is then left as it was. */
bool qk_station_load(qk_station *st, const char *path, qk_diags *diags);
/* Search order above; explicit = the --config argument or NULL. The first file
 * that exists is the one used: if it has errors, find returns false (it does not
 * fall back to the next place). `st` is always filled and must be freed. */
bool qk_station_find(qk_station *st, const char *explicit_path,
                     const char *shipped_quizzes, qk_diags *diags);
void qk_station_free(qk_station *st); /* frees the strings; st itself is the caller's */

/* The hash a typed trainer PIN is checked against: st->pin_hash, or the default
 * PIN's hash (qk_pin_default_hash) when the file sets none. Never NULL. */
const char *qk_station_pin_hash(const qk_station *st);
/* True when the default PIN applies (no trainer_pin_hash). */
bool qk_station_default_pin(const qk_station *st);

/* True when the start screen offers the round with this id: `rounds` is empty
 * (all rounds) or lists it. */
bool qk_station_round_offered(const qk_station *st, const char *round_id);

/* Deep copy of `src` into `dst` (which is overwritten, not freed). False on out
 * of memory, with `dst` left empty (safe to free). */
bool qk_station_copy(qk_station *dst, const qk_station *src);

/* qk_station_find with the system-wide file given (normally
 * "/etc/quizkiosk/station.cfg"), so that tests can point it elsewhere.
 * `st` is always filled (at least with defaults) and must be freed, even when
 * false is returned. */
bool qk_station_find_in(qk_station *st, const char *explicit_path,
                        const char *shipped_quizzes, const char *system_path,
                        qk_diags *diags);
#define QK_STATION_SYSTEM_PATH "/etc/quizkiosk/station.cfg"

#endif
