/* test_forward.c: the forwarder and its settings without a server (the fleet_*
 * tests run it against a real PostgreSQL).
 *   - a server that cannot be reached: the outbox keeps every row (none lost),
 *     the failure is counted with libpq's reason, the retries follow the backoff
 *     (a handful of tries in a second, not hundreds), flush gives up at its
 *     timeout, the store keeps saving answers meanwhile, stop is prompt;
 *   - --sync's core (qk_forward_sync) says -1 and leaves the outbox as it was;
 *   - a forwarder needs a database and a server;
 *   - the station settings results_server / results_server_password_file:
 *     a good file (path resolved beside it, keyword form too), and each refusal
 *     with its line: a password in the URI, a password= key, not a URI. */
#include <time.h>

#include "qk_forward.h"
#include "qk_station.h"
#include "qk_test.h"
#include "store_fixture.h"

#define NO_SERVER "postgresql:///qk?host=/nonexistent-qk-socket-dir&port=1"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A store with `n` sessions of two answers each; returns its path. */
static const char *store_with(int n)
{
    const char *db = fx_join(fx_tmpdir("forward"), "results.db");
    qk_store *st = qk_store_open(db);
    for (int i = 0; st && i < n; i++) {
        int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1700000000 + i);
        qk_record r1 = fx_record(0, 0, 0, true, 4000, 1);
        qk_record r2 = fx_record(0, 1, 1, false, 6000, 0);
        qk_store_answer_at(st, sid, &fx_set, &r1, 1700000010 + i);
        qk_store_answer_at(st, sid, &fx_set, &r2, 1700000020 + i);
        qk_store_session_end(st, sid, QK_END_COMPLETED, 1, 3, 1700000030 + i);
    }
    qk_store_close(st);
    return db;
}

static void test_unreachable_server_keeps_rows(void)
{
    const char *db = store_with(5);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM outbox"), 15);
    qk_forward_options o = {.db_path = db, .server = NO_SERVER, .poll_ms = 20,
                            .backoff_base_ms = 100, .backoff_cap_ms = 400, .seed = 7};
    char err[256] = "";
    qk_forward *f = qk_forward_create(&o, err, sizeof err);
    QK_REQUIRE(f);
    QK_REQUIRE(qk_forward_start(f) == 0);
    double t0 = now_s();
    QK_CHECK_INT(qk_forward_flush(f, 1000), 0); /* cannot empty it: times out */
    double waited = now_s() - t0;
    QK_CHECK(waited >= 0.9 && waited < 2.0);

    /* The store goes on saving while the forwarder fails. */
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(st && qk_store_ok(st));
    int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1700001000);
    qk_record r = fx_record(0, 0, 0, true, 3000, 1);
    double a0 = now_s();
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &r, 1700001010));
    QK_CHECK(now_s() - a0 < 1.0);
    QK_CHECK_INT(qk_store_outbox_count(st), 17);
    qk_store_close(st);

    qk_forward_stats fs;
    qk_forward_get_stats(f, &fs);
    /* Backoff 100 ms doubling to 400 ms (jitter [d/2, d]): within ~1.1 s at most
     * about 10 tries, at least 3; a loop without backoff would make hundreds. */
    QK_CHECK(fs.failures >= 3 && fs.failures <= 12);
    QK_CHECK(strstr(fs.last_error, "cannot connect to the results server") != NULL);
    QK_CHECK_INT(fs.rows_sent, 0);
    QK_CHECK_INT(fs.connected, 0);
    double s0 = now_s();
    qk_forward_stop(f);
    QK_CHECK(now_s() - s0 < 1.0);
    qk_forward_stop(f); /* twice is fine */
    qk_forward_destroy(f);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM outbox"), 17);

    /* --sync's core: the server cannot be reached, nothing is lost. */
    long sent = -5, left = -5;
    err[0] = '\0';
    QK_CHECK_INT(qk_forward_sync(&o, &sent, &left, err, sizeof err), -1);
    QK_CHECK_INT(sent, 0);
    QK_CHECK_INT(left, 17);
    QK_CHECK(strstr(err, "cannot connect") != NULL);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM outbox"), 17);
}

