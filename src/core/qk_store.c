/* qk_store.c: the results store (see qk_store.h and docs/results.md).
 *
 * How it works
 * - Opening: the folder is created when missing; the file is opened read-write
 *   (created when missing), in WAL mode with synchronous=FULL, so that every
 *   committed transaction is on the disk before the call returns and readers
 *   (`quizkiosk --stats`) never block the kiosk; busy_timeout covers the short
 *   moments when they do meet. A file that is not a database, or fails
 *   PRAGMA quick_check, is renamed aside (never deleted) together with its WAL,
 *   and a new database is started in its place.
 * - Schema: PRAGMA user_version holds the version; migrate() walks it forward
 *   one step at a time, each step in one transaction, so a database of any
 *   older version (including 0 = empty) ends up current. A database from a
 *   newer program is left alone and the store goes degraded.
 * - Writing: one transaction per call (a session row, an answer with the
 *   session's running score, a session's end). Any failure rolls back, turns
 *   the SQLite error into a sentence for the trainer (full, read-only, I/O
 *   error, ...) and returns false; the next call simply tries again.
 * - Getting over a fault: after a fault that can pass (a full disk, an I/O
 *   error, a read-only file, a file that could not be opened), the next write
 *   closes the connection and opens the file afresh (without a second
 *   quick_check once one has passed), so a disk that was full at start, or a
 *   file made writable again with chmod, saves again without a restart. A
 *   connection that failed at start cannot do so by itself: SQLite keeps the
 *   broken WAL index.
 * - A read-only results.db is opened immutable (no -wal, no -shm): SQLite
 *   would make those with the database's own mode, read-only too, and they
 *   would stop saving after the file itself was made writable again. Such
 *   files left behind by an older program are made writable again at open,
 *   when they are ours. Only an empty -wal allows this: a read-only file with
 *   committed pages in its -wal is opened as before, so that none are missed.
 * - Every message is one line (SQLite's quick_check answers over several), so
 *   each log entry is one line too.
 * - Reading: the trainer's figures are plain queries; the exports read the
 *   rows through qk_store_history (qk_store_history.c) and write them in
 *   qk_export_*.c.
 */
#include "qk_store.h"
#include "qk_store_internal.h"
#include "qk_i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#define BUSY_TIMEOUT_MS 5000

struct qk_store {
    char *path;
    sqlite3 *db;          /* NULL when the file could not be opened */
    bool write_failed;    /* the last write failed */
    bool checked;         /* a quick_check of this file has passed */
    qk_store_options opt;
    qk_store_problem kind; /* the current problem's kind */
    char problem[1024];   /* the current problem, "" when none */
    qk_store_problem notice_kind;
    char notice[1024];    /* a lasting notice (a corrupt file set aside, a move) */
    struct {              /* the last session begun, to carry over a move */
        int64_t id;
        char *station, *set_id, *set_hash, *set_title;
        time_t started;
        int autoplay;
    } cur;
};

static void forget_session(qk_store *st)
{
    free(st->cur.station);
    free(st->cur.set_id);
    free(st->cur.set_hash);
    free(st->cur.set_title);
    memset(&st->cur, 0, sizeof st->cur);
}

/* ------------------------------------------------------------------ helpers */

static void set_problem(qk_store *st, qk_store_problem kind, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Makes `s` one line: every control character (line breaks, tabs) becomes a
 * space, and runs of spaces they make become one. */
static void one_line(char *s)
{
    char *w = s;
    for (const char *r = s; *r; r++) {
        char c = (unsigned char)*r < 0x20 || *r == 0x7f ? ' ' : *r;
        if (c == ' ' && w > s && w[-1] == ' ' &&
            ((unsigned char)*r < 0x20 || (unsigned char)r[-1] < 0x20))
            continue;
        *w++ = c;
    }
    *w = '\0';
}

static void set_problem(qk_store *st, qk_store_problem kind, const char *fmt, ...)
{
    st->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->problem, sizeof st->problem, fmt, ap);
    va_end(ap);
    one_line(st->problem);
}

