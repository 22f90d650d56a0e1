/* qk_pg_history.c: the server's rows into a qk_history (see qk_pg_history.h).
 *
 * One query, sessions LEFT JOIN answers, ordered so that each session comes
 * once followed by its answers, the same shape as qk_store_history.c reads
 * from SQLite, and one consistent snapshot (a single statement). Numbers come
 * back as text (libpq's text format) and are parsed here; bigint times are
 * Unix seconds as on the stations.
 */
#include "qk_pg_history.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *val(const PGresult *r, int col)
{
    return PQgetisnull(r, 0, col) ? "" : PQgetvalue(r, 0, col);
}

static long long ll(const PGresult *r, int col)
{
    return strtoll(val(r, col), NULL, 10);
}

static double dbl(const PGresult *r, int col)
{
    return strtod(val(r, col), NULL);
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
    int sent = PQsendQueryParams(c,
        "SELECT t.local_id, t.station_id, t.set_id, t.set_title, t.set_hash, t.started,"
        " t.ended, t.status, t.score, t.max_score, t.autoplay, a.seq, a.round_id,"
        " a.question_id, a.question_type, a.answer, a.correct, a.credit, a.time_ms,"
        " a.points, a.streak_bonus, a.timed_out, a.answered_at, t.session_uuid"
        " FROM sessions t LEFT JOIN answers a ON a.session_uuid = t.session_uuid"
        " WHERE t.started >= $1::bigint AND ($2 = '' OR t.set_id = $2)"
        " AND ($3::int = 1 OR t.autoplay = 0) AND ($4 = '' OR t.station_id = $4)"
        " ORDER BY t.started, t.station_id, t.local_id, t.session_uuid, a.seq",
        4, NULL, params, NULL, NULL, 0);
    if (!sent || !PQsetSingleRowMode(c)) {
        qk_pg_error(c, NULL, "reading the results from the server", err, cap);
        if (sent)
            while (PQgetResult(c)) {}
        return false;
    }
    bool ok = true, oom = false;
    char last_uuid[40] = "";
    PGresult *r;
    while ((r = PQgetResult(c)) != NULL) {
        ExecStatusType s = PQresultStatus(r);
        if (s == PGRES_SINGLE_TUPLE && ok && !oom) {
            const char *uuid = val(r, 23);
            if (!out->n_sessions || strcmp(uuid, last_uuid) != 0) {
                qk_hist_session hs = {0};
                hs.id = (int64_t)ll(r, 0);
                hs.station_id = (char *)val(r, 1);
                hs.set_id = (char *)val(r, 2);
                hs.set_title = (char *)val(r, 3);
                hs.set_hash = (char *)val(r, 4);
                hs.started = (time_t)ll(r, 5);
                hs.ended = PQgetisnull(r, 0, 6) ? 0 : (time_t)ll(r, 6);
                hs.status = (char *)val(r, 7);
                hs.score = dbl(r, 8);
                hs.has_max = !PQgetisnull(r, 0, 9);
                hs.max_score = hs.has_max ? dbl(r, 9) : 0;
                hs.autoplay = ll(r, 10) != 0;
                if (qk_history_add_session(out, &hs) == (size_t)-1)
                    oom = true;
                snprintf(last_uuid, sizeof last_uuid, "%s", uuid);
            }
            if (!oom && !PQgetisnull(r, 0, 11)) {
                qk_hist_answer a = {0};
                a.seq = (long)ll(r, 11);
                a.round_id = (char *)val(r, 12);
                a.question_id = (char *)val(r, 13);
                a.question_type = (char *)val(r, 14);
                a.answer = (char *)val(r, 15);
                a.correct = ll(r, 16) != 0;
                a.credit = dbl(r, 17);
                a.time_ms = (long)ll(r, 18);
                a.points = dbl(r, 19);
                a.streak_bonus = dbl(r, 20);
                a.timed_out = ll(r, 21) != 0;
                a.answered_at = (time_t)ll(r, 22);
                if (!qk_history_add_answer(out, &a))
                    oom = true;
            }
        } else if (s != PGRES_SINGLE_TUPLE && s != PGRES_TUPLES_OK && ok) {
            qk_pg_error(c, r, "reading the results from the server", err, cap);
            ok = false;
        }
        PQclear(r);
    }
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
