/* autoplay.h: plays sessions by itself through the real screens.
 *
 * Autoplay never calls around the UI: it looks at the screen the app shows and
 * the rectangles it drew (qk_app_layout), chooses what a participant might do
 * with a seeded RNG, and pushes the SDL events for it (mouse clicks at the
 * centre of a tile, sometimes finger taps or drags, sometimes keys) into SDL's
 * queue, where the kiosk loop picks them up as if a person had made them.
 * Time is a fake clock it moves on itself, so walk-away and time limits run at
 * full speed; some sessions are abandoned by letting that clock run out.
 * With a screenshots folder it saves a PNG of each distinct screen as shown.
 */
#ifndef QK_AUTOPLAY_H
#define QK_AUTOPLAY_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "app.h"

typedef struct qk_autoplay qk_autoplay;

/* Plays `sessions` sessions on `app` (borrowed) with `seed`; screenshots go to
 * `shots_dir` (NULL = none; created when missing). Installs its clock in the
 * app. NULL on out of memory. */
qk_autoplay *qk_autoplay_create(qk_app *app, qk_gfx *g, long sessions, uint64_t seed,
                                const char *shots_dir);
/* Destroy the app first: the app reads autoplay's clock until it is gone (it
 * ends a running session when destroyed). NULL is a no-op. */
void qk_autoplay_destroy(qk_autoplay *ap);

/* Pushes the events of the next gesture (or moves the clock on). Call when
 * SDL's queue is empty. */
void qk_autoplay_step(qk_autoplay *ap);
/* Call after each render, before presenting: saves a screenshot of a screen
 * not seen before. */
void qk_autoplay_rendered(qk_autoplay *ap);
/* True when every session has been played (or it gave up: see failed). */
bool qk_autoplay_done(const qk_autoplay *ap);
bool qk_autoplay_failed(const qk_autoplay *ap);
/* Prints the one-line summary. */
void qk_autoplay_report(const qk_autoplay *ap, FILE *out);

#endif
