/* qk_marks.c: see qk_marks.h. */
#include "qk_marks.h"

#include <string.h>

static void add(qk_marks *mk, qk_mark_kind kind, int choice, int given, int right)
{
    if (mk->n >= sizeof mk->m / sizeof mk->m[0])
        return;
    mk->m[mk->n++] = (qk_mark){kind, choice, given, right};
    if (kind == QK_MARK_PICKED_RIGHT)
        mk->n_right++;
}

void qk_marks_of(const qk_question *q, const qk_answer *a, qk_marks *out)
{
    memset(out, 0, sizeof *out);
    if (!q)
        return;
    bool none = !a || a->n == 0;
    int n = (int)(q->n_choices > QK_MAX_CHOICES ? QK_MAX_CHOICES : q->n_choices);
    switch (q->type) {
    case QK_Q_TRUEFALSE: {
        int right = q->truth ? 1 : 0;
        out->n_asked = 1;
        int g = none ? -1 : a->v[0];
        if (g == 0 || g == 1)
            add(out, g == right ? QK_MARK_PICKED_RIGHT : QK_MARK_PICKED_WRONG, g, -1, -1);
        if (g != right)
            add(out, QK_MARK_MISSED_RIGHT, right, -1, -1);
        return;
    }
    case QK_Q_SINGLE: {
        int g = none ? -1 : a->v[0];
        if (g >= n)
            g = -1;
        for (int i = 0; i < n; i++)
            out->n_asked += q->choices[i].correct;
        if (g >= 0)
            add(out, q->choices[g].correct ? QK_MARK_PICKED_RIGHT : QK_MARK_PICKED_WRONG, g, -1,
                -1);
        if (g < 0 || !q->choices[g].correct)
            for (int i = 0; i < n; i++)
                if (q->choices[i].correct)
                    add(out, QK_MARK_MISSED_RIGHT, i, -1, -1);
        return;
    }
    case QK_Q_MULTIPLE:
        for (int i = 0; i < n; i++) {
            bool chosen = !none && (size_t)i < a->n && a->v[i];
            bool right = q->choices[i].correct;
            out->n_asked += right;
            if (chosen)
                add(out, right ? QK_MARK_PICKED_RIGHT : QK_MARK_PICKED_WRONG, i, -1, -1);
            else if (right)
                add(out, QK_MARK_MISSED_RIGHT, i, -1, -1);
        }
        return;
    case QK_Q_ORDER:
        out->n_asked = n;
        for (int k = 0; k < n; k++) {
            int item = none || (size_t)k >= a->n ? -1 : a->v[k];
            if (item < 0 || item >= n)
                add(out, QK_MARK_MISSED_RIGHT, k, -1, k);
            else
                add(out, item == k ? QK_MARK_PICKED_RIGHT : QK_MARK_PICKED_WRONG, item, k, item);
        }
        return;
    case QK_Q_CATEGORIZE:
        out->n_asked = n;
        for (int i = 0; i < n; i++) {
            int c = !none && (size_t)i < a->n ? a->v[i] : -1;
            int right = q->choices[i].category;
            if (c < 0 || (size_t)c >= q->n_categories)
                add(out, QK_MARK_MISSED_RIGHT, i, -1, right);
            else
                add(out, c == right ? QK_MARK_PICKED_RIGHT : QK_MARK_PICKED_WRONG, i, c, right);
        }
        return;
    default:
        return;
    }
}

const qk_mark *qk_marks_find(const qk_marks *mk, int choice)
{
    for (size_t i = 0; i < mk->n; i++)
        if (mk->m[i].choice == choice)
            return &mk->m[i];
    return NULL;
}
