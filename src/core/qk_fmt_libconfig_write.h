/* qk_fmt_libconfig_write.h: the libconfig set writer: a question set from
 * the model (qk_model.h) as a readable, commented file in our own format
 * (docs/question-sets.md), which the libconfig set reader loads back.
 */
#ifndef QK_FMT_LIBCONFIG_WRITE_H
#define QK_FMT_LIBCONFIG_WRITE_H

#include <stdio.h>

#include "qk_model.h"

typedef struct {
    const char *header;        /* comment lines for the top (without #), '\n'-separated; may be NULL */
    const char *const *notes;  /* per question in file order: a comment above it, or NULL */
    size_t n_notes;
} qk_cfg_write_opts;

/* Writes set to out. Pictures are written relative to set->dir. Returns
 * false when writing failed (ferror). */
bool qk_cfg_write(const qk_set *set, FILE *out, const qk_cfg_write_opts *opts);

#endif
