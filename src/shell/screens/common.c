/* common.c: see common.h. */
#include "common.h"

#include <stdio.h>
#include <string.h>

#include "qk_i18n.h"

int qk_margin(const qk_app *app)
{
    return qk_px(app, qk_portrait(app) ? 40 : 56);
}

void qk_fmt_points(double v, char *buf, size_t cap)
{
    double r = (double)(long long)(v * 10.0 + (v >= 0 ? 0.5 : -0.5)) / 10.0;
    if (r == (double)(long long)r)
        snprintf(buf, cap, "%lld", (long long)r);
    else {
        snprintf(buf, cap, "%.1f", r);
        if (qk_i18n_lang() != QK_LANG_EN) {
            char *dot = strchr(buf, '.');
            if (dot)
                *dot = ',';
        }
    }
}

static bool has_fraction(double v)
{
    long long t = (long long)(v * 10.0 + (v >= 0 ? 0.5 : -0.5));
    return t % 10 != 0;
}

void qk_fmt_session_points(const qk_app *app, double v, char *buf, size_t cap)
{
    const qk_session *s = app->session;
    bool frac = has_fraction(v);
    if (s && !frac) {
        frac = has_fraction(qk_session_score(s)) || has_fraction(qk_session_max_score(s));
        for (size_t i = 0; !frac && i < qk_session_record_count(s); i++)
            frac = has_fraction(qk_session_record(s, i)->points);
    }
    if (!frac) {
        qk_fmt_points(v, buf, cap);
        return;
    }
    double r = (double)(long long)(v * 10.0 + (v >= 0 ? 0.5 : -0.5)) / 10.0;
    snprintf(buf, cap, "%.1f", r);
    if (qk_i18n_lang() != QK_LANG_EN) {
        char *dot = strchr(buf, '.');
        if (dot)
            *dot = ',';
    }
}

int qk_draw_access(qk_app *app, int right, int y, int h)
{
    /* drawn left to right, the order Tab takes them in */
    int bw = h * 5 / 4, gap = qk_px(app, 14);
    char say[QK_LABEL_CAP];
    bool hc = app->theme == QK_THEME_HIGH_CONTRAST;
    qk_w_button(app, qk_rect(right - 2 * bw - gap, y, bw, h), qk_tr(QK_S_LARGE_TEXT_BTN),
                QK_UI_BUTTON, QK_BTN_LARGE_TEXT, app->large ? QK_BTN_PRIMARY : QK_BTN_SECONDARY,
                true, false);
    snprintf(say, sizeof say, "%s, %s", qk_tr(QK_S_SAY_LARGE_TEXT),
             qk_tr(app->large ? QK_S_SAY_ON : QK_S_SAY_OFF));
    qk_app_record_label(app, say);
    qk_w_button(app, qk_rect(right - bw, y, bw, h), qk_tr(QK_S_CONTRAST_BTN), QK_UI_BUTTON,
                QK_BTN_CONTRAST, hc ? QK_BTN_PRIMARY : QK_BTN_SECONDARY, true, false);
    snprintf(say, sizeof say, "%s, %s", qk_tr(QK_S_SAY_CONTRAST),
             qk_tr(hc ? QK_S_SAY_ON : QK_S_SAY_OFF));
    qk_app_record_label(app, say);
    return 2 * bw + gap;
}

/* A header text, recorded with its words (the layout test checks that they
 * fit their box); nothing for an empty text. */
static void header_text(qk_app *app, const char *text, SDL_Rect box, bool bold, SDL_Color c,
                        qk_halign ha)
{
    if (!text[0])
        return;
    qk_w_text(app, text, box, 30, 18, bold, c, ha, QK_VALIGN_MIDDLE);
    qk_app_record_label(app, text);
}

