/* qk_fmt_import.c: building a question set from imported questions (see
 * qk_fmt_import.h). The readers decide what a source text means; this file
 * holds what they share: rounds from categories, valid unique ids, the
 * kiosk's limits (a question over them is left out, with the reason), the
 * explanation written when the source has none, and Moodle's text formats
 * turned into plain text.
 */
#include "qk_fmt_import.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qk_fmt_text.h"

static void idset_free(struct qk_idset *t);

bool qk_bank_init(qk_bank *b, qk_diags *diags, const char *id, const char *title,
                  const char *language)
{
    memset(b, 0, sizeof *b);
    b->diags = diags;
    b->cur_round = SIZE_MAX;
    b->set = calloc(1, sizeof *b->set);
    if (!b->set)
        return false;
    b->set->format = QK_FORMAT_VERSION;
    b->set->id = strdup(id);
    b->set->title = strdup(title);
    b->set->language = strdup(language);
    b->language = b->set->language;
    return b->set->id && b->set->title && b->set->language;
}

void qk_bank_free(qk_bank *b)
{
    if (!b)
        return;
    qk_set_free(b->set);
    for (size_t i = 0; i < b->n_src; i++)
        free(b->src_files[i]);
    free(b->src_files);
    idset_free(b->ids);
    memset(b, 0, sizeof *b);
}

qk_set *qk_bank_take_set(qk_bank *b)
{
    qk_set *s = b->set;
    b->set = NULL;
    if (!s)
        return NULL;
    /* Categories that got no questions are not rounds. */
    size_t o = 0;
    for (size_t i = 0; i < s->n_rounds; i++) {
        if (s->rounds[i].n_questions) {
            s->rounds[o++] = s->rounds[i];
        } else {
            free(s->rounds[i].id);
            free(s->rounds[i].title);
            free(s->rounds[i].intro);
            free(s->rounds[i].questions);
        }
    }
    s->n_rounds = o;
    return s;
}

void qk_question_clear(qk_question *q)
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
    memset(q, 0, sizeof *q);
}

/* ------------------------------------------------------------------------ */
/* Ids                                                                      */

char *qk_make_id(const char *s, size_t max)
{
    size_t cap = max + 1, n = 0;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    bool dash = false;
    for (const unsigned char *p = (const unsigned char *)s; *p && n < max; p++) {
        const char *rep = NULL;
        char one[2] = {0, 0};
        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_') {
            one[0] = (char)*p;
            rep = one;
        } else if (*p >= 'A' && *p <= 'Z') {
            one[0] = (char)(*p | 0x20);
            rep = one;
        } else if (p[0] == 0xC3 && (p[1] == 0xA6 || p[1] == 0x86)) {
            rep = "ae"; /* æ Æ */
            p++;
        } else if (p[0] == 0xC3 && (p[1] == 0xB8 || p[1] == 0x98)) {
            rep = "o"; /* ø Ø */
            p++;
        } else if (p[0] == 0xC3 && (p[1] == 0xA5 || p[1] == 0x85)) {
            rep = "a"; /* å Å */
            p++;
        } else {
            while (p[1] && (p[1] & 0xC0) == 0x80)
                p++; /* any other character: one separator */
            if (n > 0)
                dash = true;
            continue;
        }
        if (dash && n < max) {
            out[n++] = '-';
            dash = false;
        }
        for (; *rep && n < max; rep++)
            out[n++] = *rep;
    }
    out[n] = '\0';
    return out;
}

/* The ids given so far, in an open-addressing table that doubles at half
 * full. Each entry also keeps the next -N suffix to try for that id as a base,
 * so a thousand questions of one name cost a thousand lookups, not a million
 * (the set's own lookup is linear: 4,000 same-name questions took 60 s). */
typedef struct {
    char *key;     /* owned */
    unsigned next; /* the suffix to try next when this id is a base again */
} qk_idslot;

struct qk_idset {
    qk_idslot *slot;
    size_t cap, n; /* cap is 0 or a power of two */
};

