/* qk_export_xlsx.c: the results as an Excel workbook (libxlsxwriter; see
 * qk_export.h and docs/results.md).
 *
 * Three sheets, their column titles in the station's language:
 *   Svar      one row per answer: the session's fields, round, question id,
 *             the question, the answer given and the right answer in words,
 *             right (yes/no), credit, time in seconds, points, when answered;
 *   Økter     one row per session: status, score, max, score %, answers, length;
 *   Spørsmål  one row per question (autoplay left out, as in every figure):
 *             times asked, right, % right, the right answer and the most
 *             common wrong answer in words.
 * Times are Excel dates (local time, "yyyy-mm-dd hh:mm:ss"), lengths Excel
 * durations ("[h]:mm:ss"), counts and points numbers, per cent a number with a
 * "0 %" format. Each sheet has its header frozen, an autofilter over its
 * columns, and widths chosen for the content (capped, text wraps beyond).
 * The workbook is written under a temporary name and put in place by
 * qk_outfile_place, like every export.
 */
#include "qk_export.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "qk_figures.h"
#include "qk_i18n.h"

#define MAX_COLS 20
#define SET_ERR(...) do { if (err && errcap) snprintf(err, errcap, __VA_ARGS__); } while (0)

typedef struct {
    lxw_worksheet *ws;
    int ncols;
    double width[MAX_COLS];   /* widest content so far, in characters */
    lxw_row_t row;            /* the next row to write */
    lxw_error err;            /* the first failure */
} sheet;

typedef struct {
    lxw_format *head, *date, *dur, *pct, *num, *text;
} formats;

static void note(sheet *sh, lxw_error e)
{
    if (e != LXW_NO_ERROR && sh->err == LXW_NO_ERROR)
        sh->err = e;
}

static void widen(sheet *sh, int col, double chars)
{
    if (col < MAX_COLS && chars > sh->width[col])
        sh->width[col] = chars;
}

/* Characters (not bytes) in s, for the column width. */
static double text_width(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            n++;
    return (double)n;
}

static void put_text(sheet *sh, int col, const char *v, const formats *fm)
{
    if (!v)
        v = "";
    note(sh, worksheet_write_string(sh->ws, sh->row, (lxw_col_t)col, v, fm->text));
    widen(sh, col, text_width(v));
}

static void put_num(sheet *sh, int col, double v, lxw_format *f)
{
    note(sh, worksheet_write_number(sh->ws, sh->row, (lxw_col_t)col, v, f));
    char buf[32];
    snprintf(buf, sizeof buf, "%g", v);
    widen(sh, col, text_width(buf) + 1);
}

static void put_time(sheet *sh, int col, time_t t, const formats *fm)
{
    if (!t) {
        note(sh, worksheet_write_blank(sh->ws, sh->row, (lxw_col_t)col, fm->date));
        return;
    }
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return;
    lxw_datetime dt = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                       (double)tm.tm_sec};
    note(sh, worksheet_write_datetime(sh->ws, sh->row, (lxw_col_t)col, &dt, fm->date));
    widen(sh, col, 19);
}

static void put_bool(sheet *sh, int col, bool v, const formats *fm)
{
    put_text(sh, col, qk_tr(v ? QK_S_YES : QK_S_NO), fm);
}

/* The header row from a '|'-separated list of titles. */
static void header(sheet *sh, const char *titles, const formats *fm)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", titles);
    int col = 0;
    for (char *p = buf; p && col < MAX_COLS; col++) {
        char *bar = strchr(p, '|');
        if (bar)
            *bar = '\0';
        note(sh, worksheet_write_string(sh->ws, 0, (lxw_col_t)col, p, fm->head));
        widen(sh, col, text_width(p) + 3); /* room for the filter button */
        p = bar ? bar + 1 : NULL;
    }
    sh->ncols = col;
    sh->row = 1;
}

/* Frozen header, autofilter, widths: done once the rows are in. */
static void finish(sheet *sh, const formats *fm)
{
    worksheet_freeze_panes(sh->ws, 1, 0);
    lxw_row_t last = sh->row > 1 ? sh->row - 1 : 1;
    note(sh, worksheet_autofilter(sh->ws, 0, 0, last, (lxw_col_t)(sh->ncols - 1)));
    for (int c = 0; c < sh->ncols; c++) {
        double w = sh->width[c] + 2;
        if (w < 8)
            w = 8;
        if (w > 60)
            w = 60; /* long texts wrap in their cells instead */
        note(sh, worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c, w,
                                      w >= 60 ? fm->text : NULL));
    }
}

