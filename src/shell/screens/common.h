/* common.h: pieces several screens share: the header bar with progress and
 * score, page margins, and answers written out as text. Internal to screens. */
#ifndef QK_SCREENS_COMMON_H
#define QK_SCREENS_COMMON_H

#include <stddef.h>

#include "qk_strbuf.h" /* qk_cat */
#include "screens.h"
#include "../widgets.h"

/* Page margin in pixels. */
int qk_margin(const qk_app *app);
/* Draws the session header (round, progress "3 / 10", score, and while the
 * session is in play the A+, contrast and "Avslutt" buttons) across the top;
 * in portrait the round goes on a line of its own under the rest. Its texts
 * are recorded with their words as labels. Returns the y below it. */
int qk_draw_header(qk_app *app);
/* The large-text ("A+") and high-contrast toggles, side by side, ending at
 * x = right, top y, each h high (at least a finger's width); a toggle that is
 * on is drawn filled (primary), off outlined. Returns the width they take.
 * The app acts on their taps (see app.c). */
int qk_draw_access(qk_app *app, int right, int y, int h);
/* Points as people write them: "4", "3,5" (nb/nn) or "3.5" (en). */
void qk_fmt_points(double v, char *buf, size_t cap);
/* Points of the app's session, all written the same way: with one decimal
 * everywhere ("1,0" beside "0,3") once any points of the session (an answer's,
 * a score, the maximum) have a fraction, else whole ("4"). */
void qk_fmt_session_points(const qk_app *app, double v, char *buf, size_t cap);
/* The right answer to q as lines of text ("Sant", "• text", "1. text",
 * "Category: a, b"). */
void qk_describe_right(const qk_question *q, char *buf, size_t cap);
/* A given answer as lines of text; "" for none. */
void qk_describe_given(const qk_question *q, const qk_answer *a, char *buf, size_t cap);

#endif
