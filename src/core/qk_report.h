/* qk_report.h: the course report, one self-contained HTML page a trainer
 * prints or mails after a course (`quizkiosk --report FILE.html`).
 *
 * No script, font or picture from outside: the charts are inline SVG drawn
 * here, the styles inline, A4 print rules. Words in the current language
 * (qk_i18n). Figures from qk_figures (autoplay sessions left out): sessions
 * per day by status, the distribution of scores, % right per round, and the
 * ten most-missed questions with their text, right answer, most chosen wrong
 * answer and explanation. Chart elements carry data-* attributes with the
 * figures they draw, so that a test can check them.
 */
#ifndef QK_REPORT_H
#define QK_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "qk_answer_text.h"
#include "qk_history.h"

typedef struct {
    const char *station_id;   /* shown in the heading; may be NULL */
    const char *set_id;       /* the --set filter, shown; NULL = every set */
    const char *since;        /* the --since date as given, shown; may be NULL */
    const qk_textbook *texts; /* borrowed; may be NULL (no texts) */
} qk_report_opts;

/* Writes the report for `h` to `path` (temporary file, synced, renamed).
 * On failure `path` is unchanged and err says why. */
bool qk_report_html(const qk_history *h, const char *path, const qk_report_opts *opts,
                    char *err, size_t errcap);

#endif
