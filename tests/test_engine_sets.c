/* test_engine_sets.c: the engine playing the shipped question sets.
 *
 * Loads every .cfg file in quizzes/ with the real loader and plays it through the
 * engine over many seeds, with no display: a perfect run earns exactly the max
 * score, a fully wrong run earns nothing, every session draws each question at
 * most once and each pool its `pick`, order questions are never shown solved,
 * display orders are permutations, and the same seed replays the same session.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qk_diag.h"
#include "qk_engine.h"
#include "qk_loader.h"
#include "qk_model.h"
#include "qk_test.h"

#define N_SEEDS 150

static qk_set *sets[16];
static char *set_paths[16];
static size_t n_sets;

static void load_shipped_sets(void)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/quizzes", QK_SOURCE_DIR);
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n_sets < 16) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".cfg") != 0)
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        qk_diags diags;
        qk_diags_init(&diags);
        qk_set *set = qk_set_load(path, &diags);
        if (!set)
            qk_diags_print(&diags, stderr);
        qk_diags_clear(&diags);
        set_paths[n_sets] = strdup(path);
        sets[n_sets++] = set;
    }
    closedir(d);
}

/* The fully right (or a fully wrong) answer to q. */
static qk_answer make_answer(const qk_question *q, bool right)
{
    qk_answer a;
    memset(&a, 0, sizeof a);
    switch (q->type) {
    case QK_Q_SINGLE:
        a.n = 1;
        for (size_t i = 0; i < q->n_choices; i++)
            if (q->choices[i].correct == right) {
                a.v[0] = (int)i;
                break;
            }
        break;
    case QK_Q_TRUEFALSE:
        a.n = 1;
        a.v[0] = q->truth == right ? 1 : 0;
        break;
    case QK_Q_MULTIPLE:
        a.n = q->n_choices;
        for (size_t i = 0; i < q->n_choices; i++)
            a.v[i] = q->choices[i].correct == right ? 1 : 0;
        break;
    case QK_Q_ORDER:
        a.n = q->n_choices;
        for (size_t i = 0; i < q->n_choices; i++) /* wrong: rotated by one */
            a.v[i] = right ? (int)i : (int)((i + 1) % q->n_choices);
        break;
    case QK_Q_CATEGORIZE:
        a.n = q->n_choices;
        for (size_t i = 0; i < q->n_choices; i++)
            a.v[i] = right ? q->choices[i].category
                           : (int)((size_t)(q->choices[i].category + 1) % q->n_categories);
        break;
    default:
        break;
    }
    return a;
}

static void test_shipped_sets_load(void)
{
    QK_CHECK(n_sets >= 1);
    for (size_t i = 0; i < n_sets; i++) {
        if (!sets[i])
            fprintf(stderr, "%s: did not load\n", set_paths[i]);
        QK_CHECK(sets[i] != NULL);
    }
}

