/* qk_engine.c: the quiz engine: one participant's session over a question set.
 *
 * How it works. qk_session_new decides the whole session up front from the seed:
 * which questions each round draws, in what order, and the display order of every
 * question's choices. It allocates everything it will ever need (the play list,
 * the display orders and room for one record per question), so answering never
 * allocates and never fails for want of memory. After that the session is the
 * state machine drawn in qk_engine.h, moved by answer/timeout/next/abandon; the
 * engine never reads a clock (the caller passes the time taken).
 *
 * The rules:
 * - Rounds are played in the order given to qk_session_new (all of the set's
 *   rounds, in file order, when none are given).
 * - Question order: a round's questions are shuffled with the seeded RNG when
 *   round->shuffle, else played in file order. A pool (round->pick = N with
 *   N < M questions) draws N distinct questions at random per session, then plays
 *   them shuffled, or in file order when !round->shuffle. pick = 0 or pick >= M
 *   plays them all. A pool's questions with `always` are drawn in every
 *   session and the rest of the N at random from the others (each subset of
 *   them equally likely); then the N are shuffled together, so the `always`
 *   ones come at random places (or in file order when !round->shuffle). A pool
 *   with no `always` question draws exactly as before (the same RNG stream).
 * - Display order of choices (qk_session_display_order): shuffled when
 *   question->shuffle, else the file's order. `order` questions are always shown
 *   shuffled, and never in the solved order when they have 2 or more items (the
 *   shuffle is redone, deterministically, until it is not the solution).
 *   truefalse questions have no choices (n = 0).
 * - The same set, rounds and seed give the same session, byte for byte: one RNG
 *   stream, drawn in a fixed order (round by round: the draw, then the display
 *   order of each drawn question in play order).
 * - Evaluation (qk_evaluate): single and truefalse are right or wrong. multiple,
 *   order and categorize are all-or-nothing unless question->partial_credit; then
 *     multiple:   max(0, (right picks - wrong picks) / number of right answers)
 *     order:      the fraction of items in their right position
 *     categorize: the fraction of items in their right category.
 *   `correct` is true only for a fully right answer. A malformed answer (wrong n,
 *   an index out of range, a repeated item in an order answer, a flag that is not
 *   0 or 1) counts as wrong with no credit; it is never an error.
 * - Scoring, by set->scoring:
 *     accuracy: points * credit.
 *     speed:    for a question with a time limit, points * credit * f where
 *               f = 1 - 0.5 * min(1, elapsed / limit): never below half; a question
 *               without a time limit scores as in accuracy.
 *   Streak bonus: when set->streak_bonus > 0, each fully right answer that makes
 *   the run of consecutive fully right answers 3 or more adds streak_bonus points
 *   (in record.streak_bonus as well as record.points). Anything else (a wrong or
 *   partly right answer, a timeout) ends the run. The run goes on across rounds.
 *   A zero-point question scores 0 for itself but counts as right or wrong, and
 *   takes part in the run like any other.
 *   max_score = the sum of the drawn questions' points + streak_bonus for every
 *   drawn question from the session's 3rd on (streak_bonus * max(0, total - 2)).
 *   A round's max_score is its questions' points plus the bonus for those of its
 *   questions at session position 3 or later, so the rounds add up to the total.
 * - Timeout: wrong, 0 points, record.timed_out, record.answer.n = 0 and
 *   record.elapsed_ms = the time limit (0 when the question has none).
 * - Abandon (walk-away) and stop (the participant's "Avslutt") work from any state
 *   that is not over (DONE, ABANDONED, STOPPED); the records so far stay
 *   readable; answer, timeout and next return false afterwards. The two differ
 *   only in the state they leave, which the store keeps as the session's status.
 * - qk_answer_format: see qk_engine.h.
 */
#include "qk_engine.h"

#include <stdio.h>   /* snprintf */
#include <stdlib.h>  /* calloc, free, qsort */
#include <string.h>  /* memcpy, memset */

#include "qk_rng.h"

