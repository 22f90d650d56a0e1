/* qk_store.h: the results store, an SQLite database on the station.
 *
 * Every session (completed, stopped or abandoned) and every answer is written as it
 * happens, each in its own transaction, so a power cut loses at most the answer
 * being made. The store never stops the quiz: when the database is missing,
 * read-only, full or corrupt, calls fail softly, qk_store_status() says why, and
 * the caller plays on. A corrupt file is kept (renamed aside) and a new one made.
 * Sessions are anonymous.
 *
 * The schema carries a version (PRAGMA user_version) and is migrated forward on
 * open; docs/results.md describes the tables. Times are stored as Unix seconds
 * and shown in the station's local time. The caller logs qk_store_status()
 * whenever a call returns false (the store itself prints nothing).
 */
#ifndef QK_STORE_H
#define QK_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include "qk_engine.h"
#include "qk_history.h"

typedef struct qk_store qk_store; /* opaque */

/* Each connection's page cache, in KiB (PRAGMA cache_size = -N; SQLite's
 * default is 2000): the store appends rows and reads a day's figures, so a
 * small cache costs little, and it is full after a few dozen sessions
 * instead of growing for hundreds (the kiosk's RSS would climb with it). */
#define QK_STORE_CACHE_KIB 256

/* The schema version this program writes (PRAGMA user_version). */
#define QK_STORE_SCHEMA_VERSION 4

/* Opens (creating folders and schema, migrating older versions) the database at
 * `path`. Never returns NULL except out of memory: a store that could not open
 * its file is "degraded" (see qk_store_ok / qk_store_status). */
qk_store *qk_store_open(const char *path);

/* Test hooks for fault injection; the kiosk uses qk_store_open. */
typedef struct {
    bool read_only;      /* open with SQLITE_OPEN_READONLY: every write fails */
    long max_pages;      /* > 0: PRAGMA max_page_count, so the database "fills up" */
} qk_store_options;
/* As qk_store_open; `opt` may be NULL (= qk_store_open). */
qk_store *qk_store_open_with(const char *path, const qk_store_options *opt);

void qk_store_close(qk_store *st); /* NULL is a no-op */
/* True while the database is open and the last write succeeded. NULL -> false. */
bool qk_store_ok(const qk_store *st);
/* True while the database file is open, even when writes fail (a full disk, a
 * read-only file): what is stored can still be read and exported. NULL -> false. */
bool qk_store_readable(const qk_store *st);
/* A human-readable sentence on the last problem, or "" when all is well. It
 * names the file and says what to do. After a corrupt file was set aside the
 * sentence says so (and where the old file went) even though the store works;
 * likewise after the file was moved or deleted while open (the store then
 * starts a new file at the same path, carrying over the session going on).
 * The string belongs to the store and changes with the next call. NULL -> "". */
const char *qk_store_status(const qk_store *st);
/* The kind of the problem qk_store_status() describes, for a screen that
 * words it in the station's language (with qk_store_path). */
typedef enum {
    QK_STORE_FINE = 0,       /* no problem */
    QK_STORE_SET_ASIDE,      /* works; a damaged file was kept aside at open */
    QK_STORE_MOVED,          /* works; the file was moved or deleted while open,
                                and a new one was started at the path */
    QK_STORE_NOT_CONFIGURED, /* no path given (or st is NULL) */
    QK_STORE_NO_FOLDER,      /* its folder cannot be made */
    QK_STORE_CANNOT_OPEN,    /* the file cannot be opened */
    QK_STORE_READ_ONLY,      /* file or folder read-only */
    QK_STORE_FULL,           /* the disk (or the size limit) is full */
    QK_STORE_IO_ERROR,       /* the disk failed a read or write */
    QK_STORE_DAMAGED,        /* damaged, and it could not be set aside (or became so) */
    QK_STORE_BUSY,           /* another program kept it locked too long */
    QK_STORE_NEWER,          /* made by a newer quizkiosk: left alone */
    QK_STORE_OTHER
} qk_store_problem;
qk_store_problem qk_store_problem_kind(const qk_store *st);
/* The database file's path as given to qk_store_open ("" for NULL). */
const char *qk_store_path(const qk_store *st);
/* Why results are not being kept, in the station's language (qk_tr) and
 * naming the file, for a screen to show after QK_S_NO_STORE; "" while writes
 * work. Written to buf (cap bytes), which is returned. */
const char *qk_store_problem_words(const qk_store *st, char *buf, size_t cap);

/* Starts a session row; returns its id, or 0 when it could not be written.
 * `station_id` may be NULL (stored as ""). */
int64_t qk_store_session_begin(qk_store *st, const char *station_id, const qk_set *set,
                               bool autoplay, time_t started);
/* One answer, in its own transaction, stamped with the current time. The
 * session's running score grows by rec->points in the same transaction, so an
 * interrupted session keeps the score it had. Returns false (status says why)
 * when it could not be written; session_id 0 (a failed begin) just returns false. */
bool qk_store_answer(qk_store *st, int64_t session_id, const qk_set *set,
                     const qk_record *rec);
/* The same with an explicit time for answered_at (tests, replays). */
bool qk_store_answer_at(qk_store *st, int64_t session_id, const qk_set *set,
                        const qk_record *rec, time_t answered_at);
/* How a session ended, kept as sessions.status. The values are chosen so that
 * a bool still reads right (false = abandoned, true = completed). */
typedef enum {
    QK_END_ABANDONED = 0, /* "abandoned": walked away (or cut off by a power cut) */
    QK_END_COMPLETED = 1, /* "completed": every question of the chosen rounds */
    QK_END_STOPPED = 2    /* "stopped": the participant ended it early (Avslutt) */
} qk_store_end;

