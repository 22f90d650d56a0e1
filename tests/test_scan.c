/* test_scan.c: qk_scan.h's searches, 16 bytes at a time, against the plain
 * byte-by-byte definition they must agree with.
 *
 * Every length from 0 to 80 and every position of one byte that stops the
 * search, for every byte value, then pseudo-random buffers with several: a
 * wrong mask or a stop found in the wrong lane of a 16-byte stretch (or past
 * n) shows as a different offset. Two-byte characters (qk_scan_text_utf8)
 * at every offset too: whole, split over two stretches, or broken.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "qk_scan.h"
#include "qk_test.h"

static bool quote_bs_nl(unsigned char c)
{
    return c == '"' || c == '\\' || c == '\n';
}

static bool text_stop(unsigned char c)
{
    return c == '"' || c == '\\' || c < 0x20 || c >= 0x7F;
}

/* qk_scan_text_utf8's definition: text_stop, but well-formed two-byte
 * characters are passed over whole. */
static size_t naive_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
            i++;
            continue;
        }
        if (text_stop(c))
            return i;
    }
    return n;
}

static size_t naive(const char *s, size_t n, bool (*stop)(unsigned char))
{
    for (size_t i = 0; i < n; i++)
        if (stop((unsigned char)s[i]))
            return i;
    return n;
}

/* Both searches on s[0..n) against the definition; counts the mismatches. */
static int mismatches(const char *s, size_t n)
{
    int bad = 0;
    if (qk_scan_quote_bs_nl(s, n) != naive(s, n, quote_bs_nl))
        bad++;
    if (qk_scan_text_utf8(s, n) != naive_utf8(s, n))
        bad++;
    return bad;
}

static void test_one_stop_anywhere(void)
{
    char buf[96];
    int bad = 0;
    for (int c = 0; c < 256; c++) {
        for (size_t n = 0; n <= 80; n++) {
            for (size_t at = 0; at <= n; at++) {
                memset(buf, 'a', sizeof buf); /* bytes past n stop nothing... */
                buf[n] = '"';                  /* ...and one right after n must not count */
                if (at < n)
                    buf[at] = (char)c;
                bad += mismatches(buf, n);
            }
        }
    }
    QK_CHECK_INT(bad, 0);
}

static void test_random_buffers(void)
{
    /* Texts with some Norwegian letters, tabs and now and then a stop. */
    static const unsigned char pool[] = "abc defg hij\t\xC3\xA6\xC3\xB8\xC3\xA5 \"\\\n\x01\x7F\xFF";
    uint32_t r = 12345;
    char buf[300];
    int bad = 0;
    for (int round = 0; round < 20000; round++) {
        size_t n = (size_t)(round % 290);
        for (size_t i = 0; i < n; i++) {
            r = r * 1103515245u + 12345u;
            unsigned k = (r >> 16) % 64;
            buf[i] = (char)(k < sizeof pool - 1 && k >= 12 ? pool[k] : 'a' + k % 26);
        }
        bad += mismatches(buf, n);
        bad += n > 7 ? mismatches(buf + 7, n - 7) : 0; /* unaligned starts */
    }
    QK_CHECK_INT(bad, 0);
}

/* Two-byte characters at every offset, with every byte value after the
 * first and every length: a pair split over two 16-byte stretches, a lead in
 * the last lane, a lead or continuation alone, C0/C1 and longer leads, after
 * runs of good pairs. */
static void test_pairs_anywhere(void)
{
    static const unsigned char firsts[] = {0xC2, 0xC3, 0xDF, 0xC0, 0xC1, 0xE2, 0xF0, 0x80, 0xBF};
    char buf[96];
    int bad = 0;
    for (size_t f = 0; f < sizeof firsts; f++) {
        for (int c = 0; c < 256; c++) {
            for (size_t n = 1; n <= 48; n++) {
                for (size_t at = 0; at < n; at++) {
                    memset(buf, 'a', sizeof buf);
                    for (size_t k = 0; k + 1 < at; k += 2) { /* good pairs before it */
                        buf[k] = (char)0xC3;
                        buf[k + 1] = (char)0xA5;
                    }
                    buf[at] = (char)firsts[f];
                    buf[at + 1] = (char)c;
                    bad += mismatches(buf, n);
                }
            }
        }
    }
    QK_CHECK_INT(bad, 0);
}

int main(void)
{
    QK_RUN(test_one_stop_anywhere);
    QK_RUN(test_random_buffers);
    QK_RUN(test_pairs_anywhere);
    return qk_test_summary();
}
