/* qk_history.c: the in-memory rows of qk_history.h. Growth doubles the arrays;
 * a failed allocation leaves the history as it was, minus the row. */
#include "qk_history.h"

#include <stdlib.h>
#include <string.h>

void qk_history_init(qk_history *h)
{
    memset(h, 0, sizeof *h);
}

static void free_session(qk_hist_session *s)
{
    free(s->station_id);
    free(s->set_id);
    free(s->set_title);
    free(s->set_hash);
    free(s->status);
}

static void free_answer(qk_hist_answer *a)
{
    free(a->round_id);
    free(a->question_id);
    free(a->question_type);
    free(a->answer);
}

void qk_history_clear(qk_history *h)
{
    if (!h)
        return;
    for (size_t i = 0; i < h->n_sessions; i++)
        free_session(&h->sessions[i]);
    for (size_t i = 0; i < h->n_answers; i++)
        free_answer(&h->answers[i]);
    free(h->sessions);
    free(h->answers);
    qk_history_init(h);
}

static char *dup(const char *s)
{
    return strdup(s ? s : "");
}

static bool grow(void **arr, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return true;
    size_t nc = *cap ? *cap * 2 : 64;
    void *p = realloc(*arr, nc * size);
    if (!p)
        return false;
    *arr = p;
    *cap = nc;
    return true;
}

size_t qk_history_add_session(qk_history *h, const qk_hist_session *s)
{
    if (!grow((void **)&h->sessions, &h->cap_sessions, h->n_sessions, sizeof *h->sessions))
        return (size_t)-1;
    qk_hist_session c = *s;
    c.station_id = dup(s->station_id);
    c.set_id = dup(s->set_id);
    c.set_title = dup(s->set_title);
    c.set_hash = dup(s->set_hash);
    c.status = dup(s->status);
    c.first = h->n_answers;
    c.n_answers = 0;
    if (!c.station_id || !c.set_id || !c.set_title || !c.set_hash || !c.status) {
        free_session(&c);
        return (size_t)-1;
    }
    h->sessions[h->n_sessions] = c;
    return h->n_sessions++;
}

bool qk_history_add_answer(qk_history *h, const qk_hist_answer *a)
{
    if (!h->n_sessions ||
        !grow((void **)&h->answers, &h->cap_answers, h->n_answers, sizeof *h->answers))
        return false;
    qk_hist_answer c = *a;
    c.session = h->n_sessions - 1;
    c.round_id = dup(a->round_id);
    c.question_id = dup(a->question_id);
    c.question_type = dup(a->question_type);
    c.answer = dup(a->answer);
    if (!c.round_id || !c.question_id || !c.question_type || !c.answer) {
        free_answer(&c);
        return false;
    }
    h->answers[h->n_answers++] = c;
    h->sessions[c.session].n_answers++;
    return true;
}

bool qk_hist_counts(const qk_hist_session *s)
{
    return s && !s->autoplay;
}
