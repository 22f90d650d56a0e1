/* test_store_export.c: the CSV export and the trainer's figures.
 *
 * The export is read back with a small, strict RFC 4180 parser written here
 * (quoted fields, doubled quotes, CRLF after every record, nothing else) and
 * compared field by field with what was written. The figures are checked
 * against a history whose answers are known, with autoplay sessions mixed in.
 * The time zone is fixed (Europe/Oslo) so that local times are known.
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "qk_test.h"
#include "store_fixture.h"
#include "store_csv.h"

static void test_parser_itself(void)
{
    csv_doc d;
    const char ok[] = "a,\"b,c\",\"d\"\"e\"\r\n\"x\r\ny\",,z\r\n";
    QK_REQUIRE(csv_parse(ok, sizeof ok - 1, &d));
    QK_CHECK_INT(d.nrows, 2);
    QK_CHECK_STR(d.f[0][1], "b,c");
    QK_CHECK_STR(d.f[0][2], "d\"e");
    QK_CHECK_STR(d.f[1][0], "x\r\ny");
    QK_CHECK_STR(d.f[1][1], "");
    csv_free(&d);
    const char bare_lf[] = "a,b\nc,d\r\n";
    QK_CHECK(!csv_parse(bare_lf, sizeof bare_lf - 1, &d));
    csv_free(&d);
    const char no_end[] = "a,b";
    QK_CHECK(!csv_parse(no_end, sizeof no_end - 1, &d));
    csv_free(&d);
    const char stray[] = "a\"b\r\n";
    QK_CHECK(!csv_parse(stray, sizeof stray - 1, &d));
    csv_free(&d);
}

/* ---------------------------------------------------------- export */

static const char *local(time_t t)
{
    static char buf[4][32];
    static int k;
    struct tm tm;
    localtime_r(&t, &tm);
    char *b = buf[k++ % 4];
    strftime(b, 32, "%Y-%m-%d %H:%M:%S", &tm);
    return b;
}

typedef struct {
    int64_t session;
    const char *station;
    const qk_set *set;
    time_t started, ended;
    const char *status;
    const char *score, *max_score;
    bool autoplay;
    int seq;
    qk_record rec;
    const char *answer;     /* the formatted answer */
    time_t at;
} expect_row;

static void check_row(const csv_doc *d, size_t r, const expect_row *e)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%lld", (long long)e->session);
    QK_CHECK_STR(cell(d, r, "session_id"), buf);
    QK_CHECK_STR(cell(d, r, "station_id"), e->station);
    QK_CHECK_STR(cell(d, r, "set_id"), e->set->id);
    QK_CHECK_STR(cell(d, r, "set_title"), e->set->title);
    QK_CHECK_STR(cell(d, r, "set_hash"), e->set->hash);
    QK_CHECK_STR(cell(d, r, "started"), local(e->started));
    QK_CHECK_STR(cell(d, r, "ended"), e->ended ? local(e->ended) : "");
    QK_CHECK_STR(cell(d, r, "status"), e->status);
    QK_CHECK_STR(cell(d, r, "score"), e->score);
    QK_CHECK_STR(cell(d, r, "max_score"), e->max_score);
    QK_CHECK_STR(cell(d, r, "autoplay"), e->autoplay ? "1" : "0");
    if (!e->seq) {
        QK_CHECK_STR(cell(d, r, "seq"), "");
        QK_CHECK_STR(cell(d, r, "question_id"), "");
        QK_CHECK_STR(cell(d, r, "answer"), "");
        return;
    }
    snprintf(buf, sizeof buf, "%d", e->seq);
    QK_CHECK_STR(cell(d, r, "seq"), buf);
    QK_CHECK_STR(cell(d, r, "round_id"), e->set->rounds[e->rec.round].id);
    QK_CHECK_STR(cell(d, r, "question_id"), e->rec.question->id);
    QK_CHECK_STR(cell(d, r, "question_type"), qk_qtype_name(e->rec.question->type));
    QK_CHECK_STR(cell(d, r, "answer"), e->answer);
    QK_CHECK_STR(cell(d, r, "correct"), e->rec.correct ? "1" : "0");
    QK_CHECK_NEAR(atof(cell(d, r, "credit")), e->rec.credit, 1e-6);
    snprintf(buf, sizeof buf, "%u", (unsigned)e->rec.elapsed_ms);
    QK_CHECK_STR(cell(d, r, "time_ms"), buf);
    QK_CHECK_NEAR(atof(cell(d, r, "points")), e->rec.points, 1e-6);
    QK_CHECK_NEAR(atof(cell(d, r, "streak_bonus")), e->rec.streak_bonus, 1e-6);
    QK_CHECK_STR(cell(d, r, "timed_out"), e->rec.timed_out ? "1" : "0");
    QK_CHECK_STR(cell(d, r, "answered_at"), local(e->at));
}

