/* speak.c: what each screen says when it is read aloud (issue 10).
 *
 * One function, qk_speak_compose(), writes the current screen's text as it is
 * written on screen, in the order a listener needs it, from the same state the
 * screens draw from (the session, app->qs for the question's display order,
 * app->last for the answer just given); the listener (shell/speech.c)
 * normalises it for speaking. Sentences end in a full stop so that the voice
 * pauses between them.
 *   question   "Spørsmål 3 av 10." the question, the hint, then each answer
 *              with its letter ("A: ..."), or for order and categorize the
 *              items and the categories with their numbers
 *   feedback   the verdict, the points, the right answer, the explanation
 *   round      "Runden er ferdig." the round, right of asked, points
 *   summary    right of asked, points, the encouragement, and the questions
 *              to look over again with their right answers
 *   intro      the round's title, its intro, how many questions
 *   start      "Velg runde." and the rounds offered
 *   walk-away, the stop confirm: their question and what it means
 * Attract, PIN pad, trainer menu and out of order say nothing (a new screen
 * still cuts the old utterance: see qk_speak_screen).
 *
 * qk_speak_screen() says it with QK_SAY_CUT; app.c calls it on each new
 * screen when speech is "auto", and on a tap on the speaker button
 * (qk_draw_speaker) when it is "button".
 */
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "qk_i18n.h"
#include "qk_marks.h"

/* Appends s and a full stop when it does not end in a mark of its own. */
static void sentence(char *buf, size_t cap, const char *s)
{
    if (!s || !*s)
        return;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    if (!n)
        return;
    char last = s[n - 1];
    bool mark = last == '.' || last == '!' || last == '?' || last == ':';
    qk_cat(buf, cap, "%s%.*s%s", buf[0] ? " " : "", (int)n, s, mark ? "" : ".");
}

/* The lines of a multi-line description, each a sentence. */
static void lines(char *buf, size_t cap, const char *text)
{
    char line[1200];
    const char *p = text;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n >= sizeof line)
            n = sizeof line - 1;
        memcpy(line, p, n);
        line[n] = '\0';
        /* the tick in front of a right answer is for the eye */
        const char *l = line;
        if (strncmp(l, "\u2713 ", 4) == 0)
            l += 4;
        sentence(buf, cap, l);
        p = nl ? nl + 1 : NULL;
    }
}

static const char *hint(qk_qtype t)
{
    switch (t) {
    case QK_Q_MULTIPLE: return qk_tr(QK_S_HINT_MULTIPLE);
    case QK_Q_TRUEFALSE: return qk_tr(QK_S_HINT_TRUEFALSE);
    case QK_Q_ORDER: return qk_tr(QK_S_HINT_ORDER);
    case QK_Q_CATEGORIZE: return qk_tr(QK_S_HINT_CATEGORIZE);
    default: return qk_tr(QK_S_HINT_SINGLE);
    }
}

static void question(const qk_app *app, char *buf, size_t cap)
{
    const qk_session *s = app->session;
    const qk_qstate *qs = &app->qs;
    const qk_question *q = qs->q;
    if (!s || !q)
        return;
    char line[1200];
    size_t tot = qk_session_total_questions(s), pos = qk_session_total_pos(s);
    snprintf(line, sizeof line, qk_tr(QK_S_SAY_QUESTION_N_OF_M), (int)pos + 1, (int)tot);
    sentence(buf, cap, line);
    sentence(buf, cap, q->text);
    sentence(buf, cap, hint(q->type));
    for (size_t i = 0; i < qs->n && i < QK_MAX_CHOICES; i++) {
        const char *t = q->type == QK_Q_TRUEFALSE ? qk_tr(qs->order[i] ? QK_S_TRUE : QK_S_FALSE)
                                                  : q->choices[qs->order[i]].text;
        snprintf(line, sizeof line, "%s: %s", qk_letter((int)i), t);
        sentence(buf, cap, line);
    }
    if (q->type == QK_Q_CATEGORIZE)
        for (size_t c = 0; c < q->n_categories; c++) {
            snprintf(line, sizeof line, "%zu: %s", c + 1, q->categories[c]);
            sentence(buf, cap, line);
        }
}

