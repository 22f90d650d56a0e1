/* test_store.c: the results store's schema, writing, and fault injection.
 *
 * Faults are made for real where the machine allows it and through the store's
 * test hooks where it does not (tests run as root, where file modes do not stop
 * writes): a child killed with SIGKILL mid-session, a database opened
 * read-only, a folder that cannot be made, a database that fills up
 * (max_page_count), an I/O error (a file-size limit in a child process), a
 * file of random bytes, a truncated database, and a database from a newer
 * program.
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "qk_i18n.h"
#include "qk_test.h"
#include "store_fixture.h"

/* The version-1 schema exactly as the first release wrote it, made by hand
 * here so that the migration is tested against an independent copy. */
static const char v1_schema[] =
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, station_id TEXT NOT NULL,"
    " set_id TEXT NOT NULL, set_hash TEXT NOT NULL, set_title TEXT NOT NULL,"
    " started INTEGER NOT NULL, ended INTEGER, status TEXT NOT NULL DEFAULT"
    " 'in_progress' CHECK (status IN ('in_progress','completed','abandoned')),"
    " score REAL NOT NULL DEFAULT 0, max_score REAL, autoplay INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX sessions_started ON sessions(started);"
    "CREATE TABLE answers (session_id INTEGER NOT NULL REFERENCES sessions(id),"
    " seq INTEGER NOT NULL, round_id TEXT NOT NULL, question_id TEXT NOT NULL,"
    " question_type TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL,"
    " credit REAL NOT NULL, time_ms INTEGER NOT NULL, points REAL NOT NULL,"
    " answered_at INTEGER NOT NULL, PRIMARY KEY (session_id, seq));"
    "INSERT INTO sessions VALUES (1, 'gammel', 'ks-leder', 'abc', 'Gammel tittel',"
    " 1700000000, 1700000300, 'completed', 2, 3, 0);"
    "INSERT INTO answers VALUES (1, 1, 'prinsipper', 'p1-tillit', 'single', '1', 1, 1,"
    " 4000, 1, 1700000100);"
    "INSERT INTO answers VALUES (1, 2, 'prinsipper', 'p2-lytte', 'multiple', '1,3', 0,"
    " 0.5, 9000, 1, 1700000200);"
    "PRAGMA user_version = 1;";

/* Names in `dir` that start with `prefix`; the first goes to `first`. */
static int count_prefixed(const char *dir, const char *prefix, char *first, size_t cap)
{
    DIR *d = opendir(dir);
    int n = 0;
    if (!d)
        return -1;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0 &&
            !strstr(e->d_name, "-wal") && !strstr(e->d_name, "-journal")) {
            if (n == 0 && first)
                snprintf(first, cap, "%s/%s", dir, e->d_name);
            n++;
        }
    }
    closedir(d);
    return n;
}

static void test_fresh_schema(void)
{
    const char *dir = fx_tmpdir("fresh");
    /* Folders that do not exist yet are made. */
    const char *db = fx_join(dir, "a/b/c/results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(st != NULL);
    QK_CHECK(qk_store_ok(st));
    QK_CHECK_STR(qk_store_status(st), "");
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_FINE);
    QK_CHECK_STR(qk_store_path(st), db);
    QK_CHECK_INT(fx_int(db, "PRAGMA user_version"), QK_STORE_SCHEMA_VERSION);
    QK_CHECK_STR(fx_text(db, "PRAGMA journal_mode"), "wal");
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM pragma_table_info('answers')"
                            " WHERE name IN ('timed_out','streak_bonus','answered_at')"), 3);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM pragma_table_info('sessions')"
                            " WHERE name IN ('set_hash','set_title','autoplay','status')"), 4);
    qk_store_close(st);
    /* Opening again changes nothing. */
    st = qk_store_open(db);
    QK_CHECK(qk_store_ok(st));
    QK_CHECK_INT(fx_int(db, "PRAGMA user_version"), QK_STORE_SCHEMA_VERSION);
    qk_store_close(st);
    qk_store_close(NULL); /* a no-op */
    QK_CHECK(!qk_store_ok(NULL));
    QK_CHECK_STR(qk_store_status(NULL), "");
}