/* One round as this session plays it. */
typedef struct {
    size_t round;          /* index into set->rounds */
    size_t first;          /* its first question's position in the session */
    qk_round_score score;
} qk_play_round;

struct qk_session {
    const qk_set *set;
    qk_state state;

    size_t n_rounds;
    qk_play_round *rounds;

    size_t total;                       /* questions drawn over all rounds */
    const qk_question **questions;      /* [total], in play order */
    unsigned char (*display)[QK_MAX_CHOICES]; /* [total]: display order */
    unsigned char *n_display;           /* [total] */

    size_t rpos, qpos, tpos;            /* where we are */
    size_t display_buf[QK_MAX_CHOICES]; /* the current question's display order */

    qk_record *records;                 /* [total], n_records used */
    size_t n_records;

    double score, max_score;
    size_t correct;
    size_t streak;
};

/* ---- evaluation ------------------------------------------------------- */

/* Choices the engine can handle for q (0 when the question is unusable). */
static size_t usable_choices(const qk_question *q)
{
    if (q->n_choices == 0 || q->n_choices > QK_MAX_CHOICES || !q->choices)
        return 0;
    return q->n_choices;
}

double qk_evaluate(const qk_question *q, const qk_answer *a, bool *correct)
{
    bool ok = false;
    double credit = 0.0;
    if (correct)
        *correct = false;
    if (!q || !a)
        return 0.0;

    const size_t n = usable_choices(q);
    switch (q->type) {
    case QK_Q_SINGLE:
        if (n && a->n == 1 && a->v[0] >= 0 && (size_t)a->v[0] < n)
            ok = q->choices[a->v[0]].correct;
        credit = ok ? 1.0 : 0.0;
        break;

    case QK_Q_TRUEFALSE:
        if (a->n == 1 && (a->v[0] == 0 || a->v[0] == 1))
            ok = (a->v[0] == 1) == q->truth;
        credit = ok ? 1.0 : 0.0;
        break;

    case QK_Q_MULTIPLE: {
        if (!n || a->n != n)
            break;
        size_t right = 0, wrong = 0, n_right = 0;
        bool valid = true;
        for (size_t i = 0; i < n; i++) {
            if (a->v[i] != 0 && a->v[i] != 1)
                valid = false;
            if (q->choices[i].correct)
                n_right++;
            if (a->v[i] == 1) {
                if (q->choices[i].correct)
                    right++;
                else
                    wrong++;
            }
        }
        if (!valid)
            break;
        ok = wrong == 0 && right == n_right;
        if (ok)
            credit = 1.0;
        else if (q->partial_credit && n_right > 0 && right > wrong)
            credit = (double)(right - wrong) / (double)n_right;
        break;
    }

    case QK_Q_ORDER: {
        if (!n || a->n != n)
            break;
        bool seen[QK_MAX_CHOICES] = { false };
        bool valid = true;
        size_t in_place = 0;
        for (size_t k = 0; k < n; k++) {
            int c = a->v[k];
            if (c < 0 || (size_t)c >= n || seen[c]) {
                valid = false;
                break;
            }
            seen[c] = true;
            if ((size_t)c == k)
                in_place++;
        }
        if (!valid)
            break;
        ok = in_place == n;
        credit = ok ? 1.0 : q->partial_credit ? (double)in_place / (double)n : 0.0;
        break;
    }

    case QK_Q_CATEGORIZE: {
        if (!n || a->n != n || q->n_categories == 0)
            break;
        bool valid = true;
        size_t right = 0;
        for (size_t i = 0; i < n; i++) {
            int c = a->v[i];
            if (c < -1 || (c >= 0 && (size_t)c >= q->n_categories)) {
                valid = false;
                break;
            }
            if (c >= 0 && c == q->choices[i].category)
                right++;
        }
        if (!valid)
            break;
        ok = right == n;
        credit = ok ? 1.0 : q->partial_credit ? (double)right / (double)n : 0.0;
        break;
    }

    default:
        break;
    }

    if (credit < 0.0)
        credit = 0.0;
    if (credit > 1.0)
        credit = 1.0;
    if (correct)
        *correct = ok;
    return credit;
}

