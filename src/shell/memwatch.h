/* memwatch.h: the kiosk's memory between sessions.
 *
 * The kiosk's RSS should stay flat from one session to the next. At the end
 * of each session, once the attract screen is drawn, qk_memwatch_tick can
 * log what the process holds, to see which part moves.
 *
 * QK_MEMLOG=PATH (a debug setting, read by qk_memwatch_create) appends one
 * line per session end to PATH, tab-separated, the columns named by a first
 * header line: sessions ended, VmRSS (kB), mallinfo2's arena, uordblks,
 * fordblks and hblkhd, the text and picture caches' bytes, fonts opened so
 * far, SQLite's memory (all connections) and the results store's page cache
 * (bytes). bench/kiosk/autoplay_rss.sh sets it and sums it up.
 *
 * Not thread-safe: call from the main loop only.
 */
#ifndef QK_MEMWATCH_H
#define QK_MEMWATCH_H

#include "app.h"
#include "gfx/qk_gfx.h"
#include "qk_store.h"

typedef struct qk_memwatch qk_memwatch; /* opaque */

/* Opens the log QK_MEMLOG names (one that cannot be opened is logged as a
 * warning and skipped). NULL only on out of memory; every function takes NULL as a no-op. */
qk_memwatch *qk_memwatch_create(void);
void qk_memwatch_destroy(qk_memwatch *mw); /* closes the log; NULL is a no-op */

/* Call once per loop turn after drawing. When a session has ended since the
 * last call and the app is on the attract screen with no session, logs a
 * line. Borrows app, g and store (store may be NULL). */
void qk_memwatch_tick(qk_memwatch *mw, qk_app *app, qk_gfx *g, qk_store *store);

#endif
