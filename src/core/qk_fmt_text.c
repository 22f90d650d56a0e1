/* qk_fmt_text.c: a question file's bytes in, as UTF-8 text (see qk_fmt_text.h). */
#include "qk_fmt_text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "qk_model.h"
#include "qk_set_storage.h"
#include "qk_utf8.h"

bool qk_file_read(const char *path, qk_diags *diags, qk_file_bytes *out)
{
    out->data = NULL;
    out->len = out->mapped = 0;
    FILE *f = fopen(path, "rb");
    if (!f) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_CANNOT_OPEN, strerror(errno));
        return false;
    }
    struct stat sb;
    if (fstat(fileno(f), &sb) != 0) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_CANNOT_READ, strerror(errno));
        fclose(f);
        return false;
    }
    if (S_ISDIR(sb.st_mode)) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_IS_FOLDER);
        fclose(f);
        return false;
    }
    if (S_ISREG(sb.st_mode) && sb.st_size > (off_t)QK_MAX_FILE_BYTES) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_FILE_TOO_BIG,
            (double)sb.st_size / (1024.0 * 1024.0),
            QK_MAX_FILE_BYTES / (1024u * 1024u));
        fclose(f);
        return false;
    }
    /* Read at most one byte past the limit (the size may change, or be unknown),
     * into a buffer with room for the NUL the checks rely on. */
    bool regular = S_ISREG(sb.st_mode);
    size_t cap = regular ? (size_t)sb.st_size + 1 : 65536, len = 0, mapped = 0;
    char *data;
    if (regular && cap >= 65536) { /* a block's header in front: see QK_BLOCK_HEAD */
        char *base = qk_big_alloc(QK_BLOCK_HEAD + cap, &mapped);
        data = base ? base + QK_BLOCK_HEAD : NULL;
    } else {
        data = malloc(cap);
    }
    if (!data) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_OOM_READING);
        fclose(f);
        return false;
    }
    for (;;) {
        if (len == cap) {
            if (cap > QK_MAX_FILE_BYTES || mapped)
                break; /* too large, or a file that grew while being read */
            size_t ncap = cap * 2 > (size_t)QK_MAX_FILE_BYTES + 1 ? (size_t)QK_MAX_FILE_BYTES + 1
                                                                   : cap * 2;
            char *nd = realloc(data, ncap);
            if (!nd) {
                qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_OOM_READING);
                free(data);
                fclose(f);
                return false;
            }
            data = nd;
            cap = ncap;
        }
        size_t n = fread(data + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    bool read_error = ferror(f) != 0;
    int read_errno = errno;
    fclose(f);
    if (read_error || len == cap) {
        if (read_error)
            qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_CANNOT_READ, strerror(read_errno));
        else if (len > QK_MAX_FILE_BYTES)
            qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_FILE_OVER, QK_MAX_FILE_BYTES / (1024u * 1024u),
                QK_MAX_FILE_BYTES / (1024u * 1024u));
        else
            qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_FILE_CHANGED);
        if (mapped)
            qk_big_free(data - QK_BLOCK_HEAD, mapped);
        else
            free(data);
        return false;
    }
    data[len] = '\0';
    out->data = data;
    out->len = len;
    out->mapped = mapped;
    return true;
}

void qk_file_bytes_free(qk_file_bytes *b)
{
    if (!b || !b->data)
        return;
    if (b->mapped)
        qk_big_free(b->data - QK_BLOCK_HEAD, b->mapped);
    else
        free(b->data);
    b->data = NULL;
}

/* What a byte means in Windows-1252, for the few a Norwegian text is likely
 * to hold; NULL otherwise. */
static const char *cp1252_guess(unsigned char c)
{
    switch (c) {
    case 0xE6: return "\xC3\xA6"; /* æ */
    case 0xF8: return "\xC3\xB8"; /* ø */
    case 0xE5: return "\xC3\xA5"; /* å */
    case 0xC6: return "\xC3\x86"; /* Æ */
    case 0xD8: return "\xC3\x98"; /* Ø */
    case 0xC5: return "\xC3\x85"; /* Å */
    case 0xE9: return "\xC3\xA9"; /* é */
    case 0x93: return "\xE2\x80\x9C"; /* left double quote */
    case 0x94: return "\xE2\x80\x9D"; /* right double quote */
    case 0x92: return "\xE2\x80\x99"; /* right single quote */
    case 0x96: return "\xE2\x80\x93"; /* en dash */
    case 0xAB: return "\xC2\xAB"; /* « */
    case 0xBB: return "\xC2\xBB"; /* » */
    default: return NULL;
    }
}

