/* qk_fmt_guard.c: the lexical pass before libconfig (see qk_fmt_guard.h).
 *
 * How it works: one loop over the bytes with a small state (in code, in a
 * text, in a comment). Outside texts and comments it knows words (names,
 * numbers, true/false: runs of letters, digits and "_.+-*"), the brackets and
 * the punctuation "=:;,". A stack of open brackets (at most max_depth, so it
 * is bounded) counts each list's or array's entries, and remembers the name
 * the list was given ("answers = ( ..."), so that the message can name it and
 * the one long list a format needs (a set's questions) gets its own limit.
 * Texts next to each other with only blanks and comments between are one run,
 * as libconfig joins them; the plain stretches of a text are skipped 16
 * bytes at a time (qk_scan.h). Nothing is allocated.
 */
#include "qk_fmt_guard.h"

#include <string.h>

#include "qk_model.h"
#include "qk_scan.h"

#define GUARD_MAX_DEPTH 64 /* the stack's room; limits ask for less */

const qk_fmt_guard_limits qk_fmt_guard_set_limits = {
    .max_text = 4 * QK_MAX_TEXT_BYTES + 16, /* escapes and \u sequences take room */
    .max_word = 256,
    .max_list = 1000,
    .big_list = "questions",
    .max_big_list = QK_MAX_QUESTIONS,
    .max_depth = 32, /* the loader's own pre-scan explains 17 to 32 better */
    .max_tokens = 0,
};

const qk_fmt_guard_limits qk_fmt_guard_station_limits = {
    .max_text = 8192, /* paths, a PIN hash */
    .max_word = 256,
    .max_list = 1000,
    .big_list = NULL,
    .max_big_list = 0,
    .max_depth = 8,
    .max_tokens = 0,
};

typedef struct {
    char c;            /* '(', '[' or '{' */
    int line;
    size_t entries;
    char name[40];     /* the setting it was given to, "" when none */
} open_bracket;

/* qk_fmt_guard_word_tab[c]: c may be part of a word (name, number,
 * true/false): letters, digits and "_.+-*". A table, as the test was most of
 * the pass outside texts; shared with the loader's pre-scan, which applies
 * this pass's limits on its own walk (qk_fmt_libconfig_read.c). */