static void set_err(char *err, size_t cap, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void set_err(char *err, size_t cap, const char *fmt, ...)
{
    if (!err || !cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, cap, fmt, ap);
    va_end(ap);
    one_line(err);
}

/* Turns an SQLite result code into the trainer's sentence. `doing` says what
 * was being written ("an answer", "the start of a session", ...). */
static void describe_failure(qk_store *st, int rc, const char *doing)
{
    const char *p = st->path;
    switch (rc & 0xff) {
    case SQLITE_FULL:
        set_problem(st, QK_STORE_FULL,
                    "The results database %s is full (no room left on the disk or "
                    "its size limit reached) while saving %s: answers are not being "
                    "saved. Free space on that disk, or export the results and move "
                    "the file away.", p, doing);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        set_problem(st, QK_STORE_READ_ONLY,
                    "The results database %s is read-only: answers are not being "
                    "saved. Make the file and its folder writable for the station's "
                    "user (saving starts again by itself), or set results_db in the "
                    "station file to a writable place.",
                    p);
        break;
    case SQLITE_IOERR:
        set_problem(st, QK_STORE_IO_ERROR,
                    "Writing the results database %s failed with an I/O error (%s) "
                    "while saving %s: answers may not be saved. Check the disk (is it "
                    "full, removed or failing?): the station tries again with each "
                    "answer and saves again once the disk can be written.",
                    p, sqlite3_errstr(rc), doing);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        set_problem(st, QK_STORE_DAMAGED,
                    "The results database %s is damaged (%s) and %s could not be "
                    "saved. Restart the station: it keeps the damaged file and starts "
                    "a new one.", p, sqlite3_errstr(rc), doing);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        set_problem(st, QK_STORE_BUSY,
                    "The results database %s was kept busy by another program for "
                    "too long, so %s could not be saved. Close other programs using "
                    "it (a long export?) and the station saves again.", p, doing);
        break;
    case SQLITE_CANTOPEN:
        set_problem(st, QK_STORE_CANNOT_OPEN,
                    "The results database %s cannot be opened (%s), so %s could not "
                    "be saved. Check that its folder exists and is writable, or set "
                    "results_db in the station file.", p, sqlite3_errstr(rc), doing);
        break;
    default:
        set_problem(st, QK_STORE_OTHER,
                    "Saving %s in the results database %s failed (%s). Answers may "
                    "not be saved; restart the station, and if it goes on, export the "
                    "results and move the file away.", doing, p,
                    st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
        break;
    }
}

/* After a failed read (figures, export): a problem too, but worded as one. */
static void describe_read_failure(qk_store *st, int rc, const char *what)
{
    qk_store_problem kind;
    switch (rc & 0xff) {
    case SQLITE_IOERR: kind = QK_STORE_IO_ERROR; break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: kind = QK_STORE_DAMAGED; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: kind = QK_STORE_BUSY; break;
    default: kind = QK_STORE_OTHER; break;
    }
    set_problem(st, kind,
                "Reading %s from the results database %s failed (%s). Try again; if it goes "
                "on, restart the station.", what, st->path,
                st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
}

/* Runs SQL without results. Returns the SQLite code. */
static int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

/* Runs a query whose first column of the first row is an integer. */
static int query_int(sqlite3 *db, const char *sql, long long *out)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int64(s, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            *out = 0;
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(s);
    return rc;
}

static void rollback_if_open(sqlite3 *db)
{
    if (db && !sqlite3_get_autocommit(db))
        exec(db, "ROLLBACK");
}

/* mkdir -p for the folder that holds `path`. Returns 0 or an errno, with the
 * folder that failed in `failed`. */
static int make_parent_dirs(const char *path, char *failed, size_t cap)
{
    char buf[PATH_MAX];
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf)
        return ENAMETOOLONG;
    char *slash = strrchr(buf, '/');
    if (!slash || slash == buf)
        return 0;
    *slash = '\0';
    for (char *p = buf + 1;; p++) {
        if (*p == '/' || *p == '\0') {
            char c = *p;
            *p = '\0';
            struct stat sb;
            if (stat(buf, &sb) != 0) {
                if (mkdir(buf, 0755) != 0 && errno != EEXIST) {
                    int e = errno;
                    snprintf(failed, cap, "%s", buf);
                    return e;
                }
            } else if (!S_ISDIR(sb.st_mode)) {
                snprintf(failed, cap, "%s", buf);
                return ENOTDIR;
            }
            *p = c;
            if (c == '\0')
                break;
        }
    }
    return 0;
}

static bool file_exists(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0;
}

/* ------------------------------------------------------------------ schema */

/* Each step takes the schema from version i to i + 1. */
/* A random UUID v4 as text, in SQL (migration 3 -> 4). */
#define QK_UUID_SQL \
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||" \
    " substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||" \
    " substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"

static const char *const migrations[QK_STORE_SCHEMA_VERSION] = {
    /* 0 -> 1: the first schema. */
    "CREATE TABLE sessions ("
    "  id         INTEGER PRIMARY KEY,"
    "  station_id TEXT NOT NULL,"
    "  set_id     TEXT NOT NULL,"
    "  set_hash   TEXT NOT NULL,"
    "  set_title  TEXT NOT NULL,"
    "  started    INTEGER NOT NULL,"
    "  ended      INTEGER,"
    "  status     TEXT NOT NULL DEFAULT 'in_progress'"
    "             CHECK (status IN ('in_progress','completed','abandoned')),"
    "  score      REAL NOT NULL DEFAULT 0,"
    "  max_score  REAL,"
    "  autoplay   INTEGER NOT NULL DEFAULT 0"
    ");"
    "CREATE INDEX sessions_started ON sessions(started);"
    "CREATE TABLE answers ("
    "  session_id    INTEGER NOT NULL REFERENCES sessions(id),"
    "  seq           INTEGER NOT NULL,"
    "  round_id      TEXT NOT NULL,"
    "  question_id   TEXT NOT NULL,"
    "  question_type TEXT NOT NULL,"
    "  answer        TEXT NOT NULL,"
    "  correct       INTEGER NOT NULL,"
    "  credit        REAL NOT NULL,"
    "  time_ms       INTEGER NOT NULL,"
    "  points        REAL NOT NULL,"
    "  answered_at   INTEGER NOT NULL,"
    "  PRIMARY KEY (session_id, seq)"
    ");",
    /* 1 -> 2: whether the time ran out, and the part of the points that was a
     * streak bonus (both known to the engine, worth a column of their own). */
    "ALTER TABLE answers ADD COLUMN timed_out INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE answers ADD COLUMN streak_bonus REAL NOT NULL DEFAULT 0;",
    /* 2 -> 3: status 'stopped' (the participant ended the session early). A
     * CHECK cannot be altered in SQLite, so the table is made anew and the rows
     * copied, by SQLite's own recipe for altering a table (foreign keys off
     * meanwhile, see migrate()). answers refers to sessions by name, so it
     * refers to the new table once that is renamed. */
    "CREATE TABLE sessions_v3 ("
    "  id         INTEGER PRIMARY KEY,"
    "  station_id TEXT NOT NULL,"
    "  set_id     TEXT NOT NULL,"
    "  set_hash   TEXT NOT NULL,"
    "  set_title  TEXT NOT NULL,"
    "  started    INTEGER NOT NULL,"
    "  ended      INTEGER,"
    "  status     TEXT NOT NULL DEFAULT 'in_progress'"
    "             CHECK (status IN ('in_progress','completed','stopped','abandoned')),"
    "  score      REAL NOT NULL DEFAULT 0,"
    "  max_score  REAL,"
    "  autoplay   INTEGER NOT NULL DEFAULT 0"
    ");"
    "INSERT INTO sessions_v3 (id, station_id, set_id, set_hash, set_title, started,"
    "  ended, status, score, max_score, autoplay)"
    "  SELECT id, station_id, set_id, set_hash, set_title, started, ended, status,"
    "  score, max_score, autoplay FROM sessions;"
    "DROP TABLE sessions;"
    "ALTER TABLE sessions_v3 RENAME TO sessions;"
    "CREATE INDEX sessions_started ON sessions(started);",
    /* 3 -> 4: forwarding to the central server (issue 14, docs/fleet.md). Each
     * session and answer gets a UUID v4 made here (QK_UUID_SQL: SQLite's
     * randomblob, its ChaCha20 generator seeded from the system's entropy), so rows
     * from many stations never collide and a row sent twice is known. The outbox
     * lists what the server has yet to get, one row per session or answer (seq 0 =
     * the session itself). It is filled by triggers, so every INSERT or UPDATE of
     * a session or answer queues its row IN THE SAME TRANSACTION, whichever code
     * makes it (answer + score, end, close_unfinished). A session changed again
     * while queued is queued anew (INSERT OR REPLACE gives the row a new id, and
     * AUTOINCREMENT never reuses one): the forwarder deletes only the outbox ids it
     * sent, so a change made while a batch was in flight is sent in the next one.
     * The rows already stored are queued too: a station's history reaches the
     * server when it is first pointed at one. */
    "ALTER TABLE sessions ADD COLUMN uuid TEXT;"
    "ALTER TABLE answers ADD COLUMN uuid TEXT;"
    "UPDATE sessions SET uuid = " QK_UUID_SQL ";"
    "UPDATE answers SET uuid = " QK_UUID_SQL ";"
    "CREATE UNIQUE INDEX sessions_uuid ON sessions(uuid);"
    "CREATE UNIQUE INDEX answers_uuid ON answers(uuid);"
    "CREATE TABLE outbox ("
    "  id         INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  session_id INTEGER NOT NULL,"
    "  seq        INTEGER NOT NULL DEFAULT 0,"
    "  queued     INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER)),"
    "  UNIQUE (session_id, seq)"
    ");"
    "INSERT INTO outbox (session_id, seq) SELECT id, 0 FROM sessions ORDER BY id;"
    "INSERT INTO outbox (session_id, seq) SELECT session_id, seq FROM answers"
    "  ORDER BY session_id, seq;"
    "CREATE TRIGGER sessions_uuid AFTER INSERT ON sessions WHEN NEW.uuid IS NULL BEGIN"
    "  UPDATE sessions SET uuid = " QK_UUID_SQL " WHERE id = NEW.id; END;"
    "CREATE TRIGGER answers_uuid AFTER INSERT ON answers WHEN NEW.uuid IS NULL BEGIN"
    "  UPDATE answers SET uuid = " QK_UUID_SQL
    "  WHERE session_id = NEW.session_id AND seq = NEW.seq; END;"
    "CREATE TRIGGER sessions_outbox_new AFTER INSERT ON sessions BEGIN"
    "  INSERT OR REPLACE INTO outbox (session_id, seq) VALUES (NEW.id, 0); END;"
    "CREATE TRIGGER sessions_outbox_change AFTER UPDATE OF ended, status, score, max_score"
    "  ON sessions BEGIN"
    "  INSERT OR REPLACE INTO outbox (session_id, seq) VALUES (NEW.id, 0); END;"
    "CREATE TRIGGER answers_outbox_new AFTER INSERT ON answers BEGIN"
    "  INSERT OR REPLACE INTO outbox (session_id, seq) VALUES (NEW.session_id, NEW.seq); END;",
};

static int migrate_steps(qk_store *st, long long v);

/* Brings the schema to QK_STORE_SCHEMA_VERSION. Returns an SQLite code;
 * SQLITE_MISMATCH when the file is newer than this program. */
static int migrate(qk_store *st, long long *found)
{
    long long v = 0;
    int rc = query_int(st->db, "PRAGMA user_version", &v);
    *found = v;
    if (rc != SQLITE_OK)
        return rc;
    if (v > QK_STORE_SCHEMA_VERSION || v < 0)
        return SQLITE_MISMATCH;
    if (v == QK_STORE_SCHEMA_VERSION)
        return SQLITE_OK;
    /* A step may make a table anew (drop and rename): foreign keys are off for
     * that (the pragma cannot change inside a transaction), and every step
     * proves before its COMMIT that all references still hold. */
    exec(st->db, "PRAGMA foreign_keys = OFF");
    rc = migrate_steps(st, v);
    exec(st->db, "PRAGMA foreign_keys = ON");
    return rc;
}

/* The migration steps from version v on, one transaction each. */
static int migrate_steps(qk_store *st, long long v)
{
    int rc = SQLITE_OK;
    while (v < QK_STORE_SCHEMA_VERSION) {
        rc = exec(st->db, "BEGIN IMMEDIATE");
        if (rc != SQLITE_OK)
            return rc;
        /* Another program may have migrated it meanwhile: look again inside
         * the write lock. */
        long long now = 0;
        rc = query_int(st->db, "PRAGMA user_version", &now);
        if (rc == SQLITE_OK && now != v) {
            exec(st->db, "COMMIT");
            v = now;
            if (v > QK_STORE_SCHEMA_VERSION)
                return SQLITE_MISMATCH;
            continue;
        }
        if (rc == SQLITE_OK)
            rc = exec(st->db, migrations[v]);
        if (rc == SQLITE_OK) {
            long long broken = 0;
            rc = query_int(st->db, "SELECT count(*) FROM pragma_foreign_key_check", &broken);
            if (rc == SQLITE_OK && broken)
                rc = SQLITE_CONSTRAINT_FOREIGNKEY;
        }
        if (rc == SQLITE_OK) {
            char sql[64];
            snprintf(sql, sizeof sql, "PRAGMA user_version = %lld", v + 1);
            rc = exec(st->db, sql);
        }
        if (rc == SQLITE_OK)
            rc = exec(st->db, "COMMIT");
        if (rc != SQLITE_OK) {
            rollback_if_open(st->db);
            return rc;
        }
        v++;
    }
    return SQLITE_OK;
}

/* ------------------------------------------------------------------ opening */

static bool is_corruption(int rc)
{
    return (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
}

/* The URI that opens `path` immutable (read-only, no -wal, no -shm, no locks),
 * in `buf`; false when it does not fit. */
static bool immutable_uri(const char *path, char *buf, size_t cap)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 0;
    const char *head = "file:";
    for (const char *h = head; *h; h++)
        if (n < cap) buf[n++] = *h;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if (*p == '%' || *p == '?' || *p == '#' || *p < 0x21 || *p == 0x7f) {
            if (n + 3 >= cap) return false;
            buf[n++] = '%';
            buf[n++] = hex[*p >> 4];
            buf[n++] = hex[*p & 15];
        } else if (n + 1 < cap) {
            buf[n++] = (char)*p;
        } else {
            return false;
        }
    }
    const char *tail = "?immutable=1";
    if (n + strlen(tail) + 1 > cap)
        return false;
    memcpy(buf + n, tail, strlen(tail) + 1);
    return true;
}

/* Opens st->db and checks it. Returns an SQLite code; on SQLITE_OK st->db is
 * usable. `why` gets quick_check's first complaint when it fails, on one line.
 * `immutable` opens a file we may not write without making -wal or -shm. */
static int open_and_check(qk_store *st, const qk_store_options *opt, bool immutable,
                          char *why, size_t cap)
{
    int flags = opt && opt->read_only ? SQLITE_OPEN_READONLY
                                      : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    char uri[PATH_MAX * 3 + 32];
    const char *name = st->path;
    if (immutable && immutable_uri(st->path, uri, sizeof uri)) {
        name = uri;
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    int rc = sqlite3_open_v2(name, &st->db, flags, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);

    /* The first read of the file: a file that is no database fails here. */
    long long n = 0;
    rc = query_int(st->db, "SELECT count(*) FROM sqlite_schema", &n);
    if (rc != SQLITE_OK)
        return rc;

    sqlite3_stmt *s = NULL;
    rc = st->checked ? SQLITE_DONE
                     : sqlite3_prepare_v2(st->db, "PRAGMA quick_check(1)", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            const char *r = (const char *)sqlite3_column_text(s, 0);
            if (r && strcmp(r, "ok") == 0) {
                rc = SQLITE_OK;
            } else {
                /* "*** in database main ***\nOn tree page 9 ...": the first
                 * line says nothing the message does not */
                const char *prefix = "*** in database main ***";
                if (r && strncmp(r, prefix, strlen(prefix)) == 0)
                    r += strlen(prefix);
                while (r && (*r == '\n' || *r == ' '))
                    r++;
                snprintf(why, cap, "%s", r && *r ? r : "quick_check gave nothing");
                one_line(why);
                rc = SQLITE_CORRUPT;
            }
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    } else if (rc == SQLITE_DONE) {
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_OK)
        return rc;
    st->checked = true;

    if (!(opt && opt->read_only) && !immutable) {
        /* WAL keeps readers and the writer apart; FULL syncs every commit. A
         * file system without shared memory keeps the rollback journal, which
         * with FULL is as safe. */
        exec(st->db, "PRAGMA journal_mode = WAL");
    }
    exec(st->db, "PRAGMA synchronous = FULL");
    exec(st->db, "PRAGMA foreign_keys = ON");
    char cache[64];
    snprintf(cache, sizeof cache, "PRAGMA cache_size = -%d", QK_STORE_CACHE_KIB);
    exec(st->db, cache);
    return SQLITE_OK;
}

static void close_db(qk_store *st)
{
    if (st->db) {
        sqlite3_close_v2(st->db);
        st->db = NULL;
    }
}

/* Renames the damaged file (and its WAL and journal) aside; removes its -shm,
 * which holds no data. Returns 0 or an errno; `aside` gets the new name. */
static int set_aside(const char *path, char *aside, size_t cap)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    bool free_name = false;
    for (int i = 1; i < 100 && !free_name; i++) {
        int w = i == 1 ? snprintf(aside, cap, "%s.corrupt-%s", path, stamp)
                       : snprintf(aside, cap, "%s.corrupt-%s-%d", path, stamp, i);
        if (w < 0 || (size_t)w >= cap)
            return ENAMETOOLONG;
        free_name = !file_exists(aside);
    }
    if (!free_name)
        return EEXIST; /* never rename over an earlier damaged file */
    if (rename(path, aside) != 0)
        return errno;
    static const char *const side[] = {"-wal", "-journal"};
    for (size_t k = 0; k < sizeof side / sizeof side[0]; k++) {
        char from[PATH_MAX + 16], to[PATH_MAX + 128];
        snprintf(from, sizeof from, "%s%s", path, side[k]);
        snprintf(to, sizeof to, "%s%s", aside, side[k]);
        if (file_exists(from))
            rename(from, to);
    }
    char shm[PATH_MAX + 16];
    snprintf(shm, sizeof shm, "%s-shm", path);
    unlink(shm);
    return 0;
}

static void write_failed(qk_store *st, int rc, const char *doing);

/* Size of a file, -1 when there is none. */
static long long file_size(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 ? (long long)sb.st_size : -1;
}

/* -wal and -shm that we may not write beside a results.db we may: what SQLite
 * made while the file was read-only (by an older quizkiosk, or by another
 * program). They would keep every write failing. Ours are given the
 * database's mode again; their pages stay. Returns 0, or the errno of the one
 * that could not be fixed, named in `which`. */
static int repair_side_files(const char *path, char *which, size_t cap)
{
    struct stat db;
    if (stat(path, &db) != 0 || access(path, W_OK) != 0)
        return 0;
    static const char *const sides[] = {"-wal", "-shm"};
    for (size_t k = 0; k < 2; k++) {
        char f[PATH_MAX + 16];
        snprintf(f, sizeof f, "%s%s", path, sides[k]);
        struct stat sb;
        if (stat(f, &sb) != 0 || access(f, W_OK) == 0)
            continue;
        if (sb.st_uid != geteuid() || chmod(f, db.st_mode & 0666) != 0) {
            snprintf(which, cap, "%s", f);
            return sb.st_uid != geteuid() ? EPERM : errno;
        }
    }
    return 0;
}

qk_store *qk_store_open(const char *path)
{
    return qk_store_open_with(path, NULL);
}

/* Opens (or opens again) st->path into st->db; on failure st->db stays NULL
 * and st->problem says why. */
static void open_into(qk_store *st)
{
    const char *path = st->path;
    const bool ro = st->opt.read_only;
    if (!*path) {
        set_problem(st, QK_STORE_NOT_CONFIGURED,
                    "No results database is configured: "
                    "answers are not being saved. Set results_db in the station file.");
        return;
    }

    char failed[PATH_MAX];
    int e = make_parent_dirs(path, failed, sizeof failed);
    if (e) {
        set_problem(st, QK_STORE_NO_FOLDER,
                    "Cannot create the folder %s for the results "
                    "database %s (%s): answers are not being saved. Set results_db in the "
                    "station file to a writable place.", failed, path, strerror(e));
        return;
    }

    /* A file we may not write, with no committed pages waiting in its -wal,
     * is read without making -wal or -shm (see the design note). */
    char wal[PATH_MAX + 16];
    snprintf(wal, sizeof wal, "%s-wal", path);
    bool immutable = !ro && file_size(path) > 0 && access(path, W_OK) != 0 &&
                     file_size(wal) <= 0;
    if (!ro && !immutable) {
        char which[PATH_MAX + 16];
        e = repair_side_files(path, which, sizeof which);
        if (e) {
            set_problem(st, QK_STORE_READ_ONLY,
                        "The results database %s cannot be written because %s is read-only "
                        "(%s): answers are not being saved. Remove %s-wal and %s-shm when "
                        "no program uses the database, or make them writable for the "
                        "station's user.", path, which, strerror(e), path, path);
            st->write_failed = true;
            return;
        }
    }

    char why[512] = "";
    int rc = open_and_check(st, &st->opt, immutable, why, sizeof why);
    if (is_corruption(rc) && !ro) {
        close_db(st);
        char aside[PATH_MAX + 64];
        e = set_aside(path, aside, sizeof aside);
        if (e) {
            set_problem(st, QK_STORE_DAMAGED,
                    "The results database %s is damaged (%s) and "
                        "could not be renamed aside (%s): answers are not being saved. Move "
                        "the file away by hand and restart the station.",
                        path, *why ? why : sqlite3_errstr(rc), strerror(e));
            return;
        }
        st->notice_kind = QK_STORE_SET_ASIDE;
        set_err(st->notice, sizeof st->notice,
                "The results database %s was damaged (%s). It was kept as %s and a new, "
                "empty database was started; results from before are in the old file.",
                path, *why ? why : sqlite3_errstr(rc), aside);
        why[0] = '\0';
        immutable = false;
        rc = open_and_check(st, &st->opt, false, why, sizeof why);
    }
    if (rc != SQLITE_OK) {
        describe_failure(st, rc, "the results");
        close_db(st);
        return;
    }

    if (immutable) {
        set_problem(st, QK_STORE_READ_ONLY,
                    "The results database %s is read-only: answers are not being saved. "
                    "Make the file and its folder writable for the station's user (chmod "
                    "644 %s): saving starts again by itself.", path, path);
        st->write_failed = true;
        return;
    }

    if (ro) {
        long long v = 0;
        query_int(st->db, "PRAGMA user_version", &v);
        if (v != QK_STORE_SCHEMA_VERSION)
            set_problem(st, QK_STORE_READ_ONLY,
                    "The results database %s is opened "
                        "read-only and has schema version %lld (this program writes %d): "
                        "it cannot be upgraded, so nothing can be saved in it.",
                        path, v, QK_STORE_SCHEMA_VERSION);
        else
            set_problem(st, QK_STORE_READ_ONLY,
                    "The results database %s is opened "
                        "read-only: answers are not being saved.", path);
        st->write_failed = true;
        return;
    }

    long long found = 0;
    rc = migrate(st, &found);
    if (rc == SQLITE_MISMATCH) {
        set_problem(st, QK_STORE_NEWER,
                    "The results database %s was made by a newer "
                    "quizkiosk (schema version %lld; this program knows up to %d): answers "
                    "are not being saved in it. Update quizkiosk, or set results_db in the "
                    "station file to another file.", path, found, QK_STORE_SCHEMA_VERSION);
        close_db(st);
        return;
    }
    if (rc != SQLITE_OK) {
        describe_failure(st, rc, "the database's tables");
        close_db(st);
        return;
    }

    if (st->opt.max_pages > 0) {
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA max_page_count = %ld", st->opt.max_pages);
        exec(st->db, sql);
    }

    if (sqlite3_db_readonly(st->db, "main") == 1) {
        set_problem(st, QK_STORE_READ_ONLY,
                    "The results database %s is read-only: answers "
                    "are not being saved. Make the file and its folder writable for the "
                    "station's user, or set results_db in the station file to a writable "
                    "place.", path);
        st->write_failed = true;
    }
}

qk_store *qk_store_open_with(const char *path, const qk_store_options *opt)
{
    qk_store *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    st->path = strdup(path ? path : "");
    if (!st->path) {
        free(st);
        return NULL;
    }
    if (opt)
        st->opt = *opt;
    open_into(st);
    return st;
}

/* The file was moved away or deleted while open (a trainer "taking the
 * results"): every later write would go into a file nobody sees. Close it and
 * start again at the configured path, carrying over the session going on so
 * that its next answers have a session row to belong to. */
static void reopen_if_moved(qk_store *st)
{
    int moved = 0;
    if (!st->db || st->opt.read_only ||
        sqlite3_file_control(st->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK ||
        !moved)
        return;
    /* SQLite does not checkpoint a moved file when it closes it, and its WAL
     * (still under the old name) would be replayed into the new file: move
     * everything into the moved file first, and empty the WAL. */
    exec(st->db, "PRAGMA wal_checkpoint(TRUNCATE)");
    close_db(st);
    st->problem[0] = '\0';
    st->write_failed = false;
    st->checked = false; /* a new file */
    open_into(st);
    if (!st->db)
        return;
    st->notice_kind = QK_STORE_MOVED;
    set_err(st->notice, sizeof st->notice,
            "The results database %s was moved or deleted while the station was running; "
            "a new database was started there. Results from before are in the moved file.",
            st->path);
    if (st->cur.id > 0) {
        sqlite3_stmt *s = NULL;
        int rc = sqlite3_prepare_v2(st->db,
            "INSERT OR IGNORE INTO sessions (id, station_id, set_id, set_hash, set_title,"
            " started, status, score, autoplay) VALUES (?, ?, ?, ?, ?, ?, 'in_progress', 0, ?)",
            -1, &s, NULL);
        if (rc == SQLITE_OK) {
            sqlite3_bind_int64(s, 1, st->cur.id);
            sqlite3_bind_text(s, 2, st->cur.station, -1, SQLITE_STATIC);
            sqlite3_bind_text(s, 3, st->cur.set_id, -1, SQLITE_STATIC);
            sqlite3_bind_text(s, 4, st->cur.set_hash, -1, SQLITE_STATIC);
            sqlite3_bind_text(s, 5, st->cur.set_title, -1, SQLITE_STATIC);
            sqlite3_bind_int64(s, 6, (sqlite3_int64)st->cur.started);
            sqlite3_bind_int(s, 7, st->cur.autoplay);
            rc = sqlite3_step(s);
        }
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE)
            write_failed(st, rc, "the session going on");
    }
}

void qk_store_close(qk_store *st)
{
    if (!st)
        return;
    close_db(st);
    forget_session(st);
    free(st->path);
    free(st);
}

bool qk_store_ok(const qk_store *st)
{
    return st && st->db && !st->write_failed;
}

bool qk_store_readable(const qk_store *st)
{
    return st && st->db;
}

const char *qk_store_problem_words(const qk_store *st, char *buf, size_t cap)
{
    if (!buf || !cap)
        return buf;
    buf[0] = '\0';
    if (qk_store_ok(st))
        return buf;
    qk_str id;
    switch (qk_store_problem_kind(st)) {
    case QK_STORE_NOT_CONFIGURED: id = QK_S_STORE_NOT_CONFIGURED; break;
    case QK_STORE_NO_FOLDER: id = QK_S_STORE_NO_FOLDER; break;
    case QK_STORE_CANNOT_OPEN: id = QK_S_STORE_CANNOT_OPEN; break;
    case QK_STORE_READ_ONLY: id = QK_S_STORE_READ_ONLY; break;
    case QK_STORE_FULL: id = QK_S_STORE_FULL; break;
    case QK_STORE_IO_ERROR: id = QK_S_STORE_IO_ERROR; break;
    case QK_STORE_DAMAGED: id = QK_S_STORE_DAMAGED; break;
    case QK_STORE_BUSY: id = QK_S_STORE_BUSY; break;
    case QK_STORE_NEWER: id = QK_S_STORE_NEWER; break;
    default: id = QK_S_STORE_OTHER; break;
    }
    if (id == QK_S_STORE_NOT_CONFIGURED)
        snprintf(buf, cap, "%s", qk_tr(id));
    else
        snprintf(buf, cap, qk_tr(id), qk_store_path(st));
    return buf;
}

const char *qk_store_status(const qk_store *st)
{
    if (!st)
        return "";
    if (st->problem[0])
        return st->problem;
    return st->notice;
}

qk_store_problem qk_store_problem_kind(const qk_store *st)
{
    if (!st)
        return QK_STORE_NOT_CONFIGURED;
    if (st->problem[0])
        return st->kind;
    return st->notice[0] ? st->notice_kind : QK_STORE_FINE;
}

const char *qk_store_path(const qk_store *st)
{
    return st ? st->path : "";
}

/* ------------------------------------------------------------------ writing */

/* Faults that can pass by themselves or by a fix outside the program. */
static bool may_pass(qk_store_problem kind)
{
    return kind == QK_STORE_FULL || kind == QK_STORE_IO_ERROR || kind == QK_STORE_READ_ONLY ||
           kind == QK_STORE_CANNOT_OPEN || kind == QK_STORE_NO_FOLDER;
}

/* Before a write: false (and nothing changes) when there is no database. After
 * a fault that may have passed, the file is opened afresh first. */
static bool can_write(qk_store *st)
{
    if (!st)
        return false;
    if (!st->opt.read_only && (!st->db || st->write_failed) && st->problem[0] &&
        may_pass(st->kind)) {
        close_db(st);
        st->problem[0] = '\0';
        st->kind = QK_STORE_FINE;
        st->write_failed = false;
        open_into(st);
    }
    reopen_if_moved(st);
    return st->db != NULL && !(st->write_failed && st->problem[0] && st->kind == QK_STORE_READ_ONLY);
}

static void write_ok(qk_store *st)
{
    st->write_failed = false;
    st->problem[0] = '\0';
    st->kind = QK_STORE_FINE;
}

static void write_failed(qk_store *st, int rc, const char *doing)
{
    rollback_if_open(st->db);
    st->write_failed = true;
    describe_failure(st, rc, doing);
}

int64_t qk_store_session_begin(qk_store *st, const char *station_id, const qk_set *set,
                               bool autoplay, time_t started)
{
    if (!can_write(st))
        return 0;
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db,
        "INSERT INTO sessions (station_id, set_id, set_hash, set_title, started, status,"
        " score, autoplay) VALUES (?, ?, ?, ?, ?, 'in_progress', 0, ?)", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(s, 1, station_id ? station_id : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 2, set && set->id ? set->id : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 3, set ? set->hash : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 4, set && set->title ? set->title : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(s, 5, (sqlite3_int64)started);
        sqlite3_bind_int(s, 6, autoplay ? 1 : 0);
        rc = sqlite3_step(s);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        write_failed(st, rc, "the start of a session");
        return 0;
    }
    write_ok(st);
    int64_t id = (int64_t)sqlite3_last_insert_rowid(st->db);
    forget_session(st);
    st->cur.id = id;
    st->cur.station = strdup(station_id ? station_id : "");
    st->cur.set_id = strdup(set && set->id ? set->id : "");
    st->cur.set_hash = strdup(set ? set->hash : "");
    st->cur.set_title = strdup(set && set->title ? set->title : "");
    st->cur.started = started;
    st->cur.autoplay = autoplay ? 1 : 0;
    if (!st->cur.station || !st->cur.set_id || !st->cur.set_hash || !st->cur.set_title)
        forget_session(st); /* out of memory: only the carry-over is lost */
    return id;
}

bool qk_store_answer(qk_store *st, int64_t session_id, const qk_set *set,
                     const qk_record *rec)
{
    return qk_store_answer_at(st, session_id, set, rec, time(NULL));
}

bool qk_store_answer_at(qk_store *st, int64_t session_id, const qk_set *set,
                        const qk_record *rec, time_t answered_at)
{
    if (!can_write(st) || session_id <= 0 || !rec || !rec->question)
        return false;
    const qk_question *q = rec->question;
    const char *round_id = set && rec->round < set->n_rounds && set->rounds[rec->round].id
                               ? set->rounds[rec->round].id : "";
    char answer[256];
    qk_answer_format(q, &rec->answer, answer, sizeof answer);
    const char *type = qk_qtype_name(q->type);

    int rc = exec(st->db, "BEGIN IMMEDIATE");
    sqlite3_stmt *s = NULL;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(st->db,
            "INSERT INTO answers (session_id, seq, round_id, question_id, question_type,"
            " answer, correct, credit, time_ms, points, answered_at, timed_out, streak_bonus)"
            " VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM answers WHERE session_id"
            " = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, session_id);
        sqlite3_bind_text(s, 2, round_id, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 3, q->id ? q->id : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 4, type ? type : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 5, answer, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(s, 6, rec->correct ? 1 : 0);
        sqlite3_bind_double(s, 7, rec->credit);
        sqlite3_bind_int64(s, 8, (sqlite3_int64)rec->elapsed_ms);
        sqlite3_bind_double(s, 9, rec->points);
        sqlite3_bind_int64(s, 10, (sqlite3_int64)answered_at);
        sqlite3_bind_int(s, 11, rec->timed_out ? 1 : 0);
        sqlite3_bind_double(s, 12, rec->streak_bonus);
        rc = sqlite3_step(s);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(s);
    s = NULL;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(st->db,
            "UPDATE sessions SET score = score + ?1 WHERE id = ?2", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_double(s, 1, rec->points);
        sqlite3_bind_int64(s, 2, session_id);
        rc = sqlite3_step(s);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(s);
    if (rc == SQLITE_OK)
        rc = exec(st->db, "COMMIT");
    if (rc != SQLITE_OK) {
        write_failed(st, rc, "an answer");
        return false;
    }
    write_ok(st);
    return true;
}

const char *qk_store_end_name(qk_store_end end)
{
    switch (end) {
    case QK_END_COMPLETED: return "completed";
    case QK_END_STOPPED: return "stopped";
    default: return "abandoned";
    }
}

qk_store_end qk_store_end_of_state(qk_state st)
{
    return st == QK_ST_DONE ? QK_END_COMPLETED
         : st == QK_ST_STOPPED ? QK_END_STOPPED : QK_END_ABANDONED;
}

bool qk_store_session_end(qk_store *st, int64_t session_id, qk_store_end end,
                          double score, double max_score, time_t ended)
{
    if (!can_write(st) || session_id <= 0)
        return false;
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db,
        "UPDATE sessions SET ended = ?1, status = ?2, score = ?3, max_score = ?4"
        " WHERE id = ?5", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, (sqlite3_int64)ended);
        sqlite3_bind_text(s, 2, qk_store_end_name(end), -1, SQLITE_STATIC);
        sqlite3_bind_double(s, 3, score);
        sqlite3_bind_double(s, 4, max_score);
        sqlite3_bind_int64(s, 5, session_id);
        rc = sqlite3_step(s);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        write_failed(st, rc, "the end of a session");
        return false;
    }
    write_ok(st);
    /* Between sessions the main file holds everything, so that a copy of
     * results.db alone is complete. PASSIVE never waits for readers. */
    exec(st->db, "PRAGMA wal_checkpoint(PASSIVE)");
    return true;
}

long qk_store_outbox_count(qk_store *st)
{
    if (!st || !st->db)
        return -1;
    long long n = 0;
    if (query_int(st->db, "SELECT count(*) FROM outbox", &n) != SQLITE_OK)
        return -1;
    return (long)n;
}

void qk_store_memory(qk_store *st, long long *all, long long *cache)
{
    if (all)
        *all = (long long)sqlite3_memory_used();
    if (!cache)
        return;
    int cur = 0, hi = 0;
    if (!st || !st->db || sqlite3_db_status(st->db, SQLITE_DBSTATUS_CACHE_USED, &cur, &hi, 0))
        cur = 0;
    *cache = cur;
}

long qk_store_close_unfinished(qk_store *st)
{
    if (!can_write(st))
        return -1;
    int rc = exec(st->db,
        "UPDATE sessions SET status = 'abandoned', ended = coalesce("
        " (SELECT max(answered_at) FROM answers WHERE session_id = sessions.id), started)"
        " WHERE status = 'in_progress'");
    if (rc != SQLITE_OK) {
        write_failed(st, rc, "the end of unfinished sessions");
        return -1;
    }
    write_ok(st);
    return (long)sqlite3_changes(st->db);
}

/* ------------------------------------------------------------------ figures */

bool qk_store_summary_since(qk_store *st, time_t since, qk_store_summary *out)
{
    if (!out)
        return false;
    memset(out, 0, sizeof *out);
    out->avg_score_pct = -1;
    if (!st || !st->db)
        return false;
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db,
        "SELECT count(*), total(status = 'completed'), total(status = 'abandoned'),"
        " total(status = 'in_progress'),"
        " avg(CASE WHEN status = 'completed' AND max_score > 0"
        "     THEN score * 100.0 / max_score END),"
        " (SELECT count(*) FROM answers a JOIN sessions t ON t.id = a.session_id"
        "  WHERE t.autoplay = 0 AND t.started >= ?1),"
        " total(status = 'stopped')"
        " FROM sessions WHERE autoplay = 0 AND started >= ?1", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, (sqlite3_int64)since);
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            out->sessions = (long)sqlite3_column_int64(s, 0);
            out->completed = (long)sqlite3_column_double(s, 1);
            out->abandoned = (long)sqlite3_column_double(s, 2);
            out->in_progress = (long)sqlite3_column_double(s, 3);
            if (sqlite3_column_type(s, 4) != SQLITE_NULL)
                out->avg_score_pct = sqlite3_column_double(s, 4);
            out->answers = (long)sqlite3_column_int64(s, 5);
            out->stopped = (long)sqlite3_column_double(s, 6);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_OK) {
        describe_read_failure(st, rc, "the day's figures");
        return false;
    }
    return true;
}