bool qk_text_decode(qk_diags *diags, const char *name, const char *p, size_t len,
                    const char **out, size_t *out_len, char **owned, bool *oom)
{
    *owned = NULL;
    *oom = false;
    const unsigned char *u = (const unsigned char *)p;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        p += 3; /* UTF-8 byte-order mark, as Notepad writes it */
        len -= 3;
    } else if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        bool be = u[0] == 0xFE;
        size_t bad = 0, n = 0;
        char *conv = qk_utf16_to_utf8(u + 2, len - 2, be, &n, &bad);
        if (!conv) {
            if (bad == (size_t)-1) {
                *oom = true;
                qk_diag_addt(diags, QK_DIAG_ERROR, name, 0, QK_D_OOM_READING);
            } else {
                qk_diag_addt(diags, QK_DIAG_ERROR, name, 1, QK_D_UTF16_BROKEN,
                             be ? QK_D_W_BIG_ENDIAN : QK_D_W_LITTLE_ENDIAN, bad + 2);
            }
            return false;
        }
        *owned = conv;
        p = conv;
        len = n;
    }
    /* CRLF and lone CR become LF: in place in a converted buffer, else in a copy. */
    const char *cr = memchr(p, '\r', len);
    if (cr) {
        char *buf = *owned;
        if (!buf) {
            buf = malloc(len + 1);
            if (!buf) {
                *oom = true;
                qk_diag_addt(diags, QK_DIAG_ERROR, name, 0, QK_D_OOM_READING);
                return false;
            }
            memcpy(buf, p, len);
            *owned = buf;
        }
        size_t o = (size_t)(cr - p);
        for (size_t i = o; i < len; i++) {
            if (buf[i] == '\r') {
                buf[o++] = '\n';
                if (i + 1 < len && buf[i + 1] == '\n')
                    i++;
            } else {
                buf[o++] = buf[i];
            }
        }
        buf[o] = '\0';
        p = buf;
        len = o;
    }
    *out = p;
    *out_len = len;
    return true;
}


void qk_text_report_bad_byte(qk_diags *diags, const char *name, int line, unsigned char c)
{
    const char *g = cp1252_guess(c);
    qk_phrase guess;
    if (g)
        qk_phrase_set(&guess, QK_D_W_CP1252, g);
    else
        qk_phrase_same(&guess, "");
    qk_diag_addt(diags, QK_DIAG_ERROR, name, line, QK_D_BAD_UTF8, (unsigned)c, &guess);
}

bool qk_text_check(qk_diags *diags, const char *name, const char *t, size_t len)
{
    int line = 1;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)t[i];
        if (c == '\n') {
            line++;
            i++;
        } else if (c >= 0x80) {
            size_t n = qk_utf8_seq(t + i, len - i);
            if (!n) {
                qk_text_report_bad_byte(diags, name, line, c);
                return false;
            }
            i += n;
        } else if (c == 0) {
            qk_diag_addt(diags, QK_DIAG_ERROR, name, line, QK_D_NUL);
            return false;
        } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
            qk_diag_addt(diags, QK_DIAG_ERROR, name, line, QK_D_CONTROL_TEXT, (unsigned)c);
            return false;
        } else {
            i++;
        }
    }
    return true;
}

const char *qk_text_shorten(const char *s, char *buf, size_t cap)
{
    size_t n = 0, limit = cap > 48 ? 40 : cap - 8;
    while (s[n] && s[n] != '\n' && n < limit)
        n++;
    while (n > 0 && s[n] && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--; /* do not cut a character in two */
    bool cut = s[n] != '\0';
    snprintf(buf, cap, "%.*s%s", (int)n, s, cut ? "..." : "");
    return buf;
}