static void test_migration_from_v1(void)
{
    const char *dir = fx_tmpdir("migrate");
    const char *db = fx_join(dir, "results.db");
    QK_REQUIRE(fx_exec(db, v1_schema) == SQLITE_OK);
    QK_REQUIRE(fx_int(db, "PRAGMA user_version") == 1);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM pragma_table_info('answers')"
                            " WHERE name = 'timed_out'"), 0);

    qk_store *st = qk_store_open(db);
    QK_REQUIRE(st != NULL);
    QK_CHECK(qk_store_ok(st));
    QK_CHECK_INT(fx_int(db, "PRAGMA user_version"), QK_STORE_SCHEMA_VERSION);
    /* The old rows are all there, with the new columns at their defaults. */
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers WHERE session_id = 1"), 2);
    QK_CHECK_STR(fx_text(db, "SELECT answer FROM answers WHERE seq = 2"), "1,3");
    QK_CHECK_INT(fx_int(db, "SELECT sum(timed_out) FROM answers"), 0);
    QK_CHECK_STR(fx_text(db, "SELECT set_title FROM sessions WHERE id = 1"), "Gammel tittel");
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");

    /* And new answers use the new columns. */
    int64_t sid = qk_store_session_begin(st, "ny", &fx_set, false, 1800000000);
    QK_CHECK(sid == 2);
    qk_record rec = fx_record(1, 0, 0, false, 20000, 0);
    rec.timed_out = true;
    rec.answer.n = 0;
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &rec, 1800000020));
    QK_CHECK_INT(fx_int(db, "SELECT timed_out FROM answers WHERE session_id = 2"), 1);
    /* Version 3 made the sessions table anew for the status `stopped`: the old
     * session kept its every field, answers still refer to sessions (and every
     * reference holds), the index is back, and `stopped` can be written. */
    QK_CHECK_STR(fx_text(db, "SELECT station_id || ' ' || set_id || ' ' || set_hash || ' ' ||"
                             " started || ' ' || ended || ' ' || status || ' ' || score ||"
                             " ' ' || max_score || ' ' || autoplay FROM sessions WHERE id = 1"),
                 "gammel ks-leder abc 1700000000 1700000300 completed 2.0 3.0 0");
    QK_CHECK_STR(fx_text(db, "SELECT \"table\" FROM pragma_foreign_key_list('answers')"),
                 "sessions");
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                            " AND name = 'sessions_started'"), 1);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE"
                            " 'sessions_v%'"), 0);
    QK_CHECK(qk_store_session_end(st, sid, QK_END_STOPPED, 0, 1, 1800000030));
    QK_CHECK_STR(fx_text(db, "SELECT status FROM sessions WHERE id = 2"), "stopped");
    /* Anything else is still refused by the CHECK. */
    QK_CHECK(fx_exec(db, "UPDATE sessions SET status = 'paused' WHERE id = 2") != SQLITE_OK);
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");
    qk_store_close(st);
}

/* The three ways a session ends, as stored, and the engine state for each. */
static void test_end_statuses(void)
{
    const char *dir = fx_tmpdir("ends");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(qk_store_ok(st));
    const qk_store_end ends[] = {QK_END_COMPLETED, QK_END_STOPPED, QK_END_ABANDONED,
                                 (qk_store_end)7};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false,
                                             1800000000 + (time_t)i);
        QK_REQUIRE(sid > 0);
        qk_record a = fx_record(0, 0, 0, true, 1000, 1);
        QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &a, 1800000000 + (time_t)i));
        QK_CHECK(qk_store_session_end(st, sid, ends[i], 1, 3, 1800000100 + (time_t)i));
    }
    QK_CHECK_STR(fx_text(db, "SELECT group_concat(status, ' ') FROM (SELECT status FROM"
                             " sessions ORDER BY id)"),
                 "completed stopped abandoned abandoned");
    /* A bool, as older callers pass, still means what it did. */
    QK_CHECK_INT(QK_END_COMPLETED, true);
    QK_CHECK_INT(QK_END_ABANDONED, false);
    QK_CHECK_STR(qk_store_end_name(QK_END_STOPPED), "stopped");
    QK_CHECK_INT(qk_store_end_of_state(QK_ST_DONE), QK_END_COMPLETED);
    QK_CHECK_INT(qk_store_end_of_state(QK_ST_STOPPED), QK_END_STOPPED);
    QK_CHECK_INT(qk_store_end_of_state(QK_ST_ABANDONED), QK_END_ABANDONED);
    QK_CHECK_INT(qk_store_end_of_state(QK_ST_QUESTION), QK_END_ABANDONED);
    qk_store_summary sum;
    QK_CHECK(qk_store_summary_since(st, 0, &sum));
    QK_CHECK_INT(sum.sessions, 4);
    QK_CHECK_INT(sum.completed, 1);
    QK_CHECK_INT(sum.stopped, 1);
    QK_CHECK_INT(sum.abandoned, 2);
    QK_CHECK_INT(sum.answers, 4);
    qk_store_close(st);
}

static void test_newer_schema_left_alone(void)
{
    const char *dir = fx_tmpdir("newer");
    const char *db = fx_join(dir, "results.db");
    QK_REQUIRE(fx_exec(db, "CREATE TABLE future (x); INSERT INTO future VALUES (42);"
                           "PRAGMA user_version = 99;") == SQLITE_OK);
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(st != NULL);
    QK_CHECK(!qk_store_ok(st));
    QK_CHECK(fx_contains(qk_store_status(st), "newer"));
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_NEWER);
    QK_CHECK(fx_contains(qk_store_status(st), db));
    QK_CHECK(qk_store_session_begin(st, "s", &fx_set, false, 1) == 0);
    qk_store_close(st);
    QK_CHECK_INT(fx_int(db, "PRAGMA user_version"), 99);
    QK_CHECK_INT(fx_int(db, "SELECT x FROM future"), 42);
    QK_CHECK_INT(count_prefixed(dir, "results.db.corrupt-", NULL, 0), 0);
}

