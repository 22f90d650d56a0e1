/* qk_diag.c: the diagnostics list (see qk_diag.h). */
#include "qk_diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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

/* A printf rendering of fmt into a new string, or NULL. */
static char *vformat(const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

void qk_diag_vaddt(qk_diags *d, qk_severity sev, const char *file, int line, qk_str id,
                   va_list ap)
{
    char *text[QK_LANG_COUNT] = {NULL};
    for (int l = 0; l < QK_LANG_COUNT; l++) {
        va_list cp;
        va_copy(cp, ap);
        text[l] = vformat(qk_tr_in((qk_lang)l, id), cp);
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
        fprintf(out, "%s:%d: %s: %s\n", g->file, g->line,
                g->severity == QK_DIAG_ERROR ? "error" : "warning",
                qk_diag_text(g, qk_i18n_lang()));
    }
}
