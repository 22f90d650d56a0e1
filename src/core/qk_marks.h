/* qk_marks.h: what the feedback marks on a participant's answer, in place.
 *
 * From an answer as the engine recorded it (qk_record.answer: what was given)
 * and its question (what is right), one mark per answer tile, position or
 * item, the way Moodle's review marks each choice:
 *   picked-right  given, and right                         (a tick)
 *   picked-wrong  given, and wrong                         (a cross)
 *   missed-right  right, but not given (outlined as "riktig svar")
 * By type:
 *   single     the chosen choice: picked-right or -wrong; when it was wrong
 *              (or nothing was given), the right choice: missed-right
 *   truefalse  as single, with choice 1 = "true", 0 = "false"
 *   multiple   every chosen choice: picked-right or -wrong; every right choice
 *              not chosen: missed-right (choices neither chosen nor right: none)
 *   order      every position k: the item placed there, picked-right when it
 *              belongs there, else picked-wrong with where it belongs
 *   categorize every item: picked-right or -wrong in the category given, with
 *              its right category; an item left unsorted: missed-right
 * A timeout (nothing given) marks every right choice / position / item as
 * missed-right. Pure C, no allocation: the result is a value.
 */
#ifndef QK_MARKS_H
#define QK_MARKS_H

#include <stddef.h>

#include "qk_engine.h"

typedef enum {
    QK_MARK_PICKED_RIGHT = 0,
    QK_MARK_PICKED_WRONG,
    QK_MARK_MISSED_RIGHT
} qk_mark_kind;

typedef struct {
    qk_mark_kind kind;
    int choice;   /* index into question->choices (truefalse: 1 true, 0 false) */
    int given;    /* order: the position it was put in; categorize: the category
                   * given; -1 when not given (and for single/multiple/truefalse) */
    int right;    /* order: the position it belongs in; categorize: its right
                   * category; -1 for single/multiple/truefalse */
} qk_mark;

typedef struct {
    size_t n;
    qk_mark m[QK_MAX_CHOICES + 1];
    int n_right;  /* how many of what is asked for were given right: right
                   * choices chosen, positions right, items sorted right */
    int n_asked;  /* how many there are: right choices, positions, items */
} qk_marks;

/* Fills *out for answer `a` (may be NULL or n = 0: nothing given) to `q`.
 * A malformed answer's out-of-range values are marked as nothing given. */
void qk_marks_of(const qk_question *q, const qk_answer *a, qk_marks *out);
/* The mark for choice `choice` (first one), or NULL: the choice is not marked. */
const qk_mark *qk_marks_find(const qk_marks *mk, int choice);

#endif
