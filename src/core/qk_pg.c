/* qk_pg.c: connecting to the central PostgreSQL and migrating its schema.
 *
 * Design: see qk_pg.h. The migration steps are one array of SQL texts, step i
 * bringing the schema from version i to i+1; a step is never edited once it has
 * shipped, later changes are new steps appended at the end (the trainer tools'
 * sets tables come after the results tables). qk_pg_migrate() runs every step the
 * server lacks, and the version update, in ONE transaction that first takes
 * pg_advisory_xact_lock(QK_PG_MIGRATE_LOCK): a second station migrating at the same
 * moment waits on the lock, then sees the new version and does nothing.
 */
#include "qk_pg.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The central schema. Every row says which station it came from (station_id); ids
 * are UUIDs made on the station, so rows from many stations never collide and a
 * row sent twice is recognised (ON CONFLICT DO NOTHING). Times are Unix seconds as
 * on the station (bigint), so the server's rows compare column by column with the
 * station's; `received` is the server's own time of arrival.
 *
 * Sessions change after they are first sent (score per answer, then status
 * in_progress -> completed/stopped/abandoned and ended). The forwarder sends a
 * session's current row with
 *     INSERT ... ON CONFLICT (session_uuid) DO UPDATE SET ...
 *       WHERE sessions.status = 'in_progress'
 *         AND (EXCLUDED.status <> 'in_progress' OR EXCLUDED.score >= sessions.score)
 * so a row only moves forward: a finished session (completed, stopped, abandoned)
 * is final and never changed again, even by a stale copy arriving late (a second
 * forwarder, a retry after a lost COMMIT reply); while in progress a copy with a
 * lower score (an older one: points are never negative) is ignored. See
 * QK_PG_UPSERT_SESSION in qk_forward.c. */
static const char *const qk_pg_migrations[] = {
    /* 0 -> 1: stations, sessions, answers (the station's schema v3 columns). */
    "CREATE TABLE stations ("
    "  station_id text PRIMARY KEY,"
    "  first_seen timestamptz NOT NULL DEFAULT now(),"
    "  last_seen  timestamptz NOT NULL DEFAULT now()"
    ");"
    "CREATE TABLE sessions ("
    "  session_uuid uuid PRIMARY KEY,"
    "  station_id   text NOT NULL,"
    "  local_id     bigint NOT NULL,"
    "  set_id       text NOT NULL,"
    "  set_hash     text NOT NULL,"
    "  set_title    text NOT NULL,"
    "  started      bigint NOT NULL,"
    "  ended        bigint,"
    "  status       text NOT NULL DEFAULT 'in_progress'"
    "               CHECK (status IN ('in_progress','completed','stopped','abandoned')),"
    "  score        double precision NOT NULL DEFAULT 0,"
    "  max_score    double precision,"
    "  autoplay     integer NOT NULL DEFAULT 0,"
    "  received     timestamptz NOT NULL DEFAULT now()"
    ");"
    "CREATE INDEX sessions_station_started ON sessions(station_id, started);"
    "CREATE INDEX sessions_started ON sessions(started);"
    "CREATE TABLE answers ("
    "  answer_uuid   uuid PRIMARY KEY,"
    "  session_uuid  uuid NOT NULL REFERENCES sessions(session_uuid),"
    "  station_id    text NOT NULL,"
    "  seq           integer NOT NULL,"
    "  round_id      text NOT NULL,"
    "  question_id   text NOT NULL,"
    "  question_type text NOT NULL,"
    "  answer        text NOT NULL,"
    "  correct       integer NOT NULL,"
    "  credit        double precision NOT NULL,"
    "  time_ms       bigint NOT NULL,"
    "  points        double precision NOT NULL,"
    "  answered_at   bigint NOT NULL,"
    "  timed_out     integer NOT NULL DEFAULT 0,"
    "  streak_bonus  double precision NOT NULL DEFAULT 0,"
    "  received      timestamptz NOT NULL DEFAULT now(),"
    "  UNIQUE (session_uuid, seq)"
    ");"
    "CREATE INDEX answers_station ON answers(station_id);"
    "CREATE INDEX answers_question ON answers(question_id);",
    /* 1 -> 2: published sets (quizkiosk --publish). One row per publishing of
     * a .cfg with its bytes and SHA-256, who and when; its pictures (the files
     * it names, by path relative to the set); the stations it is for (none
     * listed = all_stations); and what each station did with it. */
    "CREATE TABLE published_sets ("
    "  publish_id   bigserial PRIMARY KEY,"
    "  set_id       text NOT NULL,"
    "  file_name    text NOT NULL CHECK (file_name ~ '^[^/.][^/]*[.]cfg$'),"
    "  content      bytea NOT NULL,"
    "  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),"
    "  active       boolean NOT NULL DEFAULT false,"
    "  all_stations boolean NOT NULL DEFAULT false,"
    "  published_by text NOT NULL DEFAULT current_user,"
    "  published_at timestamptz NOT NULL DEFAULT now()"
    ");"
    "CREATE INDEX published_sets_set ON published_sets(set_id, publish_id);"
    "CREATE TABLE published_set_files ("
    "  publish_id   bigint NOT NULL REFERENCES published_sets(publish_id) ON DELETE CASCADE,"
    "  name         text NOT NULL,"
    "  content      bytea NOT NULL,"
    "  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),"
    "  PRIMARY KEY (publish_id, name)"
    ");"
    "CREATE TABLE published_set_targets ("
    "  publish_id   bigint NOT NULL REFERENCES published_sets(publish_id) ON DELETE CASCADE,"
    "  station_id   text NOT NULL,"
    "  PRIMARY KEY (publish_id, station_id)"
    ");"
    "CREATE INDEX published_set_targets_station ON published_set_targets(station_id);"
    "CREATE TABLE published_set_installs ("
    "  publish_id   bigint NOT NULL REFERENCES published_sets(publish_id) ON DELETE CASCADE,"
    "  station_id   text NOT NULL,"
    "  result       text NOT NULL CHECK (result IN ('installed','rejected')),"
    "  message      text,"
    "  at           timestamptz NOT NULL DEFAULT now(),"
    "  PRIMARY KEY (publish_id, station_id)"
    ");",
};

