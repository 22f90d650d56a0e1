/* qk_store.h: the results store, an SQLite database on the station.
 *
 * Every session (completed or abandoned) and every answer is written as it
 * happens, each in its own transaction, so a power cut loses at most the answer
 * being made. The store never stops the quiz: when the database is missing,
 * read-only, full or corrupt, calls fail softly, qk_store_status() says why, and
 * the caller plays on. A corrupt file is kept (renamed aside) and a new one made.
 * Sessions are anonymous.
 */
#ifndef QK_STORE_H
#define QK_STORE_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>
#include "qk_engine.h"

typedef struct qk_store qk_store; /* opaque */

/* Opens (creating folders and schema, migrating older versions) the database at
 * `path`. Never returns NULL except out of memory: a store that could not open
 * its file is "degraded" (see qk_store_ok / qk_store_status). */
qk_store *qk_store_open(const char *path);
void qk_store_close(qk_store *st); /* NULL is a no-op */
bool qk_store_ok(const qk_store *st);
/* A human-readable sentence on the last problem, or "" when all is well. */
const char *qk_store_status(const qk_store *st);

/* Starts a session row; returns its id, or 0 when it could not be written. */
int64_t qk_store_session_begin(qk_store *st, const char *station_id, const qk_set *set,
                               bool autoplay, time_t started);
/* One answer, in its own transaction. */
bool qk_store_answer(qk_store *st, int64_t session_id, const qk_set *set,
                     const qk_record *rec);
/* Ends a session: completed (true) or abandoned (false), with its score. */
bool qk_store_session_end(qk_store *st, int64_t session_id, bool completed,
                          double score, double max_score, time_t ended);

#endif
