/* qk_fmt_libconfig_read.c: the libconfig set reader: reads, checks and builds
 * a question set from our own format (see qk_loader.h, docs/question-sets.md).
 * The kiosk and `--check` both load sets through here, so they accept the same
 * sets. Other formats (GIFT, Aiken) have readers of their own (qk_fmt_*.c)
 * that build the same model (qk_model.h).
 *
 * Loading goes in four steps, each of which reports problems as
 * "FILE:LINE: error: MESSAGE" into a qk_diags list:
 *
 *  1. Read the bytes (qk_set_load): the size limit is checked with fstat
 *     before anything is read, and the SHA-256 of the bytes becomes set->hash
 *     (unless the caller asked for no hash, qk_load_opts.skip_hash).
 *  2. Decode (qk_text_decode, shared with the other readers in qk_fmt_text.c):
 *     strip a UTF-8 byte-order mark, turn UTF-16 with a
 *     byte-order mark into UTF-8, and turn CRLF and lone CR into LF, so that
 *     files saved by Notepad, Word and LibreOffice all load.
 *  3. Pre-scan (prescan): one pass over the text that follows libconfig's
 *     lexical rules (strings, comments, brackets) to refuse what libconfig
 *     would accept or explain badly: NUL bytes and binary junk, invalid UTF-8
 *     (with the line of the first bad byte), @include, nesting deeper than the
 *     format needs, brackets that do not match, a text that is never closed.
 *     On the same walk it applies qk_fmt_guard's limits (over-long tokens
 *     and lists, too many tokens), so a good file is walked once; a file
 *     with anything wrong is walked again the exact way, qk_fmt_guard's pass
 *     and then the plain pre-scan, for their messages. It also finds a
 *     whole number that libconfig would wrap (qk_cfg_code_token); only then
 *     does qk_cfg_check_ints walk the text again to word each one.
 *  4. Parse with config_read_string, then walk the tree by index (never
 *     config_lookup, which is linear per call) and check every setting against
 *     the format, collecting every problem, while building the qk_set.
 *
 * A set is returned only when no error was added; warnings do not count.
 */
#include "qk_cfg_check.h"
#include "qk_loader.h"

#include <errno.h>
#include <libconfig.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_fmt_guard.h"
#include "qk_fmt_text.h"
#include "qk_scan.h"
#include "qk_set_storage.h"
#include "qk_sha256.h"
#include "qk_utf8.h"

/* The format nests 7 brackets deep at most (rounds, a round, questions, a
 * question, categories, a category, items); anything much deeper is junk. */
#define QK_MAX_NESTING 16

/* libconfig checks each new setting's name against every earlier one in its
 * group: 40,000 settings in one group take it 8 seconds, a 16 MB file of them
 * hours. The format's groups have at most 13 settings; the pre-scan refuses a
 * group with more than this before libconfig sees it. */
#define QK_MAX_GROUP_SETTINGS 200

/* ------------------------------------------------------------------------ */
/* Loader state and messages                                                */

/* A group's settings and their names, for member(). */
#define QK_MEMBER_CACHE 32
typedef struct {
    const config_setting_t *group;
    unsigned n;
    uint64_t bloom;       /* name_bit of every name: most absent names miss it */
    const config_setting_t *set[QK_MEMBER_CACHE];
    const char *name[QK_MEMBER_CACHE];
} member_cache;

typedef struct {
    qk_diags *diags;
    const char *name;     /* file name in messages */
    const char *dir;      /* folder pictures resolve against, or NULL */
    char *real_dir;       /* realpath(dir), or NULL when unknown */
    qk_text_block *head;  /* the set's first block of texts (see text_alloc) */
    qk_text_block *cur;   /* the block being filled */
    bool oom;
    bool escapes;         /* the text has \x, \r or \f escapes: check texts fully */
    bool def_shuffle;     /* set-wide defaults */
    bool def_partial;
    bool skip_hash;       /* qk_load_opts.skip_hash: set->hash stays "" */
    /* The settings of the group member() looked in last; group is NULL when
     * none is kept. Valid for one libconfig tree: load_text clears it before
     * the tree is freed, as a new tree may reuse the address. */
    member_cache names;
    /* Question ids seen so far: an open-addressing table keyed by the id. */
    const char **ids;
    int *id_lines;
    size_t id_cap;
} loader;

/* Every message is a string-table id (qk_i18n.h QK_D_...), rendered in nb, nn
 * and en at once (qk_diag.h); "where" a problem is (question "q1", round
 * number 2) is a qk_phrase made in every language too. */
static void errt(loader *L, int line, qk_str id, ...)
{
    va_list ap;
    va_start(ap, id);
    qk_diag_vaddt(L->diags, QK_DIAG_ERROR, L->name, line, id, ap);
    va_end(ap);
}

static void warnt(loader *L, int line, qk_str id, ...)
{
    va_list ap;
    va_start(ap, id);
    qk_diag_vaddt(L->diags, QK_DIAG_WARNING, L->name, line, id, ap);
    va_end(ap);
}

/* Where a problem is ("question \"q1\"", "question number 3 of round 2"),
 * made into a phrase only when a message needs it: qk_phrase_set renders a
 * phrase in every language, and doing that for every round, question and
 * category of a set with no problems was a tenth of a 10,000-question load. */
typedef enum { WHERE_PLAIN, WHERE_NUMBER, WHERE_NUMBER_OF, WHERE_NAME } where_kind;

typedef struct where_ph {
    where_kind kind;
    qk_str id;                /* the string table's phrase */
    size_t n;                 /* its number (WHERE_NUMBER, WHERE_NUMBER_OF) */
    const char *name;         /* its name (WHERE_NAME); not owned, outlives the phrase */
    struct where_ph *outer;   /* "of round 2" (WHERE_NUMBER_OF); not owned */
    bool made;
    qk_phrase ph;
} where_ph;

/* Sets w to the phrase `id` with a number n (when n > 0), a name, and for a
 * number, the phrase it is part of (outer). Nothing is rendered yet. */
static void where_set(where_ph *w, qk_str id, size_t n, const char *name, where_ph *outer)
{
    w->id = id;
    w->n = n;
    w->name = name;
    w->outer = outer;
    w->kind = name ? WHERE_NAME : outer ? WHERE_NUMBER_OF : n ? WHERE_NUMBER : WHERE_PLAIN;
    w->made = false;
}

/* The phrase of w, rendered at the first call. */
static const qk_phrase *PH(where_ph *w)
{
    if (!w->made) {
        switch (w->kind) {
        case WHERE_NAME: qk_phrase_set(&w->ph, w->id, w->name); break;
        case WHERE_NUMBER_OF: qk_phrase_set(&w->ph, w->id, w->n, PH(w->outer)); break;
        case WHERE_NUMBER: qk_phrase_set(&w->ph, w->id, w->n); break;
        case WHERE_PLAIN: qk_phrase_set(&w->ph, w->id); break;
        }
        w->made = true;
    }
    return &w->ph;
}

/* The set's texts live in a list of large blocks (see qk_set_storage.h):
 * a 10,000-question set has about 100,000 texts, and allocating and freeing
 * them one by one cost a tenth of the load time. */
#define QK_TEXT_BLOCK_BYTES (256u * 1024u)

/* A new block for at least `cap` bytes of texts: large ones from mmap. */
static qk_text_block *new_block(size_t cap)
{
    qk_text_block *b;
    size_t mapped = 0;
    if (cap >= 65536)
        b = qk_big_alloc(sizeof *b + cap, &mapped);
    else
        b = malloc(sizeof *b + cap);
    if (!b)
        return NULL;
    b->next = NULL;
    b->used = 0;
    b->cap = cap;
    b->mapped_bytes = mapped;
    return b;
}

/* Returns n bytes for texts from the current block, adding a block when it is
 * full. New blocks go right behind the first, which is recorded with the set
 * from the start (load_text), so qk_set_free always finds every block. */
static char *text_alloc(loader *L, size_t n)
{
    qk_text_block *b = L->cur;
    if (!b) {
        L->oom = true;
        return NULL;
    }
    if (b->cap - b->used < n) {
        qk_text_block *nb = new_block(n > QK_TEXT_BLOCK_BYTES ? n : QK_TEXT_BLOCK_BYTES);
        if (!nb) {
            L->oom = true;
            return NULL;
        }
        nb->next = L->head->next;
        L->head->next = nb;
        if (n <= QK_TEXT_BLOCK_BYTES)
            L->cur = nb; /* a big text has a block of its own; keep filling the current one */
        b = nb;
    }
    char *p = b->data + b->used;
    b->used += n;
    return p;
}

