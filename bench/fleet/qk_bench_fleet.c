/* qk_bench_fleet.c: many stations forwarding to one PostgreSQL (issue 14's
 * benchmark; bench/fleet/run.sh runs it against a throw-away server, and
 * bench/README.md has the figures). Nothing here is asserted.
 *
 * Each simulated station is a thread with its own results.db (qk_store, as the
 * kiosk writes it) and its own forwarder (qk_forward, as the kiosk runs it).
 *   backlog: every station first stores all its sessions with no server, then
 *            all forwarders start at once; the time until every outbox is empty
 *            gives the rows ingested per second. Floor in the same run: the
 *            server copying the same answers into a table of the same shape
 *            (INSERT ... SELECT, no network, no parsing).
 *   live:    stations play at a pace (one answer every PACE ms each) with their
 *            forwarders running; for each answer, the lag from the moment its
 *            transaction committed on the station to `received` on the server
 *            (now() of the server's batch transaction, so a little before that
 *            batch's COMMIT), median and p99.
 * Usage: qk_bench_fleet backlog|live URI DIR [STATIONS [SESSIONS [ANSWERS [PACE_MS]]]]
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <libpq-fe.h>

#include "qk_forward.h"
#include "qk_store.h"
#include "store_fixture.h"

typedef struct {
    int idx;
    const char *uri;
    char db[512];
    int sessions, answers, pace_ms;
    bool live;
    int64_t *stored_ms;   /* [session * answers + seq - 1]: wall clock ms at commit */
    qk_forward *fwd;
} station;

static int64_t wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static double mono_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static qk_forward *make_forwarder(station *s)
{
    qk_forward_options o = {.db_path = s->db, .server = s->uri, .seed = (uint64_t)s->idx + 1};
    char err[256];
    qk_forward *f = qk_forward_create(&o, err, sizeof err);
    if (!f || qk_forward_start(f) != 0) {
        fprintf(stderr, "station %d: %s\n", s->idx, err);
        exit(1);
    }
    return f;
}

