/* qk_engine.h: the quiz engine: one participant's session over a set.
 *
 * A session is a small state machine, driven by the screens (or a test):
 *
 *   qk_session_new ──► QUESTION ──answer/timeout──► FEEDBACK ──next──► QUESTION
 *                                                        │
 *                                   (last question of a round)
 *                                                        ▼
 *                      DONE ◄──next (last round)── ROUND_END ──next──► QUESTION
 *   any state but DONE ──abandon──► ABANDONED   (walk-away: nobody is there)
 *   any state but DONE ──stop─────► STOPPED     (the participant chose to end it)
 *
 * The engine never reads a clock: the caller passes the time taken for each
 * answer, so a test can play a whole session deterministically. The same set,
 * round choice and seed give the same question and answer order.
 *
 * Ownership: the session borrows the set (it must outlive the session) and owns
 * everything else. Pointers it returns stay valid until qk_session_free.
 */
#ifndef QK_ENGINE_H
#define QK_ENGINE_H

#include "qk_model.h"

typedef struct qk_session qk_session; /* opaque */

typedef enum {
    QK_ST_QUESTION = 0, /* waiting for an answer to the current question */
    QK_ST_FEEDBACK,     /* answered; the result of the last answer is available */
    QK_ST_ROUND_END,    /* a round is over; next starts the next round or ends */
    QK_ST_DONE,         /* every round played */
    QK_ST_ABANDONED,    /* ended early (walk-away) */
    QK_ST_STOPPED       /* ended early by the participant ("Avslutt") */
} qk_state;

/* True in DONE, ABANDONED and STOPPED: the session takes no more answers. */
bool qk_state_is_over(qk_state st);

/* A participant's answer. Its meaning depends on the question's type; every
 * index is into question->choices / ->categories (the model's order, never the
 * shuffled display order):
 *   single     n = 1, v[0] = chosen choice
 *   truefalse  n = 1, v[0] = 1 for "true", 0 for "false"
 *   multiple   n = n_choices, v[i] = 1 when choice i is selected, else 0
 *   order      n = n_choices, v[k] = the choice placed at position k
 *   categorize n = n_choices, v[i] = the category given to item i (-1 = none)
 * A malformed answer (wrong n, index out of range, duplicate in order) counts as
 * wrong; it is never an error. */
typedef struct {
    size_t n;
    int v[QK_MAX_CHOICES];
} qk_answer;

/* What one answer earned; also the record kept for every answer. */
typedef struct {
    size_t round;            /* index into the set's rounds */
    const qk_question *question;
    qk_answer answer;        /* as given; n = 0 for a timeout */
    bool timed_out;
    bool correct;            /* fully right */
    double credit;           /* 0..1: 1 when right, a fraction with partial credit */
    uint32_t elapsed_ms;
    double points;           /* earned, including any streak bonus */
    double streak_bonus;     /* the part of points that is streak bonus */
} qk_record;

typedef struct {
    size_t round;            /* index into the set's rounds */
    size_t n_questions;      /* drawn for this session */
    size_t answered;
    size_t correct;
    size_t partly;           /* answered partly right: some credit, not all */
    double score;
    double max_score;
} qk_round_score;

/* Starts a session. `rounds`/`n_rounds` choose which of the set's rounds to play,
 * in that order; rounds = NULL plays all. Pools (round->pick) draw per session.
 * Returns NULL on bad arguments (set NULL, round index out of range, rounds given
 * with n_rounds = 0, a chosen round with no questions) or out of memory. */
qk_session *qk_session_new(const qk_set *set, const size_t *rounds, size_t n_rounds,
                           uint64_t seed);
void qk_session_free(qk_session *s); /* NULL is a no-op */

qk_state qk_session_state(const qk_session *s);
const qk_set *qk_session_set(const qk_session *s);

/* Rounds of this session (positions 0..count-1), and where we are. */
size_t qk_session_round_count(const qk_session *s);
size_t qk_session_round_pos(const qk_session *s);        /* current round position */
const qk_round *qk_session_round(const qk_session *s);    /* current round */
/* Questions drawn for the current round, and the current one's position in it. */
size_t qk_session_question_count(const qk_session *s);
size_t qk_session_question_pos(const qk_session *s);
size_t qk_session_total_questions(const qk_session *s);   /* over all rounds */
size_t qk_session_total_pos(const qk_session *s);         /* 0-based over all rounds */
/* The current question (QUESTION and FEEDBACK states), else NULL. */
const qk_question *qk_session_question(const qk_session *s);
/* Display order for the current question's choices: order[k] = the choice shown
 * at place k. Shuffled unless the question says shuffle = false, except for
 * `order` questions, whose items are always shuffled (never shown solved). */
const size_t *qk_session_display_order(const qk_session *s, size_t *n);

/* Answers the current question (state QUESTION -> FEEDBACK). `elapsed_ms` is the
 * time the participant took. Returns false when not in state QUESTION.
 * `out` (may be NULL) receives the record. */
bool qk_session_answer(qk_session *s, const qk_answer *a, uint32_t elapsed_ms,
                       qk_record *out);
/* The time limit ran out (QUESTION -> FEEDBACK, 0 points, wrong). The record has
 * timed_out set, answer.n = 0 and elapsed_ms = the question's time limit. */
bool qk_session_timeout(qk_session *s, qk_record *out);
/* FEEDBACK -> QUESTION or ROUND_END; ROUND_END -> QUESTION or DONE.
 * Returns false in any other state. */
bool qk_session_next(qk_session *s);
/* Ends the session early because nobody is there (walk-away); no-op once over
 * (DONE, ABANDONED or STOPPED). */
void qk_session_abandon(qk_session *s);
/* Ends the session early because the participant chose to ("Avslutt"): state
 * STOPPED. The answers given so far stay as they are (a question on screen but
 * not answered is not counted as answered); scores and records stay readable
 * for the summary. Returns false (and changes nothing) once over. */
bool qk_session_stop(qk_session *s);

/* Scores. max_score counts every drawn question (and the streak bonus that a
 * perfect run would earn), answered or not. */
double qk_session_score(const qk_session *s);
double qk_session_max_score(const qk_session *s);
size_t qk_session_correct_count(const qk_session *s);
size_t qk_session_current_streak(const qk_session *s);
/* Per round, by round position 0..qk_session_round_count-1. */
qk_round_score qk_session_round_score(const qk_session *s, size_t pos);

/* Every answer so far, in order. */
size_t qk_session_record_count(const qk_session *s);
const qk_record *qk_session_record(const qk_session *s, size_t i);

/* Pure evaluation of an answer against a question, as the session does it:
 * sets *correct and returns the credit in 0..1 (partial only when the question
 * allows partial credit). Exposed for tests and for review screens. */
double qk_evaluate(const qk_question *q, const qk_answer *a, bool *correct);

/* Formats an answer for storage and CSV, e.g. "2", "1,3", "true", "3>1>2",
 * "1:2,2:1" (1-based, choice numbers in the model's order; categorize is
 * item:category, "-" for an item left without a category). A multiple answer
 * with nothing selected is "-"; a timeout (n = 0) is ""; a malformed answer is
 * "?" and its raw values, e.g. "?7". Writes at most `cap` bytes including the
 * NUL (truncating); returns buf. buf NULL or cap 0: writes nothing. */
char *qk_answer_format(const qk_question *q, const qk_answer *a, char *buf, size_t cap);

#endif
