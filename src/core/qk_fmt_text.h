/* qk_fmt_text.h: a question file's bytes in, as UTF-8 text with LF line ends.
 *
 * Every reader of question files (the libconfig set reader, the GIFT and Aiken
 * readers) takes its input through here, so that they all accept the same
 * files: at most QK_MAX_FILE_BYTES, a UTF-8 byte-order mark stripped, UTF-16
 * with a byte-order mark turned into UTF-8, CRLF and lone CR turned into LF,
 * and invalid UTF-8 (Windows-1252, as Word saves "text") refused with the line
 * and a guess at what the byte meant. Problems are reported into a qk_diags
 * as FILE:LINE: error: (line 0: the file as a whole).
 */
#ifndef QK_FMT_TEXT_H
#define QK_FMT_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_diag.h"

/* A file's bytes. data[len] is a NUL (readers rely on it as a sentinel).
 * data came from qk_big_alloc when mapped > 0 (QK_BLOCK_HEAD bytes after the
 * start of that buffer, qk_set_storage.h), else from malloc; give it back
 * with qk_file_bytes_free. */
typedef struct {
    char *data;
    size_t len;
    size_t mapped;
} qk_file_bytes;

/* Reads the whole of `path` (at most QK_MAX_FILE_BYTES; a larger file is
 * refused before it is read). Returns false after reporting why. */
bool qk_file_read(const char *path, qk_diags *diags, qk_file_bytes *out);
void qk_file_bytes_free(qk_file_bytes *b);

/* Turns the bytes p[0..len) (p[len] must be a NUL) into UTF-8 text with LF
 * line ends. In the common case (UTF-8, LF) nothing is copied and *out points
 * into p; otherwise *owned gets a new buffer (caller frees) and *out points
 * into it; either way (*out)[*out_len] is a NUL. p is never written. Returns
 * false after an error (reported as `name`); *oom is set when it was memory.
 * The text is not yet checked for valid UTF-8: see qk_text_check. */
bool qk_text_decode(qk_diags *diags, const char *name, const char *p, size_t len,
                    const char **out, size_t *out_len, char **owned, bool *oom);

/* Reports the byte c at `line` as invalid UTF-8, with what it would be in
 * Windows-1252 and how to save the file again. */
void qk_text_report_bad_byte(qk_diags *diags, const char *name, int line, unsigned char c);

/* Checks decoded text t[0..len): valid UTF-8 and no NUL or control bytes but
 * tab and newline. Returns false after reporting the first problem with its
 * line. (The libconfig reader does this in its own lexical pass.) */
bool qk_text_check(qk_diags *diags, const char *name, const char *t, size_t len);

/* A short, quotable version of user text for messages: at most ~40 bytes, cut
 * on a UTF-8 boundary, one line, "..." when cut. Returns buf. */
const char *qk_text_shorten(const char *s, char *buf, size_t cap);

#endif