static void test_create_needs_db_and_server(void)
{
    char err[256] = "";
    qk_forward_options o = {.db_path = "/tmp/x.db", .server = ""};
    QK_CHECK(qk_forward_create(&o, err, sizeof err) == NULL);
    QK_CHECK(strstr(err, "results_server") != NULL);
    qk_forward_options o2 = {.server = NO_SERVER};
    QK_CHECK(qk_forward_create(&o2, err, sizeof err) == NULL);
    QK_CHECK_INT(qk_forward_flush(NULL, 10), 0);
    qk_forward_destroy(NULL);
    /* A database that cannot be opened is a local failure (-2), not the server's. */
    qk_forward_options o3 = {.db_path = "/nonexistent-qk/results.db", .server = NO_SERVER};
    QK_CHECK_INT(qk_forward_sync(&o3, NULL, NULL, err, sizeof err), -2);
    QK_CHECK(strstr(err, "/nonexistent-qk/results.db") != NULL);
}

/* Loads tests/fleet/stations/NAME; returns whether it loaded; *line gets the
 * first error's line and msg its message. */
static bool load(const char *name, qk_station *st, int *line, char *msg, size_t cap)
{
    char path[512];
    snprintf(path, sizeof path, "%s/fleet/stations/%s", QK_TESTS_DIR, name);
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(qk_station_defaults(st, "quizzes"));
    bool ok = qk_station_load(st, path, &d);
    *line = 0;
    msg[0] = '\0';
    for (size_t i = 0; i < d.count; i++)
        if (d.items[i].severity == QK_DIAG_ERROR) {
            *line = d.items[i].line;
            /* the English text, whatever the test's own language */
            snprintf(msg, cap, "%s", qk_diag_text(&d.items[i], QK_LANG_EN));
            break;
        }
    qk_diags_clear(&d);
    return ok;
}

static void test_settings(void)
{
    qk_station st;
    int line;
    char msg[600];
    QK_CHECK(load("good.cfg", &st, &line, msg, sizeof msg));
    QK_CHECK_STR(st.results_server,
                 "postgresql://quizkiosk@db.example.no/quizkiosk?sslmode=verify-full");
    QK_CHECK(st.results_server_password_file &&
             strstr(st.results_server_password_file, "/fleet/stations/results-server.pw"));
    qk_station copy;
    QK_CHECK(qk_station_copy(&copy, &st));
    QK_CHECK_STR(copy.results_server, st.results_server);
    qk_station_free(&copy);
    qk_station_free(&st);

    QK_CHECK(load("keyword_form.cfg", &st, &line, msg, sizeof msg));
    QK_CHECK(st.results_server && !strncmp(st.results_server, "host=db.example.no", 18));
    QK_CHECK(st.results_server_password_file == NULL);
    qk_station_free(&st);

    QK_CHECK(!load("password_in_uri.cfg", &st, &line, msg, sizeof msg));
    QK_CHECK_INT(line, 3);
    QK_CHECK(strstr(msg, "holds a password") && strstr(msg, "results_server_password_file"));
    QK_CHECK(!strstr(msg, "hemmelig")); /* never repeated in the log */
    QK_CHECK(st.results_server == NULL); /* left as it was */
    qk_station_free(&st);

    QK_CHECK(!load("password_key.cfg", &st, &line, msg, sizeof msg));
    QK_CHECK_INT(line, 2);
    QK_CHECK(strstr(msg, "holds a password") != NULL);
    qk_station_free(&st);

    QK_CHECK(!load("not_a_uri.cfg", &st, &line, msg, sizeof msg));
    QK_CHECK_INT(line, 3);
    QK_CHECK(strstr(msg, "postgresql://") != NULL);
    qk_station_free(&st);
}

int main(void)
{
    QK_RUN(test_unreachable_server_keeps_rows);
    QK_RUN(test_create_needs_db_and_server);
    QK_RUN(test_settings);
    int rc = qk_test_summary();
    fx_cleanup(rc != 0);
    return rc;
}
