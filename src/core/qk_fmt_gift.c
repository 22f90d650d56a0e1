/* qk_fmt_gift.c: the GIFT reader and writer (see qk_fmt_gift.h).
 *
 * Reading follows Moodle's importer step by step, so that a file means here
 * what it means in Moodle:
 *  1. Questions are the runs of lines between blank lines; every line is
 *     trimmed first. (Moodle tests a line with PHP's empty(), so a line that
 *     is just "0" also counts as blank: we do the same.)
 *  2. In a question, a line that starts with // is a comment and is dropped.
 *  3. Escapes \: \# \= \{ \} \~ and \n are taken out before anything else
 *     (here as the bytes 0x01-0x07, which a checked text cannot hold), and
 *     \\ is one backslash. The docs list \n nowhere; Moodle's code makes it a
 *     line break, and so do we.
 *  4. $CATEGORY: starts a category (the whole block is its name), ::name::
 *     names the question, and the answers are between the first { and the
 *     first } of the block. Text after the } (the "missing word" form)
 *     leaves a blank _____ where the answers were.
 *  5. The last #### in the answers starts the general feedback.
 *  6. The type: no braces: description; {} empty: essay; {#...}: numerical;
 *     a ~ anywhere: multiple choice; = and ->: matching; T, TRUE, F or FALSE
 *     (upper case, before any #): true/false; anything else: short answer.
 *  7. [html], [moodle], [markdown] or [plain] at the start of a text gives its
 *     format; answers and feedback inherit the question's.
 *
 * What the kiosk can hold is mapped as docs/question-sets.md, "From Moodle",
 * describes; the rest is left out with a warning each.
 */
#include "qk_fmt_gift.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "qk_fmt_text.h"

/* Placeholders for escaped characters while a block is parsed. */
enum { ESC_COLON = 1, ESC_HASH, ESC_EQ, ESC_LBRACE, ESC_RBRACE, ESC_TILDE, ESC_NL };

static bool php_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\0';
}

/* [*s, *e) trimmed as PHP's trim() does. */
static void trim_range(const char **s, const char **e)
{
    while (*s < *e && php_space(**s))
        (*s)++;
    while (*e > *s && php_space((*e)[-1]))
        (*e)--;
}