static char *dup_len(loader *L, const char *s, size_t n)
{
    char *d = text_alloc(L, n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

static char *dup_str(loader *L, const char *s)
{
    return s ? dup_len(L, s, strlen(s)) : NULL;
}

/* A bit for a name, from its first two bytes ("" and one-letter names too). */
static uint64_t name_bit(const char *name)
{
    unsigned h = (unsigned char)name[0] ^ (name[0] ? (unsigned char)name[1] * 5u : 0u);
    return (uint64_t)1 << (h & 63u);
}

/* The member `name` of group g, or NULL. libconfig's config_setting_get_member
 * also parses its argument as a path; this only compares names, which is what
 * a loader that looks up ten settings per question wants. The names of the
 * last group asked about are kept (L->names): a question's ten look-ups then
 * cost one walk of its settings, not ten (a fifth of the loader's own time in
 * a 10,000-question set went to libconfig's per-element calls). */
static const member_cache *group_names(loader *L, const config_setting_t *g)
{
    member_cache *mc = &L->names;
    if (mc->group != g) {
        unsigned n = (unsigned)config_setting_length(g);
        if (n > QK_MEMBER_CACHE) {
            mc->group = NULL; /* too many to keep: the callers walk the group */
            return NULL;
        }
        mc->group = g;
        mc->n = n;
        mc->bloom = 0;
        for (unsigned i = 0; i < n; i++) {
            mc->set[i] = config_setting_get_elem(g, i);
            mc->name[i] = config_setting_name(mc->set[i]);
            if (mc->name[i])
                mc->bloom |= name_bit(mc->name[i]);
        }
    }
    return mc;
}

static const config_setting_t *member(loader *L, const config_setting_t *g, const char *name)
{
    const member_cache *mc = group_names(L, g);
    if (mc) {
        if (!(mc->bloom & name_bit(name)))
            return NULL; /* most optional settings are absent */
        for (unsigned i = 0; i < mc->n; i++) {
            const char *mn = mc->name[i];
            if (mn && mn[0] == name[0] && strcmp(mn, name) == 0)
                return mc->set[i];
        }
        return NULL;
    }
    unsigned n = (unsigned)config_setting_length(g);
    for (unsigned i = 0; i < n; i++) {
        const config_setting_t *m = config_setting_get_elem(g, i);
        const char *mn = config_setting_name(m);
        if (mn && mn[0] == name[0] && strcmp(mn, name) == 0)
            return m;
    }
    return NULL;
}

static int line_of(const config_setting_t *s)
{
    return s ? (int)config_setting_source_line(s) : 0;
}

/* The line for a problem with a group as a whole: the root group has no line
 * of its own, so its problems go to line 1 where an editor can jump. */
static int group_line(const config_setting_t *g)
{
    int l = line_of(g);
    return l > 0 ? l : 1;
}

/* A short, quotable version of user text for messages (qk_text_shorten). */
static const char *shorten(const char *s, char *buf, size_t cap)
{
    return qk_text_shorten(s, buf, cap);
}

/* The kind of a setting, for "(found ...)": a string-table word (%@). */
static int type_desc(const config_setting_t *s)
{
    switch (config_setting_type(s)) {
    case CONFIG_TYPE_INT:
    case CONFIG_TYPE_INT64: return QK_D_T_INT;
    case CONFIG_TYPE_FLOAT: return QK_D_T_FLOAT;
    case CONFIG_TYPE_STRING: return QK_D_T_STRING;
    case CONFIG_TYPE_BOOL: return QK_D_T_BOOL;
    case CONFIG_TYPE_ARRAY: return QK_D_T_ARRAY;
    case CONFIG_TYPE_LIST: return QK_D_T_LIST;
    case CONFIG_TYPE_GROUP: return QK_D_T_GROUP;
    default: return QK_D_T_NONE;
    }
}

/* ------------------------------------------------------------------------ */
/* Step 3: the pre-scan                                                     */

enum { ST_CODE, ST_STR, ST_LINE_COMMENT, ST_BLOCK_COMMENT, ST_COUNT };

/* stop[state][byte] is 1 for the bytes the pre-scan must look at in that
 * state; all others are skipped in a tight loop. NUL, control bytes, newline
 * and bytes >= 0x80 stop in every state. */
static unsigned char stop[ST_COUNT][256];

static void fill_stop_tables(void)
{
    for (int s = 0; s < ST_COUNT; s++) {
        for (int c = 0; c < 256; c++)
            stop[s][c] = (c < 0x20 && c != '\t') || c >= 0x7F;
    }
    /* "_." are part of words, for the limits of qk_fmt_guard that the
     * first walk applies (qk_fmt_guard_word_tab) */
    for (const char *c = "\"#/@()[]{}=:_."; *c; c++)
        stop[ST_CODE][(unsigned char)*c] = 1;
    /* where a name or a number starts: the integer check (qk_cfg_code_token) */
    for (int c = 0; c < 0x80; c++)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '*' || c == '+' || c == '-')
            stop[ST_CODE][c] = 1;
    stop[ST_STR]['"'] = stop[ST_STR]['\\'] = 1;
    stop[ST_BLOCK_COMMENT]['*'] = 1;
}

/* Filled once for the process, by whichever thread reads a set first
 * (kiosk.c reads the quizzes folder on a thread of its own); the old check of
 * one entry let a second thread use the tables half filled. */
static void init_stop_tables(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, fill_stop_tables);
}

typedef struct {
    int ml_line;      /* where the first text in quotes that spans lines starts */
    bool escapes;     /* a \x, \r or \f escape: texts need checking after parsing */
    bool bad_ints;    /* a whole number that libconfig would wrap (qk_cfg_check_ints) */
    bool over_limit;  /* with limits: one of them was passed (no message added) */
} scan_info;

/* No limits: the pre-scan's own checks only. */
static const qk_fmt_guard_limits no_limits = {
    .max_text = SIZE_MAX, .max_word = SIZE_MAX, .max_list = SIZE_MAX,
    .big_list = NULL, .max_big_list = 0, .max_depth = 0, .max_tokens = SIZE_MAX,
};

/* Is the bracket at t[i] the value of the setting lim->big_list names
 * ("questions = (")? Only blanks may stand between; anything else gives the
 * list the ordinary limit, which is stricter than qk_fmt_guard, never looser. */
static bool names_big_list(const char *t, size_t i, const qk_fmt_guard_limits *lim)
{
    if (!lim->big_list)
        return false;
    size_t k = i;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '\n'))
        k--;
    if (k == 0 || (t[k - 1] != '=' && t[k - 1] != ':'))
        return false;
    k--;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '\n'))
        k--;
    size_t n = strlen(lim->big_list);
    if (k < n || memcmp(t + k - n, lim->big_list, n) != 0)
        return false;
    return k == n || !qk_fmt_guard_word_tab[(unsigned char)t[k - n - 1]];
}

/* Does line `line` of the text have a text in quotes followed, on the same
 * line and after blanks at most, by a letter or digit? That is what a '"'
 * meant as part of a text looks like: "What does "stop" mean?". */
static bool line_has_inner_quote(const char *t, int line)
{
    int l = 1;
    const char *p = t;
    while (*p && l < line) {
        if (*p++ == '\n')
            l++;
    }
    bool in_str = false;
    for (; *p && *p != '\n'; p++) {
        if (in_str) {
            if (*p == '\\' && p[1] && p[1] != '\n') {
                p++;
            } else if (*p == '"') {
                in_str = false;
                const char *q = p + 1;
                while (*q == ' ' || *q == '\t')
                    q++;
                unsigned char c = (unsigned char)*q;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c >= 0x80 || c == '?' || c == '!')
                    return true;
            }
        } else if (*p == '#' || (*p == '/' && (p[1] == '/' || p[1] == '*'))) {
            return false;
        } else if (*p == '"') {
            in_str = true;
        }
    }
    return false;
}

/* Does the '"' at t[i], which opens a text, come right after another text
 * (only blanks and line breaks between)? libconfig joins such texts into one,
 * which in a list of answers means a comma was forgotten. The character
 * before is a closing quote when it is a '"', as the scan is outside texts. */
static bool follows_text(const char *t, size_t i)
{
    /* an indentation 8 spaces at a time: each answer of a list comes after one */
    uint64_t w;
    while (i >= 8 && (memcpy(&w, t + i - 8, 8), w == 0x2020202020202020u))
        i -= 8;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n'))
        i--;
    return i > 0 && t[i - 1] == '"';
}

/* Walks the text (t[len] must be NUL) with libconfig's lexical rules, also
 * checking for NUL bytes, control bytes and invalid UTF-8. Returns false when
 * the text must not go to libconfig (each reason reported).
 *
 * With `lim`, it also applies qk_fmt_guard's limits on the same walk, so that
 * a good file is read once rather than twice (the guard's own pass was a
 * sixth of a 10,000-question --check). It counts at least what the guard
 * counts (every text, every word, the ordinary limit for a list it cannot
 * name for sure), so what passes here passes the guard. Passing a limit adds
 * no message: it returns false with info->over_limit, and the caller walks
 * the text again the exact way (load_text), as the messages of both passes
 * and their order are pinned by the golden tests. */
static bool prescan(loader *L, const char *t, size_t len, const qk_fmt_guard_limits *lim,
                    scan_info *info)
{
    const unsigned char *u = (const unsigned char *)t;
    struct { char c; int line; int settings; size_t entries, max; } stack[QK_MAX_NESTING + 1];
    int root_settings = 0;
    int st = ST_CODE, depth = 0, line = 1, str_line = 0, comment_line = 0, join_line = 0;
    bool ok = true;
    /* the limits' state: tokens so far, the run of joined texts, where the
     * word last measured ends */
    if (!lim)
        lim = &no_limits;
    size_t tokens = 0, max_tokens = lim->max_tokens ? lim->max_tokens : 4096 + len / 24;
    size_t run_bytes = 0, str_start = 0, word_end = 0;
    bool in_run = false, run_comment = false; /* a comment since the last text */
    memset(info, 0, sizeof *info);
    init_stop_tables();
#define QK_ENTRY() do { if (depth > 0 && stack[depth - 1].c != '{' && \
                            ++stack[depth - 1].entries > stack[depth - 1].max) goto over_limit; } while (0)
