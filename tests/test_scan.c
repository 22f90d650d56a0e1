/* test_scan.c: qk_scan.h's searches, 16 bytes at a time, against the plain
 * byte-by-byte definition they must agree with.
 *
 * Every length from 0 to 80 and every position of one byte that stops the
 * search, for every byte value, then pseudo-random buffers with several: a
 * wrong mask or a stop found in the wrong lane of a 16-byte stretch (or past
 * n) shows as a different offset.
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
    if (qk_scan_text_stop(s, n) != naive(s, n, text_stop))
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

int main(void)
{
    QK_RUN(test_one_stop_anywhere);
    QK_RUN(test_random_buffers);
    return qk_test_summary();
}
