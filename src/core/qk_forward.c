/* qk_forward.c: the forwarder (see qk_forward.h for the design).
 *
 * Layout: a `link` is one pair of connections (SQLite read/delete, libpq send)
 * with the batch logic (link_batch); the thread and qk_forward_sync both drive
 * a link. Values go to the server as text parameters with explicit casts; REAL
 * columns are printed with 17 significant digits, so a double arrives exactly
 * as stored. Every SQLite value is copied (sqlite3_column_text is only valid
 * until the next step) into one arena freed after the batch.
 */
#include "qk_forward.h"

#include "qk_backoff.h"
#include "qk_pg.h"
#include "qk_store.h" /* QK_STORE_CACHE_KIB */

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

/* ---- one link: a SQLite connection and a server connection -------------- */

typedef struct {
    char *db_path, *server, *password_file;
    int batch, statement_timeout_ms;
    sqlite3 *db;
    PGconn *pg;
    void (*on_connect)(void *ctx); /* told of each new connection, before its use */
    void *on_connect_ctx;
} fw_link;

static uint64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static char *dup_or_null(const char *s)
{
    return s && *s ? strdup(s) : NULL;
}

/* Opens the station's database for the forwarder: its own connection, WAL
 * (the store made it so), a busy timeout so that a kiosk's write in progress is
 * waited for, never broken. The outbox deletes need no fsync of their own: a
 * delete lost in a power cut only means a batch sent again, which the server
 * ignores. Returns 0 or -1 with err. */
static int link_open_db(fw_link *l, char *err, size_t cap)
{
    if (l->db)
        return 0;
    int rc = sqlite3_open_v2(l->db_path, &l->db, SQLITE_OPEN_READWRITE, NULL);
    if (rc != SQLITE_OK) {
        snprintf(err, cap, "%s: cannot open the results database (%s)", l->db_path,
                 l->db ? sqlite3_errmsg(l->db) : sqlite3_errstr(rc));
        sqlite3_close(l->db);
        l->db = NULL;
        return -1;
    }
    sqlite3_busy_timeout(l->db, 5000);
    sqlite3_exec(l->db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
    char cache[64]; /* small, as the store's own (qk_store.h) */
    snprintf(cache, sizeof cache, "PRAGMA cache_size = -%d", QK_STORE_CACHE_KIB);
    sqlite3_exec(l->db, cache, NULL, NULL, NULL);
    return 0;
}

static void link_drop_pg(fw_link *l)
{
    if (l->pg)
        PQfinish(l->pg);
    l->pg = NULL;
}

static void link_close(fw_link *l)
{
    link_drop_pg(l);
    if (l->db)
        sqlite3_close(l->db);
    l->db = NULL;
}

static int pg_ok(PGconn *c, const char *sql, const char *what, char *err, size_t cap)
{
    PGresult *r = PQexec(c, sql);
    ExecStatusType s = PQresultStatus(r);
    int ok = s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
    if (!ok)
        qk_pg_error(c, r, what, err, cap);
    PQclear(r);
    return ok ? 0 : -1;
}

/* Connects and migrates when there is no live connection. 1 when a new
 * connection was made, 0 when the old one is kept, -1 with err. */
static int link_connect(fw_link *l, char *err, size_t cap)
{
    if (l->pg && PQstatus(l->pg) == CONNECTION_OK)
        return 0;
    link_drop_pg(l);
    PGconn *c = qk_pg_connect(l->server, l->password_file, err, cap);
    if (!c)
        return -1;
    if (qk_pg_migrate(c, err, cap) < 0) {
        PQfinish(c);
        return -1;
    }
    char sql[64];
    snprintf(sql, sizeof sql, "SET statement_timeout = %d", l->statement_timeout_ms);
    if (pg_ok(c, sql, "setting the statement timeout", err, cap) != 0) {
        PQfinish(c);
        return -1;
    }
    l->pg = c;
    if (l->on_connect)
        l->on_connect(l->on_connect_ctx);
    return 1;
}

/* ---- building a batch ---------------------------------------------------- */

typedef struct {
    char **v;      /* values, NULL = SQL NULL; each owned */
    size_t n, cap;
} values;

static int values_push(values *vs, const char *s, size_t len)
{
    if (vs->n == vs->cap) {
        size_t nc = vs->cap ? vs->cap * 2 : 256;
        char **nv = realloc(vs->v, nc * sizeof *nv);
        if (!nv)
            return -1;
        vs->v = nv;
        vs->cap = nc;
    }
    char *c = NULL;
    if (s) {
        c = malloc(len + 1);
        if (!c)
            return -1;
        memcpy(c, s, len);
        c[len] = '\0';
    }
    vs->v[vs->n++] = c;
    return 0;
}

/* Copies column i of the current row as the server's text form. */
static int values_column(values *vs, sqlite3_stmt *s, int i)
{
    char buf[64];
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_NULL:
        return values_push(vs, NULL, 0);
    case SQLITE_INTEGER:
        snprintf(buf, sizeof buf, "%lld", (long long)sqlite3_column_int64(s, i));
        return values_push(vs, buf, strlen(buf));
    case SQLITE_FLOAT:
        snprintf(buf, sizeof buf, "%.17g", sqlite3_column_double(s, i));
        return values_push(vs, buf, strlen(buf));
    default: {
        const unsigned char *t = sqlite3_column_text(s, i);
        return values_push(vs, (const char *)(t ? t : (const unsigned char *)""),
                           (size_t)sqlite3_column_bytes(s, i));
    }
    }
}

