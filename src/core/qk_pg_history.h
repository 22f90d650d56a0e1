/* qk_pg_history.h: the central server's sessions and answers read into a
 * qk_history, for the trainer tools run with --server (--stats,
 * --export-results, --report).
 *
 * Design: the server holds every station's rows with the same columns as a
 * station's own database (qk_pg.c, schema step 1), so they are read into the
 * same in-memory qk_history that qk_store_history fills from SQLite, and every
 * figure, export and report is then made by the same code as for one station.
 * A session's `id` is its id on its station (local_id) and `station_id` says
 * which station; sessions come in the order they started (ties by station and
 * id), each with its answers in seq order.
 *
 * The rows are fetched through a cursor in batches, so a server with a million
 * answers is streamed into the history rather than held twice in memory.
 * No SDL here; the call blocks, and only command-line tools make it.
 */
#ifndef QK_PG_HISTORY_H
#define QK_PG_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_history.h"
#include "qk_pg.h"

/* Reads the sessions `filter` lets in (NULL: all, autoplay included), of the
 * station `station_id` only when it is not NULL or "", with their answers, into
 * `out` (initialised here; the caller clears it with qk_history_clear). The
 * connection `c` stays the caller's. On failure returns false with `out` empty
 * and a one-line message in err[cap]. */
bool qk_pg_history(PGconn *c, const qk_history_filter *filter, const char *station_id,
                   qk_history *out, char *err, size_t cap);

/* Writes a description of where `c` is connected ("database qk on HOST, port P,
 * as ROLE") into buf[cap], with no password in it. Returns buf. */
char *qk_pg_describe(PGconn *c, char *buf, size_t cap);

#endif