static size_t id_hash(const char *s)
{
    size_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static qk_idslot *idset_find(struct qk_idset *t, const char *key)
{
    if (!t->cap)
        return NULL;
    for (size_t i = id_hash(key) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        if (!t->slot[i].key)
            return NULL;
        if (strcmp(t->slot[i].key, key) == 0)
            return &t->slot[i];
    }
}

/* Takes `key` (malloc'd; freed on failure); returns its slot or NULL when out
 * of memory. The key must not be in the table. */
static qk_idslot *idset_add(struct qk_idset *t, char *key)
{
    if ((t->n + 1) * 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        qk_idslot *ns = calloc(cap, sizeof *ns);
        if (!ns) {
            free(key);
            return NULL;
        }
        for (size_t j = 0; j < t->cap; j++) {
            if (!t->slot[j].key)
                continue;
            size_t i = id_hash(t->slot[j].key) & (cap - 1);
            while (ns[i].key)
                i = (i + 1) & (cap - 1);
            ns[i] = t->slot[j];
        }
        free(t->slot);
        t->slot = ns;
        t->cap = cap;
    }
    size_t i = id_hash(key) & (t->cap - 1);
    while (t->slot[i].key)
        i = (i + 1) & (t->cap - 1);
    t->slot[i].key = key;
    t->slot[i].next = 2;
    t->n++;
    return &t->slot[i];
}

static void idset_free(struct qk_idset *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->cap; i++)
        free(t->slot[i].key);
    free(t->slot);
    free(t);
}

/* A valid id unique in the bank's set: from `name`, else q<N>; a -2, -3 ...
 * suffix when it is taken. NULL when out of memory. */
static char *unique_id(qk_bank *b, const char *name, size_t number)
{
    if (!b->ids && !(b->ids = calloc(1, sizeof *b->ids)))
        return NULL;
    char *base = name && *name ? qk_make_id(name, QK_MAX_ID_BYTES - 6) : NULL;
    if (!base || !*base) {
        free(base);
        base = malloc(24);
        if (!base)
            return NULL;
        snprintf(base, 24, "q%zu", number);
    }
    char *id;
    qk_idslot *seen = idset_find(b->ids, base);
    if (!seen) {
        id = base;
    } else {
        id = malloc(strlen(base) + 16);
        unsigned k = seen->next;
        for (; id; k++) {
            sprintf(id, "%s-%u", base, k);
            if (!idset_find(b->ids, id))
                break;
        }
        seen->next = k + 1;
        free(base);
    }
    char *key = id ? strdup(id) : NULL;
    if (!key || !idset_add(b->ids, key)) {
        free(id);
        return NULL;
    }
    return id;
}

/* A copy of s cut to fit a label (QK_MAX_LABEL_BYTES), at a character's
 * start, with "…" where it was cut. */
static char *label_copy(const char *s)
{
    size_t n = strlen(s);
    if (n <= QK_MAX_LABEL_BYTES)
        return strdup(s);
    size_t keep = QK_MAX_LABEL_BYTES - 3; /* room for the 3 bytes of … */
    while (keep > 0 && ((unsigned char)s[keep] & 0xC0) == 0x80)
        keep--;
    char *c = malloc(keep + 4);
    if (c) {
        memcpy(c, s, keep);
        memcpy(c + keep, "\xE2\x80\xA6", 4);
    }
    return c;
}

void qk_bank_category(qk_bank *b, const char *full_title)
{
    qk_set *s = b->set;
    char *title = label_copy(full_title); /* a round's title is a label */
    if (!title)
        return;
    for (size_t i = 0; i < s->n_rounds; i++) {
        if (strcmp(s->rounds[i].title, title) == 0) {
            b->cur_round = i;
            free(title);
            return;
        }
    }
    qk_round *nr = realloc(s->rounds, (s->n_rounds + 1) * sizeof *nr);
    if (!nr) {
        free(title);
        return;
    }
    s->rounds = nr;
    qk_round *r = &s->rounds[s->n_rounds];
    memset(r, 0, sizeof *r);
    r->shuffle = true;
    r->title = title;
    char *base = qk_make_id(title, QK_MAX_ID_BYTES - 6);
    if (base && !*base) {
        free(base);
        base = strdup("round");
    }
    /* unique among rounds */
    char *id = base ? malloc(strlen(base) + 16) : NULL;
    for (unsigned k = 1; id; k++) {
        if (k == 1)
            strcpy(id, base);
        else
            sprintf(id, "%s-%u", base, k);
        bool used = false;
        for (size_t i = 0; i < s->n_rounds && !used; i++)
            used = strcmp(s->rounds[i].id, id) == 0;
        if (!used)
            break;
    }
    free(base);
    r->id = id;
    if (!r->title || !r->id) {
        free(r->title);
        free(r->id);
        return;
    }
    b->cur_round = s->n_rounds++;
}

