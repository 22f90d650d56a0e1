/* focus.h: the keyboard focus, one for every screen (issue 10).
 *
 * A participant who cannot use the touch screen, or cannot see it, moves a
 * focus ring over the targets of the screen with Tab / Shift+Tab or the arrow
 * keys and chooses with Enter or Space; every action is one key at a time.
 * The targets are what the screen recorded in the app's layout list when it
 * drew (buttons, answer tiles, order slots, categories, rounds, PIN keys):
 * drawing a target is registering it, so no screen keeps a list of its own.
 *
 * Order: the screen's content first (tiles, slots, categories, rounds, keys,
 * in the order drawn), then its buttons, then "Avslutt", then the large-text
 * and contrast toggles. The focus is kept by kind and id, so it survives a
 * redraw that moves the target; it is cleared when the screen changes.
 *
 * A target scrolled out of a scroll view (large text) is still in the order:
 * moving the focus to it scrolls it into view (qk_scroll_show).
 *
 * Each move says the focused target through qk_app_say(..., QK_SAY_CUT) (its
 * recorded label: a tile's letter and text and whether it is chosen, a
 * button's label), and after Enter or Space changed the target on the same
 * screen (a ticked box, a placed item) it is said again as it now is.
 *
 * The ring is drawn after the screen, outside the target's rectangle: a thick
 * band in the theme's focus colour between two thin lines of the page colour,
 * so it shows by shape and thickness as well as by colour on any background.
 */
#ifndef QK_FOCUS_H
#define QK_FOCUS_H

#include <stdbool.h>

#include "screens/screens.h"

/* Forgets the focus (a new screen). */
void qk_focus_reset(qk_app *app);
/* Offers a key event to the focus. Tab, Shift+Tab and the arrows move it (the
 * arrows not on screens that use them themselves: the summary's scrolling
 * review, the PIN pad), and return true. Enter and Space with a target focused
 * return true with *tap set to a tap on it, which the caller delivers as if
 * the target had been touched. Everything else returns false (the screen's
 * own keys: digits, Backspace, Enter with no focus). */
bool qk_focus_key(qk_app *app, const qk_event *ev, qk_event *tap);
/* The focused target in the current layout, NULL when none (or it is gone). */
const qk_ui_rect *qk_focus_target(const qk_app *app);
/* After a render: draws the ring over the focused target, and says it again
 * when an activation asked for that. */
void qk_focus_after_render(qk_app *app);

#endif
