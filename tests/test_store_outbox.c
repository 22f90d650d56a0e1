/* test_store_outbox.c: the local outbox for the central results server (schema v4),
 * no server needed.
 *   - each session and answer gets its own UUID v4 on the station;
 *   - a session's start, each answer (and its score change), its end and
 *     close_unfinished queue their rows; a session changed while queued is queued
 *     once, with a new outbox id (so a batch in flight never swallows a change);
 *   - the outbox row is written in the SAME transaction as the answer: when the
 *     outbox cannot be written, the answer is not stored either;
 *   - a v3 database upgraded to v4 gets UUIDs for its rows, all queued. */
#include "qk_test.h"
#include "store_fixture.h"

#define UUID_V4_GLOB "[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-" \
    "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-4[0-9a-f][0-9a-f][0-9a-f]-[89ab][0-9a-f][0-9a-f][0-9a-f]-" \
    "[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]"

static void test_rows_queued_with_uuids(void)
{
    const char *db = fx_join(fx_tmpdir("outbox"), "results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(st && qk_store_ok(st));
    QK_CHECK_INT(qk_store_outbox_count(st), 0);
    int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1700000000);
    QK_REQUIRE(sid > 0);
    QK_CHECK_INT(qk_store_outbox_count(st), 1);
    long long first_id = fx_int(db, "SELECT id FROM outbox WHERE seq = 0");
    qk_record r1 = fx_record(0, 0, 0, true, 4000, 1);
    qk_record r2 = fx_record(0, 1, 1, false, 6000, 0);
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &r1, 1700000010));
    QK_CHECK(qk_store_answer_at(st, sid, &fx_set, &r2, 1700000020));
    /* The session once (queued anew by its score change), each answer once. */
    QK_CHECK_INT(qk_store_outbox_count(st), 3);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM outbox WHERE seq = 0"), 1);
    QK_CHECK(fx_int(db, "SELECT id FROM outbox WHERE seq = 0") > first_id);
    QK_CHECK(qk_store_session_end(st, sid, QK_END_COMPLETED, 1, 3, 1700000030));
    QK_CHECK_INT(qk_store_outbox_count(st), 3);
    QK_CHECK(fx_int(db, "SELECT max(id) FROM outbox") ==
             fx_int(db, "SELECT id FROM outbox WHERE seq = 0"));
    /* Every row has a UUID v4, all different. */
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions WHERE uuid GLOB '" UUID_V4_GLOB "'"), 1);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers WHERE uuid GLOB '" UUID_V4_GLOB "'"), 2);
    QK_CHECK_INT(fx_int(db, "SELECT count(DISTINCT uuid) FROM (SELECT uuid FROM sessions"
                            " UNION ALL SELECT uuid FROM answers)"), 3);

    /* An unfinished session closed at start-up is queued too. */
    int64_t s2 = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1700000100);
    QK_REQUIRE(s2 > 0);
    QK_CHECK(fx_exec(db, "DELETE FROM outbox") == SQLITE_OK);
    QK_CHECK_INT(qk_store_close_unfinished(st), 1);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM outbox WHERE session_id = 2 AND seq = 0"), 1);
    qk_store_close(st);

    /* Many sessions: no UUID twice. */
    st = qk_store_open(db);
    for (int i = 0; i < 300; i++) {
        int64_t s = qk_store_session_begin(st, "x", &fx_set, true, 1700001000 + i);
        qk_record r = fx_record(0, 0, 0, true, 1000, 1);
        QK_CHECK(qk_store_answer_at(st, s, &fx_set, &r, 1700001000 + i));
    }
    QK_CHECK_INT(fx_int(db, "SELECT count(DISTINCT uuid) FROM (SELECT uuid FROM sessions"
                            " UNION ALL SELECT uuid FROM answers)"),
                 fx_int(db, "SELECT (SELECT count(*) FROM sessions) + (SELECT count(*) FROM answers)"));
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions WHERE uuid IS NULL"), 0);
    qk_store_close(st);
}

