/* qk_station.h: the station's own settings (a libconfig file), with defaults.
 *
 * Search order (qk_station_find): --config FILE, else
 * $XDG_CONFIG_HOME/quizkiosk/station.cfg (~/.config when unset), else
 * /etc/quizkiosk/station.cfg, else the built-in defaults, which run the shipped
 * sets. Documented in docs/station.md. Every string belongs to the qk_station.
 */
#ifndef QK_STATION_H
#define QK_STATION_H

#include <stdbool.h>
#include "qk_diag.h"

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
} qk_station;

/* Fills `st` with the built-in defaults. `shipped_quizzes` is the quizzes folder
 * to use when the file names none. Returns false only on out of memory. */
bool qk_station_defaults(qk_station *st, const char *shipped_quizzes);
/* Loads and validates a station file over the defaults; every problem goes to
 * `diags` as FILE:LINE. Returns false when any error was found. */
bool qk_station_load(qk_station *st, const char *path, qk_diags *diags);
/* Search order above; explicit = the --config argument or NULL. */
bool qk_station_find(qk_station *st, const char *explicit_path,
                     const char *shipped_quizzes, qk_diags *diags);
void qk_station_free(qk_station *st); /* frees the strings; st itself is the caller's */

#endif