#define QK_PG_N_MIGRATIONS ((int)(sizeof qk_pg_migrations / sizeof qk_pg_migrations[0]))

int qk_pg_schema_version(void) { return QK_PG_N_MIGRATIONS; }

/* One line: libpq's messages end in newlines and may span lines. */
static void one_line(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
        s[--n] = '\0';
    for (char *p = s; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
}

char *qk_pg_error(PGconn *c, const PGresult *r, const char *what, char *err, size_t cap)
{
    if (!err || cap == 0)
        return err;
    const char *msg = NULL;
    if (r)
        msg = PQresultErrorMessage(r);
    if ((!msg || !*msg) && c)
        msg = PQerrorMessage(c);
    if (!msg || !*msg)
        msg = "no message from the server";
    snprintf(err, cap, "%s: %s", what, msg);
    one_line(err);
    return err;
}

int qk_pg_read_password_file(const char *path, char *out, size_t cap, char *err, size_t cap_err)
{
    if (cap == 0)
        return -1;
    out[0] = '\0';
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, cap_err, "%s: cannot open the password file (%s); make it readable "
                 "by the kiosk's user only (chmod 600)", path, strerror(errno));
        return -1;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        snprintf(err, cap_err, "%s: the password file is not a regular file", path);
        close(fd);
        return -1;
    }
    if (sb.st_mode & (S_IRWXG | S_IRWXO)) {
        snprintf(err, cap_err, "%s: the password file can be read or written by group "
                 "or others (mode %03o); refused: chmod 600 %s", path,
                 (unsigned)(sb.st_mode & 0777), path);
        close(fd);
        return -1;
    }
    if (sb.st_uid != geteuid()) {
        snprintf(err, cap_err, "%s: the password file belongs to another user (uid %u); "
                 "chown it to the kiosk's user", path, (unsigned)sb.st_uid);
        close(fd);
        return -1;
    }
    size_t n = 0;
    for (;;) {
        ssize_t k = read(fd, out + n, cap - 1 - n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        n += (size_t)k;
        if (n >= cap - 1)
            break;
    }
    close(fd);
    out[n] = '\0';
    char *nl = strpbrk(out, "\r\n");
    if (nl)
        *nl = '\0';
    else if (n >= cap - 1) {
        snprintf(err, cap_err, "%s: the password is longer than %zu bytes", path, cap - 2);
        memset(out, 0, cap);
        return -1;
    }
    if (out[0] == '\0') {
        snprintf(err, cap_err, "%s: the password file is empty; put the password on "
                 "its first line", path);
        return -1;
    }
    return 0;
}

