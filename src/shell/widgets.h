/* widgets.h: the kiosk's look: colours, type sizes, and the few widgets every
 * screen is built from (text box, button, answer tile, bars, cards).
 *
 * Every widget draws through qk_gfx and records its rectangle in the app's
 * layout list, so what a screen draws is also what it can be tapped on and
 * what the layout test checks. Sizes are in layout units (qk_u): 1 unit is a
 * pixel on a 1080-pixel-high screen.
 *
 * Colours (standard theme): warm off-white page, near-black ink, one deep
 * teal accent; every pairing of text and its background is at least 4.5:1
 * (most above 7:1). High contrast: black page, white text, yellow accent,
 * light badges with black letters; every pairing at least 7:1.
 * Answer tiles carry a letter (A-I) in a coloured badge, so they are told
 * apart by letter as well as colour, and states (chosen, right, wrong) add a
 * mark (check, cross, outline), never colour alone.
 */
#ifndef QK_WIDGETS_H
#define QK_WIDGETS_H

#include <stdbool.h>
#include "app.h"
#include "qk_station.h" /* qk_theme */

/* Themes: the colours are a table per theme (standard, high-contrast), and
 * QK_C_* name the current theme's entries, so a screen writes QK_C_INK and
 * gets the colour of whatever theme is in use. The app chooses the theme
 * before each frame (qk_theme_use) from the station's `theme` and the
 * participant's toggle. Standard promises 4.5:1 for every text on its
 * background, high-contrast 7:1 (tests/test_palette.c checks both). */
typedef struct {
    const char *name;      /* the station-file word: "standard", "high-contrast" */
    double min_contrast;   /* the least text contrast this theme keeps (4.5 or 7) */
    SDL_Color page, surface, ink, muted, line, accent, accent_soft, on_accent, good,
        good_soft, bad, bad_soft, focus, shade, disabled, partial, partial_soft;
    SDL_Color badge[QK_MAX_CHOICES];   /* answer badges (letters in on_accent) */
} qk_theme_colors;
/* The table of a theme (qk_theme from qk_station.h; out of range = standard).
 * Static, never NULL. */
const qk_theme_colors *qk_theme_get(int theme);
/* Makes `theme` the one QK_C_* name (process-wide: there is one screen). */
void qk_theme_use(int theme);
int qk_theme_current(void);
/* The current theme's table (read through the QK_C_* names). */
extern const qk_theme_colors *qk_colors;
#define QK_C_PAGE (qk_colors->page)
#define QK_C_SURFACE (qk_colors->surface)
#define QK_C_INK (qk_colors->ink)
#define QK_C_MUTED (qk_colors->muted)
#define QK_C_LINE (qk_colors->line)
#define QK_C_ACCENT (qk_colors->accent)
#define QK_C_ACCENT_SOFT (qk_colors->accent_soft)
#define QK_C_ON_ACCENT (qk_colors->on_accent)
#define QK_C_GOOD (qk_colors->good)
#define QK_C_GOOD_SOFT (qk_colors->good_soft)
#define QK_C_BAD (qk_colors->bad)
#define QK_C_BAD_SOFT (qk_colors->bad_soft)
#define QK_C_FOCUS (qk_colors->focus)
#define QK_C_SHADE (qk_colors->shade)
#define QK_C_DISABLED (qk_colors->disabled)
#define QK_C_PARTIAL (qk_colors->partial)
#define QK_C_PARTIAL_SOFT (qk_colors->partial_soft)
/* The verdict's colour, soft band colour and symbol: right (check), partly
 * right (amber, a half-filled circle), wrong or timed out (cross). */
typedef enum { QK_VERDICT_RIGHT, QK_VERDICT_PARTLY, QK_VERDICT_WRONG } qk_verdict;
SDL_Color qk_verdict_color(qk_verdict v);
SDL_Color qk_verdict_soft(qk_verdict v);
const char *qk_verdict_symbol(qk_verdict v);
/* The colour of answer badge i (A, B, ...; also rounds and categories). */
SDL_Color qk_badge_color(int i);