#define QK_TOKEN() do { if (++tokens > max_tokens) goto over_limit; } while (0)

    for (size_t i = 0;; i++) {
        const unsigned char *tab = stop[st];
        if (st == ST_STR) {
            /* most of a set: 16 bytes at a time to the next stop, on past
             * two-byte characters (æ ø å) */
            i += qk_scan_text_utf8(t + i, len - i);
        } else if (st == ST_CODE && u[i] == ' ') {
            i += qk_scan_blanks(t + i, len - i); /* an indentation */
        }
        while (!tab[u[i]])
            i++;
        unsigned char c = u[i];
        /* the end, line ends, characters of more than one byte and bad
         * bytes; a printable stop goes on to the states at once */
        if (c < 0x20 || c >= 0x7F) {
            if (i >= len)
                break;
            /* Two-byte characters (æ ø å) are the most common: checked inline. */
            if (c >= 0xC2 && c <= 0xDF && (u[i + 1] & 0xC0) == 0x80) {
                i++;
                continue;
            }
            if (c == '\n') {
                line++;
                if (st == ST_LINE_COMMENT)
                    st = ST_CODE;
                else if (st == ST_STR && !info->ml_line)
                    info->ml_line = str_line;
                continue;
            }
            if (c >= 0x80) {
                size_t n = qk_utf8_seq(t + i, len - i);
                if (!n) {
                    qk_text_report_bad_byte(L->diags, L->name, line, c);
                    return false;
                }
                i += n - 1;
                continue;
            }
            if (c == 0) {
                errt(L, line, QK_D_NUL);
                return false;
            }
            errt(L, line, QK_D_CONTROL, (unsigned)c);
            return false;
        }
        switch (st) {
        case ST_STR:
            if (c == '"') {
                st = ST_CODE;
                run_bytes += i - str_start;
                if (run_bytes > lim->max_text)
                    goto over_limit;
            } else if (c == '\\' && i + 1 < len && u[i + 1] != '\n') {
                if (u[i + 1] == 'x' || u[i + 1] == 'r' || u[i + 1] == 'f')
                    info->escapes = true;
                if (u[i + 1] < 0x80)
                    i++; /* a multi-byte character after \ is checked as usual */
            }
            break;
        case ST_BLOCK_COMMENT:
            if (c == '*' && u[i + 1] == '/') {
                i++;
                st = ST_CODE;
            }
            break;
        case ST_LINE_COMMENT:
            break;
        case ST_CODE:
            switch (c) {
            case '"': {
                /* a list's text right after another: a comma forgotten */
                bool listed = depth > 0 && join_line != line &&
                              (stack[depth - 1].c == '(' || stack[depth - 1].c == '[');
                bool after = (listed || (in_run && !run_comment)) && follows_text(t, i);
                if (listed && after) {
                    join_line = line; /* once per line */
                    errt(L, line, QK_D_NO_COMMA);
                    ok = false;
                }
                st = ST_STR;
                str_line = line;
                QK_ENTRY();
                QK_TOKEN();
                /* joined to the text before when only blanks stand between,
                 * or a comment (then it may be: counted as joined); a ',' or
                 * ';' is not a stop, and what else ends a run resets it */
                if (in_run && !run_comment && !after)
                    in_run = false;
                if (!in_run) {
                    in_run = true;
                    run_bytes = 0;
                }
                run_comment = false;
                str_start = i + 1;
                break;
            }
            case '#':
                st = ST_LINE_COMMENT;
                run_comment = true;
                break;
            case '/':
                if (u[i + 1] == '/') {
                    st = ST_LINE_COMMENT;
                    run_comment = true;
                    i++;
                } else if (u[i + 1] == '*') {
                    st = ST_BLOCK_COMMENT;
                    run_comment = true;
                    comment_line = line;
                    i++;
                }
                break;
            case '=': case ':': {
                in_run = false;
                /* a setting in the innermost group (in a list it is a syntax error) */
                int *n = depth == 0 ? &root_settings
                         : stack[depth - 1].c == '{' ? &stack[depth - 1].settings : NULL;
                if (n && ++*n > QK_MAX_GROUP_SETTINGS) {
                    errt(L, line, QK_D_GROUP_TOO_BIG, QK_MAX_GROUP_SETTINGS);
                    return false;
                }
                break;
            }
            case '@':
                in_run = false;
                if (strncmp(t + i, "@include", 8) == 0) {
                    errt(L, line, QK_D_INCLUDE);
                    ok = false;
                }
                break;
            case '(': case '[': case '{':
                if (depth == QK_MAX_NESTING) {
                    errt(L, line, QK_D_NESTING, QK_MAX_NESTING);
                    return false;
                }
                QK_ENTRY();
                QK_TOKEN();
                in_run = false;
                stack[depth].c = (char)c;
                stack[depth].line = line;
                stack[depth].settings = 0;
                stack[depth].entries = 0;
                stack[depth].max = c == '{' ? SIZE_MAX
                                   : names_big_list(t, i, lim) ? lim->max_big_list : lim->max_list;
                depth++;
                break;
            case ')': case ']': case '}': {
                in_run = false;
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (depth == 0) {
                    errt(L, line, QK_D_CLOSE_UNOPENED, c, want);
                    return false;
                }
                if (stack[depth - 1].c != want) {
                    char close = stack[depth - 1].c == '(' ? ')' : stack[depth - 1].c == '[' ? ']' : '}';
                    errt(L, line, QK_D_CLOSE_MISMATCH, c, stack[depth - 1].c,
                         stack[depth - 1].line, close, close);
                    return false;
                }
                depth--;
                break;
            }
            default: {
                /* a name (skipped whole, its digits are not numbers) or a
                 * number, as qk_cfg_check_ints sees them: that pass words
                 * the errors, and runs only when one was found here */
                bool bad;
                size_t end = qk_cfg_code_token(t, len, i, &bad);
                if (bad)
                    info->bad_ints = true;
                /* the word it is part of (qk_fmt_guard's: a run of letters,
                 * digits and "_.+-*", which holds any name or number),
                 * measured whole where it starts */
                if (i >= word_end) {
                    size_t j = end + 1;
                    while (qk_fmt_guard_word_tab[u[j]]) /* t[len] is NUL */
                        j++;
                    if (j - i > lim->max_word)
                        goto over_limit;
                    word_end = j;
                    QK_ENTRY();
                    QK_TOKEN();
                    in_run = false;
                }
                i = end;
                break;
            }
            }
            break;
        }
    }
    if (st == ST_STR) {
        int at = info->ml_line && info->ml_line < str_line ? info->ml_line : str_line;
        bool inner = line_has_inner_quote(t, at);
        if (at != str_line)
            errt(L, at, inner ? QK_D_STR_RUNS_ON_QUOTE : QK_D_STR_RUNS_ON);
        else
            errt(L, at, inner ? QK_D_STR_UNCLOSED_QUOTE : QK_D_STR_UNCLOSED);
        return false;
    }
    if (st == ST_BLOCK_COMMENT) {
        errt(L, comment_line, QK_D_COMMENT_UNCLOSED);
        return false;
    }
    if (depth > 0) {
        char close = stack[depth - 1].c == '(' ? ')' : stack[depth - 1].c == '[' ? ']' : '}';
        errt(L, stack[depth - 1].line, QK_D_NEVER_CLOSED, stack[depth - 1].c, close);
        return false;
    }
    return ok;

over_limit:
    info->over_limit = true;
    return false;
#undef QK_ENTRY
#undef QK_TOKEN
}

/* Does line `line` of the text hold typographic quotes outside straight-quoted
 * strings (Word's smart quotes, or Norwegian « »)? */
static bool line_has_smart_quotes(const char *t, int line)
{
    int l = 1;
    const char *p = t;
    while (*p && l < line) {
        if (*p++ == '\n')
            l++;
    }
    bool in_str = false;
    for (; *p && *p != '\n'; p++) {
        if (in_str) {
            if (*p == '\\' && p[1])
                p++;
            else if (*p == '"')
                in_str = false;
        } else if (*p == '"') {
            in_str = true;
        } else if (!strncmp(p, "\xE2\x80\x9C", 3) || !strncmp(p, "\xE2\x80\x9D", 3) ||
                   !strncmp(p, "\xE2\x80\x9E", 3) || !strncmp(p, "\xC2\xAB", 2) ||
                   !strncmp(p, "\xC2\xBB", 2)) {
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------------ */
/* Step 4: checking settings                                                */

/* Edit distance with transpositions (optimal string alignment), capped. */
static int name_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 31 || lb > 31)
        return 99;
    int d[32][32];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            char ca = (char)(a[i - 1] | 0x20), cb = (char)(b[j - 1] | 0x20);
            int cost = ca == cb ? 0 : 1;
            int v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v)
                v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && ca == (char)(b[j - 2] | 0x20) && (char)(a[i - 2] | 0x20) == cb &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    }
    return d[la][lb];
}

static const char *closest_name(const char *name, const char *const *known)
{
    const char *best = NULL;
    int best_d = 99;
    for (size_t i = 0; known[i]; i++) {
        int dist = name_distance(name, known[i]);
        if (dist < best_d) {
            best_d = dist;
            best = known[i];
        }
    }
    int allowed = strlen(name) >= 6 ? 2 : 1;
    return best_d <= allowed ? best : NULL;
}