/* ---- answer formatting ------------------------------------------------ */

/* A small appender that never writes past cap and always NUL-terminates. */
typedef struct {
    char *buf;
    size_t cap, len;
} qk_out;

static void out_put(qk_out *o, const char *s)
{
    for (; *s; s++) {
        if (o->len + 1 < o->cap)
            o->buf[o->len] = *s;
        o->len++;
    }
    o->buf[o->len < o->cap ? o->len : o->cap - 1] = '\0';
}

static void out_int(qk_out *o, int v)
{
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%d", v);
    out_put(o, tmp);
}

/* Whether every index in a is in range for q (the shape evaluation accepts). */
static bool answer_well_formed(const qk_question *q, const qk_answer *a)
{
    size_t n = usable_choices(q);
    switch (q->type) {
    case QK_Q_SINGLE:
        return n && a->n == 1 && a->v[0] >= 0 && (size_t)a->v[0] < n;
    case QK_Q_TRUEFALSE:
        return a->n == 1 && (a->v[0] == 0 || a->v[0] == 1);
    case QK_Q_MULTIPLE:
        if (!n || a->n != n)
            return false;
        for (size_t i = 0; i < n; i++)
            if (a->v[i] != 0 && a->v[i] != 1)
                return false;
        return true;
    case QK_Q_ORDER: {
        bool seen[QK_MAX_CHOICES] = { false };
        if (!n || a->n != n)
            return false;
        for (size_t k = 0; k < n; k++) {
            if (a->v[k] < 0 || (size_t)a->v[k] >= n || seen[a->v[k]])
                return false;
            seen[a->v[k]] = true;
        }
        return true;
    }
    case QK_Q_CATEGORIZE:
        if (!n || a->n != n)
            return false;
        for (size_t i = 0; i < n; i++)
            if (a->v[i] < -1 || (a->v[i] >= 0 && (size_t)a->v[i] >= q->n_categories))
                return false;
        return true;
    default:
        return false;
    }
}

char *qk_answer_format(const qk_question *q, const qk_answer *a, char *buf, size_t cap)
{
    if (!buf || cap == 0)
        return buf;
    buf[0] = '\0';
    if (!q || !a || a->n == 0)
        return buf;
    qk_out o = { buf, cap, 0 };

    if (!answer_well_formed(q, a)) {
        /* Kept as given, so that a bad answer can still be looked at. */
        size_t n = a->n < QK_MAX_CHOICES ? a->n : QK_MAX_CHOICES;
        out_put(&o, "?");
        for (size_t i = 0; i < n; i++) {
            if (i)
                out_put(&o, ",");
            out_int(&o, a->v[i]);
        }
        return buf;
    }

    switch (q->type) {
    case QK_Q_SINGLE:
        out_int(&o, a->v[0] + 1);
        break;
    case QK_Q_TRUEFALSE:
        out_put(&o, a->v[0] ? "true" : "false");
        break;
    case QK_Q_MULTIPLE: {
        bool any = false;
        for (size_t i = 0; i < a->n; i++) {
            if (!a->v[i])
                continue;
            if (any)
                out_put(&o, ",");
            out_int(&o, (int)i + 1);
            any = true;
        }
        if (!any)
            out_put(&o, "-");
        break;
    }
    case QK_Q_ORDER:
        for (size_t k = 0; k < a->n; k++) {
            if (k)
                out_put(&o, ">");
            out_int(&o, a->v[k] + 1);
        }
        break;
    case QK_Q_CATEGORIZE:
        for (size_t i = 0; i < a->n; i++) {
            if (i)
                out_put(&o, ",");
            out_int(&o, (int)i + 1);
            out_put(&o, ":");
            if (a->v[i] < 0)
                out_put(&o, "-");
            else
                out_int(&o, a->v[i] + 1);
        }
        break;
    default:
        break;
    }
    return buf;
}

