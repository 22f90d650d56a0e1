/* qk_figures.c: see qk_figures.h.
 *
 * One pass over the answers of the counted sessions fills per-question and
 * per-round tallies (found by linear search: a course has tens of questions,
 * not thousands); wrong answers are tallied per question by their words, so
 * that the same wrong choice made on two versions of a set counts once. A
 * second pass over the sessions fills the days, statuses and score bins.
 */
#include "qk_figures.h"

#include <stdlib.h>
#include <string.h>

#include "qk_i18n.h"

typedef struct {
    char *key;
    long n;
} tally;

typedef struct {
    tally *t;
    size_t n, cap;
} tallies;

static bool tally_add(tallies *ts, const char *key)
{
    for (size_t i = 0; i < ts->n; i++)
        if (strcmp(ts->t[i].key, key) == 0) {
            ts->t[i].n++;
            return true;
        }
    if (ts->n == ts->cap) {
        size_t nc = ts->cap ? ts->cap * 2 : 8;
        tally *nt = realloc(ts->t, nc * sizeof *nt);
        if (!nt)
            return false;
        ts->t = nt;
        ts->cap = nc;
    }
    ts->t[ts->n].key = strdup(key);
    if (!ts->t[ts->n].key)
        return false;
    ts->t[ts->n++].n = 1;
    return true;
}

static void tallies_free(tallies *ts)
{
    for (size_t i = 0; i < ts->n; i++)
        free(ts->t[i].key);
    free(ts->t);
}

int qk_fig_status_index(const char *status)
{
    if (!status)
        return 3;
    if (!strcmp(status, "completed"))
        return 0;
    if (!strcmp(status, "stopped"))
        return 1;
    if (!strcmp(status, "abandoned"))
        return 2;
    return 3;
}

const char *qk_fig_status_word(int index)
{
    static const qk_str words[QK_FIG_STATUSES] = {QK_S_ST_COMPLETED, QK_S_ST_STOPPED,
                                                 QK_S_ST_ABANDONED, QK_S_ST_IN_PROGRESS};
    return qk_tr(words[index >= 0 && index < QK_FIG_STATUSES ? index : 3]);
}

int qk_fig_bar_length(double value, double max, int full)
{
    if (full <= 0 || max <= 0 || !(value > 0))
        return 0;
    if (value >= max)
        return full;
    int n = (int)(value * full / max + 0.5);
    return n < 1 ? 1 : n > full ? full : n;
}

/* Where q stands in its set (round * 100000 + question), for sorting. */
static long position(const qk_set *set, const qk_question *q)
{
    if (!set || !q)
        return 0x7fffffffL;
    for (size_t r = 0; r < set->n_rounds; r++)
        for (size_t k = 0; k < set->rounds[r].n_questions; k++)
            if (&set->rounds[r].questions[k] == q)
                return (long)(r * 100000 + k);
    return 0x7fffffffL;
}

typedef struct {
    qk_fig_question fq;
    tallies wrong;
    long pos;
} qwork;

static int cmp_qwork(const void *a, const void *b)
{
    const qwork *x = a, *y = b;
    int c = strcmp(x->fq.set_id, y->fq.set_id);
    if (c)
        return c;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return strcmp(x->fq.question_id, y->fq.question_id);
}

void qk_figures_clear(qk_figures *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n_questions; i++) {
        free(f->questions[i].set_id);
        free(f->questions[i].question_id);
        free(f->questions[i].round_id);
        free(f->questions[i].top_wrong);
    }
    free(f->questions);
    for (size_t i = 0; i < f->n_rounds; i++) {
        free(f->rounds[i].round_id);
        free(f->rounds[i].title);
    }
    free(f->rounds);
    free(f->days);
    memset(f, 0, sizeof *f);
    f->avg_score_pct = -1;
}