static void values_free(values *vs)
{
    for (size_t i = 0; i < vs->n; i++)
        free(vs->v[i]);
    free(vs->v);
    memset(vs, 0, sizeof *vs);
}

/* Reads every row of `sql` (bound to ?1 = first id, ?2 = last id) into vs.
 * Returns the row count or -1. */
static long read_rows(sqlite3 *db, const char *sql, int64_t first, int64_t last, values *vs,
                      int ncols)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(s, 1, first);
    sqlite3_bind_int64(s, 2, last);
    long rows = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        for (int i = 0; i < ncols; i++)
            if (values_column(vs, s, i) != 0) {
                sqlite3_finalize(s);
                return -1;
            }
        rows++;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? rows : -1;
}

#define SESSION_COLS 12
static const char *const session_casts[SESSION_COLS] = {
    "uuid", "text", "bigint", "text", "text", "text", "bigint", "bigint", "text",
    "float8", "float8", "integer"};
#define ANSWER_COLS 15
static const char *const answer_casts[ANSWER_COLS] = {
    "uuid", "uuid", "text", "integer", "text", "text", "text", "text", "integer", "float8",
    "bigint", "float8", "bigint", "integer", "float8"};

/* The sessions touched by the batch (their current row), and the batch's answers. */
static const char SQL_SESSIONS[] =
    "SELECT uuid, station_id, id, set_id, set_hash, set_title, started, ended, status,"
    " score, max_score, autoplay FROM sessions WHERE uuid IS NOT NULL AND id IN"
    " (SELECT session_id FROM outbox WHERE id BETWEEN ?1 AND ?2) ORDER BY id";
static const char SQL_ANSWERS[] =
    "SELECT a.uuid, s.uuid, s.station_id, a.seq, a.round_id, a.question_id,"
    " a.question_type, a.answer, a.correct, a.credit, a.time_ms, a.points, a.answered_at,"
    " a.timed_out, a.streak_bonus FROM outbox o"
    " JOIN answers a ON a.session_id = o.session_id AND a.seq = o.seq"
    " JOIN sessions s ON s.id = a.session_id"
    " WHERE o.id BETWEEN ?1 AND ?2 AND o.seq > 0 AND a.uuid IS NOT NULL AND s.uuid IS NOT NULL"
    " ORDER BY o.id";