/* ------------------------------------------------------------------------ */
/* Messages                                                                 */

void qk_bank_leave_out(qk_bank *b, const char *file, int line, const char *name,
                       const qk_phrase *reason, const qk_phrase *way_out)
{
    char nb[64];
    b->left_out++;
    if (name && *name)
        qk_diag_addt(b->diags, QK_DIAG_WARNING, file, line, QK_D_LEFT_OUT,
                     qk_text_shorten(name, nb, sizeof nb), reason, way_out);
    else
        qk_diag_addt(b->diags, QK_DIAG_WARNING, file, line, QK_D_LEFT_OUT_NONAME, reason,
                     way_out);
}

void qk_bank_reject(qk_bank *b, const char *file, int line, qk_str id, ...)
{
    va_list ap;
    va_start(ap, id);
    qk_diag_vaddt(b->diags, QK_DIAG_ERROR, file, line, id, ap);
    va_end(ap);
    b->rejected++;
}

/* The words of a written explanation, per language (nb is the default). */
static const char *lang_word(const char *lang, const char *nb, const char *nn, const char *en)
{
    if (lang && strncmp(lang, "nn", 2) == 0)
        return nn;
    if (lang && strncmp(lang, "en", 2) == 0)
        return en;
    return nb;
}

static void append(char **buf, size_t *len, size_t *cap, const char *s)
{
    size_t n = strlen(s);
    if (!*buf)
        return;
    if (*len + n + 1 > *cap) {
        size_t nc = (*len + n + 1) * 2;
        char *nb = realloc(*buf, nc);
        if (!nb) {
            free(*buf);
            *buf = NULL;
            return;
        }
        *buf = nb;
        *cap = nc;
    }
    memcpy(*buf + *len, s, n + 1);
    *len += n;
}

void qk_bank_explain(qk_bank *b, qk_question *q, const char *file, int line, const char *name)
{
    if (q->explanation && *q->explanation)
        return;
    free(q->explanation);
    const char *L = b->language;
    size_t len = 0, cap = 64;
    char *e = malloc(cap);
    if (e)
        e[0] = '\0';
    switch (q->type) {
    case QK_Q_TRUEFALSE:
        append(&e, &len, &cap, lang_word(L, "Riktig svar: ", "Rett svar: ", "The right answer: "));
        append(&e, &len, &cap, q->truth ? lang_word(L, "sant.", "sant.", "true.")
                                        : lang_word(L, "usant.", "usant.", "false."));
        break;
    case QK_Q_CATEGORIZE:
        append(&e, &len, &cap, lang_word(L, "Riktig sortering: ", "Rett sortering: ",
                                         "The right sorting: "));
        for (size_t c = 0; c < q->n_categories; c++) {
            append(&e, &len, &cap, c ? "; " : "");
            append(&e, &len, &cap, q->categories[c]);
            append(&e, &len, &cap, ": ");
            bool first = true;
            for (size_t i = 0; i < q->n_choices; i++) {
                if (q->choices[i].category != (int)c)
                    continue;
                append(&e, &len, &cap, first ? "" : ", ");
                append(&e, &len, &cap, q->choices[i].text);
                first = false;
            }
        }
        append(&e, &len, &cap, ".");
        break;
    default: {
        size_t right = 0;
        for (size_t i = 0; i < q->n_choices; i++)
            right += q->choices[i].correct;
        append(&e, &len, &cap, right > 1 ? lang_word(L, "Riktige svar: ", "Rette svar: ",
                                                     "The right answers: ")
                                         : lang_word(L, "Riktig svar: ", "Rett svar: ",
                                                     "The right answer: "));
        bool first = true;
        for (size_t i = 0; i < q->n_choices; i++) {
            if (!q->choices[i].correct)
                continue;
            append(&e, &len, &cap, first ? "" : ", ");
            append(&e, &len, &cap, q->choices[i].text);
            first = false;
        }
        append(&e, &len, &cap, ".");
        break;
    }
    }
    if (e && len > QK_MAX_TEXT_BYTES) {
        size_t n = QK_MAX_TEXT_BYTES - 3;
        while (n > 0 && ((unsigned char)e[n] & 0xC0) == 0x80)
            n--;
        memcpy(e + n, "...", 4);
    }
    q->explanation = e;
    b->explained = true;
    char nb[64];
    qk_diag_addt(b->diags, QK_DIAG_WARNING, file, line, QK_D_NO_FEEDBACK,
                 qk_text_shorten(name, nb, sizeof nb), e ? e : "");
}

