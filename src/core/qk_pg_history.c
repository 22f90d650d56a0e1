/* qk_pg_history.c: the server's rows into a qk_history (see qk_pg_history.h).
 *
 * One query, sessions LEFT JOIN answers, ordered so that each session comes
 * once followed by its answers, the same shape as qk_store_history.c reads
 * from SQLite, and one consistent snapshot (a single statement, read through
 * a cursor in one read-only transaction, QK_PG_HISTORY_FETCH rows at a time,
 * so libpq makes one result per batch rather than one per row). At a million
 * answers the time is the server's join and sort (EXPLAIN ANALYZE: ~5 s of the
 * ~9 s on a loaded 2-core machine; this client's own CPU 0.8 s); a larger
 * work_mem did not change it (the planner sorts incrementally along the
 * sessions_started and (session_uuid, seq) indexes). Numbers come
 * back as text (libpq's text format) and are parsed here; bigint times are
 * Unix seconds as on the stations.
 */
#include "qk_pg_history.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Rows per FETCH: big enough that libpq's per-result cost vanishes, small
 * enough that one batch is a few MB. */
#define QK_PG_HISTORY_FETCH "20000"

static const char *val(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? "" : PQgetvalue(r, row, col);
}

static long long ll(const PGresult *r, int row, int col)
{
    return strtoll(val(r, row, col), NULL, 10);
}

static double dbl(const PGresult *r, int row, int col)
{
    return strtod(val(r, row, col), NULL);
}

/* Appends the rows of one FETCH to `out`; *last_uuid is the session of the last
 * row seen (a session's rows may span two fetches). False out of memory. */
static bool add_rows(const PGresult *r, qk_history *out, char *last_uuid, size_t cap)
{
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        const char *uuid = val(r, i, 23);
        if (!out->n_sessions || strcmp(uuid, last_uuid) != 0) {
            qk_hist_session hs = {0};
            hs.id = (int64_t)ll(r, i, 0);
            hs.station_id = (char *)val(r, i, 1);
            hs.set_id = (char *)val(r, i, 2);
            hs.set_title = (char *)val(r, i, 3);
            hs.set_hash = (char *)val(r, i, 4);
            hs.started = (time_t)ll(r, i, 5);
            hs.ended = PQgetisnull(r, i, 6) ? 0 : (time_t)ll(r, i, 6);
            hs.status = (char *)val(r, i, 7);
            hs.score = dbl(r, i, 8);
            hs.has_max = !PQgetisnull(r, i, 9);
            hs.max_score = hs.has_max ? dbl(r, i, 9) : 0;
            hs.autoplay = ll(r, i, 10) != 0;
            if (qk_history_add_session(out, &hs) == (size_t)-1)
                return false;
            snprintf(last_uuid, cap, "%s", uuid);
        }
        if (!PQgetisnull(r, i, 11)) {
            qk_hist_answer a = {0};
            a.seq = (long)ll(r, i, 11);
            a.round_id = (char *)val(r, i, 12);
            a.question_id = (char *)val(r, i, 13);
            a.question_type = (char *)val(r, i, 14);
            a.answer = (char *)val(r, i, 15);
            a.correct = ll(r, i, 16) != 0;
            a.credit = dbl(r, i, 17);
            a.time_ms = (long)ll(r, i, 18);
            a.points = dbl(r, i, 19);
            a.streak_bonus = dbl(r, i, 20);
            a.timed_out = ll(r, i, 21) != 0;
            a.answered_at = (time_t)ll(r, i, 22);
            if (!qk_history_add_answer(out, &a))
                return false;
        }
    }
    return true;
}

static bool run_ok(PGconn *c, const char *sql, char *err, size_t cap)
{
    PGresult *r = PQexec(c, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        qk_pg_error(c, r, "reading the results from the server", err, cap);
    PQclear(r);
    return ok;
}

bool qk_pg_history(PGconn *c, const qk_history_filter *filter, const char *station_id,
                   qk_history *out, char *err, size_t cap)
{
    qk_history_init(out);
    if (err && cap)
        err[0] = '\0';
    qk_history_filter none = {0, NULL, true};
    const qk_history_filter *f = filter ? filter : &none;
    char since[32];
    snprintf(since, sizeof since, "%lld", (long long)f->since);
    const char *params[4] = {since, f->set_id ? f->set_id : "", f->with_autoplay ? "1" : "0",
                             station_id ? station_id : ""};
    if (!run_ok(c, "BEGIN READ ONLY", err, cap))
        return false;
    PGresult *r = PQexecParams(c,
        "DECLARE qk_history_rows NO SCROLL CURSOR FOR"
        " SELECT t.local_id, t.station_id, t.set_id, t.set_title, t.set_hash, t.started,"
        " t.ended, t.status, t.score, t.max_score, t.autoplay, a.seq, a.round_id,"
        " a.question_id, a.question_type, a.answer, a.correct, a.credit, a.time_ms,"
        " a.points, a.streak_bonus, a.timed_out, a.answered_at, t.session_uuid"
        " FROM sessions t LEFT JOIN answers a ON a.session_uuid = t.session_uuid"
        " WHERE t.started >= $1::bigint AND ($2 = '' OR t.set_id = $2)"
        " AND ($3::int = 1 OR t.autoplay = 0) AND ($4 = '' OR t.station_id = $4)"
        " ORDER BY t.started, t.station_id, t.local_id, t.session_uuid, a.seq",
        4, NULL, params, NULL, NULL, 0);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK, oom = false;
    if (!ok)
        qk_pg_error(c, r, "reading the results from the server", err, cap);
    PQclear(r);
    char last_uuid[40] = "";
    while (ok && !oom) {
        r = PQexec(c, "FETCH FORWARD " QK_PG_HISTORY_FETCH " FROM qk_history_rows");
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            qk_pg_error(c, r, "reading the results from the server", err, cap);
            ok = false;
        } else if (PQntuples(r) == 0) {
            PQclear(r);
            break;
        } else if (!add_rows(r, out, last_uuid, sizeof last_uuid)) {
            oom = true;
        }
        PQclear(r);
    }
    /* Read only: ending it either way changes nothing on the server. */
    PQclear(PQexec(c, ok && !oom ? "COMMIT" : "ROLLBACK"));
    if (oom && err && cap)
        snprintf(err, cap, "out of memory while reading the results from the server");
    if (!ok || oom) {
        qk_history_clear(out);
        return false;
    }
    return true;
}

char *qk_pg_describe(PGconn *c, char *buf, size_t cap)
{
    const char *host = PQhost(c), *port = PQport(c), *db = PQdb(c), *user = PQuser(c);
    snprintf(buf, cap, "database %s on %s, port %s, as %s", db && *db ? db : "?",
             host && *host ? host : "the local socket", port && *port ? port : "5432",
             user && *user ? user : "?");
    return buf;
}