/* Plays set over many seeds, all right or all wrong, checking the invariants. */
static void play_all(bool right)
{
    for (size_t k = 0; k < n_sets; k++) {
        const qk_set *set = sets[k];
        if (!set)
            continue;
        int problems = 0;
        size_t total_q = qk_set_question_count(set);
        unsigned char *seen = calloc(total_q ? total_q : 1, 1);
        QK_REQUIRE(seen);
        for (uint64_t seed = 0; seed < N_SEEDS; seed++) {
            qk_session *s = qk_session_new(set, NULL, 0, seed);
            QK_REQUIRE(s);
            memset(seen, 0, total_q ? total_q : 1);
            size_t played = 0;
            while (qk_session_state(s) != QK_ST_DONE) {
                if (qk_session_state(s) == QK_ST_ROUND_END) {
                    problems += !qk_session_next(s);
                    continue;
                }
                if (qk_session_question_pos(s) == 0) {
                    const qk_round *r = qk_session_round(s);
                    size_t want = r->pick && r->pick < r->n_questions ? r->pick
                                                                      : r->n_questions;
                    problems += qk_session_question_count(s) != want;
                }
                const qk_question *q = qk_session_question(s);
                size_t round = 0;
                const qk_question *found = qk_set_find_question(set, q->id, &round);
                problems += found != q;
                /* each question at most once: index it by its place in the set */
                size_t idx = 0;
                for (size_t r = 0; r < round; r++)
                    idx += set->rounds[r].n_questions;
                idx += (size_t)(q - set->rounds[round].questions);
                problems += idx >= total_q || seen[idx]++;

                size_t n = 0;
                const size_t *o = qk_session_display_order(s, &n);
                bool perm[QK_MAX_CHOICES] = { false }, identity = true;
                problems += n != (q->type == QK_Q_TRUEFALSE ? 0 : q->n_choices);
                for (size_t i = 0; i < n; i++) {
                    problems += o[i] >= n || perm[o[i]];
                    if (o[i] < n)
                        perm[o[i]] = true;
                    identity = identity && o[i] == i;
                }
                if (q->type == QK_Q_ORDER && n >= 2 && identity)
                    problems++;

                qk_answer a = make_answer(q, right);
                qk_record rec;
                problems += !qk_session_answer(s, &a, 1000, &rec);
                problems += rec.correct != right;
                char buf[128];
                qk_answer_format(q, &a, buf, sizeof buf);
                problems += buf[0] == '?' || buf[0] == '\0';
                problems += !qk_session_next(s);
                played++;
            }
            problems += played != qk_session_total_questions(s);
            problems += qk_session_record_count(s) != played;
            if (right) {
                double diff = qk_session_score(s) - qk_session_max_score(s);
                problems += diff > 1e-9 || diff < -1e-9;
                problems += qk_session_correct_count(s) != played;
            } else {
                problems += qk_session_score(s) != 0.0;
                problems += qk_session_correct_count(s) != 0;
            }
            qk_session_free(s);
        }
        free(seen);
        if (problems)
            fprintf(stderr, "%s: %d problems\n", set_paths[k], problems);
        QK_CHECK_INT(problems, 0);
    }
}

static void test_perfect_play_earns_max(void)
{
    play_all(true);
}

static void test_wrong_play_earns_nothing(void)
{
    play_all(false);
}

static void test_same_seed_replays(void)
{
    for (size_t k = 0; k < n_sets; k++) {
        if (!sets[k])
            continue;
        int differences = 0;
        for (uint64_t seed = 0; seed < 20; seed++) {
            qk_session *a = qk_session_new(sets[k], NULL, 0, seed);
            qk_session *b = qk_session_new(sets[k], NULL, 0, seed);
            QK_REQUIRE(a && b);
            while (qk_session_state(a) != QK_ST_DONE) {
                if (qk_session_state(a) == QK_ST_ROUND_END) {
                    qk_session_next(a);
                    qk_session_next(b);
                    continue;
                }
                size_t na = 0, nb = 0;
                const size_t *oa = qk_session_display_order(a, &na);
                const size_t *ob = qk_session_display_order(b, &nb);
                differences += qk_session_question(a) != qk_session_question(b);
                differences += na != nb || (na && memcmp(oa, ob, na * sizeof *oa) != 0);
                qk_answer ans = make_answer(qk_session_question(a), seed % 2 == 0);
                qk_session_answer(a, &ans, 10, NULL);
                qk_session_answer(b, &ans, 10, NULL);
                qk_session_next(a);
                qk_session_next(b);
            }
            differences += qk_session_state(b) != QK_ST_DONE;
            qk_session_free(a);
            qk_session_free(b);
        }
        QK_CHECK_INT(differences, 0);
    }
}

int main(void)
{
    load_shipped_sets();
    QK_RUN(test_shipped_sets_load);
    QK_RUN(test_perfect_play_earns_max);
    QK_RUN(test_wrong_play_earns_nothing);
    QK_RUN(test_same_seed_replays);
    for (size_t i = 0; i < n_sets; i++) {
        qk_set_free(sets[i]);
        free(set_paths[i]);
    }
    return qk_test_summary();
}