/* "INSERT INTO t (cols) VALUES ($1::c1, ...), (...) tail" for `rows` rows. */
static char *build_insert(const char *head, const char *const *casts, int ncols, long rows,
                          const char *tail)
{
    size_t cap = strlen(head) + strlen(tail) + (size_t)rows * (size_t)ncols * 24 + 64;
    char *sql = malloc(cap);
    if (!sql)
        return NULL;
    size_t n = (size_t)snprintf(sql, cap, "%s", head);
    int p = 1;
    for (long r = 0; r < rows; r++) {
        n += (size_t)snprintf(sql + n, cap - n, "%s(", r ? "," : "");
        for (int c = 0; c < ncols; c++)
            n += (size_t)snprintf(sql + n, cap - n, "%s$%d::%s", c ? "," : "", p++, casts[c]);
        n += (size_t)snprintf(sql + n, cap - n, ")");
    }
    snprintf(sql + n, cap - n, "%s", tail);
    return sql;
}

static int pg_params(PGconn *c, const char *sql, const values *vs, const char *what,
                     char *err, size_t cap)
{
    PGresult *r = PQexecParams(c, sql, (int)vs->n, NULL, (const char *const *)vs->v, NULL,
                               NULL, 0);
    int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        qk_pg_error(c, r, what, err, cap);
    PQclear(r);
    return ok ? 0 : -1;
}

/* The session upsert: a row only moves forward (see qk_pg.c's schema comment). */
static const char SESSION_HEAD[] =
    "INSERT INTO sessions (session_uuid, station_id, local_id, set_id, set_hash, set_title,"
    " started, ended, status, score, max_score, autoplay) VALUES ";
static const char SESSION_TAIL[] =
    " ON CONFLICT (session_uuid) DO UPDATE SET ended = EXCLUDED.ended,"
    " status = EXCLUDED.status, score = EXCLUDED.score, max_score = EXCLUDED.max_score"
    " WHERE sessions.status = 'in_progress'"
    " AND (EXCLUDED.status <> 'in_progress' OR EXCLUDED.score >= sessions.score)";
static const char ANSWER_HEAD[] =
    "INSERT INTO answers (answer_uuid, session_uuid, station_id, seq, round_id, question_id,"
    " question_type, answer, correct, credit, time_ms, points, answered_at, timed_out,"
    " streak_bonus) VALUES ";
static const char ANSWER_TAIL[] = " ON CONFLICT DO NOTHING";

/* The distinct station ids among the sessions (column 1 of each row). */
static int station_values(const values *sess, long rows, values *out)
{
    for (long r = 0; r < rows; r++) {
        const char *id = sess->v[(size_t)r * SESSION_COLS + 1];
        bool seen = false;
        for (size_t k = 0; k < out->n && !seen; k++)
            seen = !strcmp(out->v[k], id ? id : "");
        if (!seen && values_push(out, id ? id : "", strlen(id ? id : "")) != 0)
            return -1;
    }
    return 0;
}

/* Sends one batch of outbox rows with id <= max_id. Returns the outbox rows sent
 * (0: nothing queued), -1 for a server failure, -2 for a local one (err says). */