static void test_session_written_as_it_goes(void)
{
    const char *dir = fx_tmpdir("session");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(qk_store_ok(st));
    int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1800000000);
    QK_REQUIRE(sid > 0);
    QK_CHECK_STR(fx_text(db, "SELECT status FROM sessions"), "in_progress");
    QK_CHECK_STR(fx_text(db, "SELECT station_id FROM sessions"), FX_STATION);
    QK_CHECK_STR(fx_text(db, "SELECT set_title FROM sessions"), FX_TITLE);
    QK_CHECK_STR(fx_text(db, "SELECT set_hash FROM sessions"), fx_set.hash);

    qk_record a = fx_record(0, 0, 0, true, 3500, 1);
    qk_record b = fx_record(0, 1, 1, false, 8000, 0);
    b.answer.n = 3;
    b.answer.v[0] = 1, b.answer.v[1] = 0, b.answer.v[2] = 1;
    b.credit = 0.5;
    b.points = 1;
    qk_record c = fx_record(1, 0, 1, true, 1200, 1);
    c.streak_bonus = 0.5;
    c.points = 1.5;
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &a, 1800000010));
    /* Already on disk before the next answer: another connection sees it. */
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers"), 1);
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &b, 1800000020));
    time_t before = time(NULL);
    QK_CHECK(qk_store_answer(st, sid, &fx_set, &c));
    QK_CHECK_STR(fx_text(db, "SELECT group_concat(seq, ' ') FROM answers"), "1 2 3");
    QK_CHECK_STR(fx_text(db, "SELECT group_concat(round_id || ':' || question_id || ':' ||"
                             " question_type, ' ') FROM answers"),
                 "prinsipper:p1-tillit:single prinsipper:p2-lytte:multiple "
                 "atferd:a1-påstand:truefalse");
    char fmt[64];
    qk_answer_format(b.question, &b.answer, fmt, sizeof fmt);
    QK_CHECK_STR(fx_text(db, "SELECT answer FROM answers WHERE seq = 2"), fmt);
    QK_CHECK_STR(fx_text(db, "SELECT credit || '/' || time_ms || '/' || correct FROM answers"
                             " WHERE seq = 2"), "0.5/8000/0");
    QK_CHECK_STR(fx_text(db, "SELECT streak_bonus FROM answers WHERE seq = 3"), "0.5");
    QK_CHECK_INT(fx_int(db, "SELECT answered_at FROM answers WHERE seq = 1"), 1800000010);
    QK_CHECK(fx_int(db, "SELECT answered_at FROM answers WHERE seq = 3") >= before);
    /* The running score is kept with every answer. */
    QK_CHECK_STR(fx_text(db, "SELECT score FROM sessions"), "3.5");

    QK_CHECK(qk_store_session_end(st, sid, true, 3.5, 5.5, 1800000100));
    QK_CHECK_STR(fx_text(db, "SELECT status || ' ' || score || ' ' || max_score || ' ' ||"
                             " ended FROM sessions"), "completed 3.5 5.5 1800000100");
    /* Between sessions the file alone (no -wal beside it) holds everything:
     * a trainer's copy of results.db is complete. */
    {
        size_t len = 0;
        FILE *in = fopen(db, "rb");
        static char bytes[1 << 20];
        if (in) {
            len = fread(bytes, 1, sizeof bytes, in);
            fclose(in);
        }
        const char *copy = fx_join(dir, "copy.db");
        FILE *out = fopen(copy, "wb");
        QK_REQUIRE(out && len > 0);
        fwrite(bytes, 1, len, out);
        fclose(out);
        QK_CHECK_INT(fx_int(copy, "SELECT count(*) FROM answers"), 3);
        QK_CHECK_STR(fx_text(copy, "SELECT status FROM sessions"), "completed");
    }

    /* A session cut off (power, crash) is closed at the next start. */
    int64_t cut = qk_store_session_begin(st, FX_STATION, &fx_set, true, 1800001000);
    QK_CHECK(cut == sid + 1);
    QK_CHECK(qk_store_answer_at(st, cut, &fx_set, &a, 1800001007));
    qk_store_close(st);
    st = qk_store_open(db);
    QK_CHECK_INT(qk_store_close_unfinished(st), 1);
    QK_CHECK_STR(fx_text(db, "SELECT status || ' ' || ended || ' ' || autoplay FROM sessions"
                             " WHERE id = 2"), "abandoned 1800001007 1");
    QK_CHECK_INT(qk_store_close_unfinished(st), 0);

    /* Bad arguments fail softly. */
    QK_CHECK(!qk_store_answer(st, 0, &fx_set, &a));
    QK_CHECK(!qk_store_answer(st, sid, &fx_set, NULL));
    QK_CHECK(!qk_store_session_end(st, 0, true, 0, 0, 0));
    QK_CHECK(qk_store_ok(st));
    qk_store_close(st);
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");
}

/* ---- a child killed with SIGKILL in the middle of a session ---- */

