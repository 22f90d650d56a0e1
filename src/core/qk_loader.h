/* qk_loader.h: loads and validates a question set from a libconfig file.
 *
 * The format is documented in docs/question-sets.md. Loading never stops at the
 * first problem: every problem found is appended to `diags` with the line of the
 * offending setting. A set is returned only when there were no errors (warnings
 * are allowed).
 */
#ifndef QK_LOADER_H
#define QK_LOADER_H

#include "qk_diag.h"
#include "qk_model.h"

/* Loads `path`. Returns a new set (caller frees with qk_set_free) or NULL when
 * any error was found; problems go to `diags` (must be initialised). */
qk_set *qk_set_load(const char *path, qk_diags *diags);

/* Same, from bytes in memory; `name` is used in messages and `dir` is the folder
 * pictures are resolved against (may be NULL: pictures are then not checked on disk). */
qk_set *qk_set_load_buffer(const char *name, const char *dir, const char *data,
                           size_t len, qk_diags *diags);

#endif
