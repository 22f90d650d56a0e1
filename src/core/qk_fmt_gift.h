/* qk_fmt_gift.h: Moodle's GIFT format, read into the question-set model and
 * written from it.
 *
 * What a GIFT text means is what Moodle's own importer
 * (question/format/gift/format.php) makes of it; where Moodle's
 * documentation says otherwise, qk_fmt_gift.c follows the code and says so.
 */
#ifndef QK_FMT_GIFT_H
#define QK_FMT_GIFT_H

#include <stdio.h>

#include "qk_fmt_import.h"

/* Reads the decoded GIFT text t[0..len) (UTF-8, LF line ends, t[len] == 0)
 * from file `name` into the bank: each question the kiosk can hold is added,
 * each it cannot hold is reported as left out, each block Moodle rejects is
 * an error; reading always goes on to the end. */
void qk_gift_read(qk_bank *bank, const char *name, const char *t, size_t len);

/* Writes set's single, multiple, truefalse and categorize questions as GIFT
 * to out, rounds as $CATEGORY and explanations as general feedback. Order
 * questions (GIFT has none) are warned about as `name`:LINE: warning: and
 * skipped. Returns the number of questions written. */
size_t qk_gift_write(const qk_set *set, FILE *out, qk_diags *diags, const char *name);

/* True when text[0..len) looks like GIFT rather than Aiken: it has a { } pair
 * or a $CATEGORY: or ::name:: line. (Aiken has an ANSWER: line per question.) */
bool qk_gift_looks_like(const char *t, size_t len);

#endif
