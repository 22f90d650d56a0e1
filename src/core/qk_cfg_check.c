/* qk_cfg_check.c: integer literals that libconfig would wrap, and "did you
 * mean" for setting names (see qk_cfg_check.h).
 *
 * How the scan works: one pass over the bytes with four states (code, string,
 * line comment, block comment) as libconfig's scanner has them. In code, a
 * name ([A-Za-z*][-A-Za-z0-9_*]*) is skipped whole so that digits inside names
 * are not numbers; a number is a run starting with a digit, or with + or -
 * before a digit. A run with '.', or an 'e' outside hex, is a decimal number
 * (floats do not wrap) and is left alone. The value is computed here with
 * overflow checks, never with libconfig's own conversion.
 */
#include "qk_cfg_check.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* name_tab[c]: 1 a name may start with c ([A-Za-z*]), 2 a name may go on
 * with it ([-A-Za-z0-9_*]), 4 a digit. ASCII only, as libconfig's scanner
 * has them; a table, as ctype's call per byte was most of the time of
 * qk_cfg_code_token in a set's pre-scan. */
static const unsigned char name_tab[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 2, 0, 0,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 0, 0,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 2,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static bool name_start(unsigned char c)
{
    return name_tab[c] & 1;
}

static bool name_char(unsigned char c)
{
    return name_tab[c] & 2;
}

static bool ascii_digit(unsigned char c)
{
    return name_tab[c] & 4;
}

static bool ascii_alnum(unsigned char c)
{
    return (name_tab[c] & 2) && c != '-' && c != '_' && c != '*';
}

/* The setting name before the '=' or ':' that precedes t[at], copied into
 * out (cap bytes); "" when the literal is not a setting's value (a list item). */
static void name_before(const char *t, size_t at, char *out, size_t cap)
{
    out[0] = '\0';
    size_t i = at;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    if (i == 0 || (t[i - 1] != '=' && t[i - 1] != ':'))
        return;
    i--;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\r' || t[i - 1] == '\n'))
        i--;
    size_t end = i;
    while (i > 0 && name_char((unsigned char)t[i - 1]))
        i--;
    if (i == end || !name_start((unsigned char)t[i]) || end - i >= cap)
        return;
    memcpy(out, t + i, end - i);
    out[end - i] = '\0';
}

/* Looks at the number run t[0..n). Returns true when it is an integer literal
 * that does not fit the type libconfig gives it. */
static bool int_does_not_fit(const char *t, size_t n)
{
    size_t i = 0;
    bool neg = false;
    if (t[0] == '+' || t[0] == '-') {
        neg = t[0] == '-';
        i = 1;
    }
    bool hex = n - i > 2 && t[i] == '0' && (t[i + 1] == 'x' || t[i + 1] == 'X');
    if (hex)
        i += 2;
    uint64_t v = 0;
    bool over = false;
    size_t digits = 0;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        unsigned d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && isxdigit(c))
            d = (unsigned)(tolower(c) - 'a' + 10);
        else
            break;
        unsigned base = hex ? 16u : 10u;
        if (v > (UINT64_MAX - d) / base)
            over = true;
        else
            v = v * base + d;
        digits++;
    }
    if (!digits)
        return false;
    bool is_long = false;
    if (i < n && t[i] == 'L') {
        is_long = true;
        i++;
        if (i < n && t[i] == 'L')
            i++;
    }
    if (i != n) /* a decimal number (1.5, 1e3) or something libconfig refuses itself */
        return false;
    if (over)
        return true;
    uint64_t max = is_long ? (uint64_t)INT64_MAX : (uint64_t)INT32_MAX;
    if (neg && !hex)
        return v > max + 1; /* -2147483648 fits */
    return v > max;
}

