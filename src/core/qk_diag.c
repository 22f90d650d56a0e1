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
    d->items[d->count++] = (qk_diag){sev, f, line, msg};
}

void qk_diags_print(const qk_diags *d, FILE *out)
{
    for (size_t i = 0; i < d->count; i++) {
        const qk_diag *g = &d->items[i];
        fprintf(out, "%s:%d: %s: %s\n", g->file, g->line,
                g->severity == QK_DIAG_ERROR ? "error" : "warning", g->message);
    }
}
