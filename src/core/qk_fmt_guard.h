/* qk_fmt_guard.h: a cheap lexical pass that refuses libconfig input which would
 * stall a station before libconfig sees it.
 *
 * libconfig's scanner is quadratic in the length of a token, it keeps about
 * 230 bytes per setting, and our checks of a list's entries (duplicates) grow
 * with the square of its length. Everything below the 16 MB file limit must be
 * checked in under a second and in at most 10 times the file's size, so one
 * linear pass over the text, following libconfig's lexical rules (texts with
 * escapes, joined neighbouring texts, the three kinds of comment, names and
 * numbers, brackets), refuses:
 *  - a text (or run of texts libconfig would join) longer than max_text bytes;
 *  - a name, number or other word longer than max_word bytes;
 *  - a list or array with more than max_list entries (the setting named
 *    big_list may have up to max_big_list: a set's "questions");
 *  - brackets open more than max_depth deep;
 *  - more tokens than max_tokens (0: 4096 + the length / 24: a real set has
 *    one per 48 bytes), which bounds libconfig's memory.
 * Each refusal is one error "FILE:LINE: error: ..." naming the line where the
 * token or list starts, and the pass stops at the first. It does not judge
 * anything else: the callers' own checks still run on what passes.
 *
 * The text is not owned and not changed; `d` receives the error.
 */
#ifndef QK_FMT_GUARD_H
#define QK_FMT_GUARD_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_diag.h"

typedef struct {
    size_t max_text;       /* bytes in one text, escapes included, joined runs together */
    size_t max_word;       /* bytes in a name, number or word */
    size_t max_list;       /* entries in one list or array */
    const char *big_list;  /* the setting whose list may be longer, or NULL */
    size_t max_big_list;
    int max_depth;         /* brackets open at once */
    size_t max_tokens;     /* 0: 4096 + len / 24 */
} qk_fmt_guard_limits;

/* The limits for a question set (our libconfig format) and for a station file. */
extern const qk_fmt_guard_limits qk_fmt_guard_set_limits;
extern const qk_fmt_guard_limits qk_fmt_guard_station_limits;

/* 1 for the bytes a word is made of (letters, digits, "_.+-*"), else 0. */
extern const unsigned char qk_fmt_guard_word_tab[256];

/* True when text[0..len) may go to libconfig; false with one error in `d`
 * (attributed to `file`) otherwise. */
bool qk_fmt_guard(const char *file, const char *text, size_t len,
                  const qk_fmt_guard_limits *lim, qk_diags *d);

#endif
