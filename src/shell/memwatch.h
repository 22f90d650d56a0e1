/* memwatch.h: the kiosk's memory between sessions.
 *
 * The kiosk's RSS should stay flat from one session to the next. What made
 * it move (measured with QK_MEMLOG over 1,000 autoplayed sessions) was glibc
 * malloc and SQLite, not the gfx caches, which are full after a few sessions:
 *   - SQLite's page cache of the results store grew for ~400 sessions to its
 *     default 2 MB: the store now keeps QK_STORE_CACHE_KIB (qk_store.h);
 *   - glibc raised its mmap threshold each time a large block (a text
 *     texture, a picture) was freed, so large blocks came from the heap, and
 *     the heap's free space (fordblks) swung between 8 and 11 MB, given back
 *     and taken again: qk_memwatch_setup fixes the threshold and the number
 *     of heaps (memwatch.c).
 * malloc_trim at a session's end was tried and left out: it lowers RSS on
 * the attract screen by ~3 MB, but the next session touches those pages
 * again, so the RSS swings wider over a session, not less.
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

/* Sets glibc's malloc limits (mallopt). Call first, before any thread. */
void qk_memwatch_setup(void);

/* Opens the log QK_MEMLOG names (one that cannot be opened is logged as a
 * warning and skipped). NULL only on out of memory; every function takes NULL as a no-op. */
qk_memwatch *qk_memwatch_create(void);
void qk_memwatch_destroy(qk_memwatch *mw); /* closes the log; NULL is a no-op */

/* Call once per loop turn after drawing. When a session has ended since the
 * last call and the app is on the attract screen with no session, logs a
 * line. Borrows app, g and store (store may be NULL). */
void qk_memwatch_tick(qk_memwatch *mw, qk_app *app, qk_gfx *g, qk_store *store);

#endif