/* A second set whose title and id are plain, to show fields stay apart. */
static qk_set other_set;

static void test_export_roundtrip(void)
{
    other_set = fx_set;
    other_set.id = "annet-sett";
    other_set.title = "Åpenhet";
    memcpy(other_set.hash, "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", 65);

    const char *dir = fx_tmpdir("export");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(qk_store_ok(st));

    static expect_row want[64];
    size_t nw = 0;
    time_t t0 = 1790000000; /* 2026-09-21 */

    /* Session 1: completed, three answers, tricky station and title. */
    int64_t s1 = qk_store_session_begin(st, FX_STATION, &fx_set, false, t0);
    qk_record r1[3] = {fx_record(0, 0, 0, true, 3400, 1), fx_record(0, 1, 1, false, 12001, 0.5),
                       fx_record(1, 0, 1, true, 800, 1.25)};
    r1[1].answer.n = 3;
    r1[1].answer.v[0] = 1, r1[1].answer.v[1] = 1, r1[1].answer.v[2] = 0;
    r1[1].credit = 0.25;
    r1[2].streak_bonus = 0.25;
    for (int i = 0; i < 3; i++) {
        QK_CHECK(qk_store_answer_at(st, s1, &fx_set, &r1[i], t0 + 10 * (i + 1)));
        expect_row *e = &want[nw++];
        *e = (expect_row){s1, FX_STATION, &fx_set, t0, t0 + 100, "completed", "2.75", "4",
                          false, i + 1, r1[i], NULL, t0 + 10 * (i + 1)};
    }
    QK_CHECK(qk_store_session_end(st, s1, true, 2.75, 4, t0 + 100));

    /* Session 2: abandoned after a timeout, on the other set, autoplay. */
    int64_t s2 = qk_store_session_begin(st, "kiosk-2", &other_set, true, t0 + 3600);
    qk_record to = fx_record(1, 0, 0, false, 20000, 0);
    to.answer.n = 0;
    to.timed_out = true;
    QK_CHECK(qk_store_answer_at(st, s2, &other_set, &to, t0 + 3620));
    want[nw++] = (expect_row){s2, "kiosk-2", &other_set, t0 + 3600, t0 + 3700, "abandoned",
                              "0", "4", true, 1, to, NULL, t0 + 3620};
    QK_CHECK(qk_store_session_end(st, s2, false, 0, 4, t0 + 3700));

    /* Session 3: no answers at all (walked away at once), still in progress. */
    int64_t s3 = qk_store_session_begin(st, FX_STATION, &fx_set, false, t0 + 86400 * 2);
    want[nw++] = (expect_row){s3, FX_STATION, &fx_set, t0 + 86400 * 2, 0, "in_progress",
                              "0", "", false, 0, {0}, NULL, 0};

    static char fmt[64][128];
    for (size_t i = 0; i < nw; i++)
        if (want[i].seq) {
            qk_answer_format(want[i].rec.question, &want[i].rec.answer, fmt[i], sizeof fmt[i]);
            want[i].answer = fmt[i];
        }

    const char *csv = fx_join(dir, "out.csv");
    long rows = -1;
    char err[1024] = "x";
    QK_CHECK(qk_store_export_csv(st, csv, 0, &rows, err, sizeof err));
    QK_CHECK_STR(err, "");
    QK_CHECK_INT(rows, (long)nw);
    csv_doc d;
    QK_REQUIRE(read_export(csv, &d));
    QK_CHECK_INT(d.nrows, nw + 1);
    for (size_t i = 0; i < nw && i + 1 < d.nrows; i++)
        check_row(&d, i + 1, &want[i]);
    csv_free(&d);
    /* No temporary file is left beside it. */
    DIR *dd = opendir(dir);
    int others = 0;
    struct dirent *de;
    while ((de = readdir(dd)) != NULL)
        if (strstr(de->d_name, ".tmp-"))
            others++;
    closedir(dd);
    QK_CHECK_INT(others, 0);

    /* --since: only sessions started on or after that local day. */
    time_t since = 0;
    QK_REQUIRE(qk_store_parse_date("2026-09-23", &since));
    QK_CHECK(qk_store_export_csv(st, csv, since, &rows, err, sizeof err));
    QK_CHECK_INT(rows, 1);
    QK_REQUIRE(read_export(csv, &d));
    QK_CHECK_INT(d.nrows, 2);
    if (d.nrows == 2)
        check_row(&d, 1, &want[nw - 1]);
    csv_free(&d);

    /* Nothing since: a header and no rows. */
    QK_REQUIRE(qk_store_parse_date("2030-01-01", &since));
    QK_CHECK(qk_store_export_csv(st, csv, since, &rows, err, sizeof err));
    QK_CHECK_INT(rows, 0);
    QK_REQUIRE(read_export(csv, &d));
    QK_CHECK_INT(d.nrows, 1);
    csv_free(&d);
    qk_store_close(st);
}