static lxw_worksheet *add_sheet(lxw_workbook *wb, const char *name, sheet *sh)
{
    memset(sh, 0, sizeof *sh);
    sh->ws = workbook_add_worksheet(wb, name);
    return sh->ws;
}

static void answers_sheet(sheet *sh, const qk_history *h, const qk_export_opts *o,
                          qk_export_result *res, const formats *fm)
{
    header(sh, qk_tr(QK_S_XLSX_HEAD_ANSWERS), fm);
    char txt[2][4 * QK_MAX_TEXT_BYTES];
    for (size_t i = 0; i < h->n_sessions; i++) {
        const qk_hist_session *s = &h->sessions[i];
        res->sessions++;
        for (size_t k = 0; k < s->n_answers; k++, sh->row++) {
            const qk_hist_answer *a = &h->answers[s->first + k];
            const qk_question *q = qk_export_question(o ? o->texts : NULL, s, a->question_id,
                                                      res);
            txt[0][0] = txt[1][0] = '\0';
            if (q) {
                qk_answer_text(q, a->answer, txt[0], sizeof txt[0]);
                qk_correct_text(q, txt[1], sizeof txt[1]);
            }
            put_num(sh, 0, (double)s->id, fm->num);
            put_text(sh, 1, s->station_id, fm);
            put_text(sh, 2, s->set_id, fm);
            put_text(sh, 3, s->set_title, fm);
            put_time(sh, 4, s->started, fm);
            put_text(sh, 5, qk_fig_status_word(qk_fig_status_index(s->status)), fm);
            put_bool(sh, 6, s->autoplay, fm);
            put_text(sh, 7, a->round_id, fm);
            put_text(sh, 8, a->question_id, fm);
            put_text(sh, 9, q && q->text ? q->text : "", fm);
            put_text(sh, 10, txt[0], fm);
            put_text(sh, 11, txt[1], fm);
            put_bool(sh, 12, a->correct, fm);
            put_num(sh, 13, a->credit, fm->num);
            put_num(sh, 14, a->time_ms / 1000.0, fm->num);
            put_num(sh, 15, a->points, fm->num);
            put_time(sh, 16, a->answered_at, fm);
            res->rows++;
        }
    }
    finish(sh, fm);
}

static void sessions_sheet(sheet *sh, const qk_history *h, const formats *fm)
{
    header(sh, qk_tr(QK_S_XLSX_HEAD_SESSIONS), fm);
    for (size_t i = 0; i < h->n_sessions; i++, sh->row++) {
        const qk_hist_session *s = &h->sessions[i];
        put_num(sh, 0, (double)s->id, fm->num);
        put_text(sh, 1, s->station_id, fm);
        put_text(sh, 2, s->set_id, fm);
        put_text(sh, 3, s->set_title, fm);
        put_time(sh, 4, s->started, fm);
        put_time(sh, 5, s->ended, fm);
        put_text(sh, 6, qk_fig_status_word(qk_fig_status_index(s->status)), fm);
        put_num(sh, 7, s->score, fm->num);
        if (s->has_max)
            put_num(sh, 8, s->max_score, fm->num);
        if (s->has_max && s->max_score > 0)
            put_num(sh, 9, s->score / s->max_score, fm->pct);
        put_num(sh, 10, (double)s->n_answers, fm->num);
        if (s->ended >= s->started && s->ended)
            put_num(sh, 11, (double)(s->ended - s->started) / 86400.0, fm->dur);
        widen(sh, 11, 8);
        put_bool(sh, 12, s->autoplay, fm);
    }
    finish(sh, fm);
}

static void questions_sheet(sheet *sh, const qk_figures *f, const formats *fm)
{
    header(sh, qk_tr(QK_S_XLSX_HEAD_QUESTIONS), fm);
    char right[4 * QK_MAX_TEXT_BYTES];
    for (size_t i = 0; i < f->n_questions; i++, sh->row++) {
        const qk_fig_question *q = &f->questions[i];
        put_text(sh, 0, q->set_id, fm);
        put_text(sh, 1, q->round_id, fm);
        put_text(sh, 2, q->question_id, fm);
        put_text(sh, 3, q->q && q->q->text ? q->q->text : "", fm);
        put_num(sh, 4, (double)q->asked, fm->num);
        put_num(sh, 5, (double)q->right, fm->num);
        put_num(sh, 6, q->asked ? (double)q->right / (double)q->asked : 0, fm->pct);
        put_text(sh, 7, q->q ? qk_correct_text(q->q, right, sizeof right) : "", fm);
        put_text(sh, 8, q->top_wrong ? q->top_wrong : "", fm);
        if (q->top_wrong)
            put_num(sh, 9, (double)q->top_wrong_count, fm->num);
    }
    finish(sh, fm);
}