/* ---- building a session ------------------------------------------------ */

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Fills order[0..n) with the display order of q's choices; returns n. */
static size_t make_display(qk_rng *rng, const qk_question *q, unsigned char *order)
{
    size_t n = q->type == QK_Q_TRUEFALSE ? 0 : usable_choices(q);
    size_t v[QK_MAX_CHOICES];
    for (size_t i = 0; i < n; i++)
        v[i] = i;

    if (q->type == QK_Q_ORDER && n >= 2) {
        /* Never shown solved: shuffle again while it comes out in the right order
         * (at most 1 in 2 each time); a rotation settles it after many tries. */
        bool solved = true;
        for (int tries = 0; tries < 64 && solved; tries++) {
            qk_rng_shuffle(rng, v, n);
            solved = true;
            for (size_t i = 0; i < n && solved; i++)
                solved = v[i] == i;
        }
        if (solved)
            for (size_t i = 0; i < n; i++)
                v[i] = (i + 1) % n;
    } else if (q->shuffle) {
        qk_rng_shuffle(rng, v, n);
    }
    for (size_t i = 0; i < n; i++)
        order[i] = (unsigned char)v[i];
    return n;
}

/* Number of round r's questions marked `always`. */
static size_t always_count(const qk_round *r)
{
    size_t k = 0;
    for (size_t i = 0; i < r->n_questions; i++)
        k += r->questions[i].always;
    return k;
}

/* How many questions round r gives a session: a pool draws at least its
 * `always` questions (the loader refuses more of them than pick). */
static size_t drawn_count(const qk_round *r)
{
    if (r->pick > 0 && r->pick < r->n_questions) {
        size_t k = always_count(r);
        return k > r->pick ? k : r->pick;
    }
    return r->n_questions;
}

static void set_display_buf(qk_session *s)
{
    size_t n = s->n_display[s->tpos];
    for (size_t i = 0; i < n; i++)
        s->display_buf[i] = s->display[s->tpos][i];
}

qk_session *qk_session_new(const qk_set *set, const size_t *rounds, size_t n_rounds,
                           uint64_t seed)
{
    if (!set || !set->rounds || set->n_rounds == 0)
        return NULL;
    if (!rounds)
        n_rounds = set->n_rounds;
    if (n_rounds == 0)
        return NULL;

    /* Check the arguments and count the questions before allocating. */
    size_t total = 0;
    for (size_t p = 0; p < n_rounds; p++) {
        size_t r = rounds ? rounds[p] : p;
        if (r >= set->n_rounds)
            return NULL;
        const qk_round *rd = &set->rounds[r];
        if (rd->n_questions == 0 || !rd->questions)
            return NULL; /* the loader never makes an empty round */
        total += drawn_count(rd);
    }

    qk_session *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->set = set;
    s->n_rounds = n_rounds;
    s->total = total;
    s->rounds = calloc(n_rounds, sizeof *s->rounds);
    s->questions = calloc(total, sizeof *s->questions);
    s->display = calloc(total, sizeof *s->display);
    s->n_display = calloc(total, sizeof *s->n_display);
    s->records = calloc(total, sizeof *s->records);
    if (!s->rounds || !s->questions || !s->display ||
        !s->n_display || !s->records) {
        qk_session_free(s);
        return NULL;
    }

    qk_rng rng;
    qk_rng_seed(&rng, seed);
    const double bonus = set->streak_bonus > 0 ? (double)set->streak_bonus : 0.0;
    size_t t = 0;
    for (size_t p = 0; p < n_rounds; p++) {
        size_t r = rounds ? rounds[p] : p;
        const qk_round *rd = &set->rounds[r];
        size_t m = rd->n_questions, n = drawn_count(rd);
        size_t *idx = malloc(m * sizeof *idx);
        if (!idx) {
            qk_session_free(s);
            return NULL;
        }
        /* The `always` questions first (k of them), then the others, each in
         * file order; with k = 0 this is 0, 1, ..., m-1. */
        size_t k = 0;
        if (n < m) {
            for (size_t i = 0; i < m; i++)
                if (rd->questions[i].always)
                    idx[k++] = i;
            for (size_t i = 0, o = k; i < m; i++)
                if (!rd->questions[i].always)
                    idx[o++] = i;
        } else {
            for (size_t i = 0; i < m; i++)
                idx[i] = i;
        }
        if (n < m) {
            /* A pool: the first n steps of a Fisher-Yates shuffle draw n distinct
             * questions, each n-subset equally likely; steps from k on leave the
             * `always` questions in place and draw the rest from the others. */
            for (size_t i = k; i < n; i++) {
                size_t j = i + (size_t)qk_rng_below(&rng, (uint32_t)(m - i));
                size_t tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
            }
            if (!rd->shuffle)
                qsort(idx, n, sizeof *idx, cmp_size);
            else if (k > 0)
                qk_rng_shuffle(&rng, idx, n);
        } else if (rd->shuffle) {
            qk_rng_shuffle(&rng, idx, m);
        }

        qk_play_round *pr = &s->rounds[p];
        pr->round = r;
        pr->first = t;
        pr->score.round = r;
        pr->score.n_questions = n;
        for (size_t i = 0; i < n; i++, t++) {
            const qk_question *q = &rd->questions[idx[i]];
            s->questions[t] = q;
            s->n_display[t] = (unsigned char)make_display(&rng, q, s->display[t]);
            double max = (q->points > 0 ? (double)q->points : 0.0) + (t >= 2 ? bonus : 0.0);
            pr->score.max_score += max;
            s->max_score += max;
        }
        free(idx);
    }

    s->state = QK_ST_QUESTION;
    set_display_buf(s);
    return s;
}