static void child_writer(const char *db, int wfd)
{
    qk_store *st = qk_store_open(db);
    if (!qk_store_ok(st))
        _exit(3);
    int64_t sid = qk_store_session_begin(st, "kill-test", &fx_set, false, 1800000000);
    if (write(wfd, &sid, sizeof sid) != (ssize_t)sizeof sid)
        _exit(4);
    for (int i = 1; i <= 200000; i++) {
        qk_record rec = fx_record((size_t)(i % 2), 0, i % 3, i % 3 == 0, (uint32_t)i, i % 3 == 0);
        if (qk_store_answer_at(st, sid, &fx_set, &rec, 1800000000 + i)) {
            /* Reported only after the commit returned. */
            if (write(wfd, &i, sizeof i) != (ssize_t)sizeof i)
                _exit(5);
        }
    }
    _exit(6); /* should have been killed long before */
}

static void run_kill(int kill_after)
{
    const char *dir = fx_tmpdir("kill");
    const char *db = fx_join(dir, "results.db");
    int fds[2];
    QK_REQUIRE(pipe(fds) == 0);
    fflush(NULL);
    pid_t pid = fork();
    QK_REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        child_writer(db, fds[1]);
    }
    close(fds[1]);
    int64_t sid = 0;
    QK_REQUIRE(read(fds[0], &sid, sizeof sid) == (ssize_t)sizeof sid);
    static char seen[200001];
    memset(seen, 0, sizeof seen);
    int got = 0, last = 0, v;
    while (got < kill_after && read(fds[0], &v, sizeof v) == (ssize_t)sizeof v) {
        if (v > 0 && v <= 200000)
            seen[v] = 1;
        got++;
        last = v;
    }
    kill(pid, SIGKILL);
    /* Reports already in the pipe were committed too. */
    while (read(fds[0], &v, sizeof v) == (ssize_t)sizeof v) {
        if (v > 0 && v <= 200000)
            seen[v] = 1;
        got++;
        last = v;
    }
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    QK_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    QK_CHECK(got >= kill_after);

    /* Every reported answer is there. */
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");
    sqlite3 *h = NULL;
    QK_REQUIRE(sqlite3_open(db, &h) == SQLITE_OK);
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(h, "SELECT seq FROM answers WHERE session_id = ?", -1, &s, NULL);
    sqlite3_bind_int64(s, 1, sid);
    int stored = 0, missing = 0;
    static char in_db[200002];
    memset(in_db, 0, sizeof in_db);
    while (sqlite3_step(s) == SQLITE_ROW) {
        int seq = sqlite3_column_int(s, 0);
        if (seq > 0 && seq <= 200001)
            in_db[seq] = 1;
        stored++;
    }
    sqlite3_finalize(s);
    sqlite3_close(h);
    for (int i = 1; i <= last; i++)
        if (seen[i] && !in_db[i])
            missing++;
    QK_CHECK_INT(missing, 0);
    /* At most the answer being made when the kill came is beyond the reports. */
    QK_CHECK(stored >= got && stored <= got + 1);
    printf("     killed after %d reported answers: %d stored, %d missing\n", got, stored,
           missing);
    QK_CHECK_STR(fx_text(db, "SELECT status FROM sessions"), "in_progress");
    QK_CHECK_INT(fx_int(db, "SELECT score = (SELECT total(points) FROM answers)"
                            " FROM sessions"), 1);

    /* The next start carries on with that file. */
    qk_store *st = qk_store_open(db);
    QK_CHECK(qk_store_ok(st));
    QK_CHECK_INT(qk_store_close_unfinished(st), 1);
    QK_CHECK(qk_store_session_begin(st, "next", &fx_set, false, 1900000000) == sid + 1);
    qk_store_close(st);
    QK_CHECK_INT(count_prefixed(dir, "results.db.corrupt-", NULL, 0), 0);
}

static void test_sigkill_mid_session(void)
{
    run_kill(1);
    run_kill(37);
    run_kill(400);
}

/* ---- read-only ---- */

