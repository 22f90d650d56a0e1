/* qk_utf8.h: small UTF-8 / UTF-16 helpers for the question-set loader (private).
 *
 * The loader checks text itself rather than trusting libconfig with it: these
 * validate UTF-8 strictly (no overlong forms, no surrogates, nothing past
 * U+10FFFF) and turn UTF-16 text, as Windows Notepad saves "Unicode", into UTF-8.
 */
#ifndef QK_UTF8_H
#define QK_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Length of the valid UTF-8 sequence that starts at s (avail bytes there, at
 * least 1), or 0 when the bytes there are not a valid sequence. */
size_t qk_utf8_seq(const char *s, size_t avail);

/* Returns the offset of the first byte of the first invalid UTF-8 sequence in
 * s[0..len), or len when all of it is valid. */
size_t qk_utf8_invalid_at(const char *s, size_t len);

/* True when the NUL-terminated s is valid UTF-8. */
bool qk_utf8_valid(const char *s);

/* Number of code points in valid UTF-8 text s. */
size_t qk_utf8_length(const char *s);

/* Converts UTF-16 code units p[0..len) (no byte-order mark) to UTF-8. Returns a
 * new NUL-terminated buffer (caller frees) and its length in *out_len, or NULL:
 * on a broken surrogate pair or odd length (*bad_at = byte offset of the
 * problem) or when out of memory (*bad_at = (size_t)-1). */
char *qk_utf16_to_utf8(const unsigned char *p, size_t len, bool big_endian,
                       size_t *out_len, size_t *bad_at);

#endif