static void quiet_notice(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

PGconn *qk_pg_connect(const char *uri, const char *password_file, char *err, size_t cap)
{
    if (!uri || !*uri) {
        snprintf(err, cap, "no server given (results_server or --server URL)");
        return NULL;
    }
    if (!qk_pq_load(err, cap))
        return NULL;
    char pw[1024];
    pw[0] = '\0';
    if (password_file && *password_file &&
        qk_pg_read_password_file(password_file, pw, sizeof pw, err, cap) != 0)
        return NULL;
    /* Keywords are processed in order and the last value of a repeated one wins:
     * connect_timeout comes before the URI (so the URI may set its own), the
     * password file's password after it (the file is the station's setting). */
    char timeout[16];
    snprintf(timeout, sizeof timeout, "%d", QK_PG_CONNECT_TIMEOUT_S);
    const char *keys[5], *vals[5];
    int n = 0;
    keys[n] = "connect_timeout"; vals[n++] = timeout;
    keys[n] = "application_name"; vals[n++] = "quizkiosk";
    keys[n] = "dbname"; vals[n++] = uri;
    if (pw[0]) {
        keys[n] = "password"; vals[n++] = pw;
    }
    keys[n] = NULL; vals[n] = NULL;
    PGconn *c = PQconnectdbParams(keys, vals, 1);
    memset(pw, 0, sizeof pw);
    if (!c) {
        snprintf(err, cap, "out of memory connecting to the server");
        return NULL;
    }
    if (PQstatus(c) != CONNECTION_OK) {
        qk_pg_error(c, NULL, "cannot connect to the results server", err, cap);
        PQfinish(c);
        return NULL;
    }
    /* The server's NOTICEs ("relation already exists, skipping") are not for the
     * station's log nor the trainer's terminal. */
    PQsetNoticeProcessor(c, quiet_notice, NULL);
    return c;
}

static int exec_ok(PGconn *c, const char *sql, const char *what, char *err, size_t cap)
{
    PGresult *r = PQexec(c, sql);
    ExecStatusType s = PQresultStatus(r);
    int ok = (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK);
    if (!ok)
        qk_pg_error(c, r, what, err, cap);
    PQclear(r);
    return ok ? 0 : -1;
}

/* Reads qk_schema's version inside the caller's transaction (0 when empty). */
static int read_version(PGconn *c, char *err, size_t cap)
{
    PGresult *r = PQexec(c, "SELECT max(version) FROM qk_schema");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        qk_pg_error(c, r, "reading the schema version", err, cap);
        PQclear(r);
        return -1;
    }
    int v = PQgetisnull(r, 0, 0) ? 0 : atoi(PQgetvalue(r, 0, 0));
    PQclear(r);
    return v;
}

int qk_pg_server_version(PGconn *c, char *err, size_t cap)
{
    PGresult *r = PQexec(c, "SELECT to_regclass('qk_schema') IS NOT NULL");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        qk_pg_error(c, r, "looking for the schema table", err, cap);
        PQclear(r);
        return -1;
    }
    int have = PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    return have ? read_version(c, err, cap) : 0;
}

int qk_pg_migrate(PGconn *c, char *err, size_t cap)
{
    return qk_pg_migrate_from(c, NULL, err, cap);
}

int qk_pg_migrate_from(PGconn *c, int *before, char *err, size_t cap)
{
    char sql[128];
    if (exec_ok(c, "BEGIN", "starting the migration", err, cap) != 0)
        return -1;
    snprintf(sql, sizeof sql, "SELECT pg_advisory_xact_lock(%lld)", (long long)QK_PG_MIGRATE_LOCK);
    if (exec_ok(c, sql, "taking the migration lock", err, cap) != 0 ||
        exec_ok(c, "CREATE TABLE IF NOT EXISTS qk_schema ("
                   "  version integer NOT NULL,"
                   "  applied timestamptz NOT NULL DEFAULT now())",
                "making the schema table", err, cap) != 0)
        goto fail;
    int v = read_version(c, err, cap);
    if (v < 0)
        goto fail;
    if (before)
        *before = v;
    if (v > QK_PG_N_MIGRATIONS) {
        snprintf(err, cap, "the server's schema is version %d, newer than this program "
                 "knows (%d); update quizkiosk on this machine", v, QK_PG_N_MIGRATIONS);
        goto fail;
    }
    for (int i = v; i < QK_PG_N_MIGRATIONS; i++) {
        char what[64];
        snprintf(what, sizeof what, "migration %d -> %d", i, i + 1);
        if (exec_ok(c, qk_pg_migrations[i], what, err, cap) != 0)
            goto fail;
        snprintf(sql, sizeof sql, "INSERT INTO qk_schema (version) VALUES (%d)", i + 1);
        if (exec_ok(c, sql, what, err, cap) != 0)
            goto fail;
    }
    if (exec_ok(c, "COMMIT", "committing the migration", err, cap) != 0)
        return -1;
    return QK_PG_N_MIGRATIONS;
fail:
    {
        PGresult *r = PQexec(c, "ROLLBACK");
        PQclear(r);
    }
    return -1;
}