static void test_read_only(void)
{
    const char *dir = fx_tmpdir("ro");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    int64_t sid = qk_store_session_begin(st, "s", &fx_set, false, time(NULL));
    QK_REQUIRE(sid > 0);
    qk_store_close(st);

    /* 1. Opened read-only (the test hook; what SQLite does by itself when the
     *    file cannot be written by a user other than root). */
    qk_store_options opt = {.read_only = true};
    st = qk_store_open_with(db, &opt);
    QK_REQUIRE(st != NULL);
    QK_CHECK(!qk_store_ok(st));
    QK_CHECK(fx_contains(qk_store_status(st), "read-only"));
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_READ_ONLY);
    QK_CHECK(fx_contains(qk_store_status(st), db));
    QK_CHECK(qk_store_session_begin(st, "s", &fx_set, false, time(NULL)) == 0);
    qk_record rec = fx_record(0, 0, 0, true, 100, 1);
    QK_CHECK(!qk_store_answer(st, sid, &fx_set, &rec));
    QK_CHECK(!qk_store_session_end(st, sid, true, 1, 1, time(NULL)));
    QK_CHECK(!qk_store_ok(st));
    QK_CHECK(fx_contains(qk_store_status(st), "read-only"));
    /* The same, in the station's language, for the trainer's menu. */
    char words[600];
    qk_i18n_set("nb");
    QK_CHECK(fx_contains(qk_store_problem_words(st, words, sizeof words), "skrivebeskyttet"));
    QK_CHECK(fx_contains(words, db));
    qk_i18n_set("nn");
    QK_CHECK(fx_contains(qk_store_problem_words(st, words, sizeof words), "skriveverna"));
    qk_i18n_set("en");
    QK_CHECK(fx_contains(qk_store_problem_words(st, words, sizeof words), "read-only"));
    qk_i18n_set("nb");
    /* Reading still works. */
    QK_CHECK(qk_store_readable(st));
    qk_store_summary sum;
    QK_CHECK(qk_store_summary_since(st, 0, &sum));
    QK_CHECK_INT(sum.sessions, 1);
    long ro_rows = -1;
    char ro_err[512] = "";
    QK_CHECK(qk_store_export_csv(st, fx_join(dir, "ro.csv"), 0, &ro_rows, ro_err, sizeof ro_err));
    QK_CHECK_INT(ro_rows, 1); /* one session with no answers: one row for it */
    qk_store_close(st);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions"), 1);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers"), 0);

    /* 2. A folder that cannot be made: a plain file sits where it should be.
     *    That stops root too. */
    const char *blocker = fx_join(dir, "not-a-folder");
    FILE *f = fopen(blocker, "w");
    QK_REQUIRE(f != NULL);
    fputs("x", f);
    fclose(f);
    char bad[600];
    snprintf(bad, sizeof bad, "%s/quizkiosk/results.db", blocker);
    st = qk_store_open(bad);
    QK_REQUIRE(st != NULL);
    QK_CHECK(!qk_store_ok(st));
    QK_CHECK(fx_contains(qk_store_status(st), "Cannot create the folder"));
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_NO_FOLDER);
    QK_CHECK(fx_contains(qk_store_status(st), blocker));
    QK_CHECK(qk_store_session_begin(st, "s", &fx_set, false, time(NULL)) == 0);
    QK_CHECK(!qk_store_answer(st, 1, &fx_set, &rec));
    QK_CHECK(!qk_store_session_end(st, 1, false, 0, 0, time(NULL)));
    QK_CHECK_INT(qk_store_close_unfinished(st), -1);
    QK_CHECK(!qk_store_readable(st));
    QK_CHECK(fx_contains(qk_store_problem_words(st, words, sizeof words), "kan ikke lages"));
    QK_CHECK(!qk_store_summary_since(st, 0, &sum));
    QK_CHECK_INT(qk_store_most_missed(st, 0, NULL, 0), -1);
    char err[1024];
    QK_CHECK(!qk_store_export_csv(st, fx_join(dir, "x.csv"), 0, NULL, err, sizeof err));
    QK_CHECK(fx_contains(err, "not open"));
    qk_store_close(st);

    /* 3. File modes: a 0444 file in a 0555 folder. Root ignores modes, so
     *    when the tests run as root this part runs in a child process that
     *    has become the user "nobody" first. */
    chmod(db, 0444);
    chmod(dir, 0555);
    fflush(NULL);
    pid_t pid = fork();
    QK_REQUIRE(pid >= 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(10);
        if (access(db, W_OK) == 0)
            _exit(11); /* modes would not stop us: the test would prove nothing */
        qk_store *ro = qk_store_open(db);
        int code = 0;
        if (qk_store_ok(ro))
            code |= 1;
        if (!fx_contains(qk_store_status(ro), "read-only") &&
            !fx_contains(qk_store_status(ro), "cannot be opened"))
            code |= 2;
        if (qk_store_session_begin(ro, "s", &fx_set, false, time(NULL)) != 0)
            code |= 4;
        if (qk_store_answer(ro, sid, &fx_set, &rec))
            code |= 8;
        fprintf(stderr, "     (as uid %d: %s)\n", (int)geteuid(), qk_store_status(ro));
        qk_store_close(ro);
        _exit(code);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    chmod(dir, 0700);
    chmod(db, 0644);
    QK_CHECK(WIFEXITED(status));
    QK_CHECK_INT(WEXITSTATUS(status), 0);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions"), 1);
}

/* ---- full ---- */

