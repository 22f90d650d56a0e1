/* qk_export_csv.c: the CSV export (see qk_export.h, docs/results.md).
 *
 * One row per answer, the session's fields repeated on each, then the answer's,
 * then the three texts. RFC 4180: a field holding the separator, a quote or a
 * line break is quoted with quotes doubled; records end in CRLF; the file
 * starts with a UTF-8 byte-order mark so that spreadsheets read æøå right.
 * The ';' variant is what Norwegian Excel opens in columns: there the decimal
 * mark is a comma too, so numbers stay numbers.
 */
#include "qk_export.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "qk_store.h"

static void field(FILE *f, const char *v, char sep, bool last)
{
    if (!v)
        v = "";
    char special[5] = {sep, '"', '\r', '\n', '\0'};
    if (strpbrk(v, special)) {
        fputc('"', f);
        for (const char *p = v; *p; p++) {
            if (*p == '"')
                fputc('"', f);
            fputc(*p, f);
        }
        fputc('"', f);
    } else {
        fputs(v, f);
    }
    if (last)
        fputs("\r\n", f);
    else
        fputc(sep, f);
}

static const char *const header[] = {
    "session_id", "station_id", "set_id", "set_title", "set_hash", "started", "ended",
    "status", "score", "max_score", "autoplay", "seq", "round_id", "question_id",
    "question_type", "answer", "correct", "credit", "time_ms", "points", "streak_bonus",
    "timed_out", "answered_at", "question_text", "answer_text", "correct_text",
};
#define COLS (sizeof header / sizeof header[0])

static void write_row(FILE *f, char sep, const qk_hist_session *s, const qk_hist_answer *a,
                      const qk_question *q)
{
    char point = sep == ';' ? ',' : '.';
    char b[16][64];
    char texts[3][4 * QK_MAX_TEXT_BYTES];
    texts[0][0] = texts[1][0] = texts[2][0] = '\0';
    if (a && q) {
        snprintf(texts[0], sizeof texts[0], "%s", q->text ? q->text : "");
        qk_answer_text(q, a->answer, texts[1], sizeof texts[1]);
        qk_correct_text(q, texts[2], sizeof texts[2]);
    }
    snprintf(b[0], 64, "%lld", (long long)s->id);
    qk_export_time(s->started, b[1], 64);
    if (s->ended)
        qk_export_time(s->ended, b[2], 64);
    else
        b[2][0] = '\0';
    qk_export_num(s->score, point, b[3], 64);
    if (s->has_max)
        qk_export_num(s->max_score, point, b[4], 64);
    else
        b[4][0] = '\0';
    const char *v[COLS] = {
        b[0], s->station_id, s->set_id, s->set_title, s->set_hash, b[1], b[2], s->status,
        b[3], b[4], s->autoplay ? "1" : "0"};
    if (a) {
        snprintf(b[5], 64, "%ld", a->seq);
        qk_export_num(a->credit, point, b[6], 64);
        snprintf(b[7], 64, "%ld", a->time_ms);
        qk_export_num(a->points, point, b[8], 64);
        qk_export_num(a->streak_bonus, point, b[9], 64);
        qk_export_time(a->answered_at, b[10], 64);
        v[11] = b[5];
        v[12] = a->round_id;
        v[13] = a->question_id;
        v[14] = a->question_type;
        v[15] = a->answer;
        v[16] = a->correct ? "1" : "0";
        v[17] = b[6];
        v[18] = b[7];
        v[19] = b[8];
        v[20] = b[9];
        v[21] = a->timed_out ? "1" : "0";
        v[22] = b[10];
        v[23] = texts[0];
        v[24] = texts[1];
        v[25] = texts[2];
    }
    for (size_t c = 0; c < COLS; c++)
        field(f, v[c] ? v[c] : "", sep, c + 1 == COLS);
}

bool qk_export_csv(const qk_history *h, const char *path, const qk_export_opts *opts,
                   qk_export_result *res, char *err, size_t errcap)
{
    qk_export_result local;
    if (!res)
        res = &local;
    memset(res, 0, sizeof *res);
    if (err && errcap)
        err[0] = '\0';
    char sep = opts && opts->separator == ';' ? ';' : ',';
    const qk_textbook *texts = opts ? opts->texts : NULL;
    char tmp[PATH_MAX + 32];
    FILE *f = qk_outfile_open(path, tmp, sizeof tmp, err, errcap);
    if (!f)
        return false;
    fputs("\xEF\xBB\xBF", f);
    for (size_t c = 0; c < COLS; c++)
        field(f, header[c], sep, c + 1 == COLS);
    long rows = 0;
    for (size_t i = 0; i < h->n_sessions; i++) {
        const qk_hist_session *s = &h->sessions[i];
        res->sessions++;
        if (!s->n_answers) {
            write_row(f, sep, s, NULL, NULL);
            rows++;
        }
        for (size_t k = 0; k < s->n_answers; k++) {
            const qk_hist_answer *a = &h->answers[s->first + k];
            write_row(f, sep, s, a, qk_export_question(texts, s, a->question_id, res));
            rows++;
        }
    }
    if (!qk_outfile_commit(f, tmp, path, false, err, errcap))
        return false;
    res->rows = rows;
    qk_export_finish_notice(res);
    return true;
}

/* The store's own CSV call (qk_store.h): every session, autoplay included,
 * comma-separated, no texts. */
bool qk_store_export_csv(qk_store *st, const char *path, time_t since, long *rows,
                         char *err, size_t errcap)
{
    if (rows)
        *rows = 0;
    if (err && errcap)
        err[0] = '\0';
    if (!path || !*path) {
        if (err && errcap)
            snprintf(err, errcap, "No file name was given for the export.");
        return false;
    }
    qk_history h;
    qk_history_filter f = {since, NULL, true};
    char why[600];
    if (!qk_store_history(st, &f, &h, why, sizeof why)) {
        if (err && errcap)
            snprintf(err, errcap, "Nothing was exported to %s: %s.", path, why);
        return false;
    }
    qk_export_result res;
    bool ok = qk_export_csv(&h, path, NULL, &res, err, errcap);
    qk_history_clear(&h);
    if (ok && rows)
        *rows = res.rows;
    return ok;
}
