/* qk_catalog.h: the question sets found in the station's quizzes folder, and
 * which of them is active.
 *
 * A catalog is made by reading every *.cfg file in the quizzes folder (sorted by
 * file name; hidden files and subfolders are ignored) with qk_set_load. Valid
 * sets are kept; invalid ones are listed with their diagnostics so that the
 * trainer menu can show them. A set whose id is already used by an earlier file
 * is listed as invalid too. A catalog exists only while at least one set is
 * valid: the station never goes down for a bad set while a good one exists.
 *
 * The active set is, in this order: the trainer's last choice in the menu (kept
 * in the file `active-set` next to the results database, written atomically),
 * else the station file's active_set, else the set the station fell back to the
 * last time (kept in the same file, marked as a fallback), else the first valid
 * set (then kept as that fallback). A choice whose set is missing or invalid is
 * skipped with a warning (qk_catalog_note says so for the menu). So a set
 * becomes active only when chosen or named in the station file: a new file that
 * sorts first never takes over, neither on reload nor after a restart.
 *
 * A reload never changes the active set by itself. It follows a wish that
 * names a valid set (the trainer's choice, else active_set: e.g. a chosen set
 * whose file has come back), else keeps the set running before; when that set's
 * file has gone or turned invalid, the new catalog holds the very version in
 * memory (shared with the old catalog, freed with the last of them),
 * qk_catalog_active_kept() is true and qk_catalog_note() says so.
 *
 * Ownership and reload: a catalog owns its sets and never changes them. Reload
 * does not touch the old catalog; it builds a new one, and the caller decides
 * when to free the old one. A session keeps a `const qk_set *` from the catalog
 * it started in; the caller frees that catalog only when the session is over:
 *
 *     qk_catalog *fresh = qk_catalog_reload(cat, &diags);   // log diags
 *     if (fresh) {
 *         if (session && qk_catalog_owns(cat, session_set)) retired = cat;
 *         else qk_catalog_free(cat);
 *         cat = fresh;
 *     }
 *     ...when the session ends: qk_catalog_free(retired); retired = NULL;
 *
 * (A second reload during the same session frees `cat` at once: the session's
 * set is in `retired`, not in `cat`.) Nothing here is thread-safe: call it from
 * the main loop, e.g. after a SIGHUP handler has set a flag. The one exception:
 * qk_catalog_open may run on another thread (the kiosk reads the whole folder
 * so after its first frame), since a new catalog shares nothing with others;
 * meanwhile nothing else may write the `active-set` file (qk_catalog_choose).
 */
#ifndef QK_CATALOG_H
#define QK_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_diag.h"
#include "qk_model.h"
#include "qk_station.h"

typedef struct qk_catalog qk_catalog; /* opaque */

#define QK_CATALOG_STATE_FILE "active-set" /* next to the results database */

/* Reads the quizzes folder of `st` and chooses the active set. Returns NULL when
 * no set is valid (or the folder cannot be read, or out of memory); `diags`
 * (must be initialised) then says why. Everything the log should show goes to
 * `diags`: every invalid file's diagnostics, a warning per skipped choice, and
 * for NULL a final error. The catalog keeps copies of what it needs from `st`. */
qk_catalog *qk_catalog_open(const qk_station *st, qk_diags *diags);

/* As qk_catalog_open, but reads first only the files whose sizes, smallest
 * first, add up to at most `budget` bytes (further ones, smallest first, only
 * while no set is valid), so that a station can start on its small sets
 * while a large file (a huge or broken set takes up to a second to read) is
 * read off the UI thread. *complete (may be NULL) is false when files were
 * left: the catalog then lists only the sets read, and a fallback it chooses
 * is kept in memory, not written to `active-set` (a catalog of the whole
 * folder, from qk_catalog_open, decides that). Such a catalog has the same
 * contract as qk_catalog_open's otherwise. */
qk_catalog *qk_catalog_open_within(const qk_station *st, size_t budget, bool *complete,
                                   qk_diags *diags);

/* Reads the folder again (added, changed and removed files), keeping the same
 * active set (see above). `old` is not changed, but may share its active set
 * with the new catalog: free each catalog with qk_catalog_free as usual. Returns a new catalog,
 * or NULL when no set is valid any more: the caller then keeps `old` (diags says
 * why, and that the sets loaded before stay in use). */
qk_catalog *qk_catalog_reload(const qk_catalog *old, qk_diags *diags);

/* Frees the catalog and every set in it. NULL is a no-op. Any qk_set pointer
 * taken from it is invalid afterwards. */
void qk_catalog_free(qk_catalog *cat);

/* The valid sets, sorted by file name; i < qk_catalog_count. Never NULL. */
size_t qk_catalog_count(const qk_catalog *cat);
const qk_set *qk_catalog_set(const qk_catalog *cat, size_t i);
/* The valid set with this id, or NULL. */
const qk_set *qk_catalog_find(const qk_catalog *cat, const char *set_id);
/* True when `set` is one of this catalog's sets. */
bool qk_catalog_owns(const qk_catalog *cat, const qk_set *set);

/* The invalid files, sorted by file name; i < qk_catalog_bad_count. The path is
 * the file's; its diagnostics are the loader's (errors with lines). */
size_t qk_catalog_bad_count(const qk_catalog *cat);
const char *qk_catalog_bad_path(const qk_catalog *cat, size_t i);
const qk_diags *qk_catalog_bad_diags(const qk_catalog *cat, size_t i);

/* The active set (never NULL) and its index among the valid sets. */
const qk_set *qk_catalog_active(const qk_catalog *cat);
size_t qk_catalog_active_index(const qk_catalog *cat);
/* True when the active set is the version kept in memory by a reload (its
 * file is gone or has errors now). */
bool qk_catalog_active_kept(const qk_catalog *cat);
/* One sentence for the trainer menu when a chosen set could not be used, e.g.
 * "The set 'x' was not found or is invalid; running 'y' instead."; "" otherwise. */
const char *qk_catalog_note(const qk_catalog *cat);

/* The trainer's choice in the menu: makes the set with this id active and
 * remembers it across restarts (the `active-set` file). Returns false, changing
 * nothing, when no valid set has this id. When the choice cannot be saved it
 * still applies now, and a warning goes to `diags` (may be NULL). */
bool qk_catalog_choose(qk_catalog *cat, const char *set_id, qk_diags *diags);

/* The quizzes folder read, and the file the choice is kept in. */
const char *qk_catalog_folder(const qk_catalog *cat);
const char *qk_catalog_state_path(const qk_catalog *cat);

/* Writes what the trainer should read about `cat` into buf (cap bytes, always
 * NUL-terminated), in the station's language (qk_i18n): the number of files
 * skipped as invalid, each of the first three with its first error as
 * "FILE:LINE: message" (file name without its folder), then qk_catalog_note.
 * buf is "" when all is well. Returns buf. */
char *qk_catalog_problems(const qk_catalog *cat, char *buf, size_t cap);

#endif
