/* engine_fixtures.h: question sets built in C for the engine tests.
 *
 * The engine tests do not go through the loader: each fixture fills a qk_set
 * by hand, in static storage owned by this header (never pass these sets to
 * qk_set_free). fx_build() resets the storage and returns a set with one
 * question of each type in round 0, a pool in round 1 and a fixed-order round 2;
 * fx_custom() builds a one-round set of n questions of a given type for the
 * scoring tests. Every question is correct when answered with fx_right_answer().
 */
#ifndef ENGINE_FIXTURES_H
#define ENGINE_FIXTURES_H

#include <stdio.h>
#include <string.h>

#include "qk_engine.h"
#include "qk_model.h"

#define FX_MAX_Q 64

static qk_question fx_questions[FX_MAX_Q];
static qk_choice fx_choices[FX_MAX_Q][QK_MAX_CHOICES];
static char fx_ids[FX_MAX_Q][16];
static char *fx_category_names[4] = { "Prinsipp", "Atferd", "Lov", "Annet" };
static qk_round fx_rounds[4];
static qk_set fx_set;
static size_t fx_nq;

/* A question of type t with n choices; the right answers are:
 *   single:     choice 1 (the second)
 *   multiple:   choices 0 and 2 (when n >= 3, else 0)
 *   truefalse:  true
 *   order:      the choices' own order
 *   categorize: item i belongs to category i % 2 (2 categories). */
static qk_question *fx_question(qk_qtype t, size_t n)
{
    if (fx_nq >= FX_MAX_Q)
        return NULL;
    size_t k = fx_nq++;
    qk_question *q = &fx_questions[k];
    memset(q, 0, sizeof *q);
    snprintf(fx_ids[k], sizeof fx_ids[k], "q%02zu", k);
    q->id = fx_ids[k];
    q->type = t;
    q->text = "Spørsmål";
    q->explanation = "Forklaring";
    q->points = 1;
    q->shuffle = true;
    q->truth = true;
    q->line = (int)k + 1;
    if (t == QK_Q_TRUEFALSE)
        return q;
    q->n_choices = n;
    q->choices = fx_choices[k];
    for (size_t i = 0; i < n; i++) {
        qk_choice *c = &fx_choices[k][i];
        c->text = "valg";
        c->correct = false;
        c->category = -1;
        c->line = (int)i + 1;
        if (t == QK_Q_SINGLE)
            c->correct = i == 1;
        if (t == QK_Q_MULTIPLE)
            c->correct = i == 0 || (i == 2 && n >= 3);
        if (t == QK_Q_CATEGORIZE)
            c->category = (int)(i % 2);
    }
    if (t == QK_Q_CATEGORIZE) {
        q->n_categories = 2;
        q->categories = fx_category_names;
    }
    return q;
}

/* The fully right answer to q (as qk_fixtures defines it). */
static qk_answer fx_right_answer(const qk_question *q)
{
    qk_answer a;
    memset(&a, 0, sizeof a);
    switch (q->type) {
    case QK_Q_SINGLE:
        a.n = 1;
        for (size_t i = 0; i < q->n_choices; i++)
            if (q->choices[i].correct)
                a.v[0] = (int)i;
        break;
    case QK_Q_TRUEFALSE:
        a.n = 1;
        a.v[0] = q->truth ? 1 : 0;
        break;
    case QK_Q_MULTIPLE:
        a.n = q->n_choices;
        for (size_t i = 0; i < q->n_choices; i++)
            a.v[i] = q->choices[i].correct ? 1 : 0;
        break;
    case QK_Q_ORDER:
        a.n = q->n_choices;
        for (size_t i = 0; i < q->n_choices; i++)
            a.v[i] = (int)i;
        break;
    case QK_Q_CATEGORIZE:
        a.n = q->n_choices;
        for (size_t i = 0; i < q->n_choices; i++)
            a.v[i] = q->choices[i].category;
        break;
    default:
        break;
    }
    return a;
}

/* A fully wrong (but well-formed) answer to q. */
static qk_answer fx_wrong_answer(const qk_question *q)
{
    qk_answer a = fx_right_answer(q);
    switch (q->type) {
    case QK_Q_SINGLE:
        a.v[0] = a.v[0] == 0 ? 1 : 0;
        break;
    case QK_Q_TRUEFALSE:
        a.v[0] = !a.v[0];
        break;
    case QK_Q_MULTIPLE:
        for (size_t i = 0; i < a.n; i++)
            a.v[i] = !a.v[i];
        break;
    case QK_Q_ORDER: /* reversed */
        for (size_t i = 0; i < a.n; i++)
            a.v[i] = (int)(a.n - 1 - i);
        break;
    case QK_Q_CATEGORIZE:
        for (size_t i = 0; i < a.n; i++)
            a.v[i] = 1 - a.v[i];
        break;
    default:
        break;
    }
    return a;
}

static void fx_reset(void)
{
    memset(fx_questions, 0, sizeof fx_questions);
    memset(fx_rounds, 0, sizeof fx_rounds);
    memset(&fx_set, 0, sizeof fx_set);
    fx_nq = 0;
    fx_set.format = QK_FORMAT_VERSION;
    fx_set.id = "fixture";
    fx_set.title = "Fixture";
    fx_set.language = "nb";
    fx_set.scoring = QK_SCORING_ACCURACY;
    fx_set.path = "fixture.cfg";
    fx_set.dir = ".";
    fx_set.rounds = fx_rounds;
}

static qk_round *fx_add_round(const char *id, size_t pick, bool shuffle)
{
    qk_round *r = &fx_rounds[fx_set.n_rounds++];
    r->id = (char *)id;
    r->title = (char *)id;
    r->pick = pick;
    r->shuffle = shuffle;
    r->questions = &fx_questions[fx_nq];
    r->line = (int)fx_set.n_rounds;
    return r;
}

/* Round 0 "types": single(4), multiple(5), truefalse, order(4), categorize(5).
 * Round 1 "pool": 8 single(3) questions, pick 3, shuffled.
 * Round 2 "fixed": 3 questions in file order (single, truefalse, order(3)). */
static qk_set *fx_build(void)
{
    fx_reset();
    qk_round *r = fx_add_round("types", 0, true);
    fx_question(QK_Q_SINGLE, 4);
    fx_question(QK_Q_MULTIPLE, 5);
    fx_question(QK_Q_TRUEFALSE, 0);
    fx_question(QK_Q_ORDER, 4);
    fx_question(QK_Q_CATEGORIZE, 5);
    r->n_questions = 5;

    r = fx_add_round("pool", 3, true);
    for (int i = 0; i < 8; i++)
        fx_question(QK_Q_SINGLE, 3);
    r->n_questions = 8;

    r = fx_add_round("fixed", 0, false);
    fx_question(QK_Q_SINGLE, 3);
    fx_question(QK_Q_TRUEFALSE, 0);
    fx_question(QK_Q_ORDER, 3);
    r->n_questions = 3;
    return &fx_set;
}

/* One round of n questions of type t (with `choices` choices), unshuffled. */
static qk_set *fx_custom(qk_qtype t, size_t n, size_t choices)
{
    fx_reset();
    qk_round *r = fx_add_round("only", 0, false);
    for (size_t i = 0; i < n; i++)
        fx_question(t, choices)->shuffle = false;
    r->n_questions = n;
    return &fx_set;
}

#endif
