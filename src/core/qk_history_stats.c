/* qk_history_stats.c: `--stats`'s two figures (the day's summary and the
 * most-missed questions) computed from rows in memory, a qk_history, instead
 * of by SQL on one station's database.
 *
 * Design: `quizkiosk --stats` reads its rows into a qk_history whether they come
 * from the station's SQLite (qk_store_history) or from the central PostgreSQL
 * (qk_pg_history, all stations or one), and these two functions make the
 * figures, so a server's figures are the stations' figures added up by the very
 * same code. They give what qk_store_summary_since and qk_store_most_missed give
 * on the same rows (tests/store_cli.sh checks the CLI's output stays the same):
 * autoplay sessions are left out; a question is keyed by (set id, question id);
 * "wrong" is an answer not fully right (correct = 0); the order is % wrong, then
 * most asked, then set and question id in byte order (as SQLite's BINARY).
 *
 * The most-missed count uses a small open-addressing hash table of (set,
 * question) -> counts whose keys point into the history's own strings (borrowed:
 * the history must outlive the call, and nothing is kept after it).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qk_store.h"

void qk_history_summary(const qk_history *h, time_t since, qk_store_summary *out)
{
    memset(out, 0, sizeof *out);
    out->avg_score_pct = -1;
    double pct_sum = 0;
    long pct_n = 0;
    for (size_t i = 0; h && i < h->n_sessions; i++) {
        const qk_hist_session *s = &h->sessions[i];
        if (!qk_hist_counts(s) || s->started < since)
            continue;
        out->sessions++;
        out->answers += (long)s->n_answers;
        if (!strcmp(s->status, "completed")) {
            out->completed++;
            if (s->has_max && s->max_score > 0) {
                pct_sum += s->score * 100.0 / s->max_score;
                pct_n++;
            }
        } else if (!strcmp(s->status, "stopped")) {
            out->stopped++;
        } else if (!strcmp(s->status, "abandoned")) {
            out->abandoned++;
        } else if (!strcmp(s->status, "in_progress")) {
            out->in_progress++;
        }
    }
    if (pct_n > 0)
        out->avg_score_pct = pct_sum / (double)pct_n;
}

typedef struct {
    const char *set_id, *question_id; /* borrowed from the history; NULL = free slot */
    long asked, wrong;
} missed_slot;

typedef struct {
    missed_slot *slots;
    size_t cap, n; /* cap a power of two */
} missed_table;

static uint64_t key_hash(const char *a, const char *b)
{
    uint64_t x = 1469598103934665603ull; /* FNV-1a, with a separator between the two */
    for (const unsigned char *p = (const unsigned char *)a; *p; p++)
        x = (x ^ *p) * 1099511628211ull;
    x = (x ^ 0xffu) * 1099511628211ull;
    for (const unsigned char *p = (const unsigned char *)b; *p; p++)
        x = (x ^ *p) * 1099511628211ull;
    return x;
}

static missed_slot *table_find(missed_table *t, const char *set_id, const char *qid)
{
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)key_hash(set_id, qid) & mask;; i = (i + 1) & mask) {
        missed_slot *s = &t->slots[i];
        if (!s->set_id || (!strcmp(s->set_id, set_id) && !strcmp(s->question_id, qid)))
            return s;
    }
}

static int table_grow(missed_table *t)
{
    missed_table g = {calloc(t->cap * 2, sizeof *g.slots), t->cap * 2, 0};
    if (!g.slots)
        return -1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].set_id) {
            *table_find(&g, t->slots[i].set_id, t->slots[i].question_id) = t->slots[i];
            g.n++;
        }
    free(t->slots);
    *t = g;
    return 0;
}

/* Most-missed first: % wrong (compared exactly, by cross-multiplying), then
 * most asked, then set id and question id. */
static int missed_order(const void *pa, const void *pb)
{
    const missed_slot *a = pa, *b = pb;
    long double l = (long double)a->wrong * (long double)b->asked;
    long double r = (long double)b->wrong * (long double)a->asked;
    if (l != r)
        return l > r ? -1 : 1;
    if (a->asked != b->asked)
        return a->asked > b->asked ? -1 : 1;
    int c = strcmp(a->set_id, b->set_id);
    return c ? c : strcmp(a->question_id, b->question_id);
}

long qk_history_most_missed(const qk_history *h, time_t since, qk_store_missed *out, size_t max)
{
    if (!h || (!out && max))
        return -1;
    missed_table t = {calloc(256, sizeof(missed_slot)), 256, 0};
    if (!t.slots)
        return -1;
    for (size_t i = 0; i < h->n_sessions; i++) {
        const qk_hist_session *s = &h->sessions[i];
        if (!qk_hist_counts(s) || s->started < since)
            continue;
        for (size_t k = s->first; k < s->first + s->n_answers; k++) {
            const qk_hist_answer *a = &h->answers[k];
            if (2 * (t.n + 1) > t.cap && table_grow(&t) != 0) {
                free(t.slots);
                return -1;
            }
            missed_slot *m = table_find(&t, s->set_id, a->question_id);
            if (!m->set_id) {
                m->set_id = s->set_id;
                m->question_id = a->question_id;
                t.n++;
            }
            m->asked++;
            if (!a->correct)
                m->wrong++;
        }
    }
    /* Keep the ones answered wrong at least once, packed at the front. */
    size_t n = 0;
    for (size_t i = 0; i < t.cap; i++)
        if (t.slots[i].set_id && t.slots[i].wrong > 0)
            t.slots[n++] = t.slots[i];
    qsort(t.slots, n, sizeof *t.slots, missed_order);
    long written = 0;
    for (size_t i = 0; i < n && (size_t)written < max; i++) {
        qk_store_missed *m = &out[written++];
        snprintf(m->question_id, sizeof m->question_id, "%s", t.slots[i].question_id);
        snprintf(m->set_id, sizeof m->set_id, "%s", t.slots[i].set_id);
        m->asked = t.slots[i].asked;
        m->wrong = t.slots[i].wrong;
        m->pct_wrong = m->asked ? m->wrong * 100.0 / (double)m->asked : 0;
    }
    free(t.slots);
    return written;
}