const unsigned char qk_fmt_guard_word_tab[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static bool word_byte(unsigned char c)
{
    return qk_fmt_guard_word_tab[c] != 0;
}

bool qk_fmt_guard(const char *file, const char *t, size_t len, const qk_fmt_guard_limits *lim,
                  qk_diags *d)
{
    open_bracket stack[GUARD_MAX_DEPTH];
    int depth = 0, line = 1;
    int max_depth = lim->max_depth < GUARD_MAX_DEPTH ? lim->max_depth : GUARD_MAX_DEPTH;
    size_t max_tokens = lim->max_tokens ? lim->max_tokens : 4096 + len / 24;
    size_t tokens = 0;
    /* the last word (its first 39 bytes; not copied: the text outlives the
     * pass), which names the setting when an '=' or ':' follows it */
    const char *assigned = "";
    size_t assigned_n = 0;
    bool after_assign = false;
    /* a run of texts libconfig joins: open while only blanks/comments follow */
    bool in_run = false;
    size_t run_bytes = 0;
    int run_line = 0;

    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        if (c == '\n') {
            line++;
            i++;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            i++;
            while (i < len && (t[i] == ' ' || t[i] == '\t')) /* indentation */
                i++;
            continue;
        }
        /* comments: '#' and '//' to the end of the line, and C comments */
        if (c == '#' || (c == '/' && i + 1 < len && t[i + 1] == '/')) {
            while (i < len && t[i] != '\n')
                i++;
            continue;
        }
        if (c == '/' && i + 1 < len && t[i + 1] == '*') {
            i += 2;
            while (i < len && !(t[i] == '*' && i + 1 < len && t[i + 1] == '/')) {
                if (t[i] == '\n')
                    line++;
                i++;
            }
            i = i < len ? i + 2 : len;
            continue;
        }

        bool value_starts = false;
        if (c == '"') {
            /* a text, escapes included; joined to the run before it */
            if (!in_run) {
                in_run = true;
                run_bytes = 0;
                run_line = line;
                value_starts = true;
            }
            i++;
            size_t start = i;
            while (i < len && t[i] != '"') {
                if (t[i] != '\\' && t[i] != '\n') {
                    /* plain text: on to the next quote, backslash or line end,
                     * or to where the text would be too long */
                    size_t stop = start + (lim->max_text - run_bytes) + 1;
                    size_t end = stop < len ? stop : len;
                    i += qk_scan_quote_bs_nl(t + i, end - i);
                    if (run_bytes + (i - start) > lim->max_text)
                        break;
                    continue;
                }
                if (t[i] == '\\' && i + 1 < len)
                    i++;
                if (t[i] == '\n')
                    line++;
                i++;
                if (run_bytes + (i - start) > lim->max_text)
                    break;
            }
            run_bytes += i - start;
            if (run_bytes > lim->max_text) {
                qk_diag_addt(d, QK_DIAG_ERROR, file, run_line, QK_D_GUARD_TEXT, lim->max_text,
                             QK_MAX_TEXT_BYTES);
                return false;
            }
            i = i < len ? i + 1 : len; /* the closing quote */
        } else {
            in_run = false;
            if (word_byte(c)) {
                size_t start = i;
                while (i < len && word_byte((unsigned char)t[i]) && i - start <= lim->max_word)
                    i++;
                if (i - start > lim->max_word) {
                    qk_diag_addt(d, QK_DIAG_ERROR, file, line, QK_D_GUARD_WORD, lim->max_word);
                    return false;
                }
                /* kept in case an '=' or ':' follows: then it names a setting */
                assigned = t + start;
                assigned_n = i - start < sizeof stack[0].name - 1 ? i - start
                                                                  : sizeof stack[0].name - 1;
                after_assign = false;
                value_starts = true;
                tokens++;
                if (tokens > max_tokens)
                    goto too_many;
                /* a name is not an entry: it is followed by '=' or ':' */
                size_t k = i;
                while (k < len && (t[k] == ' ' || t[k] == '\t'))
                    k++;
                if (k < len && (t[k] == '=' || t[k] == ':'))
                    value_starts = false;
            } else if (c == '=' || c == ':') {
                after_assign = true;
                i++;
                continue;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == max_depth) {
                    qk_diag_addt(d, QK_DIAG_ERROR, file, line, QK_D_GUARD_DEPTH, max_depth);
                    return false;
                }
                /* the bracket is an entry of the list it stands in */
                if (depth > 0 && stack[depth - 1].c != '{') {
                    open_bracket *o = &stack[depth - 1];
                    size_t max = o->name[0] && lim->big_list && !strcmp(o->name, lim->big_list)
                                     ? lim->max_big_list : lim->max_list;
                    if (++o->entries > max)
                        goto too_long;
                }
                open_bracket *o = &stack[depth++];
                o->c = (char)c;
                o->line = line;
                o->entries = 0;
                size_t named = after_assign ? assigned_n : 0;
                memcpy(o->name, assigned, named);
                o->name[named] = '\0';
                after_assign = false;
                tokens++;
                if (tokens > max_tokens)
                    goto too_many;
                i++;
                continue;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth > 0)
                    depth--; /* mismatches are the callers' to explain */
                after_assign = false;
                i++;
                continue;
            } else {
                after_assign = false;
                i++;
                continue;
            }
        }
        if (c == '"') {
            after_assign = false;
            if (value_starts) {
                tokens++;
                if (tokens > max_tokens)
                    goto too_many;
            }
        }
        if (value_starts && depth > 0 && stack[depth - 1].c != '{') {
            open_bracket *o = &stack[depth - 1];
            size_t max = o->name[0] && lim->big_list && !strcmp(o->name, lim->big_list)
                             ? lim->max_big_list : lim->max_list;
            if (++o->entries > max)
                goto too_long;
        }
        continue;

    too_long: {
            const open_bracket *o = &stack[depth - 1];
            size_t max = o->name[0] && lim->big_list && !strcmp(o->name, lim->big_list)
                             ? lim->max_big_list : lim->max_list;
            if (o->name[0])
                qk_diag_addt(d, QK_DIAG_ERROR, file, o->line, QK_D_GUARD_LIST_NAMED, o->name,
                             max);
            else
                qk_diag_addt(d, QK_DIAG_ERROR, file, o->line, QK_D_GUARD_LIST, max);
            return false;
        }
    too_many:
        qk_diag_addt(d, QK_DIAG_ERROR, file, line, QK_D_GUARD_TOKENS, max_tokens, len);
        return false;
    }
    return true;
}
