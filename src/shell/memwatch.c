/* memwatch.c: the kiosk's memory between sessions (see memwatch.h).
 *
 * A session's end is seen from the main loop: the app's count of sessions
 * ended (completed, stopped, abandoned) has gone up and it shows the attract
 * screen with no session. What is logged then:
 *   - VmRSS from /proc/self/status (kB);
 *   - glibc's mallinfo2(): arena (bytes the heaps hold from the system),
 *     uordblks (in use), fordblks (free in them), hblkhd (mmapped blocks);
 *   - the gfx caches' texture bytes (text and pictures) and fonts opened;
 *   - SQLite's memory (sqlite3_memory_used, every connection of the process)
 *     and the results store's page cache.
 * One line per session end, so two columns can be set against each other
 * over a long autoplay to see which one makes the RSS move.
 */
#include <malloc.h>   /* mallinfo2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memwatch.h"
#include "notify.h"   /* qk_log */

/* Blocks this large or larger are mmapped and given back when freed. Set, it
 * also stops glibc from raising it (and the trim threshold with it) each time
 * such a block is freed: by default, after the first text texture or picture
 * of a few hundred KiB went back, every later one was carved from the heap,
 * whose free space then came and went in MiB (see memwatch.h). */
#define QK_MEMWATCH_MMAP_THRESHOLD (128 * 1024)
/* Heaps glibc may make: the main one and one shared by the other threads
 * (speech, signals, the forwarder, the set poll), each of which would
 * otherwise keep a heap of its own with its own free space. */
#define QK_MEMWATCH_ARENAS 2

struct qk_memwatch {
    FILE *log;        /* QK_MEMLOG, or NULL */
    long ended;       /* sessions ended when last seen on the attract screen */
};

/* VmRSS in kB, 0 when /proc cannot be read. */
static long vm_rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    long kb = 0;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) {
            kb = strtol(line + 6, NULL, 10);
            break;
        }
    fclose(f);
    return kb;
}

void qk_memwatch_setup(void)
{
    mallopt(M_MMAP_THRESHOLD, QK_MEMWATCH_MMAP_THRESHOLD);
    mallopt(M_ARENA_MAX, QK_MEMWATCH_ARENAS);
}

qk_memwatch *qk_memwatch_create(void)
{
    qk_memwatch *mw = calloc(1, sizeof *mw);
    if (!mw)
        return NULL;
    const char *path = getenv("QK_MEMLOG");
    if (path && *path) {
        mw->log = fopen(path, "a");
        if (!mw->log)
            qk_log(QK_LOG_WARNING, "QK_MEMLOG=%s cannot be written; no memory log", path);
        else
            fprintf(mw->log, "ended\trss_kb\tarena\tuordblks\tfordblks\thblkhd\ttext_bytes"
                    "\timage_bytes\tfonts\tsqlite_all\tsqlite_cache\n");
    }
    return mw;
}

void qk_memwatch_destroy(qk_memwatch *mw)
{
    if (!mw)
        return;
    if (mw->log)
        fclose(mw->log);
    free(mw);
}

void qk_memwatch_tick(qk_memwatch *mw, qk_app *app, qk_gfx *g, qk_store *store)
{
    if (!mw || !app)
        return;
    qk_app_stats s = qk_app_get_stats(app);
    long ended = s.completed + s.stopped + s.abandoned;
    if (ended == mw->ended || qk_app_session(app) || qk_app_screen(app) != QK_SCR_ATTRACT ||
        qk_app_needs_redraw(app))
        return;
    mw->ended = ended;
    if (!mw->log)
        return;
    struct mallinfo2 mi = mallinfo2();
    qk_gfx_stats gs;
    qk_gfx_cache_stats(g, &gs);
    long long sq_all = 0, sq_cache = 0;
    qk_store_memory(store, &sq_all, &sq_cache);
    fprintf(mw->log, "%ld\t%ld\t%zu\t%zu\t%zu\t%zu\t%zu\t%zu\t%lu\t%lld\t%lld\n", ended,
            vm_rss_kb(), mi.arena, mi.uordblks, mi.fordblks, mi.hblkhd, gs.text_bytes,
            gs.image_bytes, gs.fonts_opened, sq_all, sq_cache);
    fflush(mw->log);
}
