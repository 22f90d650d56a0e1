/* qk_figures.h: figures over a qk_history, for the workbook's "Spørsmål"
 * sheet, the course report and the trainer menu's pictures.
 *
 * Autoplay sessions are left out of every figure here (qk_hist_counts), even
 * when the history holds them. Texts come from the set version each answer was
 * played on (qk_textbook, by content hash); an answer whose version is gone
 * still counts, and its wrong answer is named by its stored code.
 *
 * Ownership: the result arrays and their strings belong to the figures
 * struct; `q` pointers are borrowed from the textbook (it must outlive them).
 */
#ifndef QK_FIGURES_H
#define QK_FIGURES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "qk_answer_text.h"
#include "qk_history.h"

typedef struct {
    char *set_id, *question_id, *round_id;
    const qk_question *q;   /* from a version on the station, or NULL */
    const qk_set *set;      /* that version, or NULL */
    long asked;             /* answers (timeouts count) */
    long right;             /* fully right */
    long wrong;             /* asked - right */
    double pct_right;       /* right * 100 / asked */
    char *top_wrong;        /* the most chosen wrong answer in words (or its code
                               when no text is known; "Tiden er ute" for timeouts);
                               NULL when never answered wrong */
    long top_wrong_count;
} qk_fig_question;

typedef struct {
    char *round_id;
    char *title;            /* from the set on the station, else the id */
    long asked, right;
    double pct_right;
} qk_fig_round;

#define QK_FIG_STATUSES 4   /* completed, stopped, abandoned, in progress */
typedef struct {
    time_t day;             /* local midnight */
    long n[QK_FIG_STATUSES];
} qk_fig_day;

#define QK_FIG_BINS 10      /* score deciles: 0-9 %, 10-19 %, ..., 90-100 % */
typedef struct {
    qk_fig_question *questions; /* sorted: set id, then the order in the set */
    size_t n_questions;
    qk_fig_round *rounds;       /* in order of first appearance */
    size_t n_rounds;
    qk_fig_day *days;           /* ascending */
    size_t n_days;
    long sessions;              /* counted sessions */
    long by_status[QK_FIG_STATUSES];
    long score_bins[QK_FIG_BINS]; /* completed sessions with max_score > 0 */
    long scored;                /* sessions in score_bins */
    double avg_score_pct;       /* over those; -1 when none */
    long answers;
} qk_figures;

/* Index 0..3 of a status word; "in_progress" and anything unknown give 3. */
int qk_fig_status_index(const char *status);
/* The status word in the current language ("fullført", ...). */
const char *qk_fig_status_word(int index);

/* Computes everything from `h`. Returns false (f empty) out of memory. */
bool qk_figures_compute(const qk_history *h, const qk_textbook *texts, qk_figures *f);
void qk_figures_clear(qk_figures *f);

/* Indexes into f->questions of the most-missed (highest % wrong, then most
 * asked, then set and question id; only questions answered wrong at least
 * once): at most `max` written to `out`. Returns how many. */
size_t qk_figures_most_missed(const qk_figures *f, size_t *out, size_t max);

/* The length in pixels of a bar that shows `value` on a scale whose full
 * length `full` stands for `max`: rounded to the nearest pixel, 0 for a value
 * of 0 (or less, or a max of 0 or less), at least 1 for any value above 0 (so
 * that a count of one never looks like none), never more than `full`. */
int qk_fig_bar_length(double value, double max, int full);

#endif