static void feedback(const qk_app *app, char *buf, size_t cap)
{
    const qk_record *rec = &app->last;
    const qk_question *q = rec->question;
    if (!q)
        return;
    char line[1600], pts[32];
    if (!rec->correct && rec->credit > 0) {
        qk_marks mk;
        qk_marks_of(q, &rec->answer, &mk);
        snprintf(line, sizeof line, qk_tr(QK_S_PARTLY_N_OF_M), mk.n_right, mk.n_asked);
    } else {
        snprintf(line, sizeof line, "%s",
                 qk_tr(rec->timed_out ? QK_S_TIMEOUT : rec->correct ? QK_S_CORRECT : QK_S_WRONG));
    }
    sentence(buf, cap, line);
    qk_fmt_session_points((qk_app *)app, rec->points, pts, sizeof pts);
    snprintf(line, sizeof line, qk_tr(QK_S_GAINED), pts);
    sentence(buf, cap, line[0] == '+' ? line + 1 : line);
    if (!rec->correct) {
        bool several = q->type == QK_Q_MULTIPLE || q->type == QK_Q_ORDER ||
                       q->type == QK_Q_CATEGORIZE;
        snprintf(line, sizeof line, "%s:", qk_tr(several ? QK_S_RIGHT_ANSWERS : QK_S_RIGHT_ANSWER));
        sentence(buf, cap, line);
        char right[2000];
        qk_describe_right(q, right, sizeof right);
        lines(buf, cap, right);
    }
    if (q->explanation && *q->explanation) {
        snprintf(line, sizeof line, "%s:", qk_tr(QK_S_EXPLANATION));
        sentence(buf, cap, line);
        sentence(buf, cap, q->explanation);
    }
}

static void round_result(const qk_app *app, char *buf, size_t cap)
{
    const qk_session *s = app->session;
    if (!s)
        return;
    qk_round_score rs = qk_session_round_score(s, qk_session_round_pos(s));
    char line[400], a[32], b[32];
    sentence(buf, cap, qk_tr(QK_S_ROUND_DONE));
    sentence(buf, cap, qk_session_set(s)->rounds[rs.round].title);
    snprintf(line, sizeof line, qk_tr(QK_S_N_OF_M_RIGHT), (int)rs.correct, (int)rs.n_questions);
    sentence(buf, cap, line);
    qk_fmt_session_points((qk_app *)app, rs.score, a, sizeof a);
    qk_fmt_session_points((qk_app *)app, rs.max_score, b, sizeof b);
    snprintf(line, sizeof line, qk_tr(QK_S_POINTS_OF), a, b);
    sentence(buf, cap, line);
}

static void summary(const qk_app *app, char *buf, size_t cap)
{
    const qk_session *s = app->session;
    if (!s)
        return;
    size_t n = qk_session_record_count(s), right = 0, missed = 0;
    for (size_t i = 0; i < n; i++) {
        if (qk_session_record(s, i)->correct)
            right++;
        else
            missed++;
    }
    if (n == 0) { /* stopped before the first answer: not "0 of 0 right" */
        sentence(buf, cap, qk_tr(QK_S_CHEER_NONE));
        return;
    }
    size_t of = qk_session_state(s) == QK_ST_STOPPED ? n : qk_session_total_questions(s);
    char line[1600], a[32], b[32];
    snprintf(line, sizeof line, qk_tr(QK_S_N_OF_M_RIGHT), (int)right, (int)of);
    sentence(buf, cap, line);
    qk_fmt_session_points((qk_app *)app, qk_session_score(s), a, sizeof a);
    qk_fmt_session_points((qk_app *)app, qk_session_max_score(s), b, sizeof b);
    snprintf(line, sizeof line, qk_tr(QK_S_POINTS_OF), a, b);
    sentence(buf, cap, line);
    sentence(buf, cap, qk_tr(qk_summary_cheer(right, n))); /* as on screen */
    if (missed == 0)
        return;
    snprintf(line, sizeof line, qk_tr(QK_S_REVIEW_HEAD), (int)missed);
    sentence(buf, cap, line);
    for (size_t i = 0; i < n; i++) {
        const qk_record *r = qk_session_record(s, i);
        if (r->correct || !r->question)
            continue;
        sentence(buf, cap, r->question->text);
        snprintf(line, sizeof line, "%s:", qk_tr(QK_S_RIGHT_ANSWER));
        sentence(buf, cap, line);
        char right[2000];
        qk_describe_right(r->question, right, sizeof right);
        lines(buf, cap, right);
    }
}

