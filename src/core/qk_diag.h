/* qk_diag.h: a list of diagnostics (errors and warnings) with file and line.
 *
 * Loaders append to a qk_diags instead of stopping at the first problem, so that
 * `quizkiosk --check` can print every problem as "FILE:LINE: error: MESSAGE".
 * The list owns its strings. Line 0 means "the file as a whole".
 *
 * Language: a message added with qk_diag_addt() comes from the string table
 * (qk_i18n.c, ids QK_D_...) and is rendered in every language at once, so that
 * a caller can show it in the language it chooses (qk_diag_text) long after the
 * load, e.g. the trainer menu on an English station. `message` is the text in
 * the language current when it was added. Messages still added with
 * qk_diag_add() have one text, the same in every language (src/core keeps none
 * of those but pass-throughs of other programs' words: test diag_literals).
 *
 * Words inside a message: a string-table format may hold, besides printf's
 * conversions, "%@" (the argument is a qk_str, a word or phrase of the table
 * rendered in the same language, e.g. "a whole number") and "%&" (the argument
 * is a const qk_phrase *, a phrase already made in every language, e.g.
 * "question \"q1\" of round 2"). So no English fragment ends up in a
 * Norwegian sentence. The words "error"
 * and "warning" in the printed form stay English in every language: they are
 * the compiler convention that editors and CI parse (FILE:LINE: error: ...).
 */
#ifndef QK_DIAG_H
#define QK_DIAG_H

#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>

#include "qk_i18n.h"

typedef enum { QK_DIAG_ERROR, QK_DIAG_WARNING } qk_severity;

typedef struct {
    qk_severity severity;
    char *file;
    int line;
    char *message;                 /* owned; the text in the language current at add time */
    char *text[QK_LANG_COUNT];     /* owned; per language, or NULL: the same as message */
} qk_diag;

typedef struct {
    qk_diag *items;
    size_t count, cap;
    size_t errors, warnings;
} qk_diags;

/* A phrase in every language, for "%&": made by qk_phrase_set, on the stack. */
typedef struct {
    char text[QK_LANG_COUNT][256];
} qk_phrase;

/* Makes p from the table's format `id` and the arguments that follow (the
 * same conversions as a message, "%@" and "%&" included). Never fails: a too
 * long phrase is cut. */
void qk_phrase_set(qk_phrase *p, qk_str id, ...);
/* Makes p the same text in every language (a name, a number). */
void qk_phrase_same(qk_phrase *p, const char *text);
/* Makes p a count: `one` (a phrase without arguments, e.g. "1 runde") when
 * n is 1, else `many` with n (a %zu phrase, "%zu runder"). */
void qk_phrase_count(qk_phrase *p, size_t n, qk_str one, qk_str many);
/* Prints the string table's `id` with its arguments to out, in the current
 * language (the tools' own lines, e.g. "FILE: ok (2 runder, 5 spørsmål)"). */
void qk_diag_printt(FILE *out, qk_str id, ...);
/* The string-table format `fmt` with its arguments in `lang`, into a new
 * string (the caller frees it), or NULL when out of memory. */
char *qk_diag_vformat(qk_lang lang, const char *fmt, va_list ap);

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
/* Appends one diagnostic whose text is the string table's `id`, a printf
 * format taking the arguments that follow (the same in every language; the
 * id's comment in qk_i18n.h says which). Rendered in nb, nn and en at once. */
void qk_diag_addt(qk_diags *d, qk_severity sev, const char *file, int line, qk_str id, ...);
void qk_diag_vaddt(qk_diags *d, qk_severity sev, const char *file, int line, qk_str id,
                   va_list ap);
/* Appends a copy of g (all its languages) to d. */
void qk_diag_copy(qk_diags *d, const qk_diag *g);
/* The entry's message in `lang`; never NULL. Borrowed: valid while the list is. */
const char *qk_diag_text(const qk_diag *g, qk_lang lang);
/* Prints every entry as "FILE:LINE: error: MESSAGE" (or warning), one per line,
 * each in the current language (qk_i18n_lang()). */
void qk_diags_print(const qk_diags *d, FILE *out);

#endif
