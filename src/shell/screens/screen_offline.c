/* screen_offline.c: "Ute av drift", the out-of-order screen.
 *
 * Shown instead of the attract screen while the station has no valid question
 * set (or its quizzes folder is missing or unreadable), so that the station
 * never goes dark: a title, what is wrong, that a trainer is needed, and the
 * folder in small text for the trainer. Nothing here can be tapped; the
 * trainer's corner press and key chord still open the PIN pad (the app does
 * that for every screen). The kiosk watches the folder and calls
 * qk_app_set_offline(app, QK_OFFLINE_NONE, ...) when a valid set appears.
 * All state is the app's (offline_why, offline_folder).
 */
#include "common.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    (void)app;
}

static void event(qk_app *app, const qk_event *ev)
{
    (void)app;
    (void)ev; /* nothing to start: only the trainer's way in works */
}

static void draw(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    bool portrait = qk_portrait(app);
    /* the band is the "wrong" colour: this station is not in service */
    qk_fill_rect(app->g, qk_rect(0, 0, w, qk_px(app, 18)), QK_C_BAD);

    int cw = portrait ? w - 2 * m : (w - 2 * m) * 78 / 100;
    int x = (w - cw) / 2;
    int title_h = qk_px(app, portrait ? 220 : 150);
    int what_h = qk_px(app, portrait ? 220 : 110);
    int call_h = qk_px(app, portrait ? 300 : 150);
    int folder_h = qk_px(app, portrait ? 110 : 60);
    int gap = qk_px(app, 40);
    int total = title_h + what_h + call_h + folder_h + 3 * gap;
    int y = (h - total) / 2;
    if (y < m + qk_px(app, 18))
        y = m + qk_px(app, 18);
    qk_w_text(app, qk_tr(QK_S_OFFLINE_TITLE), qk_rect(x, y, cw, title_h), 92, 40, true,
              QK_C_INK, QK_ALIGN_CENTER, QK_VALIGN_BOTTOM);
    y += title_h + gap;
    qk_str what = app->offline_why == QK_OFFLINE_NO_FOLDER ? QK_S_OFFLINE_NO_FOLDER
                                                           : QK_S_OFFLINE_NO_SETS;
    qk_w_text(app, qk_tr(what), qk_rect(x, y, cw, what_h), 48, 26, true, QK_C_INK,
              QK_ALIGN_CENTER, QK_VALIGN_TOP);
    y += what_h + gap;
    qk_w_text(app, qk_tr(QK_S_OFFLINE_CALL), qk_rect(x, y, cw, call_h), 40, 24, false,
              QK_C_MUTED, QK_ALIGN_CENTER, QK_VALIGN_TOP);
    y += call_h + gap;
    char folder[600];
    snprintf(folder, sizeof folder, qk_tr(QK_S_OFFLINE_FOLDER), app->offline_folder);
    qk_w_text(app, folder, qk_rect(x, y, cw, folder_h), 26, 18, false, QK_C_MUTED,
              QK_ALIGN_CENTER, QK_VALIGN_TOP);
}

const qk_screen_ops qk_screen_offline = {"offline", enter, event, NULL, draw, NULL, NULL};