/* Large text (the station's text_size = "large", or A+) makes every size on
 * a screen this much larger: text, tiles, buttons and margins grow together
 * and the screens lay out fewer, larger targets on the same pixels. */
#define QK_LARGE_TEXT_SCALE 1.5f
/* A layout unit in pixels for this screen (at least 0.5), times
 * QK_LARGE_TEXT_SCALE while large text is on. */
float qk_u(const qk_app *app);
/* n units, rounded, at least 1 pixel. */
int qk_px(const qk_app *app, float n);
/* The screen size. */
void qk_screen_size(const qk_app *app, int *w, int *h);
bool qk_portrait(const qk_app *app);

/* A text box: wraps, shrinks from px to min_px to fit, records QK_UI_TEXT.
 * Sizes in units. An empty or NULL text draws and records nothing. */
SDL_Rect qk_w_text(qk_app *app, const char *text, SDL_Rect box, float px, float min_px,
                   bool bold, SDL_Color c, qk_halign ha, qk_valign va);

typedef enum { QK_BTN_PRIMARY, QK_BTN_SECONDARY, QK_BTN_QUIET } qk_btn_style;
/* A button with a centred label; disabled buttons are drawn faint and are not
 * recorded (so they cannot be tapped). */
void qk_w_button(qk_app *app, SDL_Rect r, const char *label, qk_ui_kind kind, int id,
                 qk_btn_style style, bool enabled, bool focused);

typedef enum {
    QK_TILE_NORMAL, QK_TILE_CHOSEN, QK_TILE_DIM, QK_TILE_RIGHT, QK_TILE_WRONG,
    QK_TILE_MISSED   /* a right answer not given: outlined in green, its tag says so */
} qk_tile_state;
/* An answer tile: badge with `badge` text (a letter or number) at the left,
 * the label, and an optional small `tag` line under it. `check` draws a tick
 * box at the right (multiple choice), filled when chosen. */
/* The label is drawn at qk_app.tile_label_px units (34 when 0), shrinking
 * further only if it still does not fit; a screen sets that field around a
 * group of tiles so that they share one size (see qk_w_tile_label_px). */
void qk_w_tile(qk_app *app, SDL_Rect r, const char *badge, int badge_color,
               const char *label, const char *tag, qk_tile_state st, bool focused,
               bool check, qk_ui_kind kind, int id);
/* The largest label size in units, at most `px`, at which `label` fits a tile
 * of rect r with (or without) a badge, a tag and a tick box or mark: the
 * smallest of these over a group is the size the group can share. */
float qk_w_tile_label_px(qk_app *app, SDL_Rect r, bool badge, const char *label,
                         const char *tag, bool box_or_mark, float px);
/* One label size for the n badged tiles of a grid (cells as qk_grid_cell):
 * the largest, up to px units, at which every label fits its tile, so that
 * neighbouring tiles never show their text at different sizes. `tagged`: as if
 * each carried a tag line (tiles that get one later keep their size); `boxed`:
 * each has a tick box. */
float qk_w_tile_group_px(qk_app *app, SDL_Rect grid, int n, int cols, int gap,
                         const char *const *labels, bool tagged, bool boxed, float px);
/* A horizontal bar filled to `frac` (0..1). */
void qk_w_bar(qk_app *app, SDL_Rect r, double frac, SDL_Color fill);
/* A filled rounded rectangle, as qk_fill_round_rect but cheap for large
 * opaque areas under the software renderer (no record). */
void qk_w_round_fill(qk_app *app, SDL_Rect r, int rad, SDL_Color c);
/* A rounded card (no record). */
void qk_w_card(qk_app *app, SDL_Rect r, SDL_Color c);

/* The letter for display place i (A, B, ...). */
const char *qk_letter(int i);
/* Splits r into a grid of n cells, cols columns, gap pixels; cell i goes to out.
 * Cells are filled row by row. */
SDL_Rect qk_grid_cell(SDL_Rect r, int n, int cols, int gap, int i);
SDL_Rect qk_rect(int x, int y, int w, int h);

#endif