bool qk_figures_compute(const qk_history *h, const qk_textbook *texts, qk_figures *f)
{
    memset(f, 0, sizeof *f);
    f->avg_score_pct = -1;
    qwork *qs = NULL;
    size_t nq = 0, capq = 0;
    bool ok = true;
    double score_sum = 0;

    for (size_t si = 0; ok && si < h->n_sessions; si++) {
        const qk_hist_session *s = &h->sessions[si];
        if (!qk_hist_counts(s))
            continue;
        const qk_set *set = qk_textbook_find(texts, s->set_hash);
        /* The session's day, status and score. */
        f->sessions++;
        int st = qk_fig_status_index(s->status);
        f->by_status[st]++;
        time_t day = s->started;
        struct tm tm;
        if (localtime_r(&s->started, &tm)) {
            tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
            tm.tm_isdst = -1;
            day = mktime(&tm);
        }
        size_t d = 0;
        while (d < f->n_days && f->days[d].day != day)
            d++;
        if (d == f->n_days) {
            qk_fig_day *nd = realloc(f->days, (f->n_days + 1) * sizeof *nd);
            if (!nd) {
                ok = false;
                break;
            }
            f->days = nd;
            memset(&f->days[d], 0, sizeof f->days[d]);
            f->days[d].day = day;
            /* keep ascending: sessions come in start order, so a new day is
             * (almost always) the last; move it back when not */
            while (d > 0 && f->days[d - 1].day > day) {
                qk_fig_day t = f->days[d - 1];
                f->days[d - 1] = f->days[d];
                f->days[d] = t;
                d--;
            }
            f->n_days++;
        }
        f->days[d].n[st]++;
        if (st == 0 && s->has_max && s->max_score > 0) {
            double pct = s->score * 100.0 / s->max_score;
            int bin = (int)(pct / 10.0);
            if (bin < 0)
                bin = 0;
            if (bin >= QK_FIG_BINS)
                bin = QK_FIG_BINS - 1;
            f->score_bins[bin]++;
            f->scored++;
            score_sum += pct;
        }

        for (size_t k = 0; ok && k < s->n_answers; k++) {
            const qk_hist_answer *a = &h->answers[s->first + k];
            f->answers++;
            const qk_question *q = set ? qk_set_find_question(set, a->question_id, NULL) : NULL;
            size_t i = 0;
            while (i < nq && (strcmp(qs[i].fq.question_id, a->question_id) ||
                              strcmp(qs[i].fq.set_id, s->set_id)))
                i++;
            if (i == nq) {
                if (nq == capq) {
                    size_t nc = capq ? capq * 2 : 32;
                    qwork *n2 = realloc(qs, nc * sizeof *n2);
                    if (!n2) {
                        ok = false;
                        break;
                    }
                    qs = n2;
                    capq = nc;
                }
                memset(&qs[i], 0, sizeof qs[i]);
                qs[i].fq.set_id = strdup(s->set_id);
                qs[i].fq.question_id = strdup(a->question_id);
                qs[i].fq.round_id = strdup(a->round_id);
                nq++;
                if (!qs[i].fq.set_id || !qs[i].fq.question_id || !qs[i].fq.round_id) {
                    ok = false;
                    break;
                }
            }
            qwork *w = &qs[i];
            if (q) { /* the latest version on the station gives the texts */
                w->fq.q = q;
                w->fq.set = set;
            }
            w->fq.asked++;
            if (a->correct) {
                w->fq.right++;
            } else {
                char words[4 * QK_MAX_LABEL_BYTES * 2];
                const char *key = a->answer;
                if (a->timed_out || !a->answer[0])
                    key = qk_tr(QK_S_TIMEOUT);
                else if (q && qk_answer_text(q, a->answer, words, sizeof words))
                    key = words;
                if (!tally_add(&w->wrong, key))
                    ok = false;
            }
            /* The round's tally. */
            size_t r = 0;
            while (r < f->n_rounds && strcmp(f->rounds[r].round_id, a->round_id))
                r++;
            if (r == f->n_rounds) {
                qk_fig_round *nr = realloc(f->rounds, (f->n_rounds + 1) * sizeof *nr);
                if (!nr) {
                    ok = false;
                    break;
                }
                f->rounds = nr;
                memset(&f->rounds[r], 0, sizeof f->rounds[r]);
                f->rounds[r].round_id = strdup(a->round_id);
                f->rounds[r].title = NULL;
                f->n_rounds++;
                if (!f->rounds[r].round_id) {
                    ok = false;
                    break;
                }
            }
            if (!f->rounds[r].title && set) {
                for (size_t x = 0; x < set->n_rounds; x++)
                    if (!strcmp(set->rounds[x].id, a->round_id) && set->rounds[x].title)
                        f->rounds[r].title = strdup(set->rounds[x].title);
            }
            f->rounds[r].asked++;
            if (a->correct)
                f->rounds[r].right++;
        }
    }
    if (f->scored)
        f->avg_score_pct = score_sum / (double)f->scored;
    for (size_t r = 0; ok && r < f->n_rounds; r++) {
        if (!f->rounds[r].title)
            f->rounds[r].title = strdup(f->rounds[r].round_id);
        if (!f->rounds[r].title)
            ok = false;
        f->rounds[r].pct_right = f->rounds[r].asked
                                     ? f->rounds[r].right * 100.0 / (double)f->rounds[r].asked
                                     : 0;
    }
    for (size_t i = 0; i < nq; i++) {
        qwork *w = &qs[i];
        w->pos = position(w->fq.set, w->fq.q);
        w->fq.wrong = w->fq.asked - w->fq.right;
        w->fq.pct_right = w->fq.asked ? w->fq.right * 100.0 / (double)w->fq.asked : 0;
        size_t best = 0;
        for (size_t t = 1; t < w->wrong.n; t++)
            if (w->wrong.t[t].n > w->wrong.t[best].n)
                best = t;
        if (ok && w->wrong.n) {
            w->fq.top_wrong = strdup(w->wrong.t[best].key);
            w->fq.top_wrong_count = w->wrong.t[best].n;
            if (!w->fq.top_wrong)
                ok = false;
        }
        tallies_free(&w->wrong);
    }
    if (nq)
        qsort(qs, nq, sizeof *qs, cmp_qwork);
    f->questions = nq ? malloc(nq * sizeof *f->questions) : NULL;
    if (nq && !f->questions)
        ok = false;
    for (size_t i = 0; i < nq; i++) {
        if (f->questions)
            f->questions[i] = qs[i].fq;
        else {
            free(qs[i].fq.set_id);
            free(qs[i].fq.question_id);
            free(qs[i].fq.round_id);
            free(qs[i].fq.top_wrong);
        }
    }
    f->n_questions = f->questions ? nq : 0;
    free(qs);
    if (!ok) {
        qk_figures_clear(f);
        return false;
    }
    return true;
}

