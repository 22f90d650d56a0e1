/* qk_set_fetch.h: a station fetches the question sets published to it on the
 * central server (`quizkiosk --publish`), installs the good ones and tells the
 * server what it did with each (issue 14).
 *
 * Design: one call, qk_set_fetch(), does one look at the server: it lists the
 * publishings meant for this station (all_stations, or the station among the
 * targets) that the station has not yet answered in published_set_installs, in
 * the order they were published; downloads each with its pictures; installs it
 * with qk_set_install (staged, checked by the --check loader, the published
 * SHA-256 checked, renamed into place only whole), so a bad or half-written set
 * never replaces a good one; and records `installed` or `rejected` with the
 * first error on the server. A failure of the station itself (the quizzes
 * folder cannot be written) is not recorded, so the set is tried again at the
 * next look. The call blocks (network, disk): the kiosk makes it on its own
 * thread (qk_set_poll.h), never on the screens' thread.
 *
 * Sets that came from the server are listed in the file `.published` in the
 * quizzes folder (one line each: SHA-256, file name, publish number; written
 * atomically), which the catalog skips like every dot file; the trainer menu
 * marks a set whose content hash is listed there (qk_set_fetch_is_published).
 * A set the trainer edits on the station gets another hash and is no longer
 * marked.
 *
 * A publishing marked active does not change the active set here: the report
 * names it (`activate`) and the kiosk makes it active only between sessions.
 */
#ifndef QK_SET_FETCH_H
#define QK_SET_FETCH_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_pg.h"
#include "qk_set_install.h"

#define QK_PUBLISHED_LIST ".published" /* in the quizzes folder */

typedef struct {
    long long publish_id;
    char set_id[128];
    char file_name[256];
    bool active;               /* published with --active */
    qk_install_result result;  /* QK_INSTALL_OK: installed */
    char message[600];         /* the first error ("" when installed) */
} qk_fetch_item;

typedef struct {
    qk_fetch_item *items;      /* owned; n of them, in publishing order */
    size_t n;
    size_t installed, rejected, failed; /* failed: this station's fault, tried again */
    char activate[128];        /* the set id a publishing that installed asks to make
                                  active (the latest such), "" for none */
} qk_fetch_report;

/* Looks once for sets published to `station_id` and installs them into
 * `quizzes_dir` (see above). `c` stays the caller's. Returns 0 when the server
 * was read and answered, -1 when the server failed on the way (a one-line
 * message in err[cap]). Either way `out` says what happened to each set handled
 * (the caller clears it with qk_fetch_report_clear). */
int qk_set_fetch(PGconn *c, const char *station_id, const char *quizzes_dir,
                 qk_fetch_report *out, char *err, size_t cap);
void qk_fetch_report_clear(qk_fetch_report *r);

/* True when the set whose bytes have this SHA-256 came from the server (it is
 * listed in quizzes_dir/.published). */
bool qk_set_fetch_is_published(const char *quizzes_dir, const char *sha256_hex);

#endif