static void test_export_failures(void)
{
    const char *dir = fx_tmpdir("exportfail");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1790000000);
    for (int i = 0; i < 300; i++) {
        qk_record rec = fx_record(0, 0, i % 3, i % 3 == 0, (uint32_t)i, i % 3 == 0);
        qk_store_answer_at(st, sid, &fx_set, &rec, 1790000000 + i);
    }

    /* A folder that does not exist (a USB stick not mounted). */
    char err[1024] = "";
    const char *nowhere = fx_join(dir, "usb/stick/out.csv");
    QK_CHECK(!qk_store_export_csv(st, nowhere, 0, NULL, err, sizeof err));
    QK_CHECK(fx_contains(err, nowhere));
    QK_CHECK(fx_contains(err, "No such file"));
    QK_CHECK(fx_file_size(nowhere) < 0);
    QK_CHECK(!qk_store_export_csv(st, "", 0, NULL, err, sizeof err));

    /* The disk fills up half way: a file-size limit in a child process.
     * An earlier export is left untouched and no temporary file remains. */
    const char *csv = fx_join(dir, "results.csv");
    FILE *f = fopen(csv, "w");
    QK_REQUIRE(f != NULL);
    fputs("earlier export\r\n", f);
    fclose(f);
    int fds[2];
    QK_REQUIRE(pipe(fds) == 0);
    qk_store_close(st); /* no SQLite connection crosses the fork */
    fflush(NULL);
    pid_t pid = fork();
    QK_REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        qk_store *mine = qk_store_open(db);
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {4096, 4096};
        setrlimit(RLIMIT_FSIZE, &rl);
        char e2[1024] = "";
        bool ok = qk_store_export_csv(mine, csv, 0, NULL, e2, sizeof e2);
        char line[1100];
        int n = snprintf(line, sizeof line, "%d %s", ok ? 1 : 0, e2);
        _exit(write(fds[1], line, (size_t)n) == n ? 0 : 4);
    }
    close(fds[1]);
    char buf[1200] = "";
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    waitpid(pid, NULL, 0);
    QK_REQUIRE(n > 2);
    buf[n] = '\0';
    QK_CHECK(buf[0] == '0');
    QK_CHECK(fx_contains(buf, csv));
    QK_CHECK(fx_contains(buf, "ikke endret")); /* nb, the default language */
    size_t len = 0;
    char *content = slurp(csv, &len);
    QK_CHECK_STR(content, "earlier export\r\n");
    free(content);
    DIR *dd = opendir(dir);
    int tmp = 0;
    struct dirent *de;
    while ((de = readdir(dd)) != NULL)
        if (strstr(de->d_name, ".tmp-"))
            tmp++;
    closedir(dd);
    QK_CHECK_INT(tmp, 0);

    /* Without the limit the same export works and replaces the old file. */
    st = qk_store_open(db);
    long rows = 0;
    QK_CHECK(qk_store_export_csv(st, csv, 0, &rows, err, sizeof err));
    QK_CHECK_INT(rows, 300);
    qk_store_close(st);
}

/* ---------------------------------------------------------- figures */

/* Twelve questions in one round, for the top-10 list. */
static qk_question many_q[12];
static qk_round many_round;
static qk_set many_set;
static char many_ids[12][8];

static void build_many_set(void)
{
    for (int i = 0; i < 12; i++) {
        snprintf(many_ids[i], sizeof many_ids[i], "q%02d", i + 1);
        many_q[i] = fx_round2[0];
        many_q[i].id = many_ids[i];
    }
    many_round = fx_rounds[1];
    many_round.id = "alle";
    many_round.n_questions = 12;
    many_round.questions = many_q;
    many_set = fx_set;
    many_set.id = "mange";
    many_set.n_rounds = 1;
    many_set.rounds = &many_round;
}