/* ------------------------------------------------------------------------ */
/* Adding a question                                                        */

static bool blank(const char *s)
{
    if (!s)
        return true;
    for (; *s; s++) {
        if (*s != ' ' && *s != '\n' && *s != '\t')
            return false;
    }
    return true;
}

bool qk_bank_add(qk_bank *b, qk_question *q, const char *name, const char *file, int line)
{
    qk_set *s = b->set;
    const char *shown = name && *name ? name : q->text;
    qk_phrase why, what_to_do;
    const qk_phrase *reason = NULL, *way = &what_to_do;
    if (blank(q->text)) {
        qk_phrase_set(&why, QK_D_R_NO_TEXT);
        qk_phrase_set(&what_to_do, QK_D_X_NO_TEXT);
        reason = &why;
    } else if (strlen(q->text) > QK_MAX_TEXT_BYTES) {
        qk_phrase_set(&why, QK_D_R_TEXT_LONG, strlen(q->text), QK_MAX_TEXT_BYTES);
        qk_phrase_set(&what_to_do, QK_D_X_TEXT_LONG);
        reason = &why;
    } else if (q->explanation && strlen(q->explanation) > QK_MAX_TEXT_BYTES) {
        qk_phrase_set(&why, QK_D_R_FEEDBACK_LONG, strlen(q->explanation), QK_MAX_TEXT_BYTES);
        qk_phrase_set(&what_to_do, QK_D_X_FEEDBACK_LONG);
        reason = &why;
    } else if (q->type != QK_Q_TRUEFALSE && q->n_choices > QK_MAX_CHOICES) {
        qk_phrase_set(&why, QK_D_R_TOO_MANY, q->n_choices,
                      q->type == QK_Q_CATEGORIZE ? QK_D_W_ITEMS : QK_D_W_ANSWERS, QK_MAX_CHOICES);
        qk_phrase_set(&what_to_do, QK_D_X_TOO_MANY);
        reason = &why;
    } else if (q->type != QK_Q_TRUEFALSE && q->n_choices < 2) {
        qk_phrase_set(&why, QK_D_R_TOO_FEW);
        qk_phrase_set(&what_to_do, QK_D_X_TOO_FEW);
        reason = &why;
    }
    for (size_t i = 0; !reason && i < q->n_choices; i++) {
        if (blank(q->choices[i].text)) {
            qk_phrase_set(&why, QK_D_R_EMPTY_ANSWER);
            qk_phrase_set(&what_to_do, QK_D_X_EMPTY_ANSWER);
            reason = &why;
        } else if (strlen(q->choices[i].text) > QK_MAX_LABEL_BYTES) {
            qk_phrase_set(&why, QK_D_R_ANSWER_LONG, strlen(q->choices[i].text),
                          QK_MAX_LABEL_BYTES);
            qk_phrase_set(&what_to_do, QK_D_X_ANSWER_LONG);
            reason = &why;
        }
        for (size_t j = 0; !reason && q->type == QK_Q_CATEGORIZE && j < i; j++) {
            if (strcmp(q->choices[i].text, q->choices[j].text) == 0) {
                qk_phrase_set(&why, QK_D_R_ITEM_TWICE);
                qk_phrase_set(&what_to_do, QK_D_X_ITEM_TWICE);
                reason = &why;
            }
        }
    }
    for (size_t c = 0; !reason && c < q->n_categories; c++) {
        if (strlen(q->categories[c]) > QK_MAX_LABEL_BYTES) {
            qk_phrase_set(&why, QK_D_R_TARGET_LONG);
            qk_phrase_set(&what_to_do, QK_D_X_TARGET_LONG);
            reason = &why;
        }
    }
    if (!reason && qk_set_question_count(s) >= QK_MAX_QUESTIONS) {
        qk_phrase_set(&why, QK_D_R_ONE_TOO_MANY);
        qk_phrase_set(&what_to_do, QK_D_X_REST_ELSEWHERE);
        reason = &why;
    }
    if (reason) {
        b->explained = false;
        qk_bank_leave_out(b, file, line, shown, reason, way);
        qk_question_clear(q);
        return false;
    }
    if (b->cur_round == SIZE_MAX) {
        if (s->n_rounds >= QK_MAX_ROUNDS) {
            qk_phrase why, way;
            qk_phrase_set(&why, QK_D_R_CATEGORY_51);
            qk_phrase_set(&way, QK_D_X_ROUNDS_ELSEWHERE);
            qk_bank_leave_out(b, file, line, shown, &why, &way);
            qk_question_clear(q);
            return false;
        }
        qk_bank_category(b, s->title);
        if (b->cur_round == SIZE_MAX) {
            qk_question_clear(q);
            return false;
        }
    }
    qk_round *r = &s->rounds[b->cur_round];
    if (b->cur_round >= QK_MAX_ROUNDS) {
        qk_phrase why, way;
        qk_phrase_set(&why, QK_D_R_CATEGORY_51);
        qk_phrase_set(&way, QK_D_X_ROUNDS_ELSEWHERE);
        qk_bank_leave_out(b, file, line, shown, &why, &way);
        qk_question_clear(q);
        return false;
    }
    qk_question *nq = realloc(r->questions, (r->n_questions + 1) * sizeof *nq);
    char *src = malloc(strlen(file) + 96);
    /* Whether the list grew is known from the condition, not from the pointer:
     * realloc may grow a block in place and return the same pointer. */
    bool grow = b->n_src == b->cap_src;
    char **ns = grow ? realloc(b->src_files, (b->cap_src * 2 + 8) * sizeof *ns) : b->src_files;
    if (grow && ns) {
        b->src_files = ns;
        b->cap_src = b->cap_src * 2 + 8;
    }
    if (!nq || !src || !ns) {
        if (nq)
            r->questions = nq;
        free(src);
        qk_question_clear(q);
        return false;
    }
    r->questions = nq;
    sprintf(src, "from %s:%d%s", file, line, b->explained ? "\nthe explanation was written by "
            "the importer: write your own" : "");
    b->explained = false;
    b->src_files[b->n_src++] = src;
    free(q->id);
    q->id = unique_id(b, name, qk_set_question_count(s) + 1);
    if (q->always)
        q->always = false;
    q->line = line;
    q->points = q->points ? q->points : 1;
    r->questions[r->n_questions++] = *q;
    memset(q, 0, sizeof *q);
    b->imported++;
    return true;
}

