/* qk_strbuf.h: appending to a fixed-size text buffer.
 *
 * For messages built in pieces (the trainer menu's lines, the catalog's list
 * of problems): never writes past the buffer, always leaves it terminated, and
 * cuts what does not fit.
 */
#ifndef QK_STRBUF_H
#define QK_STRBUF_H

#include <stddef.h>

#if defined(__GNUC__)
#define QK_STRBUF_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define QK_STRBUF_PRINTF(f, a)
#endif

/* Appends printf-style text to the NUL-terminated `buf` of `cap` bytes; what
 * does not fit is cut. A full buffer is left as it is. */
void qk_cat(char *buf, size_t cap, const char *fmt, ...) QK_STRBUF_PRINTF(3, 4);

#endif