static long link_batch(fw_link *l, int64_t max_id, char *err, size_t cap)
{
    if (link_open_db(l, err, cap) != 0)
        return -2;
    sqlite3 *db = l->db;
    values sess = {0}, ans = {0}, stations = {0};
    char *sql_s = NULL, *sql_a = NULL;
    long result = -2;
    int64_t first = 0, last = 0;
    long n_out = 0, n_sess = 0, n_ans = 0;

    if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
        snprintf(err, cap, "%s: %s", l->db_path, sqlite3_errmsg(db));
        return -2;
    }
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db,
        "SELECT min(id), max(id), count(*) FROM (SELECT id FROM outbox WHERE id <= ?1"
        " ORDER BY id LIMIT ?2)", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, max_id);
        sqlite3_bind_int(s, 2, l->batch);
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            first = sqlite3_column_int64(s, 0);
            last = sqlite3_column_int64(s, 1);
            n_out = (long)sqlite3_column_int64(s, 2);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_OK) {
        /* A database without the outbox yet (older schema, not opened by the
         * kiosk since): nothing to send. */
        const char *m = sqlite3_errmsg(db);
        if (m && strstr(m, "no such table")) {
            result = 0;
        } else {
            snprintf(err, cap, "%s: reading the outbox: %s", l->db_path, m ? m : "?");
        }
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        return result;
    }
    if (n_out == 0) {
        sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
        return 0;
    }
    n_sess = read_rows(db, SQL_SESSIONS, first, last, &sess, SESSION_COLS);
    n_ans = n_sess < 0 ? -1 : read_rows(db, SQL_ANSWERS, first, last, &ans, ANSWER_COLS);
    if (n_sess < 0 || n_ans < 0) {
        snprintf(err, cap, "%s: reading the rows to send: %s", l->db_path, sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        goto out;
    }
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL); /* the read transaction */

    if (station_values(&sess, n_sess, &stations) != 0 ||
        (n_sess && !(sql_s = build_insert(SESSION_HEAD, session_casts, SESSION_COLS, n_sess,
                                          SESSION_TAIL))) ||
        (n_ans && !(sql_a = build_insert(ANSWER_HEAD, answer_casts, ANSWER_COLS, n_ans,
                                         ANSWER_TAIL)))) {
        snprintf(err, cap, "out of memory building a batch");
        goto out;
    }

    result = -1;
    if (link_connect(l, err, cap) < 0)
        goto out;
    PGconn *c = l->pg;
    if (pg_ok(c, "BEGIN", "starting a batch", err, cap) != 0)
        goto fail;
    for (size_t k = 0; k < stations.n; k++) {
        const char *p[1] = {stations.v[k]};
        PGresult *r = PQexecParams(c,
            "INSERT INTO stations (station_id) VALUES ($1) ON CONFLICT (station_id)"
            " DO UPDATE SET last_seen = now()", 1, NULL, p, NULL, NULL, 0);
        int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            qk_pg_error(c, r, "sending the station", err, cap);
        PQclear(r);
        if (!ok)
            goto fail;
    }
    if ((sql_s && pg_params(c, sql_s, &sess, "sending sessions", err, cap) != 0) ||
        (sql_a && pg_params(c, sql_a, &ans, "sending answers", err, cap) != 0))
        goto fail;
    if (pg_ok(c, "COMMIT", "committing a batch", err, cap) != 0) {
        /* The reply was lost or the commit refused: either way the rows stay
         * queued and go again, which the server ignores if they did arrive. */
        link_drop_pg(l);
        goto out;
    }

    /* On the server now: off the outbox. Only these ids: a row queued again
     * since has a newer id and goes in a later batch. */
    s = NULL;
    rc = sqlite3_prepare_v2(db, "DELETE FROM outbox WHERE id BETWEEN ?1 AND ?2", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, first);
        sqlite3_bind_int64(s, 2, last);
        rc = sqlite3_step(s);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        snprintf(err, cap, "%s: the rows were sent but could not be taken off the outbox "
                 "(%s); they will be sent again, which the server ignores", l->db_path,
                 sqlite3_errmsg(db));
        result = -2;
        goto out;
    }
    result = n_out;
    goto out;
fail:
    if (PQstatus(c) == CONNECTION_OK && PQtransactionStatus(c) != PQTRANS_IDLE) {
        PGresult *r = PQexec(c, "ROLLBACK");
        PQclear(r);
    }
    link_drop_pg(l); /* a fresh connection for the next try */
out:
    free(sql_s);
    free(sql_a);
    values_free(&sess);
    values_free(&ans);
    values_free(&stations);
    return result;
}