void qk_session_free(qk_session *s)
{
    if (!s)
        return;
    free(s->rounds);
    free(s->questions);
    free(s->display);
    free(s->n_display);
    free(s->records);
    free(s);
}

/* ---- reading the session ---------------------------------------------- */

qk_state qk_session_state(const qk_session *s)
{
    return s ? s->state : QK_ST_ABANDONED;
}

const qk_set *qk_session_set(const qk_session *s)
{
    return s ? s->set : NULL;
}

size_t qk_session_round_count(const qk_session *s)
{
    return s ? s->n_rounds : 0;
}

size_t qk_session_round_pos(const qk_session *s)
{
    return s ? s->rpos : 0;
}

const qk_round *qk_session_round(const qk_session *s)
{
    return s ? &s->set->rounds[s->rounds[s->rpos].round] : NULL;
}

size_t qk_session_question_count(const qk_session *s)
{
    return s ? s->rounds[s->rpos].score.n_questions : 0;
}

size_t qk_session_question_pos(const qk_session *s)
{
    return s ? s->qpos : 0;
}

size_t qk_session_total_questions(const qk_session *s)
{
    return s ? s->total : 0;
}

size_t qk_session_total_pos(const qk_session *s)
{
    return s ? s->tpos : 0;
}

const qk_question *qk_session_question(const qk_session *s)
{
    if (!s || (s->state != QK_ST_QUESTION && s->state != QK_ST_FEEDBACK))
        return NULL;
    return s->questions[s->tpos];
}

const size_t *qk_session_display_order(const qk_session *s, size_t *n)
{
    if (n)
        *n = 0;
    if (!qk_session_question(s))
        return NULL;
    if (n)
        *n = s->n_display[s->tpos];
    return s->display_buf;
}

/* ---- playing ------------------------------------------------------------ */

/* Records a result for the current question and moves to FEEDBACK. */
static void record(qk_session *s, qk_record *rec, qk_record *out)
{
    const qk_set *set = s->set;
    const qk_question *q = rec->question;
    qk_play_round *pr = &s->rounds[s->rpos];

    double base = 0.0;
    if (q->points > 0 && rec->credit > 0.0) {
        base = (double)q->points * rec->credit;
        if (set->scoring == QK_SCORING_SPEED && q->time_limit > 0) {
            double ratio = (double)rec->elapsed_ms / ((double)q->time_limit * 1000.0);
            if (ratio > 1.0)
                ratio = 1.0;
            base *= 1.0 - 0.5 * ratio;
        }
    }
    if (rec->correct) {
        s->streak++;
        if (set->streak_bonus > 0 && s->streak >= 3)
            rec->streak_bonus = (double)set->streak_bonus;
    } else {
        s->streak = 0;
    }
    rec->points = base + rec->streak_bonus;

    s->score += rec->points;
    pr->score.score += rec->points;
    pr->score.answered++;
    if (rec->correct) {
        s->correct++;
        pr->score.correct++;
    } else if (rec->credit > 0.0) {
        pr->score.partly++;
    }
    s->records[s->n_records++] = *rec;
    s->state = QK_ST_FEEDBACK;
    if (out)
        *out = *rec;
}