/* Reports every member of group g whose name is not in `known`. */
static void check_names(loader *L, const config_setting_t *g, const char *const *known,
                        where_ph *where)
{
    const member_cache *mc = group_names(L, g);
    int n = mc ? (int)mc->n : config_setting_length(g);
    for (int i = 0; i < n; i++) {
        const config_setting_t *m = mc ? mc->set[i] : config_setting_get_elem(g, (unsigned)i);
        const char *name = mc ? mc->name[i] : config_setting_name(m);
        if (!name)
            continue;
        /* the first letters first: a strcmp per known name for each of a
         * question's settings was 1.6 % of a 10,000-question --check */
        bool found = false;
        for (size_t k = 0; known[k] && !found; k++)
            found = known[k][0] == name[0] && strcmp(known[k], name) == 0;
        if (found)
            continue;
        const char *near = closest_name(name, known);
        if (near)
            errt(L, line_of(m), QK_D_UNKNOWN_NEAR, name, PH(where), near);
        else
            errt(L, line_of(m), QK_D_UNKNOWN, name, PH(where));
    }
}

/* Checks a string value: valid UTF-8, no control characters but newline and
 * tab, at most max_bytes, and (when required) not blank. The value is named
 * in messages as 'name', or "answer number N" / "item number N" (`label`,
 * a QK_D_W_..._N phrase) when index > 0. On success the
 * length goes to *len_out. The file was checked for UTF-8 and control bytes
 * as a whole, so only a text from a file with \x, \r or \f escapes needs the
 * full check here. */
static bool check_text(loader *L, int line, const char *name, qk_str label, size_t index,
                       const char *s, size_t max_bytes, bool nonblank, size_t *len_out)
{
    size_t n = strlen(s);
    qk_phrase what;
    const char *problem = NULL;
    unsigned char bad = 0;
    if (L->escapes) {
        if (qk_utf8_invalid_at(s, n) != n)
            problem = "utf8";
        for (size_t i = 0; i < n && !problem; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x20 && c != '\n' && c != '\t') {
                problem = "control";
                bad = c;
            }
        }
    }
    if (!problem && n > max_bytes)
        problem = "long";
    if (!problem && nonblank) {
        size_t i = 0;
        while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
            i++;
        if (i == n)
            problem = "blank";
    }
    if (!problem) {
        *len_out = n;
        return true;
    }
    if (index)
        qk_phrase_set(&what, label, index);
    else
        qk_phrase_set(&what, QK_D_W_SETTING, name);
    if (problem[0] == 'u')
        errt(L, line, QK_D_TEXT_UTF8, &what);
    else if (problem[0] == 'c')
        errt(L, line, QK_D_TEXT_CONTROL, &what, (unsigned)bad);
    else if (problem[0] == 'l')
        errt(L, line, QK_D_TEXT_LONG, &what, n, (size_t)max_bytes);
    else
        errt(L, line, QK_D_TEXT_EMPTY, &what);
    return false;
}

/* Reads string member `name` of g. Missing: an error when required. Returns a
 * new copy, or NULL (missing, wrong type, bad text: each reported). */
static char *get_string(loader *L, const config_setting_t *g, const char *name,
                        where_ph *where, bool required, size_t max_bytes)
{
    const config_setting_t *s = member(L, g, name);
    if (!s) {
        if (required)
            errt(L, group_line(g), QK_D_NO_STRING, PH(where), name, name);
        return NULL;
    }
    if (config_setting_type(s) != CONFIG_TYPE_STRING) {
        errt(L, line_of(s), QK_D_NOT_STRING, name, name, type_desc(s));
        return NULL;
    }
    const char *v = config_setting_get_string(s);
    size_t n;
    if (!check_text(L, line_of(s), name, QK_D_W_SETTING, 0, v, max_bytes, true, &n))
        return NULL;
    return dup_len(L, v, n);
}

static bool is_int(const config_setting_t *s)
{
    int t = config_setting_type(s);
    return t == CONFIG_TYPE_INT || t == CONFIG_TYPE_INT64;
}

/* Reads integer member `name` of g into *out (left alone when absent or
 * wrong). Returns the setting when it is present and a whole number. */
static const config_setting_t *get_int(loader *L, const config_setting_t *g, const char *name,
                                       where_ph *where, bool required, long long *out)
{
    const config_setting_t *s = member(L, g, name);
    if (!s) {
        if (required)
            errt(L, group_line(g), QK_D_NO_INT, PH(where), name, name);
        return NULL;
    }
    if (!is_int(s)) {
        if (config_setting_type(s) == CONFIG_TYPE_STRING)
            errt(L, line_of(s), QK_D_INT_QUOTED, name, name);
        else
            errt(L, line_of(s), QK_D_NOT_INT, name, name, type_desc(s));
        return NULL;
    }
    *out = config_setting_get_int64(s);
    return s;
}

static bool get_int_range(loader *L, const config_setting_t *g, const char *name,
                          where_ph *where, long long lo, long long hi, bool seconds,
                          long long *out)
{
    long long v;
    const config_setting_t *s = get_int(L, g, name, where, false, &v);
    if (!s)
        return false;
    if (v < lo || v > hi) {
        errt(L, line_of(s), seconds ? QK_D_RANGE_SECONDS : QK_D_RANGE, name, v, lo, hi);
        return false;
    }
    *out = v;
    return true;
}

/* Reads bool member `name` of g into *out when present and right. */
static void get_bool(loader *L, const config_setting_t *g, const char *name, bool *out)
{
    const config_setting_t *s = member(L, g, name);
    if (!s)
        return;
    if (config_setting_type(s) != CONFIG_TYPE_BOOL) {
        if (config_setting_type(s) == CONFIG_TYPE_STRING)
            errt(L, line_of(s), QK_D_BOOL_QUOTED, name);
        else
            errt(L, line_of(s), QK_D_NOT_BOOL, name, type_desc(s));
        return;
    }
    *out = config_setting_get_bool(s) != 0;
}

/* Reads an id member: required, letters/digits/-/_ only, at most QK_MAX_ID_BYTES. */
static char *get_id(loader *L, const config_setting_t *g, where_ph *where)
{
    const config_setting_t *s = member(L, g, "id");
    char *id = get_string(L, g, "id", where, true, QK_MAX_ID_BYTES);
    if (id && !qk_id_chars_ok(id)) {
        char b[64];
        errt(L, line_of(s), QK_D_BAD_ID, shorten(id, b, sizeof b));
        return NULL;
    }
    return id;
}

/* BCP 47, loosely: a 2-3 letter language, then subtags of 1-8 letters/digits. */
static bool valid_language(const char *s)
{
    size_t n = 0;
    while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'))
        n++;
    if (n < 2 || n > 3)
        return false;
    s += n;
    while (*s == '-') {
        s++;
        n = 0;
        while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') ||
               (s[n] >= '0' && s[n] <= '9'))
            n++;
        if (n < 1 || n > 8)
            return false;
        s += n;
    }
    return *s == '\0';
}

/* ------------------------------------------------------------------------ */
/* Question ids                                                             */

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

/* Records a question id; returns the line of an earlier question with the same
 * id, or 0 when it is new. */
static int note_id(loader *L, const char *id, int line)
{
    if (!L->ids)
        return 0;
    size_t mask = L->id_cap - 1;
    for (size_t i = (size_t)hash_str(id) & mask;; i = (i + 1) & mask) {
        if (!L->ids[i]) {
            L->ids[i] = id;
            L->id_lines[i] = line;
            return 0;
        }
        if (strcmp(L->ids[i], id) == 0)
            return L->id_lines[i];
    }
}

/* ------------------------------------------------------------------------ */
/* Pictures                                                                 */

/* Checks a picture path and returns it resolved against the set's folder. */
static char *check_picture(loader *L, const config_setting_t *s, const char *rel)
{
    int line = line_of(s);
    char b[64];
    if (strchr(rel, '\\')) {
        errt(L, line, QK_D_PIC_BACKSLASH, shorten(rel, b, sizeof b));
        return NULL;
    }
    if (rel[0] == '/' || (((rel[0] | 0x20) >= 'a' && (rel[0] | 0x20) <= 'z') && rel[1] == ':')) {
        errt(L, line, QK_D_PIC_ABSOLUTE, shorten(rel, b, sizeof b));
        return NULL;
    }
    /* Lexically: no ".." may climb above the set's folder. */
    int depth = 0;
    for (const char *p = rel; *p;) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 2 && p[0] == '.' && p[1] == '.')
            depth--;
        else if (n > 0 && !(n == 1 && p[0] == '.'))
            depth++;
        if (depth < 0) {
            errt(L, line, QK_D_PIC_DOTDOT, shorten(rel, b, sizeof b));
            return NULL;
        }
        p += n;
        if (*p == '/')
            p++;
    }
    if (!L->dir)
        return dup_str(L, rel);

    size_t need = strlen(L->dir) + 1 + strlen(rel) + 1;
    char *full = text_alloc(L, need);
    if (!full)
        return NULL;
    snprintf(full, need, "%s/%s", L->dir, rel);
    char *real = realpath(full, NULL);
    if (!real) {
        warnt(L, line, QK_D_PIC_MISSING, shorten(rel, b, sizeof b), full, strerror(errno));
        return full;
    }
    if (L->real_dir) {
        size_t n = strlen(L->real_dir);
        if (strncmp(real, L->real_dir, n) != 0 || (real[n] != '/' && n > 1)) {
            errt(L, line, QK_D_PIC_SYMLINK, shorten(rel, b, sizeof b), real);
            free(real);
            return NULL;
        }
    }
    struct stat sb;
    if (stat(real, &sb) == 0 && !S_ISREG(sb.st_mode))
        warnt(L, line, QK_D_PIC_NOT_FILE, shorten(rel, b, sizeof b));
    free(real);
    return full;
}