static long count_outbox(sqlite3 *db, int64_t *max_id)
{
    sqlite3_stmt *s = NULL;
    long n = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*), coalesce(max(id), 0) FROM outbox", -1, &s,
                           NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
        n = (long)sqlite3_column_int64(s, 0);
        if (max_id)
            *max_id = sqlite3_column_int64(s, 1);
    }
    sqlite3_finalize(s);
    return n;
}

static int link_init(fw_link *l, const qk_forward_options *o, char *err, size_t cap)
{
    memset(l, 0, sizeof *l);
    if (!o || !o->db_path || !*o->db_path || !o->server || !*o->server) {
        snprintf(err, cap, "the forwarder needs a results database and a results_server");
        return -1;
    }
    l->db_path = strdup(o->db_path);
    l->server = strdup(o->server);
    l->password_file = dup_or_null(o->password_file);
    l->batch = o->batch > 0 ? o->batch : QK_FORWARD_BATCH;
    if (l->batch > 4000)
        l->batch = 4000; /* 15 parameters an answer, libpq's limit is 65535 */
    l->statement_timeout_ms = o->statement_timeout_ms > 0 ? o->statement_timeout_ms : 30000;
    if (!l->db_path || !l->server || (o->password_file && *o->password_file &&
                                      !l->password_file)) {
        snprintf(err, cap, "out of memory");
        return -1;
    }
    return 0;
}

static void link_free(fw_link *l)
{
    link_close(l);
    free(l->db_path);
    free(l->server);
    free(l->password_file);
    memset(l, 0, sizeof *l);
}

/* ---- --sync ---------------------------------------------------------------- */

int qk_forward_sync(const qk_forward_options *opt, long *sent, long *left, char *err,
                    size_t cap)
{
    fw_link l;
    long total = 0;
    if (sent)
        *sent = 0;
    if (left)
        *left = -1;
    if (link_init(&l, opt, err, cap) != 0) {
        link_free(&l);
        return -2;
    }
    int rc = 0;
    int64_t max_id = 0;
    long queued = 0;
    if (link_open_db(&l, err, cap) != 0) {
        rc = -2;
        goto done;
    }
    queued = count_outbox(l.db, &max_id);
    if (queued < 0) {
        const char *m = sqlite3_errmsg(l.db);
        if (m && strstr(m, "no such table")) {
            queued = 0; /* a database older than the outbox: nothing queued */
        } else {
            snprintf(err, cap, "%s: reading the outbox: %s", l.db_path, m ? m : "?");
            rc = -2;
            goto done;
        }
    }
    /* Reach the server even with nothing to send: --sync's answer says whether
     * the station can reach it. */
    if (link_connect(&l, err, cap) < 0) {
        rc = -1;
        goto done;
    }
    for (;;) {
        long n = link_batch(&l, max_id, err, cap);
        if (n < 0) {
            rc = (int)n;
            break;
        }
        if (n == 0)
            break;
        total += n;
    }
done:
    if (sent)
        *sent = total;
    if (left && l.db) {
        long n = count_outbox(l.db, NULL);
        *left = n < 0 ? 0 : n;
    }
    link_free(&l);
    return rc;
}

/* ---- the thread ------------------------------------------------------------ */

struct qk_forward {
    fw_link l;                     /* the thread's own (before start: nobody's) */
    int poll_ms;
    qk_backoff bo;
    qk_forward_log_fn log;
    void *log_ctx;

    pthread_mutex_t mu;         /* guards everything below */
    pthread_cond_t cv;          /* wakes the thread (stop, flush) and flushers */
    pthread_t th;
    bool running, stop, urgent;
    uint64_t flush_asked, flush_done; /* generations: a pass taken / ended empty */
    qk_forward_stats st;
    PGcancel *cancel;           /* of the thread's live connection, or NULL */
};

static void say(qk_forward *f, int level, const char *fmt, const char *arg)
{
    if (!f->log)
        return;
    char msg[700];
    snprintf(msg, sizeof msg, fmt, arg);
    f->log(f->log_ctx, level, msg);
}