/* ------------------------------------------------------------------------ */
/* Text formats                                                             */

/* Decodes the entity at s (after '&'); writes UTF-8 to out, returns the
 * bytes of s used (0: not an entity). */
static size_t entity(const char *s, char out[8])
{
    static const struct { const char *name; const char *utf8; } named[] = {
        {"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"apos;", "'"},
        {"nbsp;", " "}, {"aelig;", "\xC3\xA6"}, {"oslash;", "\xC3\xB8"}, {"aring;", "\xC3\xA5"},
        {"AElig;", "\xC3\x86"}, {"Oslash;", "\xC3\x98"}, {"Aring;", "\xC3\x85"},
        {"eacute;", "\xC3\xA9"}, {"laquo;", "\xC2\xAB"}, {"raquo;", "\xC2\xBB"},
        {"ndash;", "\xE2\x80\x93"}, {"mdash;", "\xE2\x80\x94"}, {"hellip;", "\xE2\x80\xA6"},
        {"rsquo;", "\xE2\x80\x99"}, {"lsquo;", "\xE2\x80\x98"}, {"ldquo;", "\xE2\x80\x9C"},
        {"rdquo;", "\xE2\x80\x9D"},
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        size_t n = strlen(named[i].name);
        if (strncmp(s, named[i].name, n) == 0) {
            strcpy(out, named[i].utf8);
            return n;
        }
    }
    if (s[0] != '#')
        return 0;
    char *end;
    unsigned long cp = (s[1] == 'x' || s[1] == 'X') ? strtoul(s + 2, &end, 16)
                                                    : strtoul(s + 1, &end, 10);
    if (end == s + 1 || end == s + 2 || *end != ';' || cp == 0 || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp < 0x20)
        return 0;
    if (cp < 0x80) {
        out[0] = (char)cp;
        out[1] = 0;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 63));
        out[2] = 0;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 63));
        out[2] = (char)(0x80 | (cp & 63));
        out[3] = 0;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 63));
        out[2] = (char)(0x80 | ((cp >> 6) & 63));
        out[3] = (char)(0x80 | (cp & 63));
        out[4] = 0;
    }
    return (size_t)(end - s) + 1;
}