static void test_full(void)
{
    const char *dir = fx_tmpdir("full");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(qk_store_ok(st));
    qk_store_close(st);
    long long pages = fx_int(db, "PRAGMA page_count");
    QK_REQUIRE(pages > 0);

    qk_store_options opt = {.max_pages = (long)pages + 2};
    st = qk_store_open_with(db, &opt);
    QK_REQUIRE(qk_store_ok(st));
    int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1800000000);
    QK_REQUIRE(sid > 0);
    int ok = 0, fails = 0;
    for (int i = 0; i < 20000 && fails < 3; i++) {
        qk_record rec = fx_record(0, 1, 2, false, (uint32_t)i, 0);
        if (qk_store_answer_at(st, sid, &fx_set, &rec, 1800000000 + i))
            ok += fails == 0;
        else
            fails++;
    }
    QK_CHECK_INT(fails, 3);
    QK_CHECK(ok > 0);
    QK_CHECK(!qk_store_ok(st));
    QK_CHECK(fx_contains(qk_store_status(st), "full"));
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_FULL);
    QK_CHECK(fx_contains(qk_store_status(st), db));
    /* The quiz goes on: later calls keep failing softly. */
    QK_CHECK(!qk_store_session_end(st, sid, true, 1, 2, 1800009999) ||
             qk_store_ok(st)); /* an update in place may still fit */
    printf("     %d answers fitted before the database was full\n", ok);
    /* Full, but what went in can be read and exported. */
    QK_CHECK(qk_store_readable(st));
    qk_store_summary full_sum;
    QK_CHECK(qk_store_summary_since(st, 0, &full_sum));
    QK_CHECK_INT(full_sum.sessions, 1);
    long full_rows = -1;
    char full_err[512] = "";
    QK_CHECK(qk_store_export_csv(st, fx_join(dir, "full.csv"), 0, &full_rows, full_err,
                                 sizeof full_err));
    QK_CHECK_INT(full_rows, ok);
    qk_store_close(st);

    /* Everything accepted is there, and the file is sound. */
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers"), ok);
    /* Without the limit it writes again. */
    st = qk_store_open(db);
    qk_record rec = fx_record(0, 0, 0, true, 1, 1);
    QK_CHECK(qk_store_answer(st, sid, &fx_set, &rec));
    QK_CHECK(qk_store_ok(st));
    QK_CHECK_STR(qk_store_status(st), "");
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_FINE);
    qk_store_close(st);
}

/* ---- an I/O error: a file-size limit makes the writes themselves fail ---- */

static void test_io_error(void)
{
    const char *dir = fx_tmpdir("ioerr");
    const char *db = fx_join(dir, "results.db");
    int fds[2];
    QK_REQUIRE(pipe(fds) == 0);
    fflush(NULL);
    pid_t pid = fork();
    QK_REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        qk_store *st = qk_store_open(db);
        int64_t sid = qk_store_session_begin(st, "io", &fx_set, false, 1800000000);
        qk_record rec = fx_record(0, 0, 0, true, 1, 1);
        if (!qk_store_answer_at(st, sid, &fx_set, &rec, 1800000001))
            _exit(3);
        signal(SIGXFSZ, SIG_IGN);
        char wal[600];
        snprintf(wal, sizeof wal, "%s-wal", db);
        long cur = fx_file_size(wal) > fx_file_size(db) ? fx_file_size(wal) : fx_file_size(db);
        struct rlimit rl = {(rlim_t)cur + 40000, (rlim_t)cur + 40000};
        setrlimit(RLIMIT_FSIZE, &rl);
        int ok = 1, failed = 0;
        for (int i = 2; i < 5000 && !failed; i++) {
            if (qk_store_answer_at(st, sid, &fx_set, &rec, 1800000000 + i))
                ok++;
            else
                failed = 1;
        }
        /* the fault as it was reported, before the store tries again */
        char msg[1024];
        snprintf(msg, sizeof msg, "%s", qk_store_status(st));
        int kind = (int)qk_store_problem_kind(st), st_ok = qk_store_ok(st) ? 1 : 0;
        /* The next answer opens the file afresh: with the WAL folded back into
         * the database at that close there is room again, and it is saved. */
        int later = qk_store_answer(st, sid, &fx_set, &rec);
        char line[1200];
        int n = snprintf(line, sizeof line, "%d %d %d %d %d %s", failed, ok, st_ok, later,
                         kind, msg);
        if (write(fds[1], line, (size_t)n) != n)
            _exit(4);
        qk_store_close(st);
        _exit(0);
    }
    close(fds[1]);
    char buf[1300] = "";
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    QK_REQUIRE(n > 0);
    buf[n] = '\0';
    QK_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    int failed = 0, ok = 0, st_ok = 1, later = 1, kind = -1, used = 0;
    QK_REQUIRE(sscanf(buf, "%d %d %d %d %d %n", &failed, &ok, &st_ok, &later, &kind, &used) == 5);
    QK_CHECK_INT(kind, QK_STORE_IO_ERROR);
    const char *msg = buf + used;
    QK_CHECK_INT(failed, 1);
    QK_CHECK_INT(st_ok, 0);
    QK_CHECK(fx_contains(msg, "I/O error"));
    QK_CHECK(fx_contains(msg, db));
    printf("     %d answers written before the I/O error; the next one %s\n", ok,
           later ? "saved after opening the file afresh" : "failed too");
    /* What was committed survived, and an answer reported saved is there. */
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers"), ok + later);
}

/* ---- corrupt files ---- */

static void write_random(const char *path, size_t len, unsigned seed, unsigned char *copy)
{
    FILE *f = fopen(path, "wb");
    srand(seed);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)(rand() & 0xff);
        if (copy)
            copy[i] = c;
        fputc(c, f);
    }
    fclose(f);
}

static bool same_bytes(const char *path, const unsigned char *want, size_t len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    bool same = true;
    for (size_t i = 0; i < len && same; i++)
        same = fgetc(f) == want[i];
    same = same && fgetc(f) == EOF;
    fclose(f);
    return same;
}