/* ------------------------------------------------------------------------ */
/* Questions                                                                */

static const char *const question_names[] = {
    "id", "type", "text", "answers", "correct", "items", "categories", "explanation",
    "picture", "time_limit", "points", "shuffle", "partial_credit", "always", NULL};
static const char *const category_names[] = {"name", "items", NULL};

/* Reads a list or array of texts (answers or items) into new choices appended
 * to q. `category` goes into each choice. Returns the number read. */
static size_t read_labels(loader *L, const config_setting_t *s, const char *name,
                          qk_str label, qk_question *q, int category, size_t room)
{
    int t = config_setting_type(s);
    if (t != CONFIG_TYPE_LIST && t != CONFIG_TYPE_ARRAY) {
        const char *sn = config_setting_name(s);
        errt(L, line_of(s), QK_D_NOT_LIST, sn, sn, type_desc(s));
        return 0;
    }
    size_t n = (size_t)config_setting_length(s), got = 0;
    for (size_t i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
        if (config_setting_type(e) != CONFIG_TYPE_STRING) {
            qk_phrase what;
            qk_phrase_set(&what, label, i + 1);
            errt(L, line_of(e), QK_D_LABEL_NOT_STRING, &what, type_desc(e));
            continue;
        }
        const char *v = config_setting_get_string(e);
        size_t len;
        if (!check_text(L, line_of(e), name, label, i + 1, v, QK_MAX_LABEL_BYTES, true, &len))
            continue;
        if (q->n_choices >= room)
            continue; /* counted and reported by the caller */
        qk_choice *c = &q->choices[q->n_choices++];
        c->text = dup_len(L, v, len);
        c->correct = false;
        c->category = category;
        c->line = line_of(e);
        got++;
    }
    return got;
}

/* Checks the count of choices, 2..QK_MAX_CHOICES. */
static void check_choice_count(loader *L, int line, size_t n, qk_str what,
                               where_ph *where)
{
    if (n < 2)
        errt(L, line, QK_D_TOO_FEW, PH(where), what, n);
    else if (n > QK_MAX_CHOICES)
        errt(L, line, QK_D_TOO_MANY, PH(where), what, n, QK_MAX_CHOICES, QK_MAX_CHOICES);
}

/* Reports duplicate choice texts in q (among choices [from, n)). */
static void check_duplicates(loader *L, qk_question *q, size_t from, qk_str what,
                             bool is_error)
{
    for (size_t i = from; i < q->n_choices; i++) {
        for (size_t j = from; j < i; j++) {
            if (q->choices[i].text && q->choices[j].text &&
                strcmp(q->choices[i].text, q->choices[j].text) == 0) {
                char b[64];
                if (is_error)
                    errt(L, q->choices[i].line, QK_D_TWICE_AMBIGUOUS, what,
                         shorten(q->choices[i].text, b, sizeof b), q->choices[j].line);
                else
                    warnt(L, q->choices[i].line, QK_D_TWICE, what,
                          shorten(q->choices[i].text, b, sizeof b), q->choices[j].line);
                break;
            }
        }
    }
}

/* Marks answer number `num` (1-based, from setting e) correct. */
static void mark_correct(loader *L, qk_question *q, const config_setting_t *e, long long num,
                         size_t n_answers)
{
    if (num < 1) {
        errt(L, line_of(e), QK_D_CORRECT_ZERO, num);
    } else if ((size_t)num > n_answers) {
        errt(L, line_of(e), QK_D_CORRECT_OVER, num, n_answers);
    } else if (q->choices && (size_t)num <= q->n_choices) {
        if (q->choices[num - 1].correct)
            warnt(L, line_of(e), QK_D_CORRECT_TWICE, num);
        q->choices[num - 1].correct = true;
    }
}

static void load_choice_question(loader *L, const config_setting_t *g, qk_question *q,
                                 where_ph *where)
{
    const config_setting_t *ans = member(L, g, "answers");
    const config_setting_t *cor = member(L, g, "correct");
    size_t n_answers = 0;
    if (!ans) {
        errt(L, group_line(g), QK_D_NO_ANSWERS, PH(where));
    } else {
        int t = config_setting_type(ans);
        size_t n = (t == CONFIG_TYPE_LIST || t == CONFIG_TYPE_ARRAY)
                       ? (size_t)config_setting_length(ans) : 0;
        q->choices = calloc(n ? n : 1, sizeof *q->choices);
        if (!q->choices) {
            L->oom = true;
            return;
        }
        read_labels(L, ans, "answer", QK_D_W_ANSWER_N, q, -1, n);
        n_answers = n;
        if (t == CONFIG_TYPE_LIST || t == CONFIG_TYPE_ARRAY) {
            check_choice_count(L, line_of(ans), n, QK_D_W_ANSWERS, where);
            if (n <= QK_MAX_CHOICES) /* after the count: pairs of 1,000 answers take long */
                check_duplicates(L, q, 0, QK_D_W_THE_ANSWER, false);
        }
    }
    if (!cor) {
        errt(L, group_line(g), QK_D_NO_CORRECT, PH(where), q->type == QK_Q_SINGLE ? "1" : "[ 1, 3 ]");
        return;
    }
    int t = config_setting_type(cor);
    if (q->type == QK_Q_SINGLE) {
        if (t == CONFIG_TYPE_ARRAY || t == CONFIG_TYPE_LIST) {
            errt(L, line_of(cor), QK_D_SINGLE_ONE);
            return;
        }
        if (!is_int(cor)) {
            errt(L, line_of(cor), QK_D_CORRECT_NOT_INT, type_desc(cor));
            return;
        }
        mark_correct(L, q, cor, config_setting_get_int64(cor), n_answers);
        return;
    }
    /* multiple: a list of numbers (one bare number is accepted too) */
    if (is_int(cor)) {
        mark_correct(L, q, cor, config_setting_get_int64(cor), n_answers);
        return;
    }
    if (t != CONFIG_TYPE_ARRAY && t != CONFIG_TYPE_LIST) {
        errt(L, line_of(cor), QK_D_CORRECT_NOT_LIST, type_desc(cor));
        return;
    }
    int n = config_setting_length(cor);
    if (n == 0) {
        errt(L, line_of(cor), QK_D_CORRECT_EMPTY);
        return;
    }
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(cor, (unsigned)i);
        if (!is_int(e)) {
            errt(L, line_of(e), QK_D_CORRECT_ELEM, type_desc(e));
            continue;
        }
        mark_correct(L, q, e, config_setting_get_int64(e), n_answers);
    }
}

static void load_order_question(loader *L, const config_setting_t *g, qk_question *q,
                                where_ph *where)
{
    const config_setting_t *items = member(L, g, "items");
    if (!items) {
        errt(L, group_line(g), QK_D_NO_ITEMS_ORDER, PH(where));
        return;
    }
    int t = config_setting_type(items);
    size_t n = (t == CONFIG_TYPE_LIST || t == CONFIG_TYPE_ARRAY)
                   ? (size_t)config_setting_length(items) : 0;
    q->choices = calloc(n ? n : 1, sizeof *q->choices);
    if (!q->choices) {
        L->oom = true;
        return;
    }
    read_labels(L, items, "item", QK_D_W_ITEM_N, q, -1, n);
    if (t == CONFIG_TYPE_LIST || t == CONFIG_TYPE_ARRAY) {
        check_choice_count(L, line_of(items), n, QK_D_W_ITEMS, where);
        if (n <= QK_MAX_CHOICES) /* after the count, as for answers */
            check_duplicates(L, q, 0, QK_D_W_THE_ITEM, true);
    }
}

