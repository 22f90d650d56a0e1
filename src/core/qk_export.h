/* qk_export.h: the trainer's exports of the stored results, written from a
 * qk_history (qk_store_history reads it from the database):
 *   qk_export_csv   RFC 4180 CSV, UTF-8 with a byte-order mark, ',' or ';'
 *   qk_export_xlsx  an Excel workbook (libxlsxwriter): sheets Svar, Økter,
 *                   Spørsmål
 * and qk_report_html (qk_report.h), the printable course report.
 *
 * Texts (the question, the answer given, the right answer) come from
 * opts->texts, the sets on the station found by content hash; for a set
 * version that is not there the text cells stay empty and res->notice says so
 * once, naming the sets. Autoplay sessions are in an export only when the
 * filter lets them in (filter.with_autoplay); they are marked in a column of
 * their own either way.
 *
 * Every file is written under a temporary name beside `path`, synced and
 * renamed over it, so a full disk or a pulled USB stick never leaves half a
 * file; on failure `path` is as it was and `err` names the file and says what
 * to do. Nothing here prints.
 */
#ifndef QK_EXPORT_H
#define QK_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "qk_answer_text.h"
#include "qk_history.h"
#include "qk_i18n.h"

typedef struct {
    char separator;            /* CSV: ',' (also for 0) or ';' (then decimal commas) */
    const qk_textbook *texts;  /* borrowed; NULL: every text cell empty */
} qk_export_opts;

#define QK_EXPORT_MISSING_MAX 8
typedef struct {
    long rows;                 /* answer rows written (CSV: data rows) */
    long sessions;             /* sessions in the export */
    size_t missing;            /* set versions played whose texts are not here */
    char missing_ids[QK_EXPORT_MISSING_MAX][72]; /* "id (hash prefix)" of the first ones */
    char missing_hash[QK_EXPORT_MISSING_MAX][65];
    char notice[1024];         /* "" or the one sentence about them (station language) */
} qk_export_result;

/* Writes `h` as CSV to `path`: a header row, then one row per answer with its
 * session's fields (a session with no answers: one row, answer fields empty).
 * Columns: those of docs/results.md, ending in question_text, answer_text and
 * correct_text. With separator ';' numbers use a decimal comma, as Norwegian
 * Excel reads them. `res` may be NULL. */
bool qk_export_csv(const qk_history *h, const char *path, const qk_export_opts *opts,
                   qk_export_result *res, char *err, size_t errcap);

/* Writes `h` as an .xlsx workbook (see docs/results.md for the sheets). */
bool qk_export_xlsx(const qk_history *h, const char *path, const qk_export_opts *opts,
                    qk_export_result *res, char *err, size_t errcap);

/* ---- shared by the exporters (qk_export_file.c) ---- */

/* The question an answer was to, from the set version played; NULL when that
 * version is not in `texts` (recorded in res, when given, for the notice). */
const qk_question *qk_export_question(const qk_textbook *texts, const qk_hist_session *s,
                                      const char *question_id, qk_export_result *res);
/* Fills res->notice from res->missing (call once, after the rows). */
void qk_export_finish_notice(qk_export_result *res);

/* A temporary name beside `path` ("PATH.tmp-PID"). False when it does not fit. */
bool qk_outfile_tmpname(const char *path, char *tmp, size_t cap);
/* Syncs `tmp`, renames it over `path` and syncs the folder. On failure
 * removes tmp, puts the sentence in err and returns false. */
bool qk_outfile_place(const char *tmp, const char *path, char *err, size_t errcap);
/* Opens the temporary file for `path` for writing; NULL (err says why) on failure. */
FILE *qk_outfile_open(const char *path, char *tmp, size_t tmpcap, char *err, size_t errcap);
/* Flushes and closes f (opened by qk_outfile_open), then qk_outfile_place.
 * `failed` true: only closes and removes tmp (returns false, err untouched). */
bool qk_outfile_commit(FILE *f, const char *tmp, const char *path, bool failed,
                       char *err, size_t errcap);
/* The message for a failed write of an export with the system's error e:
 * QK_S_EXPORT_E_WRITE (free space) when the disk is full or failing,
 * QK_S_EXPORT_E_OPEN (check the folder) for a missing, read-only or
 * forbidden place, so the advice fits what went wrong. */
qk_str qk_outfile_errmsg(int e);

/* A number as a spreadsheet reads it: no trailing zeros; `point` is '.' or ','. */
const char *qk_export_num(double v, char point, char *buf, size_t cap);
/* Local time as "YYYY-MM-DD HH:MM:SS". */
const char *qk_export_time(time_t t, char *buf, size_t cap);

#endif