long qk_store_most_missed(qk_store *st, time_t since, qk_store_missed *out, size_t max)
{
    if (!st || !st->db || (!out && max))
        return -1;
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db,
        "SELECT a.question_id, t.set_id, count(*) AS asked,"
        " sum(a.correct = 0) AS wrong"
        " FROM answers a JOIN sessions t ON t.id = a.session_id"
        " WHERE t.autoplay = 0 AND t.started >= ?1"
        " GROUP BY t.set_id, a.question_id HAVING wrong > 0"
        " ORDER BY wrong * 1.0 / asked DESC, asked DESC, t.set_id, a.question_id"
        " LIMIT ?2", -1, &s, NULL);
    long n = 0;
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, (sqlite3_int64)since);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)max);
        while ((rc = sqlite3_step(s)) == SQLITE_ROW && (size_t)n < max) {
            qk_store_missed *m = &out[n++];
            const char *qid = (const char *)sqlite3_column_text(s, 0);
            const char *sid = (const char *)sqlite3_column_text(s, 1);
            snprintf(m->question_id, sizeof m->question_id, "%s", qid ? qid : "");
            snprintf(m->set_id, sizeof m->set_id, "%s", sid ? sid : "");
            m->asked = (long)sqlite3_column_int64(s, 2);
            m->wrong = (long)sqlite3_column_int64(s, 3);
            m->pct_wrong = m->asked ? m->wrong * 100.0 / (double)m->asked : 0;
        }
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_OK) {
        describe_read_failure(st, rc, "the most-missed questions");
        return -1;
    }
    return n;
}