static void load_categorize_question(loader *L, const config_setting_t *g, qk_question *q,
                                     where_ph *where)
{
    const config_setting_t *cats = member(L, g, "categories");
    if (!cats) {
        errt(L, group_line(g), QK_D_NO_CATEGORIES, PH(where));
        return;
    }
    if (config_setting_type(cats) != CONFIG_TYPE_LIST) {
        if (config_setting_type(cats) == CONFIG_TYPE_ARRAY && config_setting_length(cats) == 0)
            errt(L, line_of(cats), QK_D_CATEGORIES_ZERO, PH(where), QK_MIN_CATEGORIES,
                 QK_MAX_CATEGORIES);
        else
            errt(L, line_of(cats), QK_D_CATEGORIES_NOT_LIST, type_desc(cats));
        return;
    }
    size_t nc = (size_t)config_setting_length(cats);
    if (nc < QK_MIN_CATEGORIES || nc > QK_MAX_CATEGORIES)
    {
        if (nc == 1)
            errt(L, line_of(cats), QK_D_CATEGORY_ONE, PH(where), QK_MIN_CATEGORIES,
                 QK_MAX_CATEGORIES);
        else
            errt(L, line_of(cats), QK_D_CATEGORY_COUNT, PH(where), nc, QK_MIN_CATEGORIES,
                 QK_MAX_CATEGORIES);
    }
    /* Count the items first, to size the choices. */
    size_t total = 0;
    for (size_t i = 0; i < nc; i++) {
        const config_setting_t *c = config_setting_get_elem(cats, (unsigned)i);
        const config_setting_t *it =
            config_setting_is_group(c) ? member(L, c, "items") : NULL;
        if (it && (config_setting_is_list(it) || config_setting_is_array(it)))
            total += (size_t)config_setting_length(it);
    }
    q->choices = calloc(total ? total : 1, sizeof *q->choices);
    q->categories = calloc(nc ? nc : 1, sizeof *q->categories);
    if (!q->choices || !q->categories) {
        L->oom = true;
        return;
    }
    for (size_t i = 0; i < nc; i++) {
        const config_setting_t *c = config_setting_get_elem(cats, (unsigned)i);
        if (!config_setting_is_group(c)) {
            errt(L, line_of(c), QK_D_CATEGORY_NOT_GROUP, i + 1, type_desc(c));
            continue;
        }
        where_ph cwhere;
        where_set(&cwhere, QK_D_W_CATEGORY_N, i + 1, NULL, NULL);
        check_names(L, c, category_names, &cwhere);
        char *name = get_string(L, c, "name", &cwhere, true, QK_MAX_LABEL_BYTES);
        for (size_t k = 0; name && k < q->n_categories; k++) {
            if (q->categories[k] && strcmp(q->categories[k], name) == 0) {
                char b[64];
                errt(L, line_of(member(L, c, "name")), QK_D_CATEGORY_TWICE,
                     shorten(name, b, sizeof b));
                break;
            }
        }
        q->categories[q->n_categories++] = name;
        const config_setting_t *it = member(L, c, "items");
        if (!it) {
            errt(L, group_line(c), QK_D_NO_ITEMS, PH(&cwhere));
            continue;
        }
        read_labels(L, it, "item", QK_D_W_ITEM_N, q, (int)i, total);
        if ((config_setting_is_list(it) || config_setting_is_array(it)) &&
            config_setting_length(it) == 0) {
            char b[64];
            qk_phrase cat;
            if (name)
                qk_phrase_set(&cat, QK_D_W_CATEGORY_NAME, shorten(name, b, sizeof b));
            else
                cat = *PH(&cwhere);
            errt(L, line_of(it), QK_D_CATEGORY_EMPTY, &cat);
        }
    }
    check_choice_count(L, line_of(cats), total, QK_D_W_CAT_ITEMS, where);
    if (total <= QK_MAX_CHOICES) /* after the count, as for answers */
        check_duplicates(L, q, 0, QK_D_W_THE_ITEM, true);
}

/* Settings that belong to other types: reported as errors so that nothing a
 * trainer writes is silently ignored. */
static void check_unused(loader *L, const config_setting_t *g, qk_qtype type)
{
    static const struct {
        const char *name;
        unsigned used_by; /* bit per qk_qtype */
        qk_str advice;
    } rules[] = {
        {"answers", 1u << QK_Q_SINGLE | 1u << QK_Q_MULTIPLE, QK_D_ADV_ANSWERS},
        {"correct", 1u << QK_Q_SINGLE | 1u << QK_Q_MULTIPLE | 1u << QK_Q_TRUEFALSE,
         QK_D_ADV_CORRECT},
        {"items", 1u << QK_Q_ORDER, QK_D_ADV_ITEMS},
        {"categories", 1u << QK_Q_CATEGORIZE, QK_D_ADV_CATEGORIES},
    };
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        const config_setting_t *s = member(L, g, rules[i].name);
        if (s && !(rules[i].used_by & (1u << type)))
            errt(L, line_of(s), QK_D_NOT_USED, rules[i].name, qk_qtype_name(type),
                 (int)rules[i].advice);
    }
    const config_setting_t *pc = member(L, g, "partial_credit");
    if (pc && (type == QK_Q_SINGLE || type == QK_Q_TRUEFALSE))
        warnt(L, line_of(pc), QK_D_PARTIAL_NO_EFFECT, qk_qtype_name(type));
}

static void load_question(loader *L, const config_setting_t *g, qk_question *q, size_t index,
                          where_ph *round_where)
{
    where_ph where;
    q->line = line_of(g);
    q->points = 1;
    q->shuffle = L->def_shuffle;
    q->partial_credit = L->def_partial;
    where_set(&where, QK_D_W_QUESTION_N, index + 1, NULL, round_where);
    if (!config_setting_is_group(g)) {
        errt(L, line_of(g), QK_D_QUESTION_NOT_GROUP, PH(&where), type_desc(g));
        return;
    }
    where_ph a_question;
    where_set(&a_question, QK_D_W_A_QUESTION, 0, NULL, NULL);
    check_names(L, g, question_names, &a_question);
    q->id = get_id(L, g, &where);
    if (q->id) {
        where_set(&where, QK_D_W_QUESTION_ID, 0, q->id, NULL);
        int prev = note_id(L, q->id, line_of(g));
        if (prev)
            errt(L, line_of(member(L, g, "id")), QK_D_QUESTION_ID_TWICE, q->id, prev);
    }

    int type = -1;
    const config_setting_t *ts = member(L, g, "type");
    if (!ts) {
        errt(L, group_line(g), QK_D_NO_TYPE, PH(&where));
    } else if (config_setting_type(ts) != CONFIG_TYPE_STRING) {
        errt(L, line_of(ts), QK_D_TYPE_NOT_STRING, type_desc(ts));
    } else {
        const char *tn = config_setting_get_string(ts);
        type = qk_qtype_from_name(tn);
        if (type < 0) {
            static const char *const types[] = {"single", "multiple", "truefalse", "order",
                                                "categorize", NULL};
            const char *near = qk_utf8_valid(tn) ? closest_name(tn, types) : NULL;
            char b[64];
            const char *shown = shorten(qk_utf8_valid(tn) ? tn : "?", b, sizeof b);
            if (near)
                errt(L, line_of(ts), QK_D_TYPE_UNKNOWN_NEAR, shown, near);
            else
                errt(L, line_of(ts), QK_D_TYPE_UNKNOWN, shown);
        }
    }

    q->text = get_string(L, g, "text", &where, true, QK_MAX_TEXT_BYTES);
    q->explanation = get_string(L, g, "explanation", &where, true, QK_MAX_TEXT_BYTES);
    const config_setting_t *ps = member(L, g, "picture");
    char *pic = get_string(L, g, "picture", &where, false, QK_MAX_LABEL_BYTES);
    if (pic) {
        q->picture = check_picture(L, ps, pic);
    }
    long long v;
    if (get_int_range(L, g, "time_limit", &where, 0, QK_MAX_TIME_LIMIT, true, &v))
        q->time_limit = (int)v;
    if (get_int_range(L, g, "points", &where, 0, QK_MAX_POINTS, false, &v))
        q->points = (int)v;
    get_bool(L, g, "shuffle", &q->shuffle);
    get_bool(L, g, "partial_credit", &q->partial_credit);
    get_bool(L, g, "always", &q->always);

    if (type < 0)
        return;
    q->type = (qk_qtype)type;
    check_unused(L, g, q->type);
    switch (q->type) {
    case QK_Q_SINGLE:
    case QK_Q_MULTIPLE:
        load_choice_question(L, g, q, &where);
        break;
    case QK_Q_TRUEFALSE: {
        const config_setting_t *c = member(L, g, "correct");
        if (!c)
            errt(L, group_line(g), QK_D_TF_NO_CORRECT, PH(&where));
        else if (config_setting_type(c) != CONFIG_TYPE_BOOL)
            errt(L, line_of(c), QK_D_TF_NOT_BOOL, type_desc(c));
        else
            q->truth = config_setting_get_bool(c) != 0;
        break;
    }
    case QK_Q_ORDER:
        load_order_question(L, g, q, &where);
        break;
    case QK_Q_CATEGORIZE:
        load_categorize_question(L, g, q, &where);
        break;
    default:
        break;
    }
}

/* ------------------------------------------------------------------------ */
/* Rounds and the set                                                       */

static const char *const round_names[] = {"id", "title", "intro", "pick", "shuffle",
                                          "questions", NULL};
static const char *const set_names[] = {"format", "id", "title", "language", "description",
                                        "scoring", "streak_bonus", "shuffle", "partial_credit",
                                        "rounds", NULL};

/* `always = true` marks a question a pool draws in every session: more of them
 * than `pick` cannot all be drawn (an error); without a pool every question is
 * asked anyway (a warning: the setting does nothing). */
static void check_always(loader *L, const qk_round *r, where_ph *where)
{
    size_t n = 0;
    int first = 0;
    for (size_t i = 0; i < r->n_questions; i++)
        if (r->questions[i].always && n++ == 0)
            first = r->questions[i].line;
    if (n == 0)
        return;
    if (r->pick == 0)
        warnt(L, first, QK_D_ALWAYS_NO_PICK, PH(where));
    else if (n > r->pick)
        errt(L, first, QK_D_ALWAYS_OVER_PICK, PH(where), n, r->pick, n);
}

