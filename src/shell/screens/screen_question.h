/* screen_question.h: the question screen's parts, internal to its files.
 *
 * The question screen is one qk_screen_ops (screen_question.c) that keeps the
 * working state (app->qs), the layout of the page (header, countdown, question
 * text, picture, hint, footer) and the event loop, and hands what depends on
 * the question's type to one file per type family:
 *   screen_question_choice.c      single, multiple, truefalse: a grid of tiles
 *   screen_question_order.c       order: a pool of items and numbered slots
 *   screen_question_categorize.c  categorize: a pool of items and categories
 * The families share the tile widgets (widgets.h) and the helpers below.
 *
 * Every function takes the app (or its qs) as borrowed; none keeps a pointer.
 * Display places (0 .. qs->n - 1) index the tiles as shown; qs->order maps them
 * to the question's own choice indexes.
 */
#ifndef QK_SCREEN_QUESTION_H
#define QK_SCREEN_QUESTION_H

#include "common.h"

/* ---- shared by the families (screen_question.c) ---- */

/* The label of the tile at display place `place`; owned by the question or
 * the string table. */
const char *qk_q_item_text(const qk_qstate *qs, int place);
/* The tallest a tile grows, in units (portrait gives the tiles more room). */
float qk_q_tile_pref_units(const qk_app *app, qk_qtype t);
/* The largest tile label size, in units, before a group's fit shrinks it. */
float qk_q_label_units(const qk_app *app);
/* Height of the heading over a pool's second area, in pixels. */
int qk_q_head_px(const qk_app *app);
/* Splits body into the item pool and a second area (slots or categories) for
 * `rows` rows of items and `other_rows` rows of the second area in portrait.
 * Landscape: the pool takes pool_pct % of the width, under the heading; the
 * second area is beside it, from the heading to the body's bottom. Portrait:
 * the pool on top, the heading, then the second area. */
void qk_q_split_pool(const qk_app *app, SDL_Rect body, int rows, int other_rows, int pool_pct,
                     int gap, SDL_Rect *pool, SDL_Rect *other);
/* Draws `text` as the heading above the second area `other`. */
void qk_q_heading(qk_app *app, const char *text, SDL_Rect other, int gap);

/* The *_need functions give the rows and columns of tiles the answer area
 * needs and the extra height of its headings; force_cols > 0 asks for that
 * many columns (when the chosen ones do not fit the height), 0 lets the
 * family choose. */

/* ---- single, multiple, truefalse (screen_question_choice.c) ---- */

bool qk_qchoice_complete(const qk_qstate *qs);
void qk_qchoice_fill(const qk_qstate *qs, qk_answer *a);
/* A tap on tile i: single and truefalse answer at once, multiple toggles. */
void qk_qchoice_tap(qk_app *app, int i);
void qk_qchoice_need(const qk_app *app, const qk_qstate *qs, int force_cols, int *rows,
                     int *extra, int *cols);
void qk_qchoice_draw(qk_app *app, SDL_Rect body, int cols, int gap);

/* ---- order (screen_question_order.c) ---- */

bool qk_qorder_complete(const qk_qstate *qs);
void qk_qorder_fill(const qk_qstate *qs, qk_answer *a);
/* A tap on item i: into the next free slot, or out of its slot. */
void qk_qorder_tap(qk_qstate *qs, int i);
/* Empties slot k (a tap on it, or dragged out). */
void qk_qorder_unplace(qk_qstate *qs, int k);
/* A drag from `from` (an item or a filled slot) ended over `to` (may be NULL). */
void qk_qorder_drop(qk_qstate *qs, const qk_ui_rect *from, const qk_ui_rect *to);
bool qk_qorder_drag_ok(const qk_qstate *qs, const qk_ui_rect *from);
/* The display place a drag from (kind, id) carries; -1 for an empty slot. */
int qk_qorder_drag_place(const qk_qstate *qs, int kind, int id);
bool qk_qorder_undo(qk_qstate *qs);
bool qk_qorder_can_undo(const qk_qstate *qs);
void qk_qorder_need(const qk_app *app, const qk_qstate *qs, int force_cols, int *rows,
                    int *extra, int *cols);
void qk_qorder_draw(qk_app *app, SDL_Rect body, int cols, int gap);

/* ---- categorize (screen_question_categorize.c) ---- */

bool qk_qcat_complete(const qk_qstate *qs);
void qk_qcat_fill(const qk_qstate *qs, qk_answer *a);
/* A tap on item i picks it up (or puts it down again). */
void qk_qcat_tap(qk_qstate *qs, int i);
/* Puts item `item` (display place) into category c and drops the pick. */
void qk_qcat_assign(qk_qstate *qs, int item, int c);
bool qk_qcat_undo(qk_qstate *qs);
bool qk_qcat_can_undo(const qk_qstate *qs);
void qk_qcat_need(const qk_app *app, const qk_qstate *qs, int force_cols, int *rows,
                  int *extra, int *cols);
void qk_qcat_draw(qk_app *app, SDL_Rect body, int cols, int gap);

#endif