/* ------------------------------------------------------------------ export */

/* The rows are read by qk_store_history.c and written by qk_export_*.c. */
sqlite3 *qk_store_sqlite(qk_store *st)
{
    return st ? st->db : NULL;
}

bool qk_store_export_filename(char *buf, size_t cap, const char *dir,
                              const char *station_id, time_t now)
{
    return qk_store_export_filename_ext(buf, cap, dir, station_id, now, "csv");
}

bool qk_store_export_filename_ext(char *buf, size_t cap, const char *dir,
                                  const char *station_id, time_t now, const char *ext)
{
    if (!buf || !cap)
        return false;
    /* æ ø å (and capitals) spelt the Norwegian way in plain letters; any other
     * character, whole (not byte by byte), becomes '-'. */
    static const struct { unsigned char second; const char *plain; } nordic[] = {
        {0xA6, "ae"}, {0x86, "AE"}, {0xB8, "oe"}, {0x98, "OE"}, {0xA5, "aa"}, {0x85, "AA"}};
    char station[80];
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)(station_id ? station_id : "");
    while (*p && n < 64) {
        unsigned char c = *p;
        const char *put = NULL;
        char one[2] = {'-', '\0'};
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_') {
            one[0] = (char)c;
            p++;
        } else if (c == 0xC3 && p[1]) {
            for (size_t k = 0; k < sizeof nordic / sizeof nordic[0]; k++)
                if (p[1] == nordic[k].second)
                    put = nordic[k].plain;
            p += 2;
        } else {
            p++;
            while ((*p & 0xC0) == 0x80) /* the rest of a multi-byte character */
                p++;
        }
        for (const char *q = put ? put : one; *q; q++)
            station[n++] = *q;
    }
    station[n] = '\0';
    char stamp[32];
    struct tm tm;
    if (!localtime_r(&now, &tm) || !strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm))
        snprintf(stamp, sizeof stamp, "%lld", (long long)now);
    const char *d = dir && *dir ? dir : ".";
    size_t dl = strlen(d);
    const char *sep = dl && d[dl - 1] == '/' ? "" : "/";
    int w = snprintf(buf, cap, "%s%squizkiosk-results-%s-%s.%s", d, sep,
                     n ? station : "station", stamp, ext && *ext ? ext : "csv");
    if (w < 0 || (size_t)w >= cap) {
        buf[0] = '\0';
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ dates */

time_t qk_store_day_start(time_t t)
{
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return t;
    tm.tm_hour = 0;
    tm.tm_min = 0;
    tm.tm_sec = 0;
    tm.tm_isdst = -1;
    return mktime(&tm);
}

bool qk_store_parse_date(const char *s, time_t *out)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    struct tm tm = {0};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 || tm.tm_year != y - 1900 || tm.tm_mon != m - 1 || tm.tm_mday != d)
        return false;
    if (out)
        *out = t;
    return true;
}