bool qk_export_xlsx(const qk_history *h, const char *path, const qk_export_opts *opts,
                    qk_export_result *res, char *err, size_t errcap)
{
    qk_export_result local;
    if (!res)
        res = &local;
    memset(res, 0, sizeof *res);
    if (err && errcap)
        err[0] = '\0';
    if (!path || !*path) {
        SET_ERR("%s", qk_tr(QK_S_EXPORT_E_NO_NAME));
        return false;
    }
    char tmp[PATH_MAX + 32];
    if (!qk_outfile_tmpname(path, tmp, sizeof tmp)) {
        SET_ERR(qk_tr(QK_S_EXPORT_E_LONG), path);
        return false;
    }
    /* libxlsxwriter opens the file only at workbook_close, and prints its
     * own "[ERROR]" line to stderr before ours when it cannot: make the
     * file here first, so a missing or read-only folder gets our message
     * alone and before any work (libxlsxwriter then truncates it). */
    int probe = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (probe < 0) {
        int pe = errno;
        SET_ERR(qk_tr(qk_outfile_errmsg(pe)), path, strerror(pe));
        return false;
    }
    close(probe);
    qk_figures fig;
    if (!qk_figures_compute(h, opts ? opts->texts : NULL, &fig)) {
        remove(tmp);
        SET_ERR(qk_tr(QK_S_EXPORT_E_MEMORY), path);
        return false;
    }
    lxw_workbook_options wo = {0};
    wo.constant_memory = LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(tmp, &wo);
    if (!wb) {
        remove(tmp);
        qk_figures_clear(&fig);
        SET_ERR(qk_tr(QK_S_EXPORT_E_MEMORY), path);
        return false;
    }
    formats fm;
    fm.head = workbook_add_format(wb);
    format_set_bold(fm.head);
    format_set_bg_color(fm.head, 0xDDE6F0);
    format_set_bottom(fm.head, LXW_BORDER_THIN);
    fm.date = workbook_add_format(wb);
    format_set_num_format(fm.date, "yyyy-mm-dd hh:mm:ss");
    fm.dur = workbook_add_format(wb);
    format_set_num_format(fm.dur, "[h]:mm:ss");
    fm.pct = workbook_add_format(wb);
    format_set_num_format(fm.pct, "0 %");
    fm.num = workbook_add_format(wb);
    format_set_num_format(fm.num, "General");
    fm.text = workbook_add_format(wb);
    format_set_text_wrap(fm.text);
    format_set_align(fm.text, LXW_ALIGN_VERTICAL_TOP);

    sheet sa, ss, sq;
    lxw_error e = LXW_NO_ERROR;
    if (!add_sheet(wb, "Svar", &sa) || !add_sheet(wb, "\xC3\x98kter", &ss) ||
        !add_sheet(wb, "Sp\xC3\xB8rsm\xC3\xA5l", &sq)) {
        e = LXW_ERROR_MEMORY_MALLOC_FAILED;
    } else {
        answers_sheet(&sa, h, opts, res, &fm);
        sessions_sheet(&ss, h, &fm);
        questions_sheet(&sq, &fig, &fm);
        e = sa.err ? sa.err : ss.err ? ss.err : sq.err;
    }
    qk_figures_clear(&fig);
    errno = 0;
    lxw_error ce = workbook_close(wb);
    int sys = errno;
    if (e == LXW_NO_ERROR)
        e = ce;
    if (e != LXW_NO_ERROR) {
        remove(tmp);
        /* libxlsxwriter writes the whole file at workbook_close: a full disk
         * ends here, as the CSV's does at commit; the advice fits the
         * system's error when it set errno */
        SET_ERR(qk_tr(sys ? qk_outfile_errmsg(sys) : QK_S_EXPORT_E_WRITE), path,
                sys ? strerror(sys) : lxw_strerror(e));
        return false;
    }
    if (!qk_outfile_place(tmp, path, err, errcap))
        return false;
    qk_export_finish_notice(res);
    return true;
}