static void load_round(loader *L, const config_setting_t *g, qk_round *r, size_t index)
{
    where_ph where;
    r->line = line_of(g);
    r->shuffle = L->def_shuffle;
    where_set(&where, QK_D_W_ROUND_N, index + 1, NULL, NULL);
    if (!config_setting_is_group(g)) {
        errt(L, line_of(g), QK_D_ROUND_NOT_GROUP, PH(&where), type_desc(g));
        return;
    }
    where_ph a_round;
    where_set(&a_round, QK_D_W_A_ROUND, 0, NULL, NULL);
    check_names(L, g, round_names, &a_round);
    r->id = get_id(L, g, &where);
    if (r->id)
        where_set(&where, QK_D_W_ROUND_ID, 0, r->id, NULL);
    r->title = get_string(L, g, "title", &where, true, QK_MAX_LABEL_BYTES);
    r->intro = get_string(L, g, "intro", &where, false, QK_MAX_TEXT_BYTES);
    get_bool(L, g, "shuffle", &r->shuffle);

    const config_setting_t *qs = member(L, g, "questions");
    size_t nq = 0;
    if (!qs) {
        errt(L, group_line(g), QK_D_NO_QUESTIONS_SETTING, PH(&where));
    } else if (config_setting_type(qs) == CONFIG_TYPE_ARRAY && config_setting_length(qs) == 0) {
        errt(L, line_of(qs), QK_D_NO_QUESTIONS, PH(&where));
    } else if (config_setting_type(qs) != CONFIG_TYPE_LIST) {
        errt(L, line_of(qs), QK_D_QUESTIONS_NOT_LIST, type_desc(qs));
    } else {
        nq = (size_t)config_setting_length(qs);
        if (nq == 0)
            errt(L, line_of(qs), QK_D_NO_QUESTIONS, PH(&where));
        r->questions = calloc(nq ? nq : 1, sizeof *r->questions);
        if (!r->questions) {
            L->oom = true;
            return;
        }
        for (size_t i = 0; i < nq && !L->oom; i++) {
            load_question(L, config_setting_get_elem(qs, (unsigned)i), &r->questions[i], i,
                          &where);
            r->n_questions++;
        }
    }

    long long pick;
    const config_setting_t *ps = get_int(L, g, "pick", &where, false, &pick);
    if (ps) {
        if (pick < 1)
            errt(L, line_of(ps), QK_D_PICK_ZERO, pick);
        else if (qs && (size_t)pick > nq)
            errt(L, line_of(ps), QK_D_PICK_OVER, pick, PH(&where), nq, nq);
        else
            r->pick = (size_t)pick;
    }
    check_always(L, r, &where);
}

/* The set's `format`: its value is always 1 today, so every message about it
 * says so. False when the file says another format (check no further). */
static bool check_format(loader *L, const config_setting_t *root, qk_set *set)
{
    const config_setting_t *fs = member(L, root, "format");
    if (!fs) {
        errt(L, 1, QK_D_FORMAT_MISSING, QK_FORMAT_VERSION, QK_FORMAT_VERSION);
        return true;
    }
    if (!is_int(fs)) {
        errt(L, line_of(fs), QK_D_FORMAT_NOT_INT, QK_FORMAT_VERSION, QK_FORMAT_VERSION);
        return true;
    }
    long long format = config_setting_get_int64(fs);
    if (format != QK_FORMAT_VERSION) {
        errt(L, line_of(fs), QK_D_FORMAT_OTHER, format, QK_FORMAT_VERSION, QK_FORMAT_VERSION);
        return false;
    }
    set->format = (int)format;
    return true;
}