int qk_draw_header(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int hh = qk_px(app, 56);
    qk_session *s = app->session;
    char left[400] = "", right[120] = "", pts[32];
    if (s) {
        const qk_round *r = qk_session_round(s);
        size_t nr = qk_session_round_count(s);
        if (nr > 1) {
            snprintf(left, sizeof left, qk_tr(QK_S_ROUND_N_OF_M),
                     (int)qk_session_round_pos(s) + 1, (int)nr);
            qk_cat(left, sizeof left, " \u00b7 ");
        }
        if (r)
            qk_cat(left, sizeof left, "%s", r->title);
        size_t tot = qk_session_total_questions(s);
        size_t pos = qk_session_total_pos(s);
        if (pos >= tot)
            pos = tot ? tot - 1 : 0;
        qk_fmt_session_points(app, qk_session_score(s), pts, sizeof pts);
        snprintf(right, sizeof right, "%s %zu / %zu \u00b7 %s %s", qk_tr(QK_S_QUESTION),
                 pos + 1, tot, qk_tr(QK_S_POINTS), pts);
    }
    /* "Avslutt" at the right end while the session is in play (the app acts
     * on its tap, see app.c) */
    int stop_w = 0;
    if (s && !qk_state_is_over(qk_session_state(s))) {
        hh = qk_px(app, 72);
        stop_w = qk_px(app, qk_portrait(app) ? 180 : 200);
        qk_w_button(app, qk_rect(w - m - stop_w, m, stop_w, hh), qk_tr(QK_S_STOP), QK_UI_BUTTON,
                    QK_BTN_STOP, QK_BTN_SECONDARY, true, false);
        stop_w += qk_px(app, 24);
        /* A+ and contrast beside it */
        stop_w += qk_draw_access(app, w - m - stop_w, m, hh) + qk_px(app, 24);
        /* and the speaker (speech "button": reads this screen; speak.c) */
        int sw = qk_draw_speaker(app, w - m - stop_w, m, hh);
        if (sw)
            stop_w += sw + qk_px(app, 24);
    }
    /* Landscape: the round on the left, "Spørsmål 3 / 10 · Poeng 2" on the
     * right of one row. Portrait has no width to share, and a long title may
     * not fit its half even at the smallest size (large text on a small
     * screen): then "Spørsmål · Poeng" stands beside the buttons and the
     * round on a line of its own under them, two lines tall if it needs. */
    int rw = (w - 2 * m - stop_w) * 46 / 100;
    SDL_Rect lbox = qk_rect(m, m, w - 2 * m - stop_w - rw - qk_px(app, 24), hh);
    bool two_rows = qk_portrait(app);
    if (!two_rows && left[0]) {
        int need_w = 0, need_h = 0;
        qk_text_measure(app->g, left, qk_px(app, 18), QK_WEIGHT_REGULAR, lbox.w, &need_w, &need_h);
        two_rows = need_h > lbox.h || need_w > lbox.w;
    }
    int y = m + hh + qk_px(app, 10);
    if (two_rows) {
        /* with the speaker too (large text in portrait) there may be no room
         * beside the buttons for "Spørsmål · Poeng" even on two lines: then
         * it gets a line of its own under them, above the round */
        int room = w - 2 * m - stop_w, need_w = 0, need_h = 0;
        qk_text_measure(app->g, right, qk_px(app, 18), QK_WEIGHT_BOLD, room, &need_w, &need_h);
        if (right[0] && (need_w > room || need_h > hh)) {
            header_text(app, right, qk_rect(m, y, w - 2 * m, qk_px(app, 44)), true, QK_C_INK,
                        QK_ALIGN_LEFT);
            y += qk_px(app, 44) + qk_px(app, 6);
        } else {
            header_text(app, right, qk_rect(m, m, room, hh), true, QK_C_INK, QK_ALIGN_LEFT);
        }
        if (left[0]) {
            int need_w = 0, need_h = 0, lh = qk_px(app, 44);
            qk_text_measure(app->g, left, qk_px(app, 30), QK_WEIGHT_REGULAR, w - 2 * m, &need_w,
                            &need_h);
            if (need_h > lh)
                lh = qk_px(app, 80);
            header_text(app, left, qk_rect(m, y, w - 2 * m, lh), false, QK_C_MUTED,
                        QK_ALIGN_LEFT);
            y += lh + qk_px(app, 6);
        }
    } else {
        header_text(app, left, lbox, false, QK_C_MUTED, QK_ALIGN_LEFT);
        header_text(app, right, qk_rect(w - m - stop_w - rw, m, rw, hh), true, QK_C_INK,
                    QK_ALIGN_RIGHT);
    }
    /* progress: a thin line under the header (drawn, not a target) */
    if (s) {
        size_t tot = qk_session_total_questions(s);
        double f = tot ? (double)qk_session_record_count(s) / (double)tot : 0;
        qk_w_bar(app, qk_rect(m, y, w - 2 * m, qk_px(app, 6)), f, QK_C_ACCENT);
    }
    return y + qk_px(app, 6) + qk_px(app, 20);
}

