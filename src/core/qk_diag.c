/* qk_diag.c: the diagnostics list (see qk_diag.h). */
#include "qk_diag.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

void qk_phrase_count(qk_phrase *p, size_t n, qk_str one, qk_str many)
{
    if (n == 1)
        qk_phrase_set(p, one);
    else
        qk_phrase_set(p, many, n);
}

void qk_diag_printt(FILE *out, qk_str id, ...)
{
    va_list ap;
    va_start(ap, id);
    char *s = qk_diag_vformat(qk_i18n_lang(), qk_tr(id), ap);
    va_end(ap);
    if (s)
        fputs(s, out);
    free(s);
}

void qk_diags_init(qk_diags *d)
{
    memset(d, 0, sizeof *d);
}

void qk_diags_clear(qk_diags *d)
{
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].file);
        free(d->items[i].message);
        for (int l = 0; l < QK_LANG_COUNT; l++)
            free(d->items[i].text[l]);
    }
    free(d->items);
    qk_diags_init(d);
}

void qk_diag_add(qk_diags *d, qk_severity sev, const char *file, int line,
                 const char *fmt, ...)
{
    if (sev == QK_DIAG_ERROR)
        d->errors++;
    else
        d->warnings++;

    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    char *msg = malloc((size_t)n + 1);
    if (!msg)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);

    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 8;
        qk_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items) {
            free(msg);
            return;
        }
        d->items = items;
        d->cap = cap;
    }
    char *f = strdup(file ? file : "");
    if (!f) {
        free(msg);
        return;
    }
    d->items[d->count++] = (qk_diag){sev, f, line, msg, {NULL}};
}

/* ------------------------------------------------------------------------ */
/* The string-table formatter: printf's conversions plus "%@" and "%&"        */

typedef struct {
    char *s;
    size_t len, cap;
    bool oom;
} obuf;

static void put(obuf *b, const char *p, size_t n)
{
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 128;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *s = realloc(b->s, cap);
        if (!s) {
            b->oom = true;
            return;
        }
        b->s = s;
        b->cap = cap;
    }
    memcpy(b->s + b->len, p, n);
    b->len += n;
    b->s[b->len] = '\0';
}

/* One printf conversion `spec` (e.g. "%02X", "%.*s") with its argument(s)
 * taken from *ap by the conversion's type. */
#define QK_EMIT(T)                                                                     \
    do {                                                                               \
        T v_ = va_arg(*ap, T);                                                         \
        n = stars == 0   ? snprintf(piece, sizeof piece, spec, v_)                     \
            : stars == 1 ? snprintf(piece, sizeof piece, spec, star[0], v_)            \
                         : snprintf(piece, sizeof piece, spec, star[0], star[1], v_);  \
    } while (0)

static void format_into(obuf *b, qk_lang lang, const char *fmt, va_list *ap)
{
    const char *p = fmt;
    while (*p) {
        if (*p != '%') {
            const char *q = strchr(p, '%');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            put(b, p, n);
            p += n;
            continue;
        }
        const char *start = p++;
        if (*p == '%' || *p == '\0') {
            put(b, "%", 1);
            p += *p == '%';
            continue;
        }
        if (*p == '@') { /* a word of the table, in the same language */
            const char *w = qk_tr_in(lang, (qk_str)va_arg(*ap, int));
            put(b, w, strlen(w));
            p++;
            continue;
        }
        if (*p == '&') { /* a phrase made in every language */
            const qk_phrase *ph = va_arg(*ap, const qk_phrase *);
            const char *w = ph ? ph->text[lang] : "";
            put(b, w, strlen(w));
            p++;
            continue;
        }
        int stars = 0, star[2] = {0, 0};
        while (*p && strchr("-+ #0", *p))
            p++;
        if (*p == '*') {
            star[stars++] = va_arg(*ap, int);
            p++;
        }
        while (*p >= '0' && *p <= '9')
            p++;
        if (*p == '.') {
            p++;
            if (*p == '*') {
                star[stars++] = va_arg(*ap, int);
                p++;
            }
            while (*p >= '0' && *p <= '9')
                p++;
        }
        enum { LEN_NONE, LEN_L, LEN_LL, LEN_Z } len = LEN_NONE;
        if (p[0] == 'l' && p[1] == 'l')
            len = LEN_LL, p += 2;
        else if (*p == 'l')
            len = LEN_L, p++;
        else if (*p == 'z')
            len = LEN_Z, p++;
        else
            while (*p == 'h')
                p++;
        char conv = *p ? *p++ : '\0';
        char spec[32];
        size_t sl = (size_t)(p - start);
        if (sl >= sizeof spec || !conv) { /* not ours: shown as written */
            put(b, start, sl);
            continue;
        }
        memcpy(spec, start, sl);
        spec[sl] = '\0';
        char piece[512];
        int n = 0;
        switch (conv) {
        case 'd':
        case 'i':
            if (len == LEN_LL)
                QK_EMIT(long long);
            else if (len == LEN_L)
                QK_EMIT(long);
            else if (len == LEN_Z)
                QK_EMIT(size_t);
            else
                QK_EMIT(int);
            break;
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            if (len == LEN_LL)
                QK_EMIT(unsigned long long);
            else if (len == LEN_L)
                QK_EMIT(unsigned long);
            else if (len == LEN_Z)
                QK_EMIT(size_t);
            else
                QK_EMIT(unsigned);
            break;
        case 'c':
            QK_EMIT(int);
            break;
        case 'f':
        case 'e':
        case 'g':
            QK_EMIT(double);
            break;
        case 's':
            if (stars == 0 && sl == 2) { /* plain %s: any length */
                const char *w = va_arg(*ap, const char *);
                if (!w)
                    w = "(null)";
                put(b, w, strlen(w));
                continue;
            }
            QK_EMIT(const char *);
            break;
        default: /* not ours: shown as written, no argument taken */
            put(b, start, sl);
            continue;
        }
        if (n > 0)
            put(b, piece, (size_t)n < sizeof piece ? (size_t)n : sizeof piece - 1);
    }
}
#undef QK_EMIT

