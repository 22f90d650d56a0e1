/* qk_fmt_import.h: building a question set from another program's questions.
 *
 * The GIFT and Aiken readers (qk_fmt_gift.c, qk_fmt_aiken.c) read a file into
 * a qk_bank: a qk_set under construction (qk_model.h, the hub) plus what the
 * import command must report. A reader adds one question at a time; what the
 * kiosk cannot hold is left out with one warning each (reason and a way out),
 * and a block the source program would reject is an error (FILE:LINE: error:);
 * either way the reader goes on with the next question.
 *
 * Every string in the bank's set is malloc'd (the set is "built by hand" in
 * qk_model.h's terms), so qk_set_free frees it. The bank owns the set until
 * qk_bank_take_set.
 */
#ifndef QK_FMT_IMPORT_H
#define QK_FMT_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_diag.h"
#include "qk_model.h"

typedef struct {
    qk_set *set;
    qk_diags *diags;       /* not owned */
    const char *language;  /* the set's language: generated explanations use it */
    size_t imported;       /* questions added */
    size_t left_out;       /* questions reported as left out (warnings) */
    size_t rejected;       /* blocks reported as errors */
    size_t cur_round;      /* the round new questions go to; SIZE_MAX: none yet */
    char **src_files;      /* per question, in the order added: "FILE:LINE" (for comments) */
    size_t n_src, cap_src;
    bool explained;        /* the next question added got a written explanation */
    struct qk_idset *ids;  /* owned: the question ids given so far (qk_fmt_import.c) */
} qk_bank;

/* Starts an empty bank whose set has the given header (copied). */
bool qk_bank_init(qk_bank *b, qk_diags *diags, const char *id, const char *title,
                  const char *language);
/* Frees the bank and its set (unless taken). NULL is a no-op. */
void qk_bank_free(qk_bank *b);

/* Makes the round titled `title` (a category's last part) the current one,
 * creating it when new. A title longer than a label (QK_MAX_LABEL_BYTES) is
 * cut there, with "…" (the caller warns). */
void qk_bank_category(qk_bank *b, const char *title);

/* Adds q (moved in: the bank owns its strings afterwards, q is zeroed) to the
 * current round, making its id valid and unique. `name` is the source's
 * question name (may be NULL or empty: an id q<N> is made). `file:line` is
 * where it came from. Questions beyond the kiosk's limits are reported as
 * left out (and freed) instead; returns false then. */
bool qk_bank_add(qk_bank *b, qk_question *q, const char *name, const char *file, int line);

/* Reports a question left out, as
 *   FILE:LINE: warning: question "NAME" is REASON: left out (WAY OUT)
 * in every language: REASON and WAY OUT are phrases of the string table
 * (QK_D_R_..., QK_D_X_...; borrowed, see qk_diag.h). */
void qk_bank_leave_out(qk_bank *b, const char *file, int line, const char *name,
                       const qk_phrase *reason, const qk_phrase *way_out);

/* Reports a block the source program rejects, as FILE:LINE: error: MESSAGE,
 * MESSAGE being the string table's `id` with the arguments that follow. */
void qk_bank_reject(qk_bank *b, const char *file, int line, qk_str id, ...);

/* When q has no explanation, writes one from its right answer in the bank's
 * language and warns that the trainer should write one. */
void qk_bank_explain(qk_bank *b, qk_question *q, const char *file, int line, const char *name);

/* Frees the strings of a question that was not added. */
void qk_question_clear(qk_question *q);

/* Text in Moodle's formats to plain text: `html` and `moodle` drop tags
 * (<br> and </p> become line breaks) and decode entities; `markdown` also
 * drops emphasis marks and heading #s; `plain` is kept. Returns a new string. */
typedef enum { QK_TF_MOODLE, QK_TF_HTML, QK_TF_PLAIN, QK_TF_MARKDOWN } qk_text_format;
char *qk_text_to_plain(const char *s, size_t n, qk_text_format fmt);

/* An id made of `s`: lower case a-z, 0-9, - (æ ø å -> ae o a), at most
 * `max` bytes; "" when nothing is left. Returns a new string. */
char *qk_make_id(const char *s, size_t max);

/* Removes and returns the set (caller frees with qk_set_free). */
qk_set *qk_bank_take_set(qk_bank *b);

#endif
