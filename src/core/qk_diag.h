/* qk_diag.h: a list of diagnostics (errors and warnings) with file and line.
 *
 * Loaders append to a qk_diags instead of stopping at the first problem, so that
 * `quizkiosk --check` can print every problem as "FILE:LINE: error: MESSAGE".
 * The list owns its strings. Line 0 means "the file as a whole".
 */
#ifndef QK_DIAG_H
#define QK_DIAG_H

#include <stddef.h>
#include <stdio.h>

typedef enum { QK_DIAG_ERROR, QK_DIAG_WARNING } qk_severity;

typedef struct {
    qk_severity severity;
    char *file;
    int line;
    char *message;
} qk_diag;

typedef struct {
    qk_diag *items;
    size_t count, cap;
    size_t errors, warnings;
} qk_diags;

void qk_diags_init(qk_diags *d);
void qk_diags_clear(qk_diags *d);            /* frees all entries; d stays usable */
/* Appends one diagnostic; printf-style message. Never fails loudly: on out of
 * memory the entry is dropped but the error count still rises. */
void qk_diag_add(qk_diags *d, qk_severity sev, const char *file, int line,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* Prints every entry as "FILE:LINE: error: MESSAGE" (or warning), one per line. */
void qk_diags_print(const qk_diags *d, FILE *out);

#endif