static bool tag_is(const char *t, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < n; i++) {
        if ((t[i] | 0x20) != name[i])
            return false;
    }
    char c = t[n];
    return c == '>' || c == ' ' || c == '/' || c == '\t' || c == '\n';
}

char *qk_text_to_plain(const char *s, size_t n, qk_text_format fmt)
{
    char *out = malloc(n * 1 + 1);
    if (!out)
        return NULL;
    if (fmt == QK_TF_PLAIN) {
        memcpy(out, s, n);
        out[n] = '\0';
        return out;
    }
    size_t o = 0;
    bool html = fmt == QK_TF_HTML;
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c == '<' && i + 1 < n &&
            ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z' ? true
                                                                  : s[i + 1] == '/' || s[i + 1] == '!')) {
            const char *close = memchr(s + i, '>', n - i);
            if (close) {
                const char *t = s + i + 1;
                bool end_tag = *t == '/';
                if (end_tag)
                    t++;
                bool br = !end_tag && tag_is(t, "br");
                bool para = end_tag && (tag_is(t, "p") || tag_is(t, "div") || tag_is(t, "li"));
                if ((br || para) && o > 0 && out[o - 1] != '\n')
                    out[o++] = '\n';
                i = (size_t)(close - s) + 1;
                continue;
            }
        }
        if (c == '&') {
            char u[8];
            size_t used = entity(s + i + 1, u);
            if (used) {
                size_t un = strlen(u);
                if (o + un <= i + 1 + used) { /* an entity is never shorter than its text */
                    memcpy(out + o, u, un);
                    o += un;
                }
                i += 1 + used;
                continue;
            }
        }
        if (html && (c == '\n' || c == '\t' || c == ' ')) {
            /* HTML: white space runs are one space */
            if (o > 0 && out[o - 1] != ' ' && out[o - 1] != '\n')
                out[o++] = ' ';
            i++;
            continue;
        }
        if (fmt == QK_TF_MARKDOWN) {
            if ((c == '*' || c == '_') && i + 1 < n && s[i + 1] == c) {
                i += 2;
                continue;
            }
            if (c == '*') {
                i++;
                continue;
            }
            if (c == '#' && (o == 0 || out[o - 1] == '\n')) {
                while (i < n && s[i] == '#')
                    i++;
                while (i < n && s[i] == ' ')
                    i++;
                continue;
            }
        }
        out[o++] = c;
        i++;
    }
    /* trim */
    while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\n' || out[o - 1] == '\t'))
        o--;
    size_t st = 0;
    while (st < o && (out[st] == ' ' || out[st] == '\n' || out[st] == '\t'))
        st++;
    memmove(out, out + st, o - st);
    out[o - st] = '\0';
    return out;
}