/* One session with answers given as "q:c" pairs (c = 1 right, 0 wrong). */
static int64_t play(qk_store *st, bool autoplay, time_t start, const char *status,
                    double score, double max, const char *answers)
{
    int64_t sid = qk_store_session_begin(st, "stasjon", &many_set, autoplay, start);
    int k = 0;
    for (const char *p = answers; p && *p;) {
        int q = atoi(p);
        const char *colon = strchr(p, ':');
        int right = colon ? atoi(colon + 1) : 0;
        qk_record rec;
        memset(&rec, 0, sizeof rec);
        rec.round = 0;
        rec.question = &many_q[q - 1];
        rec.answer.n = 1;
        rec.answer.v[0] = right;
        rec.correct = right;
        rec.credit = right;
        rec.points = right;
        qk_store_answer_at(st, sid, &many_set, &rec, start + ++k);
        p = strchr(p, ' ');
        if (p)
            p++;
    }
    if (strcmp(status, "in_progress") != 0)
        qk_store_session_end(st, sid, strcmp(status, "completed") == 0 ? QK_END_COMPLETED
                                      : strcmp(status, "stopped") == 0 ? QK_END_STOPPED
                                      : QK_END_ABANDONED, score, max, start + 99);
    return sid;
}

static void test_figures(void)
{
    build_many_set();
    const char *dir = fx_tmpdir("stats");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(qk_store_ok(st));

    qk_store_summary sum;
    QK_CHECK(qk_store_summary_since(st, 0, &sum));
    QK_CHECK_INT(sum.sessions, 0);
    QK_CHECK(sum.avg_score_pct < 0);
    qk_store_missed top[QK_STORE_MISSED_TOP];
    QK_CHECK_INT(qk_store_most_missed(st, 0, top, QK_STORE_MISSED_TOP), 0);

    time_t today = qk_store_day_start(time(NULL));
    time_t yesterday = today - 3 * 3600; /* some hour of the day before */

    /* Yesterday: one completed session, 100 %, q01 wrong once. */
    play(st, false, yesterday, "completed", 2, 2, "1:0 2:1 7:1");
    /* Today, participants: */
    play(st, false, today + 600, "completed", 5, 10, "1:0 2:1 3:0 4:0");
    play(st, false, today + 700, "completed", 10, 10, "1:1 2:1 3:0");
    play(st, false, today + 800, "completed", 0, 5, "1:0 4:0");
    play(st, false, today + 900, "abandoned", 1, 10, "2:1 5:0");
    play(st, false, today + 950, "in_progress", 0, 0, "6:1");
    play(st, false, today + 960, "stopped", 1, 10, "2:1"); /* Avslutt after one */
    /* Today, autoplay: left out of everything, though wrong a lot. */
    for (int i = 0; i < 4; i++)
        play(st, true, today + 1000 + i, "completed", 0, 10, "6:0 7:0 8:0 9:0 2:0");
    play(st, true, today + 1100, "abandoned", 0, 10, "6:0");

    QK_CHECK(qk_store_summary_since(st, today, &sum));
    QK_CHECK_INT(sum.sessions, 6);
    QK_CHECK_INT(sum.completed, 3);
    QK_CHECK_INT(sum.stopped, 1);
    QK_CHECK_INT(sum.abandoned, 1);
    QK_CHECK_INT(sum.in_progress, 1);
    QK_CHECK_INT(sum.answers, 4 + 3 + 2 + 2 + 1 + 1);
    /* The average is of completed sessions only: a stopped one is not a score
     * over the whole set. */
    QK_CHECK_NEAR(sum.avg_score_pct, (50.0 + 100.0 + 0.0) / 3.0, 1e-9);

    QK_CHECK(qk_store_summary_since(st, 0, &sum));
    QK_CHECK_INT(sum.sessions, 7);
    QK_CHECK_INT(sum.completed, 4);
    QK_CHECK_NEAR(sum.avg_score_pct, (100.0 + 50.0 + 100.0 + 0.0) / 4.0, 1e-9);

    /* Today: q01 asked 3 wrong 2; q03 2/2; q04 2/2; q05 1/1; q02 4/0; q06 1/0.
     * Order: 100 % first (most asked first, then id), then 66.7 %. */
    long n = qk_store_most_missed(st, today, top, QK_STORE_MISSED_TOP);
    QK_REQUIRE(n == 4);
    QK_CHECK_STR(top[0].question_id, "q03");
    QK_CHECK_STR(top[1].question_id, "q04");
    QK_CHECK_STR(top[2].question_id, "q05");
    QK_CHECK_STR(top[3].question_id, "q01");
    QK_CHECK_STR(top[0].set_id, "mange");
    QK_CHECK_INT(top[0].asked, 2);
    QK_CHECK_INT(top[0].wrong, 2);
    QK_CHECK_NEAR(top[0].pct_wrong, 100.0, 1e-9);
    QK_CHECK_INT(top[3].asked, 3);
    QK_CHECK_INT(top[3].wrong, 2);
    QK_CHECK_NEAR(top[3].pct_wrong, 200.0 / 3.0, 1e-9);

    /* All stored: yesterday adds q01 asked 4 wrong 3 (75 %). */
    n = qk_store_most_missed(st, 0, top, QK_STORE_MISSED_TOP);
    QK_REQUIRE(n == 4);
    QK_CHECK_STR(top[3].question_id, "q01");
    QK_CHECK_INT(top[3].asked, 4);
    QK_CHECK_NEAR(top[3].pct_wrong, 75.0, 1e-9);

    /* Never more than asked for, and at most the top 10 of 12 missed. */
    QK_CHECK_INT(qk_store_most_missed(st, 0, top, 2), 2);
    QK_CHECK_STR(top[1].question_id, "q04");
    play(st, false, today + 2000, "completed", 0, 12,
         "1:0 2:0 3:0 4:0 5:0 6:0 7:0 8:0 9:0 10:0 11:0 12:0");
    n = qk_store_most_missed(st, 0, top, QK_STORE_MISSED_TOP);
    QK_CHECK_INT(n, 10);
    QK_CHECK_STR(top[0].question_id, "q03"); /* 3 asked, all wrong */
    qk_store_close(st);
}

