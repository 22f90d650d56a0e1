/* qk_loader.h: loads and validates a question set from a libconfig file, our
 * own format (docs/question-sets.md). The kiosk, the trainer menu and
 * `--check` all load through these two calls; they are implemented by the
 * libconfig set reader, src/core/qk_fmt_libconfig_read.c.
 *
 * The question-set model (qk_model.h) is the hub between formats: each format
 * has a file of its own under src/core/ (qk_fmt_*.c) that reads into the
 * model or writes from it; all readers take their bytes through qk_fmt_text.h.
 * Loading never stops at the
 * first problem: every problem found is appended to `diags` with the line of the
 * offending setting. A set is returned only when there were no errors (warnings
 * are allowed).
 */
#ifndef QK_LOADER_H
#define QK_LOADER_H

#include <stdbool.h>

#include "qk_diag.h"
#include "qk_model.h"

/* What a caller may leave out of a load. All-zero (or a NULL pointer) is the
 * full load that qk_set_load and qk_set_load_buffer do. */
typedef struct {
    /* Do not compute the SHA-256 of the file: set->hash is left "" (empty).
     * Only for a caller that never reads the hash, as `--check`, which prints
     * problems and counts; the kiosk, the results (a session records its set's
     * hash), --publish and the set installer all need it and keep the default. */
    bool skip_hash;
} qk_load_opts;

/* Loads `path`. Returns a new set (caller frees with qk_set_free) or NULL when
 * any error was found; problems go to `diags` (must be initialised). */
qk_set *qk_set_load(const char *path, qk_diags *diags);

/* Same as qk_set_load with the options `opts` (not kept; NULL: all off). */
qk_set *qk_set_load_with(const char *path, const qk_load_opts *opts, qk_diags *diags);

/* Same, from bytes in memory; `name` is used in messages and `dir` is the folder
 * pictures are resolved against (may be NULL: pictures are then not checked on disk). */
qk_set *qk_set_load_buffer(const char *name, const char *dir, const char *data,
                           size_t len, qk_diags *diags);

/* For the tests: the verdicts on text[0..len) (text[len] must be NUL) of the
 * loader's one walk (its pre-scan with qk_fmt_guard's limits for sets) and of
 * the two walks it stands for (qk_fmt_guard's pass, then the plain pre-scan):
 * true when the walk finds nothing wrong. The one walk may find fault where
 * the two do not (the loader then walks twice, for their exact messages);
 * never the other way round. */
void qk_set_scan_verdicts(const char *text, size_t len, bool *one_walk, bool *two_walks);

#endif
