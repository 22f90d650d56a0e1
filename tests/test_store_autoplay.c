/* test_store_autoplay.c: the whole way from the kiosk to the CSV file.
 *
 * Runs `quizkiosk --autoplay 3 --seed 7` (dummy video driver, a temporary
 * station file whose results_db points into a temporary folder), then
 * `quizkiosk --export-results`, and compares every CSV row field by field with
 * the database the kiosk wrote. Also checks that the sessions are marked
 * autoplay, all ended, and left out of the trainer's figures, and that the
 * kiosk closes a session an earlier run left unfinished.
 * Usage: test_store_autoplay PATH/TO/quizkiosk
 */
#include <math.h>
#include <sys/wait.h>

#include "qk_test.h"
#include "store_csv.h"
#include "store_fixture.h"

static const char *bin;
static char cfg[600], db[600], csv[600];

/* Runs the binary with `args` (NULL-terminated); returns its exit status. */
static int run(const char *const *args)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        setenv("SDL_VIDEODRIVER", "dummy", 1);
        setenv("SDL_AUDIODRIVER", "dummy", 1);
        setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 1);
        const char *argv[16];
        int n = 0;
        argv[n++] = bin;
        for (int i = 0; args[i] && n < 15; i++)
            argv[n++] = args[i];
        argv[n] = NULL;
        execv(bin, (char *const *)argv);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static const char *local(sqlite3_int64 t)
{
    static char buf[32];
    time_t tt = (time_t)t;
    struct tm tm;
    localtime_r(&tt, &tm);
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    return buf;
}

/* Compares one CSV cell with column `c` of the current row of `s`. */
static bool same(const char *cellv, sqlite3_stmt *s, int c, char kind)
{
    int type = sqlite3_column_type(s, c);
    if (type == SQLITE_NULL)
        return *cellv == '\0';
    switch (kind) {
    case 't':
        return strcmp(cellv, (const char *)sqlite3_column_text(s, c)) == 0;
    case 'i': {
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", (long long)sqlite3_column_int64(s, c));
        return strcmp(cellv, buf) == 0;
    }
    case 'n': {
        char *end;
        double v = strtod(cellv, &end);
        return *cellv && !*end && fabs(v - sqlite3_column_double(s, c)) < 1e-6;
    }
    case 'd':
        return strcmp(cellv, local(sqlite3_column_int64(s, c))) == 0;
    }
    return false;
}

static void test_autoplay_to_csv(void)
{
    const char *dir = fx_tmpdir("autoplay");
    snprintf(db, sizeof db, "%s/data/results.db", dir);
    snprintf(cfg, sizeof cfg, "%s/station.cfg", dir);
    snprintf(csv, sizeof csv, "%s/export.csv", dir);
    FILE *f = fopen(cfg, "w");
    QK_REQUIRE(f != NULL);
    fprintf(f, "station_id = \"autoplay-test\";\nresults_db = \"%s\";\nfullscreen = false;\n"
               "width = 640;\nheight = 480;\n", db);
    fclose(f);

    /* A session cut off by a power cut in an earlier run. */
    qk_store *before = qk_store_open(db);
    int64_t cut = qk_store_session_begin(before, "before-power-cut", &fx_set, false,
                                         time(NULL) - 600);
    qk_record rec = fx_record(0, 0, 0, true, 1500, 1);
    QK_CHECK(qk_store_answer_at(before, cut, &fx_set, &rec, time(NULL) - 590));
    qk_store_close(before);
    QK_REQUIRE(cut == 1);

    const char *play[] = {"--config", cfg, "--autoplay", "3", "--seed", "7", "--windowed",
                          "--size", "640x480", NULL};
    QK_CHECK_INT(run(play), 0);
    QK_REQUIRE(fx_file_size(db) > 0);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions"), 4);
    /* The kiosk closed the cut-off session at start. */
    QK_CHECK_STR(fx_text(db, "SELECT status FROM sessions WHERE id = 1"), "abandoned");
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions WHERE autoplay = 1"), 3);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions WHERE status = 'in_progress'"
                            " OR ended IS NULL"), 0);
    QK_CHECK_STR(fx_text(db, "SELECT DISTINCT station_id FROM sessions WHERE autoplay = 1"),
                 "autoplay-test");
    QK_CHECK(fx_int(db, "SELECT count(*) FROM answers") > 0);
    /* The running score agrees with the answers' points. */
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions t WHERE abs(t.score -"
                            " (SELECT total(points) FROM answers WHERE session_id = t.id))"
                            " > 1e-9"), 0);
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");

    const char *exp[] = {"--config", cfg, "--export-results", csv, NULL};
    QK_CHECK_INT(run(exp), 0);
    csv_doc *d = calloc(1, sizeof *d);
    QK_REQUIRE(read_export(csv, d));
    QK_CHECK_INT(d->nrows - 1, fx_int(db, "SELECT count(*) FROM sessions t LEFT JOIN answers a"
                                          " ON a.session_id = t.id"));

    sqlite3 *h = NULL;
    QK_REQUIRE(sqlite3_open(db, &h) == SQLITE_OK);
    sqlite3_stmt *s = NULL;
    QK_REQUIRE(sqlite3_prepare_v2(h,
        "SELECT t.id, t.station_id, t.set_id, t.set_title, t.set_hash, t.started, t.ended,"
        " t.status, t.score, t.max_score, t.autoplay, a.seq, a.round_id, a.question_id,"
        " a.question_type, a.answer, a.correct, a.credit, a.time_ms, a.points,"
        " a.streak_bonus, a.timed_out, a.answered_at FROM sessions t LEFT JOIN answers a"
        " ON a.session_id = t.id WHERE t.id = ?1 AND coalesce(a.seq, 0) = ?2", -1, &s,
        NULL) == SQLITE_OK);
    static const char kinds[] = "ittttddtnniittttininnid";
    size_t compared = 0;
    for (size_t r = 1; r < d->nrows; r++) {
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, atoll(d->f[r][0]));
        sqlite3_bind_int64(s, 2, atoll(d->f[r][11]));
        QK_CHECK(sqlite3_step(s) == SQLITE_ROW);
        if (sqlite3_data_count(s) != 23)
            continue;
        for (int c = 0; c < 23; c++) {
            if (!same(d->f[r][c], s, c, kinds[c])) {
                fprintf(stderr, "row %zu, column %s: CSV has \"%s\", the database \"%s\"\n",
                        r, d->f[0][c], d->f[r][c], sqlite3_column_text(s, c));
                QK_CHECK(0);
            }
        }
        compared++;
    }
    sqlite3_finalize(s);
    sqlite3_close(h);
    QK_CHECK_INT(compared, d->nrows - 1);
    printf("     %zu rows compared\n", compared);
    csv_free(d);
    free(d);

    /* Autoplay sessions are stored but never counted for the trainer. */
    qk_store *st = qk_store_open(db);
    qk_store_summary sum;
    QK_CHECK(qk_store_summary_since(st, 0, &sum));
    QK_CHECK_INT(sum.sessions, 1); /* only the one cut off */
    QK_CHECK_INT(sum.abandoned, 1);
    QK_CHECK_INT(sum.answers, 1);
    qk_store_missed top[QK_STORE_MISSED_TOP];
    QK_CHECK_INT(qk_store_most_missed(st, 0, top, QK_STORE_MISSED_TOP), 0);
    qk_store_close(st);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_store_autoplay PATH/TO/quizkiosk\n");
        return 2;
    }
    bin = argv[1];
    QK_RUN(test_autoplay_to_csv);
    fx_cleanup(qk_test_failed);
    return qk_test_summary();
}
