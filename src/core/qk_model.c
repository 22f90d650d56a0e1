/* qk_model.c: freeing and reading the question-set model (see qk_model.h).
 *
 * The model is plain structs built by the loader; this file only tears them
 * down and answers small questions about them (counts, lookups, type names).
 */
#include "qk_model.h"

#include <stdlib.h>
#include <string.h>

static const char *const qtype_names[QK_Q_TYPE_COUNT] = {
    [QK_Q_SINGLE] = "single",
    [QK_Q_MULTIPLE] = "multiple",
    [QK_Q_TRUEFALSE] = "truefalse",
    [QK_Q_ORDER] = "order",
    [QK_Q_CATEGORIZE] = "categorize",
};

static void question_free(qk_question *q)
{
    free(q->id);
    free(q->text);
    free(q->explanation);
    free(q->picture);
    for (size_t i = 0; i < q->n_choices; i++)
        free(q->choices[i].text);
    free(q->choices);
    for (size_t i = 0; i < q->n_categories; i++)
        free(q->categories[i]);
    free(q->categories);
}

void qk_set_free(qk_set *set)
{
    if (!set)
        return;
    for (size_t r = 0; r < set->n_rounds; r++) {
        qk_round *round = &set->rounds[r];
        for (size_t i = 0; i < round->n_questions; i++)
            question_free(&round->questions[i]);
        free(round->questions);
        free(round->id);
        free(round->title);
        free(round->intro);
    }
    free(set->rounds);
    free(set->id);
    free(set->title);
    free(set->language);
    free(set->description);
    free(set->path);
    free(set->dir);
    free(set);
}

size_t qk_set_question_count(const qk_set *set)
{
    size_t n = 0;
    if (!set)
        return 0;
    for (size_t r = 0; r < set->n_rounds; r++)
        n += set->rounds[r].n_questions;
    return n;
}

const qk_question *qk_set_find_question(const qk_set *set, const char *id, size_t *round_out)
{
    if (!set || !id)
        return NULL;
    for (size_t r = 0; r < set->n_rounds; r++) {
        const qk_round *round = &set->rounds[r];
        for (size_t i = 0; i < round->n_questions; i++) {
            if (round->questions[i].id && strcmp(round->questions[i].id, id) == 0) {
                if (round_out)
                    *round_out = r;
                return &round->questions[i];
            }
        }
    }
    return NULL;
}

const char *qk_qtype_name(qk_qtype type)
{
    if ((int)type < 0 || type >= QK_Q_TYPE_COUNT)
        return "unknown";
    return qtype_names[type];
}

int qk_qtype_from_name(const char *name)
{
    if (!name)
        return -1;
    for (int t = 0; t < QK_Q_TYPE_COUNT; t++)
        if (strcmp(qtype_names[t], name) == 0)
            return t;
    return -1;
}
