/* qk_answer_text.h: answers as words a trainer reads, from the set that was
 * played.
 *
 * The store keeps an answer as qk_answer_format's short code ("2", "1,3",
 * "true", "3>1>2", "1:2,2:-"), numbered in the set file's order, plus the
 * set's content hash. A qk_textbook holds the sets this station has (every
 * valid *.cfg in its quizzes folder, and any set the caller already has in
 * memory), found by that hash: only the exact version played gives texts,
 * since an edited file may have moved its answers around.
 *
 * Ownership: a textbook owns the sets it loaded from folders and borrows the
 * ones given with qk_textbook_add_set (they must outlive it). Strings written
 * by the text functions are the caller's buffers.
 */
#ifndef QK_ANSWER_TEXT_H
#define QK_ANSWER_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_model.h"

typedef struct qk_textbook qk_textbook; /* opaque */

qk_textbook *qk_textbook_create(void);        /* NULL only out of memory */
void qk_textbook_destroy(qk_textbook *tb);    /* NULL is a no-op */
/* Loads every valid *.cfg in `dir` (invalid files and an unreadable folder
 * are passed over quietly: their texts are simply not there). Returns the
 * number of sets added. */
size_t qk_textbook_add_folder(qk_textbook *tb, const char *dir);
/* Adds a set the caller keeps (borrowed). Returns false out of memory. */
bool qk_textbook_add_set(qk_textbook *tb, const qk_set *set);
/* The set whose content hash is `hash`, or NULL. */
const qk_set *qk_textbook_find(const qk_textbook *tb, const char *hash);

/* The stored answer `code` to question q in words, in the current language
 * for true/false and "nothing chosen": single "Tillit"; multiple
 * "Lytte; Spørre"; true/false "Sant"; order "B > A > C"; categorize
 * "item → category; ..." ("–" for an item left unsorted). A timeout (code "")
 * is "" (the timed_out column says so). Returns false, with buf "", when the
 * code does not fit the question (a set changed under the same hash cannot
 * happen, but a hand-edited database can). */
bool qk_answer_text(const qk_question *q, const char *code, char *buf, size_t cap);
/* The right answer to q in the same words. Returns buf. */
char *qk_correct_text(const qk_question *q, char *buf, size_t cap);

#endif