size_t qk_cfg_code_token(const char *text, size_t len, size_t i, bool *bad)
{
    const unsigned char *u = (const unsigned char *)text;
    unsigned char c = u[i];
    *bad = false;
    if (name_start(c)) {
        while (i + 1 < len && name_char(u[i + 1]))
            i++;
    } else if (ascii_digit(c) || ((c == '+' || c == '-') && i + 1 < len && ascii_digit(u[i + 1]))) {
        size_t start = i;
        bool hex = false;
        while (i + 1 < len) {
            unsigned char n = u[i + 1], p = u[i];
            if (n == 'x' || n == 'X')
                hex = true;
            if (ascii_alnum(n) || n == '.' || n == '_' ||
                ((n == '+' || n == '-') && !hex && (p == 'e' || p == 'E')))
                i++;
            else
                break;
        }
        *bad = int_does_not_fit(text + start, i + 1 - start);
    }
    return i;
}

size_t qk_cfg_check_ints(const char *text, size_t len, const char *file, qk_diags *diags,
                         int *bad_lines, size_t cap)
{
    enum { CODE, STR, LINE_COMMENT, BLOCK_COMMENT } st = CODE;
    const unsigned char *u = (const unsigned char *)text;
    size_t bad = 0;
    int line = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = u[i];
        if (c == '\n') {
            line++;
            if (st == LINE_COMMENT)
                st = CODE;
            continue;
        }
        switch (st) {
        case STR:
            if (c != '\\' && c != '"') {
                /* inside a text: straight on to its next quote, backslash or
                 * line end (most of a set is text; byte by byte this loop
                 * took 13 ms of a 10,000-question --check) */
                const void *q = memchr(u + i, '"', len - i);
                size_t end = q ? (size_t)((const unsigned char *)q - u) : len;
                const void *b = memchr(u + i, '\\', end - i);
                if (b)
                    end = (size_t)((const unsigned char *)b - u);
                const void *nl = memchr(u + i, '\n', end - i);
                if (nl)
                    end = (size_t)((const unsigned char *)nl - u);
                i = end - 1; /* the loop's i++ lands on it */
                continue;
            }
            if (c == '\\' && i + 1 < len && u[i + 1] != '\n')
                i++;
            else if (c == '"')
                st = CODE;
            continue;
        case LINE_COMMENT:
            continue;
        case BLOCK_COMMENT:
            if (c == '*' && i + 1 < len && u[i + 1] == '/') {
                i++;
                st = CODE;
            }
            continue;
        case CODE:
            break;
        }
        if (c == '"') {
            st = STR;
        } else if (c == '#') {
            st = LINE_COMMENT;
        } else if (c == '/' && i + 1 < len && (u[i + 1] == '/' || u[i + 1] == '*')) {
            st = u[i + 1] == '/' ? LINE_COMMENT : BLOCK_COMMENT;
            i++;
        } else {
            size_t start = i;
            bool does_not_fit;
            i = qk_cfg_code_token(text, len, i, &does_not_fit);
            if (does_not_fit) {
                size_t n = i + 1 - start;
                char name[64];
                name_before(text, start, name, sizeof name);
                if (name[0])
                    qk_diag_addt(diags, QK_DIAG_ERROR, file, line, QK_D_INT_NOT_FIT_NAMED, name,
                                 (int)(n > 40 ? 40 : n), text + start);
                else
                    qk_diag_addt(diags, QK_DIAG_ERROR, file, line, QK_D_INT_NOT_FIT,
                                 (int)(n > 40 ? 40 : n), text + start);
                if (bad_lines && bad < cap)
                    bad_lines[bad] = line;
                bad++;
            }
        }
    }
    return bad;
}

/* Edit distance with swaps of neighbours (optimal string alignment), case
 * ignored; 99 for names too long to matter. */
static int distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    int d[41][41];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int ai = tolower((unsigned char)a[i - 1]);
        for (size_t j = 1; j <= lb; j++) {
            int bj = tolower((unsigned char)b[j - 1]);
            int best = d[i - 1][j - 1] + (ai != bj);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && ai == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == bj && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[la][lb];
}

const char *qk_cfg_closest_name(const char *name, const char *const *known)
{
    if (!name)
        return NULL;
    const char *best = NULL;
    int best_d = 99;
    for (size_t i = 0; known[i]; i++) {
        int dd = distance(name, known[i]);
        if (dd < best_d) {
            best_d = dd;
            best = known[i];
        }
    }
    int allowed = strlen(name) >= 6 ? 2 : 1;
    return best && best_d <= allowed ? best : NULL;
}
