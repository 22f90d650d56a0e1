/* qk_report_html.c: the course report (see qk_report.h).
 *
 * Layout: a heading (station, period, set, totals), three charts side by side
 * on screen and stacked for print, then the most-missed questions as cards.
 * Charts are SVG with a viewBox, so they scale to the page; colours are those
 * of the kiosk's status badges, and every bar has a text label, so the page
 * reads in black and white too.
 */
#include "qk_report.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "qk_export.h"
#include "qk_figures.h"
#include "qk_i18n.h"

static const char *const status_colour[QK_FIG_STATUSES] = {"#2e7d32", "#ef6c00", "#c62828",
                                                          "#757575"};

/* Writes s with &, <, >, " escaped. */
static void esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f); break;
        }
    }
}

static void day_str(time_t t, char *buf, size_t cap)
{
    struct tm tm;
    if (!localtime_r(&t, &tm) || !strftime(buf, cap, "%Y-%m-%d", &tm))
        snprintf(buf, cap, "?");
}

static void chart_days(FILE *f, const qk_figures *fg)
{
    fprintf(f, "<section class=\"chart\" id=\"per-day\"><h2>");
    esc(f, qk_tr(QK_S_RPT_PER_DAY));
    fprintf(f, "</h2>\n");
    long max = 1;
    for (size_t d = 0; d < fg->n_days; d++) {
        long t = 0;
        for (int s = 0; s < QK_FIG_STATUSES; s++)
            t += fg->days[d].n[s];
        if (t > max)
            max = t;
    }
    size_t n = fg->n_days ? fg->n_days : 1;
    double W = 400, H = 220, left = 30, bottom = 40, top = 20;
    double slot = (W - left) / (double)n, bw = slot * 0.7;
    if (bw > 60)
        bw = 60;
    fprintf(f, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\">\n", W, H);
    fprintf(f, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#333\"/>\n", left,
            H - bottom, W, H - bottom);
    fprintf(f, "<text x=\"2\" y=\"%.0f\" class=\"ax\">%ld</text>\n", top + 8, max);
    for (size_t d = 0; d < fg->n_days; d++) {
        char ds[16];
        day_str(fg->days[d].day, ds, sizeof ds);
        double x = left + slot * (double)d + (slot - bw) / 2, y = H - bottom;
        long total = 0;
        for (int s = 0; s < QK_FIG_STATUSES; s++) {
            long v = fg->days[d].n[s];
            total += v;
            if (!v)
                continue;
            double h = (H - bottom - top) * (double)v / (double)max;
            y -= h;
            fprintf(f, "<rect class=\"bar st%d\" data-day=\"%s\" data-status=\"%d\" "
                       "data-n=\"%ld\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                       "fill=\"%s\"/>\n", s, ds, s, v, x, y, bw, h, status_colour[s]);
        }
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" class=\"lbl\" text-anchor=\"middle\">%ld</text>\n",
                x + bw / 2, y - 3, total);
        fprintf(f, "<text x=\"%.1f\" y=\"%.0f\" class=\"ax\" text-anchor=\"middle\">%s</text>\n",
                x + bw / 2, H - bottom + 16, ds + 5);
    }
    fprintf(f, "</svg>\n<p class=\"legend\">");
    for (int s = 0; s < QK_FIG_STATUSES; s++) {
        fprintf(f, "<span><i style=\"background:%s\"></i>", status_colour[s]);
        esc(f, qk_fig_status_word(s));
        fprintf(f, " (%ld)</span> ", fg->by_status[s]);
    }
    fprintf(f, "</p></section>\n");
}

static void chart_scores(FILE *f, const qk_figures *fg)
{
    fprintf(f, "<section class=\"chart\" id=\"scores\"><h2>");
    esc(f, qk_tr(QK_S_RPT_SCORES));
    fprintf(f, "</h2>\n");
    long max = 1;
    for (int b = 0; b < QK_FIG_BINS; b++)
        if (fg->score_bins[b] > max)
            max = fg->score_bins[b];
    double W = 400, H = 220, left = 10, bottom = 40, top = 16;
    double slot = (W - left) / QK_FIG_BINS, bw = slot * 0.8;
    fprintf(f, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\">\n", W, H);
    fprintf(f, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#333\"/>\n", left,
            H - bottom, W, H - bottom);
    for (int b = 0; b < QK_FIG_BINS; b++) {
        long v = fg->score_bins[b];
        double h = (H - bottom - top) * (double)v / (double)max;
        double x = left + slot * b + (slot - bw) / 2;
        fprintf(f, "<rect class=\"bar score\" data-bin=\"%d\" data-n=\"%ld\" x=\"%.1f\" "
                   "y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1565c0\"/>\n",
                b, v, x, H - bottom - h, bw, h);
        if (v)
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" class=\"lbl\" text-anchor=\"middle\">%ld"
                       "</text>\n", x + bw / 2, H - bottom - h - 3, v);
        fprintf(f, "<text x=\"%.1f\" y=\"%.0f\" class=\"ax\" text-anchor=\"middle\">%d</text>\n",
                x + bw / 2, H - bottom + 16, b * 10);
    }
    fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" class=\"ax\" text-anchor=\"end\">%%</text>\n", W,
            H - bottom + 32);
    fprintf(f, "</svg>\n");
    if (fg->avg_score_pct >= 0) {
        char pct[32];
        snprintf(pct, sizeof pct, "%.0f", fg->avg_score_pct);
        fprintf(f, "<p class=\"legend\">");
        char line[200];
        snprintf(line, sizeof line, qk_tr(QK_S_FIG_AVG), pct);
        esc(f, line);
        fprintf(f, "</p>\n");
    }
    fprintf(f, "</section>\n");
}