static void *play(void *arg)
{
    station *s = arg;
    char id[32];
    snprintf(id, sizeof id, "bench-%02d", s->idx);
    qk_store *st = qk_store_open(s->db);
    if (!st || !qk_store_ok(st)) {
        fprintf(stderr, "%s: cannot open %s\n", id, s->db);
        exit(1);
    }
    if (s->live)
        s->fwd = make_forwarder(s);
    for (int k = 0; k < s->sessions; k++) {
        time_t t = time(NULL);
        int64_t sid = qk_store_session_begin(st, id, &fx_set, false, t);
        double score = 0;
        for (int a = 0; a < s->answers; a++) {
            size_t r = (size_t)(a % 3 == 2), q = r ? 0 : (size_t)(a % 2);
            bool ok = (k + a) % 3 != 0;
            qk_record rec = fx_record(r, q, ok ? 0 : 1, ok, 2000 + (uint32_t)(a * 137 % 5000),
                                      ok ? 1 : 0);
            qk_store_answer_at(st, sid, &fx_set, &rec, time(NULL));
            s->stored_ms[(size_t)(sid - 1) * (size_t)s->answers + (size_t)a] = wall_ms();
            score += ok ? 1 : 0;
            if (s->pace_ms > 0)
                sleep_ms(s->pace_ms);
        }
        qk_store_session_end(st, sid, QK_END_COMPLETED, score, s->answers, time(NULL));
    }
    qk_store_close(st);
    return NULL;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static double exec_time(PGconn *c, const char *sql)
{
    double t0 = mono_s();
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
        fprintf(stderr, "%s: %s", sql, PQerrorMessage(c));
    PQclear(r);
    return mono_s() - t0;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: %s backlog|live URI DIR [STATIONS [SESSIONS [ANSWERS "
                        "[PACE_MS]]]]\n", argv[0]);
        return 2;
    }
    bool live = !strcmp(argv[1], "live");
    const char *uri = argv[2], *dir = argv[3];
    int n = argc > 4 ? atoi(argv[4]) : 50;
    int sessions = argc > 5 ? atoi(argv[5]) : 200;
    int answers = argc > 6 ? atoi(argv[6]) : 6;
    int pace = argc > 7 ? atoi(argv[7]) : (live ? 25 : 0);
    mkdir(dir, 0755);
    station *st = calloc((size_t)n, sizeof *st);
    pthread_t *th = calloc((size_t)n, sizeof *th);
    for (int i = 0; i < n; i++) {
        station *s = &st[i];
        s->idx = i;
        s->uri = uri;
        snprintf(s->db, sizeof s->db, "%s/s%02d.db", dir, i);
        s->sessions = sessions;
        s->answers = answers;
        s->pace_ms = pace;
        s->live = live;
        s->stored_ms = calloc((size_t)sessions * (size_t)answers, sizeof *s->stored_ms);
    }
    double t0 = mono_s();
    for (int i = 0; i < n; i++)
        pthread_create(&th[i], NULL, play, &st[i]);
    for (int i = 0; i < n; i++)
        pthread_join(th[i], NULL);
    double t_stored = mono_s();
    if (!live) {
        printf("stored %d stations x %d sessions x %d answers in %.2f s (no server)\n", n,
               sessions, answers, t_stored - t0);
        t0 = mono_s();
        for (int i = 0; i < n; i++)
            st[i].fwd = make_forwarder(&st[i]);
    }
    int unsent = 0;
    for (int i = 0; i < n; i++)
        unsent += !qk_forward_flush(st[i].fwd, 300000);
    double t_done = mono_s();
    uint64_t rows = 0;
    for (int i = 0; i < n; i++) {
        qk_forward_stats fs;
        qk_forward_get_stats(st[i].fwd, &fs);
        rows += fs.rows_sent;
        qk_forward_destroy(st[i].fwd);
    }
    long total_answers = (long)n * sessions * answers;
    PGconn *c = PQconnectdb(uri);
    if (PQstatus(c) != CONNECTION_OK) {
        fprintf(stderr, "%s", PQerrorMessage(c));
        return 1;
    }
    PGresult *r = PQexec(c, "SELECT (SELECT count(*) FROM answers), (SELECT count(*) FROM sessions)");
    long srv_answers = atol(PQgetvalue(r, 0, 0)), srv_sessions = atol(PQgetvalue(r, 0, 1));
    PQclear(r);
    printf("server holds %ld answers (of %ld) and %ld sessions (of %ld); %d stations not "
           "flushed\n", srv_answers, total_answers, srv_sessions, (long)n * sessions, unsent);
    printf("outbox rows sent: %llu (a session re-sent after each answer counts again)\n",
           (unsigned long long)rows);
    if (!live) {
        double secs = t_done - t0;
        long server_rows = srv_answers + srv_sessions;
        printf("backlog forwarded in %.2f s: %.0f server rows/s (%.0f outbox rows/s)\n", secs,
               (double)server_rows / secs, (double)rows / secs);
        exec_time(c, "DROP TABLE IF EXISTS answers_floor");
        exec_time(c, "CREATE TABLE answers_floor (LIKE answers INCLUDING ALL)");
        double f = exec_time(c, "INSERT INTO answers_floor SELECT * FROM answers");
        printf("floor: the server copying the %ld answers into a table of the same shape: "
               "%.2f s, %.0f rows/s; forwarder answers/s to floor: %.2f\n", srv_answers, f,
               (double)srv_answers / f, ((double)srv_answers / secs) / ((double)srv_answers / f));
        exec_time(c, "DROP TABLE answers_floor");
    } else {
        printf("played %.2f s, all forwarded %.2f s after the last answer\n", t_stored - t0,
               t_done - t_stored);
        r = PQexec(c, "SELECT substr(s.station_id, 7)::int, s.local_id, a.seq,"
                      " (extract(epoch FROM a.received) * 1000)::bigint"
                      " FROM answers a JOIN sessions s USING (session_uuid)");
        int rows_n = PQntuples(r);
        int64_t *lag = malloc((size_t)(rows_n ? rows_n : 1) * sizeof *lag);
        int m = 0;
        for (int i = 0; i < rows_n; i++) {
            int si = atoi(PQgetvalue(r, i, 0));
            long lid = atol(PQgetvalue(r, i, 1));
            int seq = atoi(PQgetvalue(r, i, 2));
            int64_t recv = atoll(PQgetvalue(r, i, 3));
            if (si < 0 || si >= n || lid < 1 || lid > sessions || seq < 1 || seq > answers)
                continue;
            int64_t stored = st[si].stored_ms[(size_t)(lid - 1) * (size_t)answers +
                                              (size_t)(seq - 1)];
            lag[m++] = recv - stored;
        }
        PQclear(r);
        qsort(lag, (size_t)m, sizeof *lag, cmp_i64);
        if (m)
            printf("lag answer -> server over %d answers: median %lld ms, p90 %lld ms, "
                   "p99 %lld ms, max %lld ms\n", m, (long long)lag[m / 2],
                   (long long)lag[(size_t)(m * 0.9)], (long long)lag[(size_t)(m * 0.99)],
                   (long long)lag[m - 1]);
        printf("ingest while playing: %.0f answers/s offered, %.0f server rows/s\n",
               (double)total_answers / (t_stored - t0),
               (double)(srv_answers + srv_sessions) / (t_done - t0));
        free(lag);
    }
    PQfinish(c);
    for (int i = 0; i < n; i++)
        free(st[i].stored_ms);
    free(st);
    free(th);
    return 0;
}
