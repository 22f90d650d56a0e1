/* test_marks.c: qk_marks, the feedback's marks on a given answer: one mark per
 * given answer of the right kind, a missed-right for each right answer not
 * given, for each of the five types, timeouts and malformed answers. */
#include "engine_fixtures.h"
#include "qk_marks.h"
#include "qk_test.h"

static int count(const qk_marks *mk, qk_mark_kind k)
{
    int n = 0;
    for (size_t i = 0; i < mk->n; i++)
        n += mk->m[i].kind == k;
    return n;
}

static void test_single_and_truefalse(void)
{
    fx_reset();
    qk_question *q = fx_question(QK_Q_SINGLE, 4); /* right: 1 */
    qk_marks mk;
    qk_answer a = {.n = 1, .v = {1}};
    qk_marks_of(q, &a, &mk);
    QK_CHECK_INT(mk.n, 1);
    QK_CHECK_INT(mk.m[0].kind, QK_MARK_PICKED_RIGHT);
    QK_CHECK_INT(mk.m[0].choice, 1);
    a.v[0] = 3;
    qk_marks_of(q, &a, &mk);
    QK_CHECK_INT(mk.n, 2);
    QK_CHECK_INT(qk_marks_find(&mk, 3)->kind, QK_MARK_PICKED_WRONG);
    QK_CHECK_INT(qk_marks_find(&mk, 1)->kind, QK_MARK_MISSED_RIGHT);
    QK_CHECK(qk_marks_find(&mk, 0) == NULL);
    QK_CHECK_INT(mk.n_right, 0);
    QK_CHECK_INT(mk.n_asked, 1);
    a.v[0] = 9; /* malformed: as nothing given */
    qk_marks_of(q, &a, &mk);
    QK_CHECK_INT(mk.n, 1);
    QK_CHECK_INT(mk.m[0].kind, QK_MARK_MISSED_RIGHT);

    qk_question *t = fx_question(QK_Q_TRUEFALSE, 0); /* true */
    a.v[0] = 0;
    qk_marks_of(t, &a, &mk);
    QK_CHECK_INT(mk.n, 2);
    QK_CHECK_INT(qk_marks_find(&mk, 0)->kind, QK_MARK_PICKED_WRONG);
    QK_CHECK_INT(qk_marks_find(&mk, 1)->kind, QK_MARK_MISSED_RIGHT);
    a.v[0] = 1;
    qk_marks_of(t, &a, &mk);
    QK_CHECK_INT(mk.n, 1);
    QK_CHECK_INT(mk.m[0].kind, QK_MARK_PICKED_RIGHT);
    qk_marks_of(t, NULL, &mk); /* timeout */
    QK_CHECK_INT(mk.n, 1);
    QK_CHECK_INT(mk.m[0].kind, QK_MARK_MISSED_RIGHT);
}

static void test_multiple(void)
{
    fx_reset();
    qk_question *q = fx_question(QK_Q_MULTIPLE, 5); /* right: 0, 2 */
    qk_answer a = {.n = 5, .v = {1, 1, 0, 0, 0}};
    qk_marks mk;
    qk_marks_of(q, &a, &mk);
    QK_CHECK_INT(mk.n, 3);
    QK_CHECK_INT(qk_marks_find(&mk, 0)->kind, QK_MARK_PICKED_RIGHT);
    QK_CHECK_INT(qk_marks_find(&mk, 1)->kind, QK_MARK_PICKED_WRONG);
    QK_CHECK_INT(qk_marks_find(&mk, 2)->kind, QK_MARK_MISSED_RIGHT);
    QK_CHECK(qk_marks_find(&mk, 3) == NULL && qk_marks_find(&mk, 4) == NULL);
    QK_CHECK_INT(mk.n_right, 1);
    QK_CHECK_INT(mk.n_asked, 2);
    qk_answer none = {0};
    qk_marks_of(q, &none, &mk);
    QK_CHECK_INT(count(&mk, QK_MARK_MISSED_RIGHT), 2);
    QK_CHECK_INT(mk.n, 2);
}