void qk_describe_right(const qk_question *q, char *buf, size_t cap)
{
    buf[0] = '\0';
    switch (q->type) {
    case QK_Q_TRUEFALSE:
        qk_cat(buf, cap, "%s", qk_tr(q->truth ? QK_S_TRUE : QK_S_FALSE));
        break;
    case QK_Q_SINGLE:
    case QK_Q_MULTIPLE:
        for (size_t i = 0; i < q->n_choices; i++)
            if (q->choices[i].correct)
                qk_cat(buf, cap, "%s\u2713 %s", buf[0] ? "\n" : "", q->choices[i].text);
        break;
    case QK_Q_ORDER:
        for (size_t i = 0; i < q->n_choices; i++)
            qk_cat(buf, cap, "%s%zu. %s", i ? "\n" : "", i + 1, q->choices[i].text);
        break;
    case QK_Q_CATEGORIZE:
        for (size_t c = 0; c < q->n_categories; c++) {
            qk_cat(buf, cap, "%s%s: ", c ? "\n" : "", q->categories[c]);
            int k = 0;
            for (size_t i = 0; i < q->n_choices; i++)
                if (q->choices[i].category == (int)c)
                    qk_cat(buf, cap, "%s%s", k++ ? "; " : "", q->choices[i].text);
        }
        break;
    default:
        break;
    }
}

void qk_describe_given(const qk_question *q, const qk_answer *a, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (!a || a->n == 0) {
        qk_cat(buf, cap, "%s", qk_tr(QK_S_NO_ANSWER));
        return;
    }
    switch (q->type) {
    case QK_Q_TRUEFALSE:
        qk_cat(buf, cap, "%s", qk_tr(a->v[0] ? QK_S_TRUE : QK_S_FALSE));
        break;
    case QK_Q_SINGLE:
        if (a->v[0] >= 0 && (size_t)a->v[0] < q->n_choices)
            qk_cat(buf, cap, "%s", q->choices[a->v[0]].text);
        break;
    case QK_Q_MULTIPLE:
        for (size_t i = 0; i < a->n && i < q->n_choices; i++)
            if (a->v[i])
                qk_cat(buf, cap, "%s%s", buf[0] ? "\n" : "", q->choices[i].text);
        if (!buf[0])
            qk_cat(buf, cap, "%s", qk_tr(QK_S_NO_ANSWER));
        break;
    case QK_Q_ORDER:
        for (size_t k = 0; k < a->n; k++)
            if (a->v[k] >= 0 && (size_t)a->v[k] < q->n_choices)
                qk_cat(buf, cap, "%s%zu. %s", k ? "\n" : "", k + 1, q->choices[a->v[k]].text);
        break;
    case QK_Q_CATEGORIZE:
        for (size_t c = 0; c < q->n_categories; c++) {
            qk_cat(buf, cap, "%s%s: ", c ? "\n" : "", q->categories[c]);
            int k = 0;
            for (size_t i = 0; i < a->n && i < q->n_choices; i++)
                if (a->v[i] == (int)c)
                    qk_cat(buf, cap, "%s%s", k++ ? "; " : "", q->choices[i].text);
        }
        break;
    default:
        break;
    }
}
