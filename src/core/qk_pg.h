/* qk_pg.h: the station's and the trainer tools' way to the central PostgreSQL.
 *
 * Design: one small layer over libpq that both the forwarder (qk_forward.c) and the
 * server-side trainer tools use. It connects from a libpq URI (everything libpq knows,
 * sslmode=verify-full and the like, passes through untouched) and brings the central
 * schema to the version this program knows, by an ordered list of migration steps
 * (qk_pg.c, `qk_pg_migrations`). The version lives in the table qk_schema; the whole
 * migration runs in one transaction under a transaction-scoped advisory lock, so two
 * stations migrating at once are safe (the second waits, then finds nothing to do).
 * A server whose schema is newer than the program is refused, never written to.
 *
 * Passwords: never in the station file (it is world-readable). Either libpq's own
 * PGPASSFILE / ~/.pgpass, or `password_file`: a file holding the password on its
 * first line, which must belong to the calling user and be unreadable by group and
 * others (mode 0600 or stricter), the rule libpq applies to .pgpass. Anything
 * looser is refused with a message naming the file and saying what to do.
 *
 * No SDL here; nothing in this file blocks the screens, as only the forwarder
 * thread and the command-line tools call it. Connections get a connect_timeout
 * (QK_PG_CONNECT_TIMEOUT_S) unless the URI sets one.
 */
#ifndef QK_PG_H
#define QK_PG_H

#include <stddef.h>
#include "qk_pq.h" /* libpq through dlopen: never <libpq-fe.h> here */

/* Seconds libpq may spend connecting when the URI does not say (connect_timeout). */
#define QK_PG_CONNECT_TIMEOUT_S 5

/* Connects to `uri` (a libpq URI or key=value string). `password_file` may be NULL
 * or "" (then libpq's own rules: PGPASSWORD, PGPASSFILE, ~/.pgpass). On success
 * returns a connection the caller owns (PQfinish it); on failure NULL, with a
 * one-line message in err[cap] (the password never appears in it). */
PGconn *qk_pg_connect(const char *uri, const char *password_file, char *err, size_t cap);

/* Reads the password in `path` into out[cap] (first line, without its newline),
 * after checking the file is a regular file of this user, mode 0600 or stricter.
 * Returns 0, or -1 with a message naming the file in err[cap]. */
int qk_pg_read_password_file(const char *path, char *out, size_t cap, char *err, size_t cap_err);

/* Brings the server's schema to qk_pg_schema_version() in one transaction under an
 * advisory lock. Returns the version the server is at afterwards, or -1 with a
 * message in err[cap] (the server is then unchanged: a failing step rolls back all). */
int qk_pg_migrate(PGconn *c, char *err, size_t cap);

/* As qk_pg_migrate; *before (may be NULL) gets the version found under the lock,
 * so the caller can tell whether it was this call that migrated. */
int qk_pg_migrate_from(PGconn *c, int *before, char *err, size_t cap);

/* The newest schema version this program knows (the number of migration steps). */
int qk_pg_schema_version(void);

/* The version the server holds (0: no qk_schema table yet), or -1 with err. */
int qk_pg_server_version(PGconn *c, char *err, size_t cap);

/* Copies libpq's message for `c` (or `r` when not NULL) into err[cap] as one line,
 * prefixed by `what`. Returns err. */
char *qk_pg_error(PGconn *c, const PGresult *r, const char *what, char *err, size_t cap);

/* The advisory lock key the migrations take (pg_advisory_xact_lock). */
#define QK_PG_MIGRATE_LOCK 0x716b6d6967LL /* "qkmig" */

#endif