static char *dup_range(const char *s, const char *e)
{
    size_t n = (size_t)(e - s);
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* Puts the escaped characters back (Moodle's escapedchar_post). */
static void unescape_in_place(char *s)
{
    static const char back[] = {0, ':', '#', '=', '{', '}', '~', '\n'};
    for (; *s; s++) {
        if (*s >= ESC_COLON && *s <= ESC_NL)
            *s = back[(int)*s];
    }
}

/* A text of the question (question, answer, feedback) in [s, e): an optional
 * [format] prefix, escapes put back, trimmed, then made plain text. *fmt has
 * the default on entry and the text's format on return. Moodle trims the
 * answers and feedback before looking for the prefix, but not the question
 * text (which is trimmed already when it starts the block). */
static char *gift_text(const char *s, const char *e, qk_text_format *fmt)
{
    if (s < e && *s == '[') {
        const char *close = memchr(s, ']', (size_t)(e - s));
        if (close) {
            static const struct { const char *name; qk_text_format f; } names[] = {
                {"moodle", QK_TF_MOODLE}, {"html", QK_TF_HTML}, {"plain", QK_TF_PLAIN},
                {"markdown", QK_TF_MARKDOWN}};
            size_t n = (size_t)(close - s - 1);
            for (size_t i = 0; i < 4; i++) {
                if (strlen(names[i].name) == n && memcmp(s + 1, names[i].name, n) == 0) {
                    *fmt = names[i].f;
                    s = close + 1;
                    break;
                }
            }
        }
    }
    char *raw = dup_range(s, e);
    if (!raw)
        return NULL;
    unescape_in_place(raw);
    const char *a = raw, *b = raw + strlen(raw);
    trim_range(&a, &b);
    char *plain = qk_text_to_plain(a, (size_t)(b - a), *fmt);
    free(raw);
    return plain;
}

/* Splits "answer#feedback" at the first # (Moodle's commentparser). */
static void split_feedback(const char *s, const char *e, qk_text_format fmt, char **ans,
                           char **fb)
{
    const char *hash = memchr(s, '#', (size_t)(e - s));
    const char *ae = hash ? hash : e;
    const char *as = s;
    trim_range(&as, &ae);
    qk_text_format f1 = fmt, f2 = fmt;
    *ans = gift_text(as, ae, &f1);
    if (hash) {
        const char *fs = hash + 1, *fe = e;
        trim_range(&fs, &fe);
        *fb = gift_text(fs, fe, &f2);
    } else {
        *fb = NULL;
    }
}

static bool empty_str(const char *s)
{
    return !s || !*s;
}

/* Appends " " + s to *dst (for joining the feedback of several answers). */
static void join(char **dst, const char *s)
{
    if (empty_str(s))
        return;
    if (!*dst) {
        *dst = strdup(s);
        return;
    }
    size_t a = strlen(*dst), b = strlen(s);
    char *n = realloc(*dst, a + b + 2);
    if (!n)
        return;
    n[a] = ' ';
    memcpy(n + a + 1, s, b + 1);
    *dst = n;
}

/* Moodle's answer weight: %N% right after the ~ with N matching
 * -*[0-9]{1,2}\.?[0-9]* ; returns true and the weight in percent, and moves
 * *s past it. */
static bool parse_weight(const char **s, const char *e, double *pct)
{
    const char *p = *s;
    if (p >= e || *p != '%')
        return false;
    p++;
    bool neg = false;
    while (p < e && *p == '-') {
        neg = true;
        p++;
    }
    const char *d = p;
    while (p < e && p - d < 2 && *p >= '0' && *p <= '9')
        p++;
    if (p == d)
        return false;
    if (p < e && *p == '.')
        p++;
    while (p < e && *p >= '0' && *p <= '9')
        p++;
    if (p >= e || *p != '%')
        return false;
    *pct = strtod(d, NULL) * (neg ? -1 : 1);
    *s = p + 1;
    return true;
}

typedef struct {
    qk_bank *bank;
    const char *file;
    int line;          /* the question's first line */
    const char *name;  /* its ::name::, or NULL */
} ctx;

static void leave_out(const ctx *c, const char *text, qk_str reason, qk_str way)
{
    qk_phrase r, w;
    qk_phrase_set(&r, reason);
    qk_phrase_set(&w, way);
    qk_bank_leave_out(c->bank, c->file, c->line, c->name && *c->name ? c->name : text, &r, &w);
}

/* The question's explanation: general feedback, else `fallback` (the right
 * answer's feedback; taken), else one written from the right answer. */
static void explain(const ctx *c, qk_question *q, char *general, char *fallback)
{
    if (!empty_str(general)) {
        q->explanation = general;
        free(fallback);
    } else {
        free(general);
        q->explanation = !empty_str(fallback) ? fallback : NULL;
        if (empty_str(fallback))
            free(fallback);
    }
    if (empty_str(q->explanation)) {
        free(q->explanation);
        q->explanation = NULL;
        qk_bank_explain(c->bank, q, c->file, c->line, c->name && *c->name ? c->name : q->text);
    }
}

static void add(const ctx *c, qk_question *q)
{
    qk_bank_add(c->bank, q, c->name, c->file, c->line);
}

/* A choice question's answers: "=right ~wrong ~%50%partly ...". */
static void read_choice(const ctx *c, qk_question *q, const char *a, const char *ae,
                        qk_text_format fmt, char *general)
{
    /* Moodle: '=' anywhere makes it one-answer; every '=' starts an answer
     * (it replaces = with ~= and splits at ~), so an unescaped = inside an
     * answer or its feedback splits it. */
    bool single = memchr(a, '=', (size_t)(ae - a)) != NULL;
    size_t cap = 8, n = 0;
    struct ans { const char *s, *e; double w; bool eq; } *v = malloc(cap * sizeof *v);
    if (!v) {
        free(general);
        qk_question_clear(q);
        return;
    }
    const char *p = a;
    bool first = true;
    while (p <= ae) {
        const char *next = p;
        while (next < ae && *next != '~' && !(*next == '=' && next != p))
            next++;
        /* [p, next) is one piece; a piece starting with = keeps it */
        const char *s = p, *e = next;
        trim_range(&s, &e);
        bool skip = first && (s == e || (e - s == 1 && *s == '0')); /* PHP empty() */
        first = false;
        if (!skip) {
            if (n == cap) {
                cap *= 2;
                struct ans *nv = realloc(v, cap * sizeof *nv);
                if (!nv)
                    break;
                v = nv;
            }
            v[n].eq = false;
            v[n].w = 0;
            if (s < e && *s == '=') {
                v[n].eq = true;
                v[n].w = 100;
                s++;
            } else {
                parse_weight(&s, e, &v[n].w);
            }
            v[n].s = s;
            v[n].e = e;
            n++;
        }
        if (next >= ae)
            break;
        p = *next == '~' ? next + 1 : next;
    }
    if (n < 2) {
        qk_bank_reject(c->bank, c->file, c->line, QK_D_GIFT_FEW_ANSWERS,
                       c->name && *c->name ? c->name : q->text, n);
        free(v);
        free(general);
        qk_question_clear(q);
        return;
    }
    q->choices = calloc(n, sizeof *q->choices);
    if (!q->choices) {
        free(v);
        free(general);
        qk_question_clear(q);
        return;
    }
    char *right_fb = NULL;
    size_t n_eq = 0, n_pos = 0, n_partial = 0;
    double pos_sum = 0;
    for (size_t i = 0; i < n; i++) {
        char *txt, *fb;
        split_feedback(v[i].s, v[i].e, fmt, &txt, &fb);
        qk_choice *ch = &q->choices[q->n_choices++];
        ch->text = txt;
        ch->category = -1;
        ch->line = c->line;
        if (v[i].eq)
            n_eq++;
        if (v[i].w > 0) {
            n_pos++;
            pos_sum += v[i].w;
            if (!v[i].eq && v[i].w < 100)
                n_partial++;
        }
        ch->correct = single ? v[i].eq : v[i].w > 0;
        if (ch->correct)
            join(&right_fb, fb);
        free(fb);
    }
    free(v);
    const char *shown = c->name && *c->name ? c->name : q->text;
    if (single) {
        if (n_eq > 1) {
            free(general);
            free(right_fb);
            leave_out(c, q->text, QK_D_R_SEVERAL_RIGHT, QK_D_X_SEVERAL_RIGHT);
            qk_question_clear(q);
            return;
        }
        q->type = QK_Q_SINGLE;
        if (n_partial) {
            char b[64];
            qk_diag_addt(c->bank->diags, QK_DIAG_WARNING, c->file, c->line,
                         QK_D_GIFT_PARTIAL_DROPPED, qk_text_shorten(shown, b, sizeof b));
        }
    } else {
        if (n_pos == 0) {
            free(general);
            free(right_fb);
            leave_out(c, q->text, QK_D_R_NO_RIGHT, QK_D_X_NO_RIGHT);
            qk_question_clear(q);
            return;
        }
        q->type = QK_Q_MULTIPLE;
        q->partial_credit = n_pos > 1;
        if (fabs(pos_sum - 100.0) > 0.5) {
            char b[64];
            qk_diag_addt(c->bank->diags, QK_DIAG_WARNING, c->file, c->line,
                         QK_D_GIFT_WEIGHTS_SUM, qk_text_shorten(shown, b, sizeof b), pos_sum);
        }
    }
    explain(c, q, general, right_fb);
    add(c, q);
}

/* Matching: "=item -> answer" pairs; 2-4 distinct answers make a categorize
 * question (the answers are its categories, the items sorted into them). */
static void read_match(const ctx *c, qk_question *q, const char *a, const char *ae,
                       qk_text_format fmt, char *general)
{
    size_t cap = 8, n = 0, n_cat = 0, cat_cap = 8, pieces = 0;
    q->choices = calloc(cap, sizeof *q->choices);
    char **cats = calloc(cat_cap, sizeof *cats);
    enum { SPARE_CAP = 8 }; /* spare does not grow when cats does */
    char **spare = calloc(SPARE_CAP, sizeof *spare); /* answers of pairs with no item */
    size_t n_spare = 0;
    bool bad = !q->choices || !cats || !spare;
    const char *shown = c->name && *c->name ? c->name : q->text;
    const char *p = a;
    bool first = true;
    /* Moodle splits the answers at every = (a = in an item splits it). */
    while (!bad && p <= ae) {
        const char *next = memchr(p, '=', (size_t)(ae - p));
        if (!next)
            next = ae;
        const char *s = p, *e = next;
        trim_range(&s, &e);
        bool skip = first && (s == e || (e - s == 1 && *s == '0')); /* PHP empty() */
        first = false;
        if (!skip) {
            pieces++;
            const char *arrow = NULL;
            for (const char *x = s; x + 1 < e && !arrow; x++) {
                if (x[0] == '-' && x[1] == '>')
                    arrow = x;
            }
            if (!arrow) {
                qk_bank_reject(c->bank, c->file, c->line, QK_D_GIFT_PAIR_NO_ARROW, shown);
                bad = true;
                break;
            }
            qk_text_format f = fmt;
            char *item = gift_text(s, arrow, &f);
            const char *rs = arrow + 2, *re = e;
            trim_range(&rs, &re);
            char *ans = dup_range(rs, re);
            if (ans)
                unescape_in_place(ans);
            if (!item || !ans) {
                free(item);
                free(ans);
                bad = true;
                break;
            }
            if (!*ans) {
                /* Nothing after ->. Moodle's importer keeps the pair as it is;
                 * then qtype_match's save_question_options skips a pair that
                 * is empty on both sides without a word, and for an item with
                 * no answer it saves the question with the notice "You must
                 * specify an answer matching the question". The kiosk cannot
                 * have a category with no name: the pair is left out, with a
                 * warning when it had an item. */
                if (*item) {
                    char b1[64], b2[64];
                    qk_diag_addt(c->bank->diags, QK_DIAG_WARNING, c->file, c->line,
                                 QK_D_GIFT_PAIR_NO_ANSWER, qk_text_shorten(shown, b1, sizeof b1),
                                qk_text_shorten(item, b2, sizeof b2));
                }
                free(item);
                free(ans);
            } else if (!*item) {
                /* Moodle: a pair with no item is an extra wrong answer */
                free(item);
                if (n_spare < SPARE_CAP)
                    spare[n_spare++] = ans;
                else
                    free(ans);
            } else {
                size_t k = 0;
                while (k < n_cat && strcmp(cats[k], ans) != 0)
                    k++;
                if (k == n_cat) {
                    if (n_cat == cat_cap) {
                        char **nc = realloc(cats, cat_cap * 2 * sizeof *nc);
                        if (!nc) {
                            free(item);
                            free(ans);
                            bad = true;
                            break;
                        }
                        cats = nc;
                        cat_cap *= 2;
                    }
                    cats[n_cat++] = ans;
                } else {
                    free(ans);
                }
                if (n == cap) {
                    qk_choice *nc = realloc(q->choices, cap * 2 * sizeof *nc);
                    if (!nc) {
                        free(item);
                        bad = true;
                        break;
                    }
                    q->choices = nc;
                    cap *= 2;
                }
                q->choices[n].text = item;
                q->choices[n].category = (int)k;
                q->choices[n].correct = false;
                q->choices[n].line = c->line;
                q->n_choices = ++n;
            }
        }
        if (next >= ae)
            break;
        p = next + 1;
    }
    if (!bad && pieces < 2) {
        qk_bank_reject(c->bank, c->file, c->line, QK_D_GIFT_FEW_PAIRS, shown, pieces);
        bad = true;
    }
    if (!bad && (n_cat < QK_MIN_CATEGORIES || n_cat > QK_MAX_CATEGORIES)) {
        qk_phrase why, way;
        qk_phrase_set(&why, QK_D_R_MATCH_TARGETS, n_cat);
        qk_phrase_set(&way, QK_D_X_MATCH_TARGETS);
        qk_bank_leave_out(c->bank, c->file, c->line, c->name && *c->name ? c->name : q->text,
                          &why, &way);
        bad = true;
    }
    size_t unused = 0;
    for (size_t k = 0; k < n_spare; k++) {
        bool used = false;
        for (size_t m = 0; m < n_cat && !used; m++)
            used = strcmp(spare[k], cats[m]) == 0;
        unused += !used;
        free(spare[k]);
    }
    free(spare);
    if (bad) {
        for (size_t k = 0; k < n_cat; k++)
            free(cats[k]);
        free(cats);
        free(general);
        qk_question_clear(q);
        return;
    }
    if (unused) {
        char b[64];
        qk_diag_addt(c->bank->diags, QK_DIAG_WARNING, c->file, c->line, QK_D_GIFT_EXTRA_ANSWERS,
                     qk_text_shorten(shown, b, sizeof b), unused);
    }
    q->type = QK_Q_CATEGORIZE;
    q->categories = cats;
    q->n_categories = n_cat;
    q->partial_credit = false;
    explain(c, q, general, NULL);
    add(c, q);
}

/* One block of lines (a question, a category or nothing but comments). */
static void read_block(qk_bank *bank, const char *file, char **lines, const int *line_no,
                       size_t nl)
{
    /* 2. comments out, 3. joined and escapes taken out */
    size_t total = 0;
    int first_line = 0;
    for (size_t i = 0; i < nl; i++) {
        total++; /* the line break before it, comment or not: the join below writes one */
        if (strncmp(lines[i], "//", 2) == 0) {
            lines[i][0] = '\0';
            continue;
        }
        if (!first_line)
            first_line = line_no[i];
        total += strlen(lines[i]);
    }
    if (!first_line)
        return; /* only comments */
    char *t = malloc(total + 1);
    if (!t)
        return;
    size_t o = 0;
    for (size_t i = 0; i < nl; i++) {
        if (o)
            t[o++] = '\n';
        for (const char *s = lines[i]; *s; s++) {
            if (s[0] == '\\' && s[1] == '\\') {
                t[o++] = '\\';
                s++;
            } else if (s[0] == '\\' && s[1] && strchr(":#={}~n", s[1])) {
                static const char map[] = ":#={}~n";
                t[o++] = (char)(ESC_COLON + (strchr(map, s[1]) - map));
                s++;
            } else {
                t[o++] = *s;
            }
        }
    }
    t[o] = '\0';
    const char *s = t, *e = t + o;
    trim_range(&s, &e);

    ctx c = {bank, file, first_line, NULL};
    if (strncmp(s, "$CATEGORY:", 10) == 0) {
        const char *cs = s + 10, *ce = e;
        trim_range(&cs, &ce);
        char *path = dup_range(cs, ce);
        if (path) {
            unescape_in_place(path);
            if (strchr(path, '\n')) {
                qk_diag_addt(bank->diags, QK_DIAG_WARNING, file, first_line,
                             QK_D_GIFT_CATEGORY_LINES);
                *strchr(path, '\n') = '\0';
            }
            /* The last part of the path: / separates, // is a / in a name. */
            char *title = malloc(strlen(path) + 1);
            size_t to = 0;
            if (title) {
                for (const char *x = path; *x; x++) {
                    if (x[0] == '/' && x[1] == '/') {
                        title[to++] = '/';
                        x++;
                    } else if (*x == '/') {
                        to = 0;
                    } else {
                        title[to++] = *x;
                    }
                }
                title[to] = '\0';
                const char *ts = title, *te = title + to;
                trim_range(&ts, &te);
                char *tt = dup_range(ts, te);
                if (tt && *tt && strcmp(tt, "top") != 0) {
                    if (strlen(tt) > QK_MAX_LABEL_BYTES) {
                        char b[64];
                        qk_diag_addt(bank->diags, QK_DIAG_WARNING, file, first_line,
                                     QK_D_GIFT_CATEGORY_LONG, qk_text_shorten(tt, b, sizeof b),
                                     strlen(tt), QK_MAX_LABEL_BYTES);
                    }
                    qk_bank_category(bank, tt);
                }
                free(tt);
            }
            free(title);
        }
        free(path);
        free(t);
        return;
    }

    char *name = NULL;
    if (e - s >= 2 && s[0] == ':' && s[1] == ':') {
        s += 2;
        const char *nf = strstr(s, "::");
        if (nf && nf < e) {
            const char *ns = s, *ne = nf;
            trim_range(&ns, &ne);
            name = dup_range(ns, ne);
            if (name)
                unescape_in_place(name);
            s = nf + 2;
            trim_range(&s, &e);
        }
    }
    c.name = name;

    /* 4. the answers: first { and first } */
    const char *lb = memchr(s, '{', (size_t)(e - s));
    const char *rb = memchr(s, '}', (size_t)(e - s));
    qk_question q = {0};
    q.shuffle = true;
    q.points = 1;
    if (!lb && !rb) {
        char *txt = strdup(s);
        if (txt)
            unescape_in_place(txt);
        leave_out(&c, txt ? txt : "", QK_D_R_DESCRIPTION, QK_D_X_DESCRIPTION);
        free(txt);
        free(name);
        free(t);
        return;
    }
    if (!lb || !rb || rb < lb) {
        /* Moodle rejects a missing brace; a } before the { it reads as a
         * negative-length answer text, which no question type accepts. */
        char b[64];
        char *txt = dup_range(s, e);
        if (txt)
            unescape_in_place(txt);
        qk_bank_reject(bank, file, first_line, QK_D_GIFT_BRACES,
                       qk_text_shorten(name && *name ? name : txt ? txt : "", b, sizeof b),
                       !lb ? QK_D_W_CLOSE_NO_OPEN : !rb ? QK_D_W_OPEN_NO_CLOSE
                                                        : QK_D_W_CLOSE_BEFORE_OPEN);
        free(txt);
        free(name);
        free(t);
        return;
    }
    const char *as = lb + 1, *ae = rb;
    trim_range(&as, &ae);

    /* The question text: the answers cut out, or a blank when text follows. */
    bool ends_with_brace = e > s && e[-1] == '}';
    size_t qn = (size_t)(lb - s) + (size_t)(e - rb - 1) + (ends_with_brace ? 0 : 5);
    char *qraw = malloc(qn + 1);
    if (!qraw) {
        free(name);
        free(t);
        return;
    }
    size_t qo = 0;
    memcpy(qraw, s, (size_t)(lb - s));
    qo = (size_t)(lb - s);
    if (!ends_with_brace) {
        memcpy(qraw + qo, "_____", 5);
        qo += 5;
    }
    memcpy(qraw + qo, rb + 1, (size_t)(e - rb - 1));
    qo += (size_t)(e - rb - 1);
    qraw[qo] = '\0';

    /* 5. general feedback after the last #### */
    const char *gf = NULL;
    for (const char *x = ae - 4; x >= as; x--) {
        if (memcmp(x, "####", 4) == 0) {
            gf = x;
            break;
        }
    }
    qk_text_format fmt = QK_TF_MOODLE;
    q.text = gift_text(qraw, qraw + qo, &fmt);
    free(qraw);
    char *general = NULL;
    if (gf) {
        qk_text_format gfmt = fmt;
        const char *gs = gf + 4, *ge = ae;
        trim_range(&gs, &ge);
        general = gift_text(gs, ge, &gfmt);
        ae = gf;
        trim_range(&as, &ae);
    }
    const char *qtext = q.text ? q.text : "";

    /* 6. the type */
    if (as == ae) {
        leave_out(&c, qtext, QK_D_R_ESSAY, QK_D_X_ESSAY);
    } else if (*as == '#') {
        leave_out(&c, qtext, QK_D_R_NUMERICAL, QK_D_X_NUMERICAL);
    } else if (memchr(as, '~', (size_t)(ae - as))) {
        read_choice(&c, &q, as, ae, fmt, general);
        general = NULL;
    } else if (memchr(as, '=', (size_t)(ae - as)) && strstr(as, "->") &&
               strstr(as, "->") < ae) {
        read_match(&c, &q, as, ae, fmt, general);
        general = NULL;
    } else {
        const char *hash = memchr(as, '#', (size_t)(ae - as));
        const char *ts = as, *te = hash && hash > as ? hash : ae;
        trim_range(&ts, &te);
        size_t tn = (size_t)(te - ts);
        bool is_t = (tn == 1 && *ts == 'T') || (tn == 4 && memcmp(ts, "TRUE", 4) == 0);
        bool is_f = (tn == 1 && *ts == 'F') || (tn == 5 && memcmp(ts, "FALSE", 5) == 0);
        if (is_t || is_f) {
            /* {T#a#b}: Moodle shows a to those who answer wrong and b to those
             * who answer right, whichever the right answer is; b is the right
             * answer's feedback. (The docs call the first one the feedback of
             * a wrong answer too, but it is easy to read otherwise.) */
            const char *h1 = hash;
            const char *h2 = h1 ? memchr(h1 + 1, '#', (size_t)(ae - h1 - 1)) : NULL;
            char *right_fb = NULL;
            if (h2) {
                qk_text_format f = fmt;
                const char *rs = h2 + 1, *re = ae;
                trim_range(&rs, &re);
                right_fb = gift_text(rs, re, &f);
            }
            q.type = QK_Q_TRUEFALSE;
            q.truth = is_t;
            explain(&c, &q, general, right_fb);
            general = NULL;
            add(&c, &q);
        } else {
            qk_phrase why, way;
            qk_phrase_set(&why, QK_D_R_SHORT);
            qk_phrase_set(&way, QK_D_X_SHORT);
            if (tn <= 5 && tn > 0 && ((ts[0] | 0x20) == 't' || (ts[0] | 0x20) == 'f'))
                qk_phrase_set(&why, QK_D_R_SHORT_TF, (int)tn, ts);
            if (tn <= 5 && ((ts[0] | 0x20) == 't' || (ts[0] | 0x20) == 'f'))
                qk_phrase_set(&way, QK_D_X_SHORT_TF);
            qk_bank_leave_out(c.bank, c.file, c.line, c.name && *c.name ? c.name : qtext, &why,
                              &way);
        }
    }
    free(general);
    qk_question_clear(&q);
    free(name);
    free(t);
}

void qk_gift_read(qk_bank *bank, const char *name, const char *t, size_t len)
{
    /* 1. lines, trimmed; blocks between blank lines */
    size_t cap = 64, n = 0;
    char **lines = malloc(cap * sizeof *lines);
    int *nums = malloc(cap * sizeof *nums);
    if (!lines || !nums) {
        free(lines);
        free(nums);
        return;
    }
    int line = 1;
    const char *p = t, *end = t + len;
    while (p <= end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *s = p, *e = le;
        trim_range(&s, &e);
        bool blank_line = s == e || (e - s == 1 && *s == '0');
        if (blank_line) {
            if (n)
                read_block(bank, name, lines, nums, n);
            for (size_t i = 0; i < n; i++)
                free(lines[i]);
            n = 0;
        } else {
            if (n == cap) {
                cap *= 2;
                char **nl2 = realloc(lines, cap * sizeof *nl2);
                int *nn2 = nl2 ? realloc(nums, cap * sizeof *nn2) : NULL;
                if (nl2)
                    lines = nl2;
                if (!nl2 || !nn2)
                    break;
                nums = nn2;
            }
            lines[n] = dup_range(s, e);
            nums[n] = line;
            if (lines[n])
                n++;
        }
        if (!nl)
            break;
        p = nl + 1;
        line++;
    }
    if (n)
        read_block(bank, name, lines, nums, n);
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
    free(nums);
}

bool qk_gift_looks_like(const char *t, size_t len)
{
    const char *lb = memchr(t, '{', len);
    if (lb && memchr(lb, '}', len - (size_t)(lb - t)))
        return true;
    const char *p = t, *end = t + len;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if ((end - p >= 10 && memcmp(p, "$CATEGORY:", 10) == 0) ||
            (end - p >= 2 && p[0] == ':' && p[1] == ':'))
            return true;
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        p = nl + 1;
    }
    return false;
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                  */

/* A text as GIFT: the special characters escaped, line breaks as \n. Text
 * with < or & gets [plain] so that Moodle shows it as written instead of
 * reading it as HTML (with `prefix`). */
static void put_text(FILE *out, const char *s, bool prefix)
{
    if (prefix && (strchr(s, '<') || strchr(s, '&')))
        fputs("[plain]", out);
    else if (prefix && s[0] == '[')
        fputs("[moodle]", out); /* so a leading [ is not taken for a format */
    for (; *s; s++) {
        switch (*s) {
        case '\\': fputs("\\\\", out); break;
        case '~': case '=': case '#': case '{': case '}': case ':':
            fputc('\\', out);
            fputc(*s, out);
            break;
        case '\n': fputs("\\n", out); break;
        default: fputc(*s, out); break;
        }
    }
}

/* A category path part: / is written // (Moodle's category paths). */
static void put_category(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '/')
            fputs("//", out);
        else if (*s == '\n')
            fputc(' ', out);
        else
            fputc(*s, out);
    }
}