static void set_cancel(void *ctx)
{
    qk_forward *f = ctx;
    pthread_mutex_lock(&f->mu);
    if (f->cancel)
        PQfreeCancel(f->cancel);
    f->cancel = f->l.pg ? PQgetCancel(f->l.pg) : NULL;
    f->st.connected = f->l.pg != NULL;
    pthread_mutex_unlock(&f->mu);
}

/* One pass: batches until the outbox is empty, a failure, or a stop. Returns 0
 * when it ended empty, -1 on failure (err), 1 when stopped. */
static int pass(qk_forward *f, char *err, size_t cap)
{
    for (;;) {
        pthread_mutex_lock(&f->mu);
        bool stop = f->stop;
        pthread_mutex_unlock(&f->mu);
        if (stop)
            return 1;
        long n = link_batch(&f->l, INT64_MAX, err, cap);
        if (n < 0)
            return -1;
        pthread_mutex_lock(&f->mu);
        if (n > 0) {
            f->st.rows_sent += (uint64_t)n;
            f->st.batches++;
        }
        pthread_mutex_unlock(&f->mu);
        if (n == 0)
            return 0;
    }
}

static void *thread_main(void *arg)
{
    qk_forward *f = arg;
    char err[700];
    bool was_failing = false, ever_sent = false;
    pthread_mutex_lock(&f->mu);
    while (!f->stop) {
        uint64_t now = mono_ms();
        bool due = f->urgent || qk_backoff_due(&f->bo, now);
        if (!due) {
            uint64_t wait = f->bo.next_ms > now ? f->bo.next_ms - now : 0;
            if (wait > 1000)
                wait = 1000; /* flush and stop wake it sooner */
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            uint64_t ns = (uint64_t)ts.tv_nsec + (wait % 1000) * 1000000u;
            ts.tv_sec += (time_t)(wait / 1000 + ns / 1000000000u);
            ts.tv_nsec = (long)(ns % 1000000000u);
            pthread_cond_timedwait(&f->cv, &f->mu, &ts);
            continue;
        }
        uint64_t gen = f->flush_asked;
        f->urgent = false;
        pthread_mutex_unlock(&f->mu);

        err[0] = '\0';
        int r = pass(f, err, sizeof err);
        long pending = f->l.db ? count_outbox(f->l.db, NULL) : -1;
        now = mono_ms();
        if (r < 0) {
            qk_backoff_failed(&f->bo, now);
            if (!was_failing)
                say(f, 4, "results not sent, will try again: %s", err);
            was_failing = true;
        } else if (r == 0) {
            qk_backoff_succeeded(&f->bo, now);
            if (was_failing || (!ever_sent && f->l.pg))
                say(f, 6, "results server reached; %s", "forwarding results");
            if (f->l.pg)
                ever_sent = true;
            was_failing = false;
        }
        pthread_mutex_lock(&f->mu);
        f->st.pending = pending;
        if (r < 0) {
            f->st.failures++;
            snprintf(f->st.last_error, sizeof f->st.last_error, "%.*s", (int)sizeof f->st.last_error - 1, err);
        } else if (r == 0) {
            f->st.last_error[0] = '\0';
            if (pending == 0 && gen > f->flush_done)
                f->flush_done = gen;
        }
        f->st.connected = f->l.pg != NULL;
        pthread_cond_broadcast(&f->cv);
        if (r == 0 && !f->stop) {
            /* Idle: wait for the next look (or a flush/stop). */
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            uint64_t ns = (uint64_t)ts.tv_nsec + (uint64_t)(f->poll_ms % 1000) * 1000000u;
            ts.tv_sec += (time_t)(f->poll_ms / 1000 + (int)(ns / 1000000000u));
            ts.tv_nsec = (long)(ns % 1000000000u);
            if (!f->urgent)
                pthread_cond_timedwait(&f->cv, &f->mu, &ts);
        }
    }
    pthread_mutex_unlock(&f->mu);
    return NULL;
}

