/* qk_scan.h: finding the next byte that matters inside a text in quotes (or
 * the end of an indentation), 16 bytes at a time, for the lexical passes
 * before libconfig (qk_fmt_guard.c, the loader's pre-scan in
 * qk_fmt_libconfig_read.c).
 *
 * Most of a question set is text in quotes, and both passes only need to see
 * its quotes, backslashes and line ends (and, for the pre-scan, control bytes
 * and characters of more than two bytes). Byte by byte, or with three
 * memchr calls per stretch as before, that was most of their time on short
 * texts. With SSE2 (every x86-64) a stretch of 16 bytes is compared with
 * each byte looked for at once; elsewhere the same is a plain loop. Either
 * way the answer is the same: the offset of the first such byte, or n.
 *
 * Header-only, static inline; nothing is allocated, nothing kept.
 */
#ifndef QK_SCAN_H
#define QK_SCAN_H

#include <stddef.h>

#if defined(__SSE2__)
#include <emmintrin.h> /* _mm_loadu_si128, _mm_cmpeq_epi8, _mm_movemask_epi8 */
#endif

/* The offset in s[0..n) of the first '"', '\\' or '\n', or n. */
static inline size_t qk_scan_quote_bs_nl(const char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i q = _mm_set1_epi8('"'), b = _mm_set1_epi8('\\'), l = _mm_set1_epi8('\n');
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, b)),
                                 _mm_cmpeq_epi8(x, l));
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits)
            return i + (size_t)__builtin_ctz(bits);
    }
#endif
    for (; i < n; i++)
        if (s[i] == '"' || s[i] == '\\' || s[i] == '\n')
            return i;
    return n;
}

/* The offset in s[0..n) of the first '"', '\\', byte below 0x20 (tab too),
 * 0x7F, or byte of 0x80 and above that is not part of a well-formed
 * two-byte character (æ ø å and the rest of Latin-1's letters: a lead C2-DF,
 * then a continuation 80-BF), or n: a place where a pass that checks UTF-8
 * and control bytes inside texts must look. Two-byte characters were most
 * of the stops in a Norwegian set when each was one. The pass that uses it
 * checks longer characters and bad bytes itself. Each 16 bytes are judged at
 * once: a lead must have its continuation in the next lane and each
 * continuation its lead in the one before; a lead in the last lane is left
 * for the next stretch, which starts on it. Per set it costs more
 * instructions than stopping at each character, but far fewer mispredicted
 * branches: --check of 10,000 questions 182.3 -> 173.9 ms (medians of 31,
 * interleaved). */
static inline size_t qk_scan_text_utf8(const char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i q = _mm_set1_epi8('"'), b = _mm_set1_epi8('\\'), del = _mm_set1_epi8(0x7F),
                  sp = _mm_set1_epi8(0x20), neg1 = _mm_set1_epi8(-1),
                  lo2 = _mm_set1_epi8((char)0xC1), hi2 = _mm_set1_epi8((char)0xE0),
                  cont = _mm_set1_epi8((char)0xC0);
    while (i + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* signed bytes: 0x00-0x1F are 0..31, 0x80-0xBF are -128..-65,
         * 0xC2-0xDF are -62..-33 */
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, b)),
                                    _mm_or_si128(_mm_cmpeq_epi8(x, del),
                                                 _mm_and_si128(_mm_cmplt_epi8(x, sp),
                                                               _mm_cmpgt_epi8(x, neg1))));
        unsigned S = (unsigned)_mm_movemask_epi8(stop);
        unsigned N = (unsigned)_mm_movemask_epi8(x);
        unsigned L = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(x, lo2), _mm_cmplt_epi8(x, hi2)));
        unsigned C = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, cont));
        unsigned E = (L << 1) & 0xFFFFu;                 /* where continuations belong */
        unsigned bad = S | (N & ~L & ~C)                 /* longer characters, C0, C1 */
                       | (C & ~E)                        /* a continuation on its own */
                       | (L & ~(C >> 1) & 0x7FFFu);      /* a lead without one */
        if (bad)
            return i + (size_t)__builtin_ctz(bad);
        i += (L & 0x8000u) ? 15 : 16; /* a lead in the last lane: its pair in the next */
    }
#endif
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7F)
            return i;
        i++;
    }
    return n;
}

/* The offset in s[0..n) of the first byte that is neither ' ' nor '\t', or
 * n: the end of an indentation, which outside texts is most of what the
 * pre-scan skips. */
static inline size_t qk_scan_blanks(const char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i m = _mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, tab));
        unsigned bits = ~(unsigned)_mm_movemask_epi8(m) & 0xFFFFu;
        if (bits)
            return i + (size_t)__builtin_ctz(bits);
    }
#endif
    for (; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return i;
    return n;
}

#endif