static void test_dates(void)
{
    time_t t;
    QK_CHECK(qk_store_parse_date("2026-03-29", &t));
    struct tm tm;
    localtime_r(&t, &tm);
    QK_CHECK_INT(tm.tm_hour, 0);
    QK_CHECK_INT(tm.tm_mday, 29);
    QK_CHECK_INT(qk_store_day_start(t + 23 * 3600 - 1), t); /* a 23-hour day (DST) */
    QK_CHECK(qk_store_parse_date("2024-02-29", NULL));
    QK_CHECK(!qk_store_parse_date("2023-02-29", NULL));
    QK_CHECK(!qk_store_parse_date("2026-13-01", NULL));
    QK_CHECK(!qk_store_parse_date("2026-04-31", NULL));
    QK_CHECK(!qk_store_parse_date("2026-4-01", NULL));
    QK_CHECK(!qk_store_parse_date("2026-04-01x", NULL));
    QK_CHECK(!qk_store_parse_date("26-04-2026", NULL));
    QK_CHECK(!qk_store_parse_date("", NULL));
    QK_CHECK(!qk_store_parse_date(NULL, NULL));
    QK_CHECK(!qk_store_parse_date("1969-12-31", NULL));
    QK_CHECK(!qk_store_parse_date("2026-0a-01", NULL));
}

static void test_export_filename(void)
{
    char buf[256];
    time_t t = 0;
    QK_REQUIRE(qk_store_parse_date("2026-09-21", &t));
    t += 14 * 3600 + 5 * 60 + 9;
    QK_CHECK(qk_store_export_filename(buf, sizeof buf, "/media/usb", "Rådhus 2", t));
    QK_CHECK_STR(buf, "/media/usb/quizkiosk-results-Raadhus-2-20260921-140509.csv");
    QK_CHECK(qk_store_export_filename(buf, sizeof buf, "/x", "Ærø/Øst€", t));
    QK_CHECK_STR(buf, "/x/quizkiosk-results-AEroe-OEst--20260921-140509.csv");
    QK_CHECK(qk_store_export_filename(buf, sizeof buf, "/media/usb/", NULL, t));
    QK_CHECK_STR(buf, "/media/usb/quizkiosk-results-station-20260921-140509.csv");
    QK_CHECK(qk_store_export_filename(buf, sizeof buf, NULL, "kiosk_1", t));
    QK_CHECK_STR(buf, "./quizkiosk-results-kiosk_1-20260921-140509.csv");
    QK_CHECK(!qk_store_export_filename(buf, 20, "/media/usb", "x", t));
    QK_CHECK_STR(buf, "");
}

int main(void)
{
    setenv("TZ", "Europe/Oslo", 1);
    tzset();
    QK_RUN(test_parser_itself);
    QK_RUN(test_export_roundtrip);
    QK_RUN(test_export_failures);
    QK_RUN(test_figures);
    QK_RUN(test_dates);
    QK_RUN(test_export_filename);
    fx_cleanup(qk_test_failed);
    return qk_test_summary();
}