static void load_set(loader *L, const config_setting_t *root, qk_set *set)
{
    where_ph the_set;
    where_set(&the_set, QK_D_W_THE_SET, 0, NULL, NULL);
    check_names(L, root, set_names, &the_set);
    if (!check_format(L, root, set))
        return; /* another format may mean anything: check no further */
    set->id = get_id(L, root, &the_set);
    set->title = get_string(L, root, "title", &the_set, true, QK_MAX_LABEL_BYTES);
    set->language = get_string(L, root, "language", &the_set, true, 35);
    if (set->language && !valid_language(set->language)) {
        const config_setting_t *ls = member(L, root, "language");
        char b[64];
        errt(L, line_of(ls), strchr(set->language, '_') ? QK_D_LANGUAGE_TAG_UNDERSCORE
                                                         : QK_D_LANGUAGE_TAG,
             shorten(set->language, b, sizeof b));
    }
    set->description = get_string(L, root, "description", &the_set, false, QK_MAX_TEXT_BYTES);
    char *scoring = get_string(L, root, "scoring", &the_set, false, QK_MAX_LABEL_BYTES);
    if (scoring) {
        if (strcmp(scoring, "accuracy") == 0) {
            set->scoring = QK_SCORING_ACCURACY;
        } else if (strcmp(scoring, "speed") == 0) {
            set->scoring = QK_SCORING_SPEED;
        } else {
            char b[64];
            errt(L, line_of(member(L, root, "scoring")), QK_D_SCORING,
                 shorten(scoring, b, sizeof b));
        }
    }
    long long v;
    if (get_int_range(L, root, "streak_bonus", &the_set, 0, QK_MAX_POINTS, false, &v))
        set->streak_bonus = (int)v;
    L->def_shuffle = true;
    L->def_partial = false;
    get_bool(L, root, "shuffle", &L->def_shuffle);
    get_bool(L, root, "partial_credit", &L->def_partial);

    const config_setting_t *rs = member(L, root, "rounds");
    if (!rs) {
        errt(L, 1, QK_D_NO_ROUNDS_SETTING);
        return;
    }
    if (config_setting_type(rs) != CONFIG_TYPE_LIST) {
        if (config_setting_type(rs) == CONFIG_TYPE_ARRAY && config_setting_length(rs) == 0)
            errt(L, line_of(rs), QK_D_NO_ROUNDS);
        else
            errt(L, line_of(rs), QK_D_ROUNDS_NOT_LIST, type_desc(rs));
        return;
    }
    size_t nr = (size_t)config_setting_length(rs);
    if (nr == 0) {
        errt(L, line_of(rs), QK_D_NO_ROUNDS);
        return;
    }
    if (nr > QK_MAX_ROUNDS) {
        errt(L, line_of(rs), QK_D_TOO_MANY_ROUNDS, nr, QK_MAX_ROUNDS);
        return;
    }
    /* Count the questions to size the id table and check the limit. */
    size_t total = 0;
    for (size_t i = 0; i < nr; i++) {
        const config_setting_t *r = config_setting_get_elem(rs, (unsigned)i);
        const config_setting_t *qs =
            config_setting_is_group(r) ? member(L, r, "questions") : NULL;
        if (qs && config_setting_is_list(qs))
            total += (size_t)config_setting_length(qs);
    }
    if (total > QK_MAX_QUESTIONS) {
        errt(L, line_of(rs), QK_D_TOO_MANY_QUESTIONS, total, QK_MAX_QUESTIONS);
        return;
    }
    L->id_cap = 16;
    while (L->id_cap < total * 2)
        L->id_cap *= 2;
    L->ids = calloc(L->id_cap, sizeof *L->ids);
    L->id_lines = calloc(L->id_cap, sizeof *L->id_lines);
    set->rounds = calloc(nr, sizeof *set->rounds);
    if (!L->ids || !L->id_lines || !set->rounds) {
        L->oom = true;
        return;
    }
    for (size_t i = 0; i < nr && !L->oom; i++) {
        qk_round *r = &set->rounds[i];
        load_round(L, config_setting_get_elem(rs, (unsigned)i), r, i);
        set->n_rounds++;
        for (size_t k = 0; r->id && k < i; k++) {
            if (set->rounds[k].id && strcmp(set->rounds[k].id, r->id) == 0) {
                errt(L, line_of(member(L, config_setting_get_elem(rs, (unsigned)i), "id")),
                     QK_D_ROUND_ID_TWICE, r->id, set->rounds[k].line);
                break;
            }
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Entry points                                                             */

/* The SHA-256 of the file runs in a second thread while the text is checked
 * and parsed (qk_sha256.h: OpenSSL's, with the CPU's SHA instructions, ~8 ms
 * of CPU for 11.6 MB here, libcrypto opened on the first hash). */
typedef struct {
    const unsigned char *data;
    size_t len;
    unsigned char digest[QK_SHA256_BYTES];
    bool ok;           /* false: libcrypto could not be opened */
} hash_job;

static void *hash_thread(void *arg)
{
    hash_job *job = arg;
    job->ok = qk_sha256(job->data, job->len, job->digest);
    return NULL;
}

/* Reports a libconfig parse error with a hint for the usual causes. */
static void report_parse_error(loader *L, const config_t *cfg, const char *text, int ml_line)
{
    int line = config_error_line(cfg);
    const char *what = config_error_text(cfg) ? config_error_text(cfg) : "parse error";
    /* libconfig's words (English) become ours where we know them. */
    qk_phrase said, hint, mlhint;
    qk_phrase_same(&hint, "");
    qk_phrase_same(&mlhint, "");
    if (strcmp(what, "duplicate setting name") == 0) {
        qk_phrase_set(&said, QK_D_LC_DUPLICATE);
        qk_phrase_set(&hint, QK_D_HINT_DUP);
    } else if (strcmp(what, "mismatched element type in array") == 0) {
        qk_phrase_set(&said, QK_D_LC_MISMATCH);
        qk_phrase_set(&hint, QK_D_HINT_ARRAY);
    } else if (strcmp(what, "syntax error") == 0) {
        qk_phrase_set(&said, QK_D_LC_SYNTAX);
        qk_phrase_set(&hint, QK_D_HINT_SYNTAX);
    } else {
        qk_phrase_same(&said, what);
    }
    bool multiline = ml_line && ml_line < line;
    if (multiline)
        qk_phrase_set(&mlhint, QK_D_HINT_MULTILINE, ml_line);
    else if (line > 0 && line_has_inner_quote(text, line))
        qk_phrase_set(&hint, QK_D_HINT_INNER_QUOTE);
    if (line > 0 && !multiline && strcmp(what, "syntax error") == 0 &&
        line_has_inner_quote(text, line) && !line_has_smart_quotes(text, line)) {
        errt(L, line, QK_D_SYNTAX_INNER_QUOTE);
        return;
    }
    if (line > 0 && line_has_smart_quotes(text, line))
        errt(L, line, QK_D_PARSE_SMART, &said, &hint, &mlhint);
    else
        errt(L, line > 0 ? line : 1, QK_D_PARSE, &said, &hint, &mlhint);
}

/* Parses text[0..len) (NUL-terminated) into cfg. libconfig reads it through a
 * memory stream, as it reads a file, instead of copying it whole. */
static bool parse_text(config_t *cfg, const char *text, size_t len)
{
    if (len == 0)
        return config_read_string(cfg, "") == CONFIG_TRUE;
    FILE *f = fmemopen((void *)text, len, "r");
    if (!f)
        return config_read_string(cfg, text) == CONFIG_TRUE;
    int ok = config_read(cfg, f);
    fclose(f);
    return ok == CONFIG_TRUE;
}

/* Checks, parses and builds the set from the file's bytes; data[len] must be
 * a NUL. When `owned_data` is data's own buffer (from qk_file_read's
 * qk_big_alloc when owned_mapped > 0, else malloc) it is given up as soon as
 * the parse is done, which keeps the file out of the peak memory: a mapped
 * one becomes the block the set's texts are written to, a malloc'd one is
 * freed. */
static void release(char *p, size_t mapped)
{
    if (mapped)
        qk_big_free(p - QK_BLOCK_HEAD, mapped); /* from qk_file_read */
    else
        free(p);
}

static qk_set *load_text(loader *L, const char *data, size_t len, const char *display_path,
                         char *owned_data, size_t owned_mapped)
{
    size_t errors_before = L->diags->errors;
    if (len > QK_MAX_FILE_BYTES) {
        errt(L, 0, QK_D_FILE_TOO_BIG, (double)len / (1024.0 * 1024.0),
             QK_MAX_FILE_BYTES / (1024u * 1024u));
        release(owned_data, owned_mapped);
        return NULL;
    }
    qk_set *set = calloc(1, sizeof *set);
    /* a file read into a buffer of its own gives it to the texts after the
     * parse: the first block holds the path until then */
    size_t first = owned_mapped ? 4096
                   : len + 4096 < QK_TEXT_BLOCK_BYTES ? len + 4096 : QK_TEXT_BLOCK_BYTES;
    qk_text_block *head = new_block(first);
    if (!set || !head || !qk_set_storage_attach(set, head)) {
        free(set);
        qk_text_blocks_free(head);
        errt(L, 0, QK_D_OOM);
        release(owned_data, owned_mapped);
        return NULL;
    }
    L->head = L->cur = head;
    set->path = dup_str(L, display_path);
    set->dir = dup_str(L, L->dir ? L->dir : NULL);

    hash_job job = {(const unsigned char *)data, len, {0}, false};
    pthread_t hasher;
    bool threaded = !L->skip_hash && len >= 65536 &&
                    pthread_create(&hasher, NULL, hash_thread, &job) == 0;
    if (!threaded && !L->skip_hash)
        hash_thread(&job);

    const char *text = NULL;
    char *owned = NULL;
    size_t tlen = 0;
    scan_info info;
    bool oom = false;
    bool ok = qk_text_decode(L->diags, L->name, data, len, &text, &tlen, &owned, &oom);
    if (ok) {
        /* One walk for a good file: the pre-scan with the guard's limits. A
         * file it finds anything wrong with is walked again the exact way,
         * the guard's pass and then the plain pre-scan, whose messages (and
         * which of them comes first) the golden tests pin. */
        qk_diags quick, *real = L->diags;
        qk_diags_init(&quick);
        L->diags = &quick;
        bool clean = prescan(L, text, tlen, &qk_fmt_guard_set_limits, &info) &&
                     quick.errors == 0 && quick.warnings == 0;
        L->diags = real;
        qk_diags_clear(&quick);
        if (!clean)
            ok = qk_fmt_guard(L->name, text, tlen, &qk_fmt_guard_set_limits, L->diags) &&
                 prescan(L, text, tlen, NULL, &info);
    }
    if (oom)
        L->oom = true;
    /* libconfig 1.5 wraps numbers too large for an int (points = 4294967297;
     * arrives as 1): each is an error of its own; the rest is still checked.
     * The pre-scan found whether there is one (a set rarely has any), so the
     * text is walked for the messages only then. */
    if (ok && info.bad_ints)
        qk_cfg_check_ints(text, tlen, L->name, L->diags, NULL, 0);
    config_t cfg;
    config_init(&cfg);
    if (ok && !parse_text(&cfg, text, tlen)) {
        report_parse_error(L, &cfg, text, info.ml_line);
        ok = false;
    }
    if (ok && config_setting_length(config_root_setting(&cfg)) == 0) {
        errt(L, 1, QK_D_EMPTY_FILE);
        ok = false;
    }
    free(owned);
    if (threaded)
        pthread_join(hasher, NULL); /* the hash is faster than the parse: no wait */
    if (ok && owned_mapped) {
        /* the file's buffer holds the texts now (QK_BLOCK_HEAD): its pages
         * are filled already, and the texts are fewer bytes than the file */
        qk_text_block *fb = qk_text_block_from_bytes(owned_data, owned_mapped);
        fb->next = head->next;
        head->next = fb;
        L->cur = fb;
    } else {
        release(owned_data, owned_mapped);
    }
    if (ok) {
        L->escapes = info.escapes;
        load_set(L, config_root_setting(&cfg), set);
    }
    L->names.group = NULL; /* its settings go with the tree */
    free(L->ids); /* before config_destroy: see qk_big_alloc */
    free(L->id_lines);
    L->ids = NULL;
    L->id_lines = NULL;
    config_destroy(&cfg);

    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < sizeof job.digest && !L->skip_hash; i++) {
        set->hash[2 * i] = hex[job.digest[i] >> 4];
        set->hash[2 * i + 1] = hex[job.digest[i] & 15];
    }
    set->hash[L->skip_hash ? 0 : 64] = '\0';
    if (!L->skip_hash && ok && !job.ok) {
        errt(L, 0, QK_D_NO_LIBCRYPTO, qk_sha256_error());
        ok = false;
    }

    if (L->oom)
        errt(L, 0, QK_D_OOM);
    if (!ok || L->diags->errors > errors_before) {
        qk_set_free(set);
        return NULL;
    }
    return set;
}

void qk_set_scan_verdicts(const char *text, size_t len, bool *one_walk, bool *two_walks)
{
    qk_diags d;
    qk_diags_init(&d);
    loader L = {0};
    L.diags = &d;
    L.name = "(scan)";
    scan_info info;
    *one_walk = prescan(&L, text, len, &qk_fmt_guard_set_limits, &info) && d.errors == 0 &&
                d.warnings == 0;
    qk_diags_clear(&d);
    *two_walks = qk_fmt_guard(L.name, text, len, &qk_fmt_guard_set_limits, &d) &&
                 prescan(&L, text, len, NULL, &info) && d.errors == 0 && d.warnings == 0;
    qk_diags_clear(&d);
}

qk_set *qk_set_load_buffer(const char *name, const char *dir, const char *data, size_t len,
                           qk_diags *diags)
{
    loader L = {0};
    L.diags = diags;
    L.name = name ? name : "(buffer)";
    L.dir = dir;
    if (!data)
        len = 0;
    if (len > QK_MAX_FILE_BYTES)
        return load_text(&L, "", len, L.name, NULL, 0); /* reports the size; reads nothing */
    char *copy = malloc(len + 1); /* with the NUL the checks rely on */
    if (!copy) {
        errt(&L, 0, QK_D_OOM);
        return NULL;
    }
    if (len)
        memcpy(copy, data, len);
    copy[len] = '\0';
    L.real_dir = dir ? realpath(dir, NULL) : NULL;
    qk_set *set = load_text(&L, copy, len, L.name, copy, 0);
    free(L.real_dir);
    return set;
}

qk_set *qk_set_load(const char *path, qk_diags *diags)
{
    return qk_set_load_with(path, NULL, diags);
}

qk_set *qk_set_load_with(const char *path, const qk_load_opts *opts, qk_diags *diags)
{
    loader L = {0};
    L.diags = diags;
    L.name = path;
    L.skip_hash = opts && opts->skip_hash;
    qk_file_bytes fb;
    if (!qk_file_read(path, diags, &fb))
        return NULL;
    char *data = fb.data;
    size_t len = fb.len, mapped = fb.mapped;

    /* The folder pictures resolve against: the file's own folder, absolute. */
    char *copy = strdup(path);
    char *dir = NULL;
    if (copy) {
        char *slash = strrchr(copy, '/');
        if (slash == copy)
            slash[1] = '\0';
        else if (slash)
            *slash = '\0';
        dir = realpath(slash ? copy : ".", NULL);
        if (!dir)
            dir = strdup(slash ? copy : ".");
    }
    free(copy);
    L.dir = dir;
    L.real_dir = dir ? realpath(dir, NULL) : NULL;
    qk_set *set = load_text(&L, data, len, path, data, mapped);
    free(L.real_dir);
    free(dir);
    return set;
}
