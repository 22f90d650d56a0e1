/* qk_strbuf.c: appending to a fixed-size text buffer (see qk_strbuf.h). */
#include "qk_strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void qk_cat(char *buf, size_t cap, const char *fmt, ...)
{
    if (!buf || !cap)
        return;
    size_t len = strlen(buf);
    if (len + 1 >= cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + len, cap - len, fmt, ap);
    va_end(ap);
}
