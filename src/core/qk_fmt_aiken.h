/* qk_fmt_aiken.h: Moodle's Aiken format (one-answer choice questions), read
 * into the question-set model. What a text means is what Moodle's importer
 * (question/format/aiken/format.php) makes of it.
 */
#ifndef QK_FMT_AIKEN_H
#define QK_FMT_AIKEN_H

#include "qk_fmt_import.h"

/* Reads the decoded Aiken text t[0..len) (UTF-8, LF, t[len] == 0) from file
 * `name` into the bank; see qk_gift_read for what is reported. */
void qk_aiken_read(qk_bank *bank, const char *name, const char *t, size_t len);

/* True when text looks like Aiken: a line starting with ANSWER: */
bool qk_aiken_looks_like(const char *t, size_t len);

#endif