static void chart_rounds(FILE *f, const qk_figures *fg)
{
    fprintf(f, "<section class=\"chart\" id=\"rounds\"><h2>");
    esc(f, qk_tr(QK_S_RPT_ROUNDS));
    fprintf(f, "</h2>\n");
    double W = 400, row = 34, lw = 150;
    double H = row * (double)(fg->n_rounds ? fg->n_rounds : 1) + 10;
    fprintf(f, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\">\n", W, H);
    for (size_t r = 0; r < fg->n_rounds; r++) {
        const qk_fig_round *rd = &fg->rounds[r];
        double y = 5 + row * (double)r;
        double w = (W - lw - 50) * rd->pct_right / 100.0;
        fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" class=\"lbl\" text-anchor=\"end\">", lw - 6,
                y + row / 2 + 4);
        esc(f, rd->title);
        fprintf(f, "</text>\n<rect x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" "
                   "fill=\"#e0e0e0\"/>\n", lw, y + 4, W - lw - 50, row - 10);
        fprintf(f, "<rect class=\"bar round\" data-round=\"");
        esc(f, rd->round_id);
        fprintf(f, "\" data-pct=\"%.0f\" data-asked=\"%ld\" x=\"%.0f\" y=\"%.1f\" "
                   "width=\"%.1f\" height=\"%.1f\" fill=\"#2e7d32\"/>\n",
                rd->pct_right, rd->asked, lw, y + 4, w, row - 10);
        fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" class=\"lbl\">%.0f %%</text>\n", W - 44,
                y + row / 2 + 4, rd->pct_right);
    }
    fprintf(f, "</svg>\n</section>\n");
}

static void missed(FILE *f, const qk_figures *fg)
{
    fprintf(f, "<section id=\"missed\"><h2>");
    esc(f, qk_tr(QK_S_RPT_MISSED));
    fprintf(f, "</h2>\n<ol>\n");
    size_t idx[10];
    size_t n = qk_figures_most_missed(fg, idx, 10);
    char buf[4 * QK_MAX_TEXT_BYTES];
    for (size_t i = 0; i < n; i++) {
        const qk_fig_question *q = &fg->questions[idx[i]];
        double pct = q->asked ? q->wrong * 100.0 / (double)q->asked : 0;
        fprintf(f, "<li class=\"q\" data-question=\"");
        esc(f, q->question_id);
        fprintf(f, "\" data-wrong=\"%ld\" data-asked=\"%ld\">\n", q->wrong, q->asked);
        fprintf(f, "<div class=\"qbar\"><span style=\"width:%.0f%%\"></span></div>", pct);
        fprintf(f, "<p class=\"pct\"><b>%.0f %%</b> · ", pct);
        snprintf(buf, sizeof buf, qk_tr(QK_S_RPT_WRONG_OF), q->wrong, q->asked);
        esc(f, buf);
        fprintf(f, " · <span class=\"id\">");
        esc(f, q->set_id);
        fprintf(f, " / ");
        esc(f, q->question_id);
        fprintf(f, "</span></p>\n<p class=\"qtext\">");
        esc(f, q->q && q->q->text ? q->q->text : qk_tr(QK_S_RPT_NO_TEXT));
        fprintf(f, "</p>\n<dl>");
        if (q->q) {
            fprintf(f, "<dt>");
            esc(f, qk_tr(QK_S_RIGHT_ANSWER));
            fprintf(f, "</dt><dd class=\"right\">");
            esc(f, qk_correct_text(q->q, buf, sizeof buf));
            fprintf(f, "</dd>");
        }
        if (q->top_wrong) {
            fprintf(f, "<dt>");
            esc(f, qk_tr(QK_S_RPT_TOP_WRONG));
            fprintf(f, "</dt><dd class=\"wrong\">");
            esc(f, q->top_wrong);
            fprintf(f, " (%ld)</dd>", q->top_wrong_count);
        }
        if (q->q && q->q->explanation) {
            fprintf(f, "<dt>");
            esc(f, qk_tr(QK_S_EXPLANATION));
            fprintf(f, "</dt><dd class=\"expl\">");
            esc(f, q->q->explanation);
            fprintf(f, "</dd>");
        }
        fprintf(f, "</dl></li>\n");
    }
    fprintf(f, "</ol></section>\n");
}