static void intro(const qk_app *app, char *buf, size_t cap)
{
    const qk_session *s = app->session;
    const qk_round *r = s ? qk_session_round(s) : NULL;
    if (!r)
        return;
    sentence(buf, cap, r->title);
    sentence(buf, cap, r->intro);
    char line[200];
    size_t nq = qk_session_question_count(s);
    if (nq == 1)
        snprintf(line, sizeof line, "%s", qk_tr(QK_S_ROUND_INTRO_ONE));
    else
        snprintf(line, sizeof line, qk_tr(QK_S_ROUND_INTRO_COUNT), (int)nq);
    sentence(buf, cap, line);
}

static void start(const qk_app *app, char *buf, size_t cap)
{
    sentence(buf, cap, qk_tr(QK_S_CHOOSE_ROUND));
    const size_t *idx = NULL;
    size_t n = qk_app_offered_rounds(app, &idx);
    for (size_t i = 0; i < n; i++) {
        const qk_round *r = &app->set->rounds[idx ? idx[i] : i];
        sentence(buf, cap, r->title);
    }
}

size_t qk_speak_compose(const qk_app *app, char *buf, size_t cap)
{
    if (!cap)
        return 0;
    buf[0] = '\0';
    switch (app->screen) {
    case QK_SCR_QUESTION: question(app, buf, cap); break;
    case QK_SCR_FEEDBACK: feedback(app, buf, cap); break;
    case QK_SCR_ROUND: round_result(app, buf, cap); break;
    case QK_SCR_SUMMARY: summary(app, buf, cap); break;
    case QK_SCR_INTRO: intro(app, buf, cap); break;
    case QK_SCR_START: start(app, buf, cap); break;
    case QK_SCR_WALKAWAY:
        sentence(buf, cap, qk_tr(QK_S_STILL_THERE));
        sentence(buf, cap, qk_tr(QK_S_STILL_THERE_SUB));
        break;
    case QK_SCR_CONFIRM:
        sentence(buf, cap, qk_tr(QK_S_STOP_ASK));
        sentence(buf, cap, qk_tr(QK_S_STOP_SUB));
        break;
    default: break;
    }
    return strlen(buf);
}

void qk_speak_screen(qk_app *app)
{
    static char text[16384];
    qk_speak_compose(app, text, sizeof text);
    qk_app_say(app, text[0] ? text : NULL, QK_SAY_CUT);
}

/* ---- the speaker button ---- */

static void tri(SDL_Vertex *v, int *n, float x1, float y1, float x2, float y2, float x3,
                float y3, SDL_Color c)
{
    v[(*n)++] = (SDL_Vertex){{x1, y1}, c, {0, 0}};
    v[(*n)++] = (SDL_Vertex){{x2, y2}, c, {0, 0}};
    v[(*n)++] = (SDL_Vertex){{x3, y3}, c, {0, 0}};
}

/* A loudspeaker in the square at (x, y), side d: a box, a cone and two
 * sound waves (arcs), in colour c. */
