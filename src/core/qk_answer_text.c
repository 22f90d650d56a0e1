/* qk_answer_text.c: see qk_answer_text.h.
 *
 * The codes are parsed back strictly (numbers in range, the separators
 * qk_answer_format writes), so a code that does not fit gives no text rather
 * than a wrong one. Texts are joined with "; " (multiple, categorize) and
 * " > " (order); whatever does not fit the buffer is cut by qk_cat.
 */
#include "qk_answer_text.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "qk_diag.h"
#include "qk_i18n.h"
#include "qk_loader.h"
#include "qk_path.h"
#include "qk_strbuf.h"

typedef struct {
    const qk_set *set;
    bool owned;
} tb_entry;

struct qk_textbook {
    tb_entry *e;
    size_t n, cap;
};

qk_textbook *qk_textbook_create(void)
{
    return calloc(1, sizeof(qk_textbook));
}

void qk_textbook_destroy(qk_textbook *tb)
{
    if (!tb)
        return;
    for (size_t i = 0; i < tb->n; i++)
        if (tb->e[i].owned)
            qk_set_free((qk_set *)tb->e[i].set);
    free(tb->e);
    free(tb);
}

static bool add(qk_textbook *tb, const qk_set *set, bool owned)
{
    if (tb->n == tb->cap) {
        size_t nc = tb->cap ? tb->cap * 2 : 16;
        tb_entry *ne = realloc(tb->e, nc * sizeof *ne);
        if (!ne)
            return false;
        tb->e = ne;
        tb->cap = nc;
    }
    tb->e[tb->n].set = set;
    tb->e[tb->n].owned = owned;
    tb->n++;
    return true;
}

bool qk_textbook_add_set(qk_textbook *tb, const qk_set *set)
{
    return tb && set && add(tb, set, false);
}

size_t qk_textbook_add_folder(qk_textbook *tb, const char *dir)
{
    if (!tb || !dir)
        return 0;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t added = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        if (de->d_name[0] == '.' || n <= 4 || strcmp(de->d_name + n - 4, ".cfg") != 0)
            continue;
        char *p = qk_path_join(dir, de->d_name);
        struct stat sb;
        if (p && stat(p, &sb) == 0 && S_ISREG(sb.st_mode)) {
            qk_diags diags;
            qk_diags_init(&diags);
            qk_set *set = qk_set_load(p, &diags);
            qk_diags_clear(&diags);
            if (set && qk_textbook_find(tb, set->hash))
                qk_set_free(set); /* the same bytes twice: one is enough */
            else if (set && add(tb, set, true))
                added++;
            else
                qk_set_free(set);
        }
        free(p);
    }
    closedir(d);
    return added;
}

const qk_set *qk_textbook_find(const qk_textbook *tb, const char *hash)
{
    if (!tb || !hash || !*hash)
        return NULL;
    for (size_t i = 0; i < tb->n; i++)
        if (strcmp(tb->e[i].set->hash, hash) == 0)
            return tb->e[i].set;
    return NULL;
}

/* ---- parsing the codes ---------------------------------------------------- */

/* Reads a number 1..max at *p; returns it 0-based, or -1. */
static int read_index(const char **p, size_t max)
{
    const char *s = *p;
    if (*s < '0' || *s > '9')
        return -1;
    long v = 0;
    while (*s >= '0' && *s <= '9' && v < 1000)
        v = v * 10 + (*s++ - '0');
    if (v < 1 || (size_t)v > max)
        return -1;
    *p = s;
    return (int)v - 1;
}

static const char *choice_text(const qk_question *q, int i)
{
    const char *t = q->choices[i].text;
    return t ? t : "";
}

bool qk_answer_text(const qk_question *q, const char *code, char *buf, size_t cap)
{
    if (!buf || !cap)
        return false;
    buf[0] = '\0';
    if (!q || !code)
        return false;
    if (!*code)
        return true; /* a timeout: no answer given */
    const char *p = code;
    size_t n = q->n_choices;
    switch (q->type) {
    case QK_Q_SINGLE: {
        int i = read_index(&p, n);
        if (i < 0 || *p)
            return false;
        qk_cat(buf, cap, "%s", choice_text(q, i));
        return true;
    }
    case QK_Q_TRUEFALSE:
        if (strcmp(code, "true") && strcmp(code, "false"))
            return false;
        qk_cat(buf, cap, "%s", qk_tr(code[0] == 't' ? QK_S_TRUE : QK_S_FALSE));
        return true;
    case QK_Q_MULTIPLE:
        if (strcmp(code, "-") == 0) {
            qk_cat(buf, cap, "%s", qk_tr(QK_S_NOTHING_CHOSEN));
            return true;
        }
        __attribute__((fallthrough)); /* a list of numbers, as for order */
    case QK_Q_ORDER: {
        char sep = q->type == QK_Q_ORDER ? '>' : ',';
        for (bool first = true;; first = false) {
            int i = read_index(&p, n);
            if (i < 0)
                break;
            qk_cat(buf, cap, "%s%s", first ? "" : sep == '>' ? " > " : "; ",
                   choice_text(q, i));
            if (!*p)
                return true;
            if (*p++ != sep)
                break;
        }
        buf[0] = '\0';
        return false;
    }
    case QK_Q_CATEGORIZE: {
        for (bool first = true;; first = false) {
            int i = read_index(&p, n);
            if (i < 0 || *p++ != ':')
                break;
            const char *cat = "\xE2\x80\x93"; /* – : left unsorted */
            if (*p == '-') {
                p++;
            } else {
                int c = read_index(&p, q->n_categories);
                if (c < 0)
                    break;
                cat = q->categories[c] ? q->categories[c] : "";
            }
            qk_cat(buf, cap, "%s%s \xE2\x86\x92 %s", first ? "" : "; ", choice_text(q, i), cat);
            if (!*p)
                return true;
            if (*p++ != ',')
                break;
        }
        buf[0] = '\0';
        return false;
    }
    default:
        return false;
    }
}

char *qk_correct_text(const qk_question *q, char *buf, size_t cap)
{
    if (!buf || !cap)
        return buf;
    buf[0] = '\0';
    if (!q)
        return buf;
    bool first = true;
    switch (q->type) {
    case QK_Q_SINGLE:
    case QK_Q_MULTIPLE:
        for (size_t i = 0; i < q->n_choices; i++)
            if (q->choices[i].correct) {
                qk_cat(buf, cap, "%s%s", first ? "" : "; ", choice_text(q, (int)i));
                first = false;
            }
        break;
    case QK_Q_TRUEFALSE:
        qk_cat(buf, cap, "%s", qk_tr(q->truth ? QK_S_TRUE : QK_S_FALSE));
        break;
    case QK_Q_ORDER:
        for (size_t i = 0; i < q->n_choices; i++)
            qk_cat(buf, cap, "%s%s", i ? " > " : "", choice_text(q, (int)i));
        break;
    case QK_Q_CATEGORIZE:
        for (size_t i = 0; i < q->n_choices; i++) {
            int c = q->choices[i].category;
            const char *cat = c >= 0 && (size_t)c < q->n_categories && q->categories[c]
                                  ? q->categories[c] : "";
            qk_cat(buf, cap, "%s%s \xE2\x86\x92 %s", i ? "; " : "", choice_text(q, (int)i), cat);
        }
        break;
    default:
        break;
    }
    return buf;
}