static void test_same_transaction(void)
{
    const char *db = fx_join(fx_tmpdir("outbox-tx"), "results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(st && qk_store_ok(st));
    int64_t sid = qk_store_session_begin(st, FX_STATION, &fx_set, false, 1700000000);
    QK_REQUIRE(sid > 0);
    /* The outbox cannot take a row: the answer (and the score) must not be stored. */
    QK_CHECK(fx_exec(db, "CREATE TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN"
                         " SELECT RAISE(ABORT, 'outbox full'); END") == SQLITE_OK);
    qk_record r1 = fx_record(0, 0, 0, true, 4000, 1);
    QK_CHECK(!qk_store_answer_at(st, sid, &fx_set, &r1, 1700000010));
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers"), 0);
    QK_CHECK_INT(fx_int(db, "SELECT score FROM sessions"), 0);
    qk_store_close(st);
}

static const char v3_schema[] =
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, station_id TEXT NOT NULL,"
    " set_id TEXT NOT NULL, set_hash TEXT NOT NULL, set_title TEXT NOT NULL,"
    " started INTEGER NOT NULL, ended INTEGER, status TEXT NOT NULL DEFAULT 'in_progress'"
    " CHECK (status IN ('in_progress','completed','stopped','abandoned')),"
    " score REAL NOT NULL DEFAULT 0, max_score REAL, autoplay INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX sessions_started ON sessions(started);"
    "CREATE TABLE answers (session_id INTEGER NOT NULL REFERENCES sessions(id),"
    " seq INTEGER NOT NULL, round_id TEXT NOT NULL, question_id TEXT NOT NULL,"
    " question_type TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL,"
    " credit REAL NOT NULL, time_ms INTEGER NOT NULL, points REAL NOT NULL,"
    " answered_at INTEGER NOT NULL, timed_out INTEGER NOT NULL DEFAULT 0,"
    " streak_bonus REAL NOT NULL DEFAULT 0, PRIMARY KEY (session_id, seq));"
    "INSERT INTO sessions VALUES (1, 'gammel', 'ks-leder', 'abc', 'T', 1700000000,"
    " 1700000300, 'stopped', 2, 3, 0);"
    "INSERT INTO sessions VALUES (2, 'gammel', 'ks-leder', 'abc', 'T', 1700000400,"
    " NULL, 'in_progress', 0, NULL, 0);"
    "INSERT INTO answers VALUES (1, 1, 'r', 'q1', 'single', '1', 1, 1, 4000, 1, 1700000100, 0, 0);"
    "INSERT INTO answers VALUES (1, 2, 'r', 'q2', 'single', '2', 1, 1, 4000, 1, 1700000200, 1, 0.5);"
    "PRAGMA user_version = 3;";

static void test_migration_from_v3(void)
{
    const char *db = fx_join(fx_tmpdir("outbox-v3"), "results.db");
    QK_REQUIRE(fx_exec(db, v3_schema) == SQLITE_OK);
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(st && qk_store_ok(st));
    QK_CHECK_INT(fx_int(db, "PRAGMA user_version"), 4);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions WHERE uuid GLOB '" UUID_V4_GLOB "'"), 2);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM answers WHERE uuid GLOB '" UUID_V4_GLOB "'"), 2);
    /* The history is queued: two sessions, two answers, sessions first. */
    QK_CHECK_INT(qk_store_outbox_count(st), 4);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM outbox o JOIN answers a"
                            " ON a.session_id = o.session_id AND a.seq = o.seq"), 2);
    QK_CHECK(fx_int(db, "SELECT max(id) FROM outbox WHERE seq = 0") <
             fx_int(db, "SELECT min(id) FROM outbox WHERE seq > 0"));
    QK_CHECK_STR(fx_text(db, "PRAGMA integrity_check"), "ok");
    qk_store_close(st);
}

int main(void)
{
    QK_RUN(test_rows_queued_with_uuids);
    QK_RUN(test_same_transaction);
    QK_RUN(test_migration_from_v3);
    return qk_test_summary();
}