static void speaker_icon(qk_app *app, float x, float y, float d, SDL_Color c)
{
    SDL_Vertex v[6 * 2 * 12 + 12];
    int n = 0;
    float bx0 = x + 0.08f * d, bx1 = x + 0.28f * d, by0 = y + 0.36f * d, by1 = y + 0.64f * d;
    tri(v, &n, bx0, by0, bx1, by0, bx1, by1, c);
    tri(v, &n, bx0, by0, bx1, by1, bx0, by1, c);
    float cx = x + 0.52f * d;
    tri(v, &n, bx1, by0, cx, y + 0.12f * d, cx, y + 0.88f * d, c);
    tri(v, &n, bx1, by0, cx, y + 0.88f * d, bx1, by1, c);
    const float pi = 3.14159265f;
    for (int w = 0; w < 2; w++) {
        float r0 = (w ? 0.34f : 0.18f) * d, r1 = r0 + 0.09f * d;
        for (int k = 0; k < 12; k++) {
            float a0 = -pi / 4 + (pi / 2) * (float)k / 12.0f;
            float a1 = -pi / 4 + (pi / 2) * (float)(k + 1) / 12.0f;
            float ox = cx + 0.04f * d, oy = y + 0.5f * d;
            float x00 = ox + r0 * SDL_cosf(a0), y00 = oy + r0 * SDL_sinf(a0);
            float x01 = ox + r1 * SDL_cosf(a0), y01 = oy + r1 * SDL_sinf(a0);
            float x10 = ox + r0 * SDL_cosf(a1), y10 = oy + r0 * SDL_sinf(a1);
            float x11 = ox + r1 * SDL_cosf(a1), y11 = oy + r1 * SDL_sinf(a1);
            tri(v, &n, x00, y00, x01, y01, x11, y11, c);
            tri(v, &n, x00, y00, x11, y11, x10, y10, c);
        }
    }
    SDL_RenderGeometry(qk_gfx_renderer(app->g), NULL, v, n, NULL, 0);
}

/* The button: the loudspeaker and "Les opp" side by side, or in portrait,
 * where the header is narrow, the label under the loudspeaker. */
static qk_text_style speaker_style(const qk_app *app)
{
    bool stacked = qk_portrait(app);
    qk_text_style st = {qk_px(app, stacked ? 20 : 30), qk_px(app, 16), QK_WEIGHT_BOLD,
                        QK_C_ACCENT, stacked ? QK_ALIGN_CENTER : QK_ALIGN_LEFT,
                        stacked ? QK_VALIGN_BOTTOM : QK_VALIGN_MIDDLE};
    return st;
}

int qk_speaker_width(qk_app *app, int h)
{
    if (app->cfg.speech != QK_SPEECH_BUTTON)
        return 0;
    int tw = 0, th = 0, pad = qk_px(app, 16);
    qk_text_measure(app->g, qk_tr(QK_S_SPEAK), speaker_style(app).px, QK_WEIGHT_BOLD, 0, &tw,
                    &th);
    int bw = qk_portrait(app) ? 2 * pad + tw : 2 * pad + h * 70 / 100 + qk_px(app, 10) + tw;
    return bw < h ? h : bw;
}

int qk_draw_speaker(qk_app *app, int right, int y, int h)
{
    int bw = qk_speaker_width(app, h);
    if (!bw)
        return 0;
    qk_text_style st = speaker_style(app);
    int pad = qk_px(app, 16);
    SDL_Rect r = qk_rect(right - bw, y, bw, h);
    qk_w_button(app, r, NULL, QK_UI_BUTTON, QK_BTN_SPEAK, QK_BTN_SECONDARY, true, false);
    qk_app_record_label(app, qk_tr(QK_S_SAY_SPEAK));
    if (qk_portrait(app)) {
        int icon = h * 50 / 100;
        speaker_icon(app, (float)(r.x + (bw - icon) / 2), (float)(r.y + h * 6 / 100),
                     (float)icon, QK_C_ACCENT);
        qk_text_draw(app->g, qk_tr(QK_S_SPEAK),
                     qk_rect(r.x + pad / 2, r.y, bw - pad, h - h * 6 / 100), &st);
        return bw;
    }
    int icon = h * 70 / 100;
    speaker_icon(app, (float)(r.x + pad), (float)(r.y + (h - icon) / 2), (float)icon,
                 QK_C_ACCENT);
    int tx = r.x + pad + icon + qk_px(app, 10);
    qk_text_draw(app->g, qk_tr(QK_S_SPEAK), qk_rect(tx, r.y, r.x + bw - tx, h), &st);
    return bw;
}
