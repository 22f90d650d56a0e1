/* qk_history.h: stored sessions and answers, read into memory for the
 * trainer's exports and reports (CSV, the workbook, the HTML report, the menu's
 * pictures).
 *
 * A qk_history is a plain copy of rows, made by qk_store_history() from the
 * results database or built by hand (tests) with qk_history_add_session /
 * qk_history_add_answer. It owns every string in it. Sessions are in the order
 * they started; each session's answers follow it in seq order, so
 * answers[s.first .. s.first + s.n_answers) are session s's.
 *
 * Nothing here knows SQLite: the store fills it (qk_store_history.c), the
 * exporters read it (qk_export_*.c, qk_report_html.c, qk_figures.c).
 */
#ifndef QK_HISTORY_H
#define QK_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

typedef struct {
    int64_t id;
    char *station_id, *set_id, *set_title, *set_hash;
    char *status;          /* "completed", "stopped", "abandoned" or "in_progress" */
    time_t started;
    time_t ended;          /* 0: not ended */
    double score;
    double max_score;      /* valid when has_max */
    bool has_max;
    bool autoplay;
    size_t first, n_answers; /* its answers in qk_history.answers */
} qk_hist_session;

typedef struct {
    size_t session;        /* index into qk_history.sessions */
    long seq;
    char *round_id, *question_id, *question_type;
    char *answer;          /* as stored: qk_answer_format's words, "" for a timeout */
    bool correct;
    double credit;
    long time_ms;
    double points, streak_bonus;
    bool timed_out;
    time_t answered_at;
} qk_hist_answer;

typedef struct {
    qk_hist_session *sessions;
    size_t n_sessions, cap_sessions;
    qk_hist_answer *answers;
    size_t n_answers, cap_answers;
} qk_history;

/* Which sessions to read. */
typedef struct {
    time_t since;          /* sessions started before it are left out; 0 = all */
    const char *set_id;    /* NULL or "": every set */
    bool with_autoplay;    /* false: sessions played by --autoplay are left out */
} qk_history_filter;

void qk_history_init(qk_history *h);
/* Frees every row and string; h itself is the caller's. Leaves h empty. */
void qk_history_clear(qk_history *h);

/* Appends a session (strings copied; NULL stored as ""); its answers must be
 * added next. Returns its index, or (size_t)-1 out of memory. */
size_t qk_history_add_session(qk_history *h, const qk_hist_session *s);
/* Appends an answer to the last session added (a->session is set here;
 * strings copied). Returns false out of memory or when no session exists. */
bool qk_history_add_answer(qk_history *h, const qk_hist_answer *a);

/* True for a session that is in every figure: not autoplay. */
bool qk_hist_counts(const qk_hist_session *s);

#endif
