/* qk_fmt_aiken.c: the Aiken reader (see qk_fmt_aiken.h).
 *
 * As Moodle's importer reads it, line by line (each trimmed; lines shorter
 * than 2 bytes are skipped):
 *   - a line that starts with a capital letter, then ) or . is a choice (the
 *     space after it is optional in Moodle's code, though the docs require it);
 *   - a line that starts with ANSWER: (in capitals) ends the question: the
 *     first character after it is the right choice's letter;
 *   - any other line starts a new question, so a question text is one line.
 * Moodle reports a choice or ANSWER: line outside a question, a question
 * dropped because a new one started before its ANSWER:, and fewer than 2
 * choices; we report those as errors too. A question still open at the end of
 * the file Moodle drops without a word; we report it as well. An ANSWER:
 * letter with no such choice Moodle cannot save (no answer is 100 %); an
 * error here.
 *
 * Aiken has no feedback, so every question gets an explanation written from
 * its right answer, with a warning.
 */
#include "qk_fmt_aiken.h"

#include <stdlib.h>
#include <string.h>

#include "qk_fmt_text.h"

static bool space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\0' || c == '\n';
}

static char *dup_trim(const char *s, const char *e)
{
    while (s < e && space(*s))
        s++;
    while (e > s && space(e[-1]))
        e--;
    char *d = malloc((size_t)(e - s) + 1);
    if (d) {
        memcpy(d, s, (size_t)(e - s));
        d[e - s] = '\0';
    }
    return d;
}

typedef struct {
    qk_question q;
    bool open;
    int line;
    size_t cap;
} aiken_q;

static void discard(aiken_q *a)
{
    qk_question_clear(&a->q);
    a->open = false;
    a->cap = 0;
}

void qk_aiken_read(qk_bank *bank, const char *name, const char *t, size_t len)
{
    aiken_q a = {0};
    int line = 0;
    char b[64];
    const char *p = t, *end = t + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        line++;
        const char *s = p, *e = le;
        p = nl ? nl + 1 : end;
        while (s < e && space(*s))
            s++;
        while (e > s && space(e[-1]))
            e--;
        if (e - s < 2)
            continue;
        if (*s >= 'A' && *s <= 'Z' && (s[1] == ')' || s[1] == '.')) {
            if (!a.open) {
                qk_bank_reject(bank, name, line, QK_D_AIKEN_CHOICE_OUTSIDE, s[0], s[1]);
                continue;
            }
            if (a.q.n_choices == a.cap) {
                size_t nc = a.cap ? a.cap * 2 : 8;
                qk_choice *ch = realloc(a.q.choices, nc * sizeof *ch);
                if (!ch)
                    continue;
                a.q.choices = ch;
                a.cap = nc;
            }
            qk_choice *c = &a.q.choices[a.q.n_choices];
            memset(c, 0, sizeof *c);
            c->text = dup_trim(s + 2, e);
            c->category = -1;
            c->line = line;
            if (c->text)
                a.q.n_choices++;
        } else if (e - s >= 7 && memcmp(s, "ANSWER:", 7) == 0) {
            if (!a.open) {
                qk_bank_reject(bank, name, line, QK_D_AIKEN_ANSWER_OUTSIDE);
                continue;
            }
            const char *x = s + 7;
            while (x < e && space(*x))
                x++;
            if (a.q.n_choices < 2) {
                qk_bank_reject(bank, name, a.line, QK_D_AIKEN_FEW_CHOICES,
                               qk_text_shorten(a.q.text ? a.q.text : "", b, sizeof b),
                               a.q.n_choices);
                discard(&a);
                continue;
            }
            int right = x < e ? *x - 'A' : -1;
            if (right < 0 || (size_t)right >= a.q.n_choices) {
                qk_bank_reject(bank, name, line, QK_D_AIKEN_BAD_ANSWER, x < e ? 1 : 0, x,
                               qk_text_shorten(a.q.text ? a.q.text : "", b, sizeof b),
                               a.q.n_choices, (char)('A' + a.q.n_choices - 1));
                discard(&a);
                continue;
            }
            a.q.choices[right].correct = true;
            a.q.type = QK_Q_SINGLE;
            a.q.shuffle = true;
            a.q.points = 1;
            qk_bank_explain(bank, &a.q, name, a.line, a.q.text ? a.q.text : "");
            qk_bank_add(bank, &a.q, NULL, name, a.line);
            discard(&a);
        } else {
            if (a.open) {
                qk_bank_reject(bank, name, a.line,
                               e - s >= 7 && strncmp(s, "Answer:", 7) == 0
                                   ? QK_D_AIKEN_NO_ANSWER_CASE : QK_D_AIKEN_NO_ANSWER,
                               qk_text_shorten(a.q.text ? a.q.text : "", b, sizeof b), line);
                discard(&a);
            }
            a.open = true;
            a.line = line;
            a.q.text = dup_trim(s, e);
        }
    }
    if (a.open) {
        qk_bank_reject(bank, name, a.line, QK_D_AIKEN_NO_ANSWER_END,
                       qk_text_shorten(a.q.text ? a.q.text : "", b, sizeof b));
        discard(&a);
    }
}

bool qk_aiken_looks_like(const char *t, size_t len)
{
    const char *p = t, *end = t + len;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if (end - p >= 7 && memcmp(p, "ANSWER:", 7) == 0)
            return true;
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        p = nl + 1;
    }
    return false;
}
