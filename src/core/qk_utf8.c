/* qk_utf8.c: UTF-8 validation and UTF-16 to UTF-8 conversion (see qk_utf8.h).
 *
 * The validator follows the well-formed byte sequences table of the Unicode
 * standard (chapter 3): the second byte's range depends on the first byte,
 * which rules out overlong forms, surrogates and code points past U+10FFFF.
 * ASCII runs take a fast path because question sets are mostly ASCII.
 */
#include "qk_utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

size_t qk_utf8_seq(const char *str, size_t avail)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    unsigned char lo = 0x80, hi = 0xBF;
    size_t need;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (avail <= need)
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t k = 2; k <= need; k++)
        if (s[k] < 0x80 || s[k] > 0xBF)
            return 0;
    return need + 1;
}

size_t qk_utf8_invalid_at(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = qk_utf8_seq(s + i, len - i);
        if (!n)
            return i;
        i += n;
    }
    return len;
}

bool qk_utf8_valid(const char *s)
{
    size_t n = strlen(s);
    return qk_utf8_invalid_at(s, n) == n;
}

size_t qk_utf8_length(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

char *qk_utf16_to_utf8(const unsigned char *p, size_t len, bool big_endian,
                       size_t *out_len, size_t *bad_at)
{
    if (len % 2) {
        *bad_at = len - 1;
        return NULL;
    }
    /* Each code unit becomes at most 3 bytes (a pair of units at most 4). */
    char *out = malloc(len / 2 * 3 + 1);
    if (!out) {
        *bad_at = (size_t)-1;
        return NULL;
    }
    size_t o = 0;
    for (size_t i = 0; i < len; i += 2) {
        uint32_t u = big_endian ? (uint32_t)(p[i] << 8 | p[i + 1])
                                : (uint32_t)(p[i + 1] << 8 | p[i]);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= len) {
                *bad_at = i;
                free(out);
                return NULL;
            }
            uint32_t u2 = big_endian ? (uint32_t)(p[i + 2] << 8 | p[i + 3])
                                     : (uint32_t)(p[i + 3] << 8 | p[i + 2]);
            if (u2 < 0xDC00 || u2 > 0xDFFF) {
                *bad_at = i;
                free(out);
                return NULL;
            }
            u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
            i += 2;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            *bad_at = i;
            free(out);
            return NULL;
        }
        if (u < 0x80) {
            out[o++] = (char)u;
        } else if (u < 0x800) {
            out[o++] = (char)(0xC0 | (u >> 6));
            out[o++] = (char)(0x80 | (u & 0x3F));
        } else if (u < 0x10000) {
            out[o++] = (char)(0xE0 | (u >> 12));
            out[o++] = (char)(0x80 | ((u >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (u & 0x3F));
        } else {
            out[o++] = (char)(0xF0 | (u >> 18));
            out[o++] = (char)(0x80 | ((u >> 12) & 0x3F));
            out[o++] = (char)(0x80 | ((u >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (u & 0x3F));
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}