static void test_corrupt_random_bytes(void)
{
    const char *dir = fx_tmpdir("random");
    const char *db = fx_join(dir, "results.db");
    static unsigned char bytes[20000];
    write_random(db, sizeof bytes, 7, bytes);

    qk_store *st = qk_store_open(db);
    QK_REQUIRE(st != NULL);
    QK_CHECK(qk_store_ok(st));
    const char *msg = qk_store_status(st);
    QK_CHECK(fx_contains(msg, "damaged"));
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_SET_ASIDE);
    QK_CHECK(fx_contains(msg, "results.db.corrupt-"));
    char aside[600];
    QK_CHECK_INT(count_prefixed(dir, "results.db.corrupt-", aside, sizeof aside), 1);
    QK_CHECK(fx_contains(msg, aside));
    QK_CHECK(same_bytes(aside, bytes, sizeof bytes)); /* kept as it was */
    /* The name is results.db.corrupt-YYYYMMDD-HHMMSS. */
    const char *stamp = strstr(aside, ".corrupt-") + 9;
    QK_CHECK(strlen(stamp) == 15 && stamp[8] == '-');
    /* A working new database took its place. */
    QK_CHECK(qk_store_session_begin(st, "s", &fx_set, false, 1) > 0);
    QK_CHECK_INT(fx_int(db, "PRAGMA user_version"), QK_STORE_SCHEMA_VERSION);
    /* The notice stays while the store works. */
    QK_CHECK(qk_store_ok(st));
    QK_CHECK(fx_contains(qk_store_status(st), "damaged"));
    qk_store_close(st);

    /* Damaged again at once: the first kept file is never overwritten. */
    write_random(db, 5000, 8, NULL);
    st = qk_store_open(db);
    QK_CHECK(qk_store_ok(st));
    qk_store_close(st);
    QK_CHECK_INT(count_prefixed(dir, "results.db.corrupt-", NULL, 0), 2);
    QK_CHECK(same_bytes(aside, bytes, sizeof bytes));
}

static void test_corrupt_truncated(void)
{
    const char *dir = fx_tmpdir("trunc");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    for (int s = 0; s < 40; s++) {
        int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1800000000 + s);
        for (int i = 0; i < 20; i++) {
            qk_record rec = fx_record(0, 1, i % 3, i % 2, (uint32_t)i, 1);
            qk_store_answer_at(st, sid, &fx_set, &rec, 1800000000 + s);
        }
        qk_store_session_end(st, sid, true, 20, 30, 1800000000 + s);
    }
    QK_REQUIRE(qk_store_ok(st));
    qk_store_close(st); /* checkpoints the WAL into the file */
    long size = fx_file_size(db);
    QK_REQUIRE(size > 8 * 4096);
    QK_REQUIRE(truncate(db, size / 2) == 0);

    st = qk_store_open(db);
    QK_CHECK(qk_store_ok(st));
    QK_CHECK(fx_contains(qk_store_status(st), "damaged"));
    char aside[600];
    QK_CHECK_INT(count_prefixed(dir, "results.db.corrupt-", aside, sizeof aside), 1);
    QK_CHECK_INT(fx_file_size(aside), size / 2);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions"), 0);
    QK_CHECK(qk_store_session_begin(st, "s", &fx_set, false, 1) == 1);
    qk_store_close(st);
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");
}

/* ---- readers and another writer at the same time ---- */

/* A child holds a lock on the file (`how`: "BEGIN IMMEDIATE" = the write lock,
 * "BEGIN; SELECT" = a read snapshot) until the parent says "go". */
