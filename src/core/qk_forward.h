/* qk_forward.h: the forwarder, which empties the station's outbox into the
 * central PostgreSQL (store-and-forward, docs/fleet.md).
 *
 * Design: the station's SQLite database is its truth; the outbox (results schema
 * v4, filled by triggers in the same transaction as each answer and session
 * change) lists what the server has yet to get. The forwarder runs on its own
 * thread with its own SQLite connection and its own libpq connection, so nothing
 * it does (a slow, stopped or unreachable server) ever reaches the screens: the
 * kiosk's thread only calls create/start/flush/stop/destroy and reads stats.
 *
 * One batch = up to `batch` outbox rows, oldest first, read in one SQLite read
 * transaction: the current row of every session they touch, then their answers.
 * They go to the server in ONE PostgreSQL transaction: stations (last_seen),
 * sessions (upsert that only moves forward, see qk_pg.c), answers
 * (ON CONFLICT DO NOTHING). Only after COMMIT are the batch's outbox rows
 * deleted (by id: a row queued again meanwhile has a new id and is sent in a
 * later batch). A power cut or SIGKILL between COMMIT and the delete means the
 * batch is sent again, which the server ignores: nothing is doubled, and as the
 * outbox is durable nothing is lost; the next start simply carries on.
 *
 * Failures (no server, a refused login, a statement timeout) drop the
 * connection and wait as qk_backoff says (exponential, jittered, capped).
 * The server's schema is brought to this program's version on each new
 * connection (qk_pg_migrate, under its advisory lock).
 *
 * No SDL here. Threads: everything below is called from one thread (the
 * kiosk's); the forwarder's own thread is internal.
 */
#ifndef QK_FORWARD_H
#define QK_FORWARD_H

#include <stddef.h>
#include <stdint.h>

typedef struct qk_forward qk_forward;

/* Called on the forwarder's thread when its state changes (server reached,
 * server lost with the reason): not once per retry. level: 3 error, 4 warning,
 * 6 info (syslog's numbers). The message is valid during the call only. */
typedef void (*qk_forward_log_fn)(void *ctx, int level, const char *msg);

typedef struct {
    const char *db_path;       /* the station's results.db (copied) */
    const char *server;        /* libpq URI (copied) */
    const char *password_file; /* NULL or "": libpq's own rules (copied) */
    int batch;                 /* outbox rows per batch; 0 = QK_FORWARD_BATCH */
    int poll_ms;               /* how often the outbox is looked at; 0 = 200 */
    uint32_t backoff_base_ms;  /* 0 = 1000 */
    uint32_t backoff_cap_ms;   /* 0 = 60000 */
    int statement_timeout_ms;  /* server statement timeout; 0 = 30000 */
    uint64_t seed;             /* the backoff's jitter; 0 = from the time and pid */
    qk_forward_log_fn log;     /* may be NULL */
    void *log_ctx;
} qk_forward_options;

#define QK_FORWARD_BATCH 500

typedef struct {
    uint64_t rows_sent;     /* outbox rows sent and deleted */
    uint64_t batches;       /* batches committed on the server */
    uint64_t failures;      /* failed tries (connect, send) */
    long pending;           /* outbox rows as last counted, -1 unknown */
    int connected;          /* 1 while a connection is up */
    char last_error[512];   /* the last failure, "" when none since the last success */
} qk_forward_stats;

/* Makes a forwarder (no thread, no connection yet). NULL on out of memory or a
 * missing db_path/server, with a message in err[cap]. The caller owns it. */
qk_forward *qk_forward_create(const qk_forward_options *opt, char *err, size_t cap);
/* Starts its thread. 0, or -1 when the thread could not be made. */
int qk_forward_start(qk_forward *f);
/* Asks for a try now (ignoring the backoff once) and waits up to timeout_ms for
 * a pass begun after this call to end with the outbox empty. Returns 1 when it
 * did, 0 on timeout (the rows stay queued for later). */
int qk_forward_flush(qk_forward *f, int timeout_ms);
/* Ends the thread: a query in flight on a slow server is cancelled, so this
 * returns within the connect timeout at worst. Safe to call twice. */
void qk_forward_stop(qk_forward *f);
/* Stops it if running and frees it. NULL is fine. */
void qk_forward_destroy(qk_forward *f);
/* A copy of the counters (thread-safe). */
void qk_forward_get_stats(qk_forward *f, qk_forward_stats *out);

/* quizkiosk --sync: on the calling thread, sends every outbox row queued when
 * it began (rows queued meanwhile may go too). Returns 0 when all of them are
 * on the server, -1 when the server could not be reached or refused (message
 * in err[cap]; what was sent stays sent), -2 when the results database could
 * not be read. *sent and *left (may be NULL) get the rows sent and those still
 * queued. */
int qk_forward_sync(const qk_forward_options *opt, long *sent, long *left, char *err,
                    size_t cap);

#endif
