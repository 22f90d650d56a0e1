/* store_csv.h: a small, strict RFC 4180 reader for the export tests.
 *
 * Quoted fields, doubled quotes, CRLF after every record and nothing else: a
 * bare CR or LF, a quote inside an unquoted field or a missing final CRLF is
 * an error. read_export() also checks the UTF-8 byte-order mark and the header.
 */
#ifndef STORE_CSV_H
#define STORE_CSV_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CSV_MAX_ROWS 2000
#define CSV_MAX_COLS 40

typedef struct {
    size_t nrows;
    size_t ncols[CSV_MAX_ROWS];
    char *f[CSV_MAX_ROWS][CSV_MAX_COLS];
} csv_doc;

static inline void csv_free(csv_doc *d)
{
    for (size_t r = 0; r < d->nrows; r++)
        for (size_t c = 0; c < d->ncols[r]; c++)
            free(d->f[r][c]);
    d->nrows = 0;
}

/* Parses `s` strictly; false (with a message) on anything RFC 4180 forbids,
 * including a bare CR or LF and a missing CRLF after the last record. */
static inline bool csv_parse_sep(const char *s, size_t len, char sep, csv_doc *d)
{
    memset(d, 0, sizeof *d);
    size_t i = 0;
    while (i < len) {
        if (d->nrows == CSV_MAX_ROWS)
            return false;
        size_t r = d->nrows++;
        for (;;) {
            if (d->ncols[r] == CSV_MAX_COLS)
                return false;
            char *buf = malloc(len - i + 1);
            size_t n = 0;
            if (i < len && s[i] == '"') {
                i++;
                for (;;) {
                    if (i >= len) {
                        fprintf(stderr, "csv: unterminated quote\n");
                        free(buf);
                        return false;
                    }
                    if (s[i] == '"') {
                        if (i + 1 < len && s[i + 1] == '"') {
                            buf[n++] = '"';
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    buf[n++] = s[i++];
                }
            } else {
                while (i < len && s[i] != sep && s[i] != '\r' && s[i] != '\n') {
                    if (s[i] == '"') {
                        fprintf(stderr, "csv: quote inside an unquoted field\n");
                        free(buf);
                        return false;
                    }
                    buf[n++] = s[i++];
                }
            }
            buf[n] = '\0';
            d->f[r][d->ncols[r]++] = buf;
            if (i < len && s[i] == sep) {
                i++;
                continue;
            }
            if (i + 1 < len && s[i] == '\r' && s[i + 1] == '\n') {
                i += 2;
                break;
            }
            fprintf(stderr, "csv: record %zu does not end with CRLF\n", r + 1);
            return false;
        }
    }
    return true;
}

static inline bool csv_parse(const char *s, size_t len, csv_doc *d)
{
    return csv_parse_sep(s, len, ',', d);
}

static inline char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    *len = fread(b, 1, (size_t)n, f);
    b[*len] = '\0';
    fclose(f);
    return b;
}

#define CSV_EXPORT_COLS 26
/* Reads an export with separator `sep`: checks the BOM, parses, checks the
 * header (session_id first, correct_text last) and every row's width. */
static inline bool read_export_sep(const char *path, char sep, csv_doc *d)
{
    size_t len = 0;
    char *b = slurp(path, &len);
    if (!b)
        return false;
    bool ok = len >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 &&
              csv_parse_sep(b + 3, len - 3, sep, d);
    free(b);
    if (!ok || d->nrows == 0 || d->ncols[0] != CSV_EXPORT_COLS ||
        strcmp(d->f[0][0], "session_id") != 0 || strcmp(d->f[0][22], "answered_at") != 0 ||
        strcmp(d->f[0][CSV_EXPORT_COLS - 1], "correct_text") != 0)
        return false;
    for (size_t r = 0; r < d->nrows; r++)
        if (d->ncols[r] != CSV_EXPORT_COLS)
            return false;
    return true;
}

static inline bool read_export(const char *path, csv_doc *d)
{
    return read_export_sep(path, ',', d);
}

static inline int col(const csv_doc *d, const char *name)
{
    for (size_t c = 0; c < d->ncols[0]; c++)
        if (strcmp(d->f[0][c], name) == 0)
            return (int)c;
    return -1;
}

static inline const char *cell(const csv_doc *d, size_t row, const char *name)
{
    int c = col(d, name);
    return c < 0 ? "(no column)" : d->f[row][c];
}

#endif