qk_forward *qk_forward_create(const qk_forward_options *opt, char *err, size_t cap)
{
    qk_forward *f = calloc(1, sizeof *f);
    if (!f) {
        snprintf(err, cap, "out of memory");
        return NULL;
    }
    if (link_init(&f->l, opt, err, cap) != 0) {
        link_free(&f->l);
        free(f);
        return NULL;
    }
    f->poll_ms = opt->poll_ms > 0 ? opt->poll_ms : 200;
    uint64_t seed = opt->seed ? opt->seed
                              : ((uint64_t)time(NULL) << 20) ^ (uint64_t)getpid() ^ mono_ms();
    qk_backoff_init(&f->bo, opt->backoff_base_ms ? opt->backoff_base_ms : 1000,
                    opt->backoff_cap_ms ? opt->backoff_cap_ms : 60000, seed);
    f->log = opt->log;
    f->log_ctx = opt->log_ctx;
    f->l.on_connect = set_cancel;
    f->l.on_connect_ctx = f;
    f->st.pending = -1;
    pthread_mutex_init(&f->mu, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&f->cv, &ca);
    pthread_condattr_destroy(&ca);
    return f;
}

int qk_forward_start(qk_forward *f)
{
    if (!f)
        return -1;
    pthread_mutex_lock(&f->mu);
    if (f->running) {
        pthread_mutex_unlock(&f->mu);
        return 0;
    }
    f->stop = false;
    int rc = pthread_create(&f->th, NULL, thread_main, f);
    f->running = rc == 0;
    pthread_mutex_unlock(&f->mu);
    return rc == 0 ? 0 : -1;
}

int qk_forward_flush(qk_forward *f, int timeout_ms)
{
    if (!f)
        return 0;
    pthread_mutex_lock(&f->mu);
    if (!f->running) {
        pthread_mutex_unlock(&f->mu);
        return 0;
    }
    uint64_t gen = ++f->flush_asked;
    f->urgent = true;
    pthread_cond_broadcast(&f->cv);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t ns = (uint64_t)ts.tv_nsec + (uint64_t)(timeout_ms % 1000) * 1000000u;
    ts.tv_sec += (time_t)(timeout_ms / 1000 + (int)(ns / 1000000000u));
    ts.tv_nsec = (long)(ns % 1000000000u);
    while (f->flush_done < gen) {
        if (pthread_cond_timedwait(&f->cv, &f->mu, &ts) == ETIMEDOUT)
            break;
    }
    int ok = f->flush_done >= gen;
    pthread_mutex_unlock(&f->mu);
    return ok;
}

void qk_forward_stop(qk_forward *f)
{
    if (!f)
        return;
    pthread_mutex_lock(&f->mu);
    if (!f->running) {
        pthread_mutex_unlock(&f->mu);
        return;
    }
    f->stop = true;
    pthread_cond_broadcast(&f->cv);
    if (f->cancel) {
        char buf[256];
        PQcancel(f->cancel, buf, sizeof buf); /* a query stuck behind a lock ends now */
    }
    pthread_mutex_unlock(&f->mu);
    pthread_join(f->th, NULL);
    pthread_mutex_lock(&f->mu);
    f->running = false;
    pthread_mutex_unlock(&f->mu);
}

void qk_forward_destroy(qk_forward *f)
{
    if (!f)
        return;
    qk_forward_stop(f);
    if (f->cancel)
        PQfreeCancel(f->cancel);
    link_free(&f->l);
    pthread_cond_destroy(&f->cv);
    pthread_mutex_destroy(&f->mu);
    free(f);
}

void qk_forward_get_stats(qk_forward *f, qk_forward_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!f) {
        out->pending = -1;
        return;
    }
    pthread_mutex_lock(&f->mu);
    *out = f->st;
    pthread_mutex_unlock(&f->mu);
}