static const qk_figures *sort_f;
static int cmp_missed(const void *a, const void *b)
{
    const qk_fig_question *x = &sort_f->questions[*(const size_t *)a];
    const qk_fig_question *y = &sort_f->questions[*(const size_t *)b];
    /* wrong/asked compared exactly: x.wrong * y.asked vs y.wrong * x.asked */
    long long l = (long long)x->wrong * y->asked, r = (long long)y->wrong * x->asked;
    if (l != r)
        return l > r ? -1 : 1;
    if (x->asked != y->asked)
        return x->asked > y->asked ? -1 : 1;
    int c = strcmp(x->set_id, y->set_id);
    return c ? c : strcmp(x->question_id, y->question_id);
}

size_t qk_figures_most_missed(const qk_figures *f, size_t *out, size_t max)
{
    size_t n = 0;
    size_t *all = f->n_questions ? malloc(f->n_questions * sizeof *all) : NULL;
    if (!all)
        return 0;
    for (size_t i = 0; i < f->n_questions; i++)
        if (f->questions[i].wrong > 0)
            all[n++] = i;
    sort_f = f;
    qsort(all, n, sizeof *all, cmp_missed);
    if (n > max)
        n = max;
    memcpy(out, all, n * sizeof *out);
    free(all);
    return n;
}
