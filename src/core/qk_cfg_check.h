/* qk_cfg_check.h: checks on libconfig text that libconfig itself does not make,
 * shared by the station file (qk_station.c) and the set loader
 * (qk_fmt_libconfig_read.c).
 *
 * Whole numbers that do not fit: libconfig 1.5 (Debian 12) reads a number
 * without an L suffix as a 32-bit int and silently wraps it, so that
 * `width = 4294967616;` arrives as 320 and passes any range check done on the
 * parsed tree. qk_cfg_check_ints looks at the literals in the text itself,
 * before or after libconfig parses it, and reports each one that does not fit
 * the type libconfig will give it (32-bit without L, 64-bit with L) as an error
 * with its line. Strings and comments are skipped with libconfig's rules.
 *
 * Names: qk_cfg_closest_name finds the known setting a misspelled one was
 * most likely meant to be, for "did you mean".
 *
 * Nothing here allocates; nothing keeps a pointer it was given.
 */
#ifndef QK_CFG_CHECK_H
#define QK_CFG_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_diag.h"

/* Scans text[0..len) (need not be NUL-terminated) and adds one error to `diags`
 * per integer literal that does not fit, as FILE:LINE with `file`. When
 * `bad_lines` is not NULL, the lines of the first `cap` such literals are
 * stored there. Returns the number of literals that did not fit. */
size_t qk_cfg_check_ints(const char *text, size_t len, const char *file, qk_diags *diags,
                         int *bad_lines, size_t cap);

/* One step of qk_cfg_check_ints's scan, for a pass of the caller's own that
 * follows libconfig's lexical rules as it does (the set loader's pre-scan):
 * text[i] is a byte outside texts and comments. When a name or a number
 * starts there, returns the index of its last byte and sets *bad when it is
 * an integer literal that does not fit; otherwise returns i with *bad false.
 * Only the literal is judged; qk_cfg_check_ints words the errors. */
size_t qk_cfg_code_token(const char *text, size_t len, size_t i, bool *bad);

/* The name in the NULL-ended list `known` that `name` is a likely misspelling
 * of (at most one edit, or two for names of 6 letters or more; case and a
 * swap of two neighbours count as one), or NULL. The result points into
 * `known`. */
const char *qk_cfg_closest_name(const char *name, const char *const *known);

#endif