size_t qk_gift_write(const qk_set *set, FILE *out, qk_diags *diags, const char *name)
{
    size_t written = 0;
    fprintf(out, "// %s\n// Exported by quizkiosk --export-gift from the set \"%s\" (format %d).\n"
            "// Import it in Moodle: Question bank > Import > GIFT.\n\n",
            set->title ? set->title : "", set->id ? set->id : "", set->format);
    for (size_t r = 0; r < set->n_rounds; r++) {
        const qk_round *rd = &set->rounds[r];
        fputs("$CATEGORY: ", out);
        put_category(out, rd->title ? rd->title : rd->id);
        fputs("\n\n", out);
        for (size_t i = 0; i < rd->n_questions; i++) {
            const qk_question *q = &rd->questions[i];
            if (q->type == QK_Q_ORDER) {
                qk_diag_addt(diags, QK_DIAG_WARNING, name, q->line,
                             QK_D_GIFT_ORDER_NOT_EXPORTED, q->id);
                continue;
            }
            fprintf(out, "// %s\n::", q->id);
            put_text(out, q->id, false);
            fputs("::", out);
            put_text(out, q->text, true);
            fputs(" {", out);
            switch (q->type) {
            case QK_Q_TRUEFALSE:
                fputs(q->truth ? "TRUE" : "FALSE", out);
                break;
            case QK_Q_SINGLE:
                for (size_t k = 0; k < q->n_choices; k++) {
                    fputs(q->choices[k].correct ? "\n\t=" : "\n\t~", out);
                    put_text(out, q->choices[k].text, true);
                }
                fputs("\n\t", out);
                break;
            case QK_Q_MULTIPLE: {
                size_t right = 0;
                for (size_t k = 0; k < q->n_choices; k++)
                    right += q->choices[k].correct;
                /* Moodle wants the right answers' weights to add up to 100%;
                 * it rounds the sum to 2 decimals, so 3 x 33.33333 passes. */
                char w[32];
                snprintf(w, sizeof w, "%.5f", right ? 100.0 / (double)right : 0.0);
                char *z = w + strlen(w) - 1;
                while (*z == '0')
                    *z-- = '\0';
                if (*z == '.')
                    *z = '\0';
                for (size_t k = 0; k < q->n_choices; k++) {
                    if (q->choices[k].correct)
                        fprintf(out, "\n\t~%%%s%%", w);
                    else
                        fputs("\n\t~", out);
                    put_text(out, q->choices[k].text, true);
                }
                fputs("\n\t", out);
                break;
            }
            case QK_Q_CATEGORIZE:
                for (size_t c = 0; c < q->n_categories; c++) {
                    for (size_t k = 0; k < q->n_choices; k++) {
                        if (q->choices[k].category != (int)c)
                            continue;
                        fputs("\n\t=", out);
                        put_text(out, q->choices[k].text, true);
                        fputs(" -> ", out);
                        put_text(out, q->categories[c], false);
                    }
                }
                fputs("\n\t", out);
                break;
            default:
                break;
            }
            fputs("####", out);
            put_text(out, q->explanation ? q->explanation : "", true);
            fputs("}\n\n", out);
            written++;
        }
    }
    return written;
}