static void test_order(void)
{
    fx_reset();
    qk_question *q = fx_question(QK_Q_ORDER, 4);
    qk_answer a = {.n = 4, .v = {0, 2, 1, 3}};
    qk_marks mk;
    qk_marks_of(q, &a, &mk);
    QK_CHECK_INT(mk.n, 4); /* one per position */
    QK_CHECK_INT(count(&mk, QK_MARK_PICKED_RIGHT), 2);
    QK_CHECK_INT(count(&mk, QK_MARK_PICKED_WRONG), 2);
    const qk_mark *m2 = qk_marks_find(&mk, 2);
    QK_CHECK(m2 && m2->kind == QK_MARK_PICKED_WRONG && m2->given == 1 && m2->right == 2);
    QK_CHECK_INT(mk.n_right, 2);
    QK_CHECK_INT(mk.n_asked, 4);
    qk_marks_of(q, NULL, &mk);
    QK_CHECK_INT(count(&mk, QK_MARK_MISSED_RIGHT), 4);
}

static void test_categorize(void)
{
    fx_reset();
    qk_question *q = fx_question(QK_Q_CATEGORIZE, 4); /* item i: category i % 2 */
    qk_answer a = {.n = 4, .v = {0, 0, -1, 1}};
    qk_marks mk;
    qk_marks_of(q, &a, &mk);
    QK_CHECK_INT(mk.n, 4); /* one per item */
    QK_CHECK_INT(qk_marks_find(&mk, 0)->kind, QK_MARK_PICKED_RIGHT);
    const qk_mark *m1 = qk_marks_find(&mk, 1);
    QK_CHECK(m1 && m1->kind == QK_MARK_PICKED_WRONG && m1->given == 0 && m1->right == 1);
    QK_CHECK_INT(qk_marks_find(&mk, 2)->kind, QK_MARK_MISSED_RIGHT);
    QK_CHECK_INT(qk_marks_find(&mk, 3)->kind, QK_MARK_PICKED_RIGHT);
    QK_CHECK_INT(mk.n_right, 2);
    QK_CHECK_INT(mk.n_asked, 4);
}

/* Over the engine fixtures' questions of every type: a fully right answer
 * is all picked-right (n_right = n_asked) and agrees with qk_evaluate; a fully
 * wrong one has no picked-right where the engine gives no credit. */
static void test_right_and_wrong_every_type(void)
{
    qk_set *set = fx_build();
    for (size_t i = 0; i < set->rounds[0].n_questions; i++) {
        const qk_question *q = &set->rounds[0].questions[i];
        qk_answer a = fx_right_answer(q);
        qk_marks mk;
        qk_marks_of(q, &a, &mk);
        bool ok = false;
        qk_evaluate(q, &a, &ok);
        QK_CHECK(ok);
        QK_CHECK_INT(count(&mk, QK_MARK_PICKED_RIGHT), (int)mk.n);
        QK_CHECK_INT(mk.n_right, mk.n_asked);
        a = fx_wrong_answer(q);
        qk_marks_of(q, &a, &mk);
        QK_CHECK(count(&mk, QK_MARK_PICKED_WRONG) + count(&mk, QK_MARK_MISSED_RIGHT) > 0);
        QK_CHECK(mk.n_right < mk.n_asked);
    }
    /* nine items reversed: only the middle one in place */
    set = fx_custom(QK_Q_ORDER, 1, 9);
    const qk_question *q = &set->rounds[0].questions[0];
    qk_answer a = fx_wrong_answer(q);
    qk_marks mk;
    qk_marks_of(q, &a, &mk);
    QK_CHECK_INT(mk.n, 9);
    QK_CHECK_INT(count(&mk, QK_MARK_PICKED_RIGHT), 1);
    QK_CHECK_INT(qk_marks_find(&mk, 4)->kind, QK_MARK_PICKED_RIGHT);
    QK_CHECK_INT(qk_marks_find(&mk, 0)->given, 8);
    QK_CHECK_INT(qk_marks_find(&mk, 0)->right, 0);
}

int main(void)
{
    QK_RUN(test_right_and_wrong_every_type);
    QK_RUN(test_single_and_truefalse);
    QK_RUN(test_multiple);
    QK_RUN(test_order);
    QK_RUN(test_categorize);
    return qk_test_summary();
}