static pid_t hold_lock(const char *db, const char *how, int *go_fd)
{
    int ready[2], go[2];
    if (pipe(ready) != 0 || pipe(go) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(ready[0]);
        close(go[1]);
        sqlite3 *h = NULL;
        if (sqlite3_open(db, &h) != SQLITE_OK)
            _exit(3);
        if (strcmp(how, "write") == 0) {
            if (sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
                _exit(4);
        } else if (sqlite3_exec(h, "BEGIN; SELECT count(*) FROM answers;", NULL, NULL,
                                NULL) != SQLITE_OK) {
            _exit(5);
        }
        char c = 'r';
        if (write(ready[1], &c, 1) != 1)
            _exit(6);
        /* Hold the lock until the parent writes (or closes the pipe). */
        if (read(go[0], &c, 1) < 0)
            _exit(7);
        usleep(c == 'w' ? 300 * 1000 : 0);
        sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
        sqlite3_close(h);
        _exit(0);
    }
    close(ready[1]);
    close(go[0]);
    char c = 0;
    if (read(ready[0], &c, 1) != 1)
        c = 0;
    close(ready[0]);
    *go_fd = go[1];
    return c == 'r' ? pid : -1;
}

static void test_concurrent_access(void)
{
    const char *dir = fx_tmpdir("busy");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    int64_t sid = qk_store_session_begin(st, "s", &fx_set, false, time(NULL));
    QK_REQUIRE(sid > 0);
    qk_record rec = fx_record(0, 0, 0, true, 100, 1);

    /* 1. A reader (say --stats) holds a snapshot: the kiosk writes on. */
    int go = -1;
    pid_t pid = hold_lock(db, "read", &go);
    QK_REQUIRE(pid > 0);
    QK_CHECK(qk_store_answer(st, sid, &fx_set, &rec));
    QK_CHECK(qk_store_ok(st));
    if (write(go, "r", 1) != 1)
        QK_CHECK(0);
    close(go);
    int status = 0;
    waitpid(pid, &status, 0);
    QK_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    /* 2. Another program holds the write lock for a moment (a migration by
     *    --stats, say): the kiosk's write waits for it (busy_timeout) and
     *    succeeds; reading goes on meanwhile. */
    pid = hold_lock(db, "write", &go);
    QK_REQUIRE(pid > 0);
    qk_store_summary sum;
    QK_CHECK(qk_store_summary_since(st, 0, &sum));
    QK_CHECK_INT(sum.answers, 1);
    if (write(go, "w", 1) != 1) /* the child commits 0.3 s from now */
        QK_CHECK(0);
    close(go);
    QK_CHECK(qk_store_answer(st, sid, &fx_set, &rec));
    QK_CHECK(qk_store_ok(st));
    waitpid(pid, &status, 0);
    QK_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers"), 2);

    /* 3. A second store on the same file (the menu's export while the kiosk
     *    plays) reads everything committed. */
    qk_store *other = qk_store_open(db);
    QK_CHECK(qk_store_ok(other));
    QK_CHECK(qk_store_summary_since(other, 0, &sum));
    QK_CHECK_INT(sum.answers, 2);
    qk_store_close(other);
    qk_store_close(st);
}

/* ---- the file moved away or deleted while the kiosk runs ---- */

static void test_moved_while_open(void)
{
    const char *dir = fx_tmpdir("moved");
    const char *db = fx_join(dir, "results.db");
    const char *moved = fx_join(dir, "taken.db");
    qk_store *st = qk_store_open(db);
    int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, true, 1800000000);
    QK_REQUIRE(sid > 0);
    qk_record rec = fx_record(0, 0, 0, true, 100, 1);
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &rec, 1800000001));
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &rec, 1800000002));

    /* A trainer moves the file away mid-session ("taking the results"). */
    QK_REQUIRE(rename(db, moved) == 0);
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &rec, 1800000003));
    QK_CHECK(qk_store_ok(st));
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_MOVED);
    QK_CHECK(fx_contains(qk_store_status(st), "moved"));
    QK_CHECK(fx_contains(qk_store_status(st), db));
    QK_CHECK(qk_store_session_end(st, sid, true, 3, 3, 1800000009));
    /* The session goes on in a new file at the configured path, same id. */
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers"), 1);
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT status || ' ' || autoplay || ' ' || started FROM"
                              " sessions WHERE id = %lld", (long long)sid);
    QK_CHECK_STR(fx_text(db, sql), "completed 1 1800000000");
    QK_CHECK_STR(fx_text(db, "SELECT station_id FROM sessions"), FX_STATION);
    /* And what was written before is in the moved file. */
    QK_CHECK_INT(fx_int(moved, "SELECT count(*) FROM answers"), 2);
    QK_CHECK_STR(fx_text(moved, "PRAGMA integrity_check"), "ok");

    /* Deleted outright: the same. */
    int64_t s2 = qk_store_session_begin(st, "s", &fx_set, false, 1800000100);
    QK_REQUIRE(s2 > 0);
    QK_REQUIRE(unlink(db) == 0);
    QK_CHECK(qk_store_answer_at(st, s2, &fx_set, &rec, 1800000101));
    QK_CHECK(qk_store_ok(st));
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers"), 1);
    snprintf(sql, sizeof sql, "SELECT count(*) FROM sessions WHERE id = %lld", (long long)s2);
    QK_CHECK_INT(fx_int(db, sql), 1);
    qk_store_close(st);
}

static void test_not_configured(void)
{
    qk_store *st = qk_store_open("");
    QK_REQUIRE(st != NULL);
    QK_CHECK(!qk_store_ok(st));
    QK_CHECK(fx_contains(qk_store_status(st), "results_db"));
    QK_CHECK_INT(qk_store_problem_kind(st), QK_STORE_NOT_CONFIGURED);
    QK_CHECK_INT(qk_store_problem_kind(NULL), QK_STORE_NOT_CONFIGURED);
    QK_CHECK(qk_store_session_begin(st, "s", &fx_set, false, 1) == 0);
    qk_store_close(st);
}

int main(void)
{
    QK_RUN(test_fresh_schema);
    QK_RUN(test_migration_from_v1);
    QK_RUN(test_end_statuses);
    QK_RUN(test_newer_schema_left_alone);
    QK_RUN(test_session_written_as_it_goes);
    QK_RUN(test_sigkill_mid_session);
    QK_RUN(test_read_only);
    QK_RUN(test_full);
    QK_RUN(test_io_error);
    QK_RUN(test_corrupt_random_bytes);
    QK_RUN(test_corrupt_truncated);
    QK_RUN(test_concurrent_access);
    QK_RUN(test_moved_while_open);
    QK_RUN(test_not_configured);
    fx_cleanup(qk_test_failed);
    return qk_test_summary();
}