char *qk_diag_vformat(qk_lang lang, const char *fmt, va_list ap)
{
    obuf b = {NULL, 0, 0, false};
    va_list cp;
    va_copy(cp, ap);
    format_into(&b, lang, fmt, &cp);
    va_end(cp);
    put(&b, "", 0);
    if (b.oom) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

void qk_phrase_set(qk_phrase *p, qk_str id, ...)
{
    for (int l = 0; l < QK_LANG_COUNT; l++) {
        va_list ap;
        va_start(ap, id);
        char *s = qk_diag_vformat((qk_lang)l, qk_tr_in((qk_lang)l, id), ap);
        va_end(ap);
        size_t n = s ? strlen(s) : 0, cap = sizeof p->text[l];
        if (n >= cap) { /* cut, not inside a UTF-8 letter */
            n = cap - 1;
            while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
                n--;
        }
        if (n)
            memcpy(p->text[l], s, n);
        p->text[l][n] = '\0';
        free(s);
    }
}

void qk_phrase_same(qk_phrase *p, const char *text)
{
    for (int l = 0; l < QK_LANG_COUNT; l++)
        snprintf(p->text[l], sizeof p->text[l], "%s", text ? text : "");
}

void qk_diag_vaddt(qk_diags *d, qk_severity sev, const char *file, int line, qk_str id,
                   va_list ap)
{
    char *text[QK_LANG_COUNT] = {NULL};
    for (int l = 0; l < QK_LANG_COUNT; l++) {
        va_list cp;
        va_copy(cp, ap);
        text[l] = qk_diag_vformat((qk_lang)l, qk_tr_in((qk_lang)l, id), cp);
        va_end(cp);
    }
    const char *now = text[qk_i18n_lang()];
    size_t before = d->count;
    qk_diag_add(d, sev, file, line, "%s", now ? now : "");
    if (d->count == before + 1) {
        for (int l = 0; l < QK_LANG_COUNT; l++)
            d->items[before].text[l] = text[l];
    } else {
        for (int l = 0; l < QK_LANG_COUNT; l++)
            free(text[l]);
    }
}

void qk_diag_addt(qk_diags *d, qk_severity sev, const char *file, int line, qk_str id, ...)
{
    va_list ap;
    va_start(ap, id);
    qk_diag_vaddt(d, sev, file, line, id, ap);
    va_end(ap);
}

void qk_diag_copy(qk_diags *d, const qk_diag *g)
{
    size_t before = d->count;
    qk_diag_add(d, g->severity, g->file, g->line, "%s", g->message ? g->message : "");
    if (d->count != before + 1)
        return;
    for (int l = 0; l < QK_LANG_COUNT; l++)
        d->items[before].text[l] = g->text[l] ? strdup(g->text[l]) : NULL;
}

const char *qk_diag_text(const qk_diag *g, qk_lang lang)
{
    if ((int)lang >= 0 && lang < QK_LANG_COUNT && g->text[lang])
        return g->text[lang];
    return g->message ? g->message : "";
}

void qk_diags_print(const qk_diags *d, FILE *out)
{
    for (size_t i = 0; i < d->count; i++) {
        const qk_diag *g = &d->items[i];
        const char *sev = g->severity == QK_DIAG_ERROR ? "error" : "warning";
        /* line 0: about the whole file (it cannot be opened, a setting is
         * missing), so "FILE: error: ...", as compilers write it */
        if (g->line > 0)
            fprintf(out, "%s:%d: %s: %s\n", g->file, g->line, sev, qk_diag_text(g, qk_i18n_lang()));
        else
            fprintf(out, "%s: %s: %s\n", g->file, sev, qk_diag_text(g, qk_i18n_lang()));
    }
}