bool qk_session_answer(qk_session *s, const qk_answer *a, uint32_t elapsed_ms,
                       qk_record *out)
{
    if (!s || s->state != QK_ST_QUESTION || s->n_records >= s->total)
        return false;
    qk_record rec;
    memset(&rec, 0, sizeof rec);
    rec.round = s->rounds[s->rpos].round;
    rec.question = s->questions[s->tpos];
    if (a)
        rec.answer = *a;
    rec.elapsed_ms = elapsed_ms;
    rec.credit = qk_evaluate(rec.question, &rec.answer, &rec.correct);
    record(s, &rec, out);
    return true;
}

bool qk_session_timeout(qk_session *s, qk_record *out)
{
    if (!s || s->state != QK_ST_QUESTION || s->n_records >= s->total)
        return false;
    qk_record rec;
    memset(&rec, 0, sizeof rec);
    rec.round = s->rounds[s->rpos].round;
    rec.question = s->questions[s->tpos];
    rec.timed_out = true;
    if (rec.question->time_limit > 0)
        rec.elapsed_ms = (uint32_t)rec.question->time_limit * 1000u;
    record(s, &rec, out);
    return true;
}

bool qk_session_next(qk_session *s)
{
    if (!s)
        return false;
    switch (s->state) {
    case QK_ST_FEEDBACK:
        if (s->qpos + 1 < s->rounds[s->rpos].score.n_questions) {
            s->qpos++;
            s->tpos++;
            s->state = QK_ST_QUESTION;
            set_display_buf(s);
        } else {
            s->state = QK_ST_ROUND_END;
        }
        return true;
    case QK_ST_ROUND_END:
        if (s->rpos + 1 < s->n_rounds) {
            s->rpos++;
            s->qpos = 0;
            s->tpos++;
            s->state = QK_ST_QUESTION;
            set_display_buf(s);
        } else {
            s->state = QK_ST_DONE;
        }
        return true;
    default:
        return false;
    }
}

bool qk_state_is_over(qk_state st)
{
    return st == QK_ST_DONE || st == QK_ST_ABANDONED || st == QK_ST_STOPPED;
}

void qk_session_abandon(qk_session *s)
{
    if (!s || qk_state_is_over(s->state))
        return;
    s->state = QK_ST_ABANDONED;
}

bool qk_session_stop(qk_session *s)
{
    if (!s || qk_state_is_over(s->state))
        return false;
    s->state = QK_ST_STOPPED;
    return true;
}

/* ---- scores and records -------------------------------------------------- */

double qk_session_score(const qk_session *s)
{
    return s ? s->score : 0.0;
}

double qk_session_max_score(const qk_session *s)
{
    return s ? s->max_score : 0.0;
}

size_t qk_session_correct_count(const qk_session *s)
{
    return s ? s->correct : 0;
}

size_t qk_session_current_streak(const qk_session *s)
{
    return s ? s->streak : 0;
}

qk_round_score qk_session_round_score(const qk_session *s, size_t pos)
{
    qk_round_score none;
    memset(&none, 0, sizeof none);
    if (!s || pos >= s->n_rounds)
        return none;
    return s->rounds[pos].score;
}

size_t qk_session_record_count(const qk_session *s)
{
    return s ? s->n_records : 0;
}

const qk_record *qk_session_record(const qk_session *s, size_t i)
{
    if (!s || i >= s->n_records)
        return NULL;
    return &s->records[i];
}