/* The status word stored for `end` ("completed", "stopped", "abandoned"). */
const char *qk_store_end_name(qk_store_end end);
/* How a session in engine state `st` ended: DONE -> completed, STOPPED ->
 * stopped, anything else -> abandoned. */
qk_store_end qk_store_end_of_state(qk_state st);

/* Ends a session with its status and score. An `end` out of range is stored as
 * abandoned. */
bool qk_store_session_end(qk_store *st, int64_t session_id, qk_store_end end,
                          double score, double max_score, time_t ended);
/* Sessions left "in_progress" by an earlier run (a power cut, a crash) are
 * marked abandoned, ended at their last answer. The kiosk calls this once at
 * start, before its first session; tools that only read never do. Returns the
 * number of sessions closed, or -1 on failure. */
long qk_store_close_unfinished(qk_store *st);

/* The rows (sessions and answers) queued for the central results server and not yet
 * sent (the outbox, schema v4; see docs/fleet.md), or -1 when the store cannot
 * be read. */
long qk_store_outbox_count(qk_store *st);

/* Memory SQLite holds, in bytes: in the whole process, every connection's
 * (sqlite3_memory_used), into *all; this store's page cache (its connection's
 * SQLITE_DBSTATUS_CACHE_USED; 0 when closed or NULL) into *cache. Either
 * pointer may be NULL. For the kiosk's memory log (QK_MEMLOG). */
void qk_store_memory(qk_store *st, long long *all, long long *cache);

/* ---- Figures for the trainer (the menu and `quizkiosk --stats`) ----
 * Autoplay sessions are always left out. `since` is a time (usually a local
 * midnight, see qk_store_day_start); sessions started before it are left out;
 * 0 = everything stored. */
typedef struct {
    long sessions;       /* all sessions started since */
    long completed;
    long stopped;        /* ended early by the participant */
    long abandoned;
    long in_progress;    /* not yet ended (a session going on now, or cut off) */
    long answers;
    double avg_score_pct; /* mean of score/max_score*100 over completed sessions
                             with max_score > 0; -1 when there is none */
} qk_store_summary;

bool qk_store_summary_since(qk_store *st, time_t since, qk_store_summary *out);

#define QK_STORE_MISSED_TOP 10
typedef struct {
    char question_id[QK_MAX_ID_BYTES + 1];
    char set_id[QK_MAX_ID_BYTES + 1];
    long asked;          /* answers given to it (timeouts count) */
    long wrong;          /* of which not fully right */
    double pct_wrong;    /* wrong * 100 / asked */
} qk_store_missed;

/* The most-missed questions since `since`: at most `max` entries into `out`,
 * highest % wrong first (then most asked, then set and question id); only
 * questions answered wrong at least once. Returns the number written, or -1 on
 * failure. */
long qk_store_most_missed(qk_store *st, time_t since, qk_store_missed *out, size_t max);

/* The same two figures from rows already in memory (qk_history_stats.c): what
 * `quizkiosk --stats` prints, for one station's rows or for the central server's
 * rows of many stations (qk_pg_history). Equal to the two above on the same
 * rows. qk_history_most_missed returns -1 only out of memory. */
void qk_history_summary(const qk_history *h, time_t since, qk_store_summary *out);
long qk_history_most_missed(const qk_history *h, time_t since, qk_store_missed *out, size_t max);

/* Reads the sessions `filter` lets in (NULL: all, autoplay included) with
 * their answers into `out` (initialised here; the caller clears it with
 * qk_history_clear). On failure returns false with `out` empty and a phrase
 * naming the database in `err` (may be NULL). In qk_store_history.c. */
bool qk_store_history(qk_store *st, const qk_history_filter *filter, qk_history *out,
                      char *err, size_t errcap);

/* Writes every answer of the sessions started since `since` to `path` as CSV
 * (qk_export_csv with ',' and no texts; autoplay sessions included):
 * a header row, then one row per answer carrying its session's fields (a
 * session with no answers gets one row with the answer fields empty). RFC 4180
 * (fields with a comma, quote or line break are quoted, quotes doubled, CRLF
 * line ends), UTF-8 with a byte-order mark so that spreadsheets read æøå right.
 * The file is written beside `path` under a temporary name, synced and renamed
 * over `path`, so a full disk never leaves half a file. `rows` (may be NULL)
 * gets the number of data rows. On failure returns false, leaves `path` as it
 * was and puts a sentence naming the file into `err` (may be NULL). */
bool qk_store_export_csv(qk_store *st, const char *path, time_t since, long *rows,
                         char *err, size_t errcap);

/* A file name for an export into `dir` (the trainer menu's export_dir):
 * "DIR/quizkiosk-results-STATION-YYYYMMDD-HHMMSS.csv", local time `now`, the
 * station id reduced to letters a-z/A-Z, digits, '-' and '_' (others become
 * '-'; empty or NULL gives "station"). Returns false when it does not fit in
 * `cap` (buf then holds ""). */
bool qk_store_export_filename(char *buf, size_t cap, const char *dir,
                              const char *station_id, time_t now);
/* The same with another extension `ext` (no dot: "xlsx", "html"). */
bool qk_store_export_filename_ext(char *buf, size_t cap, const char *dir,
                                  const char *station_id, time_t now, const char *ext);

/* The local midnight that begins the day of `t`. */
time_t qk_store_day_start(time_t t);
/* Parses a strict "YYYY-MM-DD" (a real calendar date, year 1970..9999) into
 * that day's local midnight. Returns false for anything else. */
bool qk_store_parse_date(const char *s, time_t *out);

#endif