static const char style[] =
    "<style>\n"
    "@page{size:A4;margin:14mm}\n"
    "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1a1a1a;margin:0 auto;"
    "max-width:190mm;padding:8mm;font-size:11pt;line-height:1.35}\n"
    "h1{font-size:20pt;margin:0 0 4pt}h2{font-size:13pt;margin:10pt 0 4pt}\n"
    ".meta{color:#444;margin:0 0 2pt}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:6mm}\n"
    ".chart{flex:1 1 80mm;break-inside:avoid}\n"
    ".chart svg{width:100%;height:auto;display:block}\n"
    ".ax{font-size:11px;fill:#444}.lbl{font-size:13px;fill:#1a1a1a}\n"
    ".legend span{margin-right:10pt;white-space:nowrap;font-size:10pt}\n"
    ".legend i{display:inline-block;width:9pt;height:9pt;margin-right:3pt;"
    "vertical-align:-1pt}\n"
    "#missed ol{padding-left:18pt}\n"
    ".q{break-inside:avoid;margin:0 0 8pt;border-top:1px solid #ccc;padding-top:4pt}\n"
    ".qbar{height:6pt;background:#eee;margin:2pt 0}.qbar span{display:block;height:100%;"
    "background:#c62828}\n"
    ".pct{margin:2pt 0;color:#444}.id{font-size:9pt;color:#666}\n"
    ".qtext{font-weight:bold;margin:2pt 0}\n"
    "dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:1pt 8pt}\n"
    "dt{color:#444}dd{margin:0}dd.right{color:#1b5e20}dd.wrong{color:#b71c1c}\n"
    "footer{margin-top:10pt;color:#666;font-size:9pt}\n"
    "@media print{body{padding:0;max-width:none}.chart{flex-basis:100%}}\n"
    "</style>\n";

bool qk_report_html(const qk_history *h, const char *path, const qk_report_opts *opts,
                    char *err, size_t errcap)
{
    qk_report_opts none = {0};
    const qk_report_opts *o = opts ? opts : &none;
    qk_figures fg;
    if (!qk_figures_compute(h, o->texts, &fg)) {
        if (err && errcap)
            snprintf(err, errcap, "Out of memory while writing %s.", path ? path : "");
        return false;
    }
    char tmp[PATH_MAX + 32];
    FILE *f = qk_outfile_open(path, tmp, sizeof tmp, err, errcap);
    if (!f) {
        qk_figures_clear(&fg);
        return false;
    }
    fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n<title>",
            qk_lang_code(qk_i18n_lang()));
    esc(f, qk_tr(QK_S_RPT_TITLE));
    fprintf(f, "</title>\n%s</head><body>\n<h1>", style);
    esc(f, qk_tr(QK_S_RPT_TITLE));
    fprintf(f, "</h1>\n");
    char line[600];
    if (o->station_id && *o->station_id) {
        snprintf(line, sizeof line, qk_tr(QK_S_RPT_STATION), o->station_id);
        fprintf(f, "<p class=\"meta\">");
        esc(f, line);
        fprintf(f, "</p>\n");
    }
    if (fg.n_days) {
        char a[16], b[16];
        day_str(fg.days[0].day, a, sizeof a);
        day_str(fg.days[fg.n_days - 1].day, b, sizeof b);
        snprintf(line, sizeof line, qk_tr(QK_S_RPT_PERIOD), o->since ? o->since : a, b);
        fprintf(f, "<p class=\"meta\" id=\"period\">");
        esc(f, line);
        fprintf(f, "</p>\n");
    }
    if (o->set_id && *o->set_id) {
        snprintf(line, sizeof line, qk_tr(QK_S_RPT_SET), o->set_id);
        fprintf(f, "<p class=\"meta\">");
        esc(f, line);
        fprintf(f, "</p>\n");
    }
    snprintf(line, sizeof line, qk_tr(QK_S_RPT_SUMMARY), fg.sessions, fg.answers);
    fprintf(f, "<p class=\"meta\" id=\"summary\" data-sessions=\"%ld\" data-answers=\"%ld\">",
            fg.sessions, fg.answers);
    esc(f, line);
    fprintf(f, "</p>\n");
    if (!fg.sessions) {
        fprintf(f, "<p>");
        esc(f, qk_tr(QK_S_RPT_NONE));
        fprintf(f, "</p>\n");
    } else {
        fprintf(f, "<div class=\"charts\">\n");
        chart_days(f, &fg);
        chart_scores(f, &fg);
        chart_rounds(f, &fg);
        fprintf(f, "</div>\n");
        missed(f, &fg);
    }
    time_t now = time(NULL);
    char made[64];
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(made, sizeof made, "%Y-%m-%d %H:%M", &tm);
    snprintf(line, sizeof line, qk_tr(QK_S_RPT_MADE), made);
    fprintf(f, "<footer>");
    esc(f, qk_tr(QK_S_RPT_AUTOPLAY_NOTE));
    fprintf(f, " ");
    esc(f, line);
    fprintf(f, "</footer>\n</body></html>\n");
    qk_figures_clear(&fg);
    return qk_outfile_commit(f, tmp, path, false, err, errcap);
}
