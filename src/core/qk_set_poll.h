/* qk_set_poll.h: the kiosk's own thread that looks on the central server for
 * question sets published to the station (issue 14).
 *
 * Design: a thread of its own, so that the server (slow, down, unreachable) and
 * the download never reach the screens. It looks once shortly after start and
 * then every `interval_s` seconds: connects (results_server and its password
 * file), brings the schema to this program's version, and runs qk_set_fetch
 * (download, check, install whole or not at all, report to the server). The
 * kiosk's thread only asks, once per loop, whether a look installed something
 * (qk_set_poll_take): then it reads the sets again, and it makes a set that was
 * published as active the active one only when no session is running (on the
 * attract screen), never during one. Between looks the thread waits on a
 * condition variable, so destroy stops it at once; a look in progress is
 * finished first (libpq's connect_timeout bounds the connect).
 *
 * No SDL here. Every call below is made from one thread (the kiosk's).
 */
#ifndef QK_SET_POLL_H
#define QK_SET_POLL_H

#include <stdbool.h>
#include <stddef.h>

typedef struct qk_set_poll qk_set_poll;

/* Called on the poll thread for what is worth a log line: each set installed or
 * rejected, the server lost or reached again (not each failed retry). level: 3
 * error, 4 warning, 6 info (syslog's numbers). The message is valid during the
 * call only. */
typedef void (*qk_set_poll_log_fn)(void *ctx, int level, const char *msg);

typedef struct {
    const char *server;        /* libpq URI (copied) */
    const char *password_file; /* NULL or "": libpq's own rules (copied) */
    const char *station_id;    /* copied */
    const char *quizzes_dir;   /* copied */
    int interval_s;            /* between looks; > 0 */
    int first_delay_ms;        /* before the first look; 0 = 500 */
    qk_set_poll_log_fn log;    /* may be NULL */
    void *log_ctx;
} qk_set_poll_options;

/* Starts the thread. Returns NULL (a sentence in err[cap]) when out of memory
 * or the thread cannot start. */
qk_set_poll *qk_set_poll_create(const qk_set_poll_options *o, char *err, size_t cap);

/* True when a look installed at least one set since the last call (then read
 * the sets again). activate[cap] gets the id of the newest installed set that
 * was published as active and not yet taken, else "". Clears both. */
bool qk_set_poll_take(qk_set_poll *p, char *activate, size_t cap);

/* How many looks have been completed (the server answered or not): for tests
 * and the log. */
unsigned long qk_set_poll_looks(const qk_set_poll *p);

/* Stops and joins the thread, frees everything. NULL is a no-op. */
void qk_set_poll_destroy(qk_set_poll *p);

#endif
