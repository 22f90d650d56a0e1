/* screen_attract.c: the attract screen, shown while nobody is at the station.
 *
 * The course title, one line on what this is, and an inviting "touch to
 * start". Any press or key wakes the station and shows the start screen; the
 * waking tap does nothing else (its release lands on a screen where no press
 * began, so it cannot choose a round). Nothing moves here, so the kiosk loop
 * sleeps until an event comes.
 */
#include "common.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    (void)app;
}

static void event(qk_app *app, const qk_event *ev)
{
    if (ev->kind == QK_EV_PRESS || ev->kind == QK_EV_KEY)
        qk_app_go(app, QK_SCR_START);
}

static void draw(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    bool portrait = qk_portrait(app);
    /* a calm band of the accent colour across the top */
    qk_fill_rect(app->g, qk_rect(0, 0, w, qk_px(app, 18)), QK_C_ACCENT);

    int cw = portrait ? w - 2 * m : (w - 2 * m) * 78 / 100;
    int x = (w - cw) / 2;
    int title_h = portrait ? h * 26 / 100 : h * 30 / 100;
    int sub_h = qk_px(app, portrait ? 260 : 130);
    int btn_h = qk_px(app, 132);
    int gap = qk_px(app, 48);
    int total = title_h + gap + sub_h + gap * 2 + btn_h;
    int y = (h - total) / 2;
    if (y < m + qk_px(app, 18))
        y = m + qk_px(app, 18);
    qk_w_text(app, app->set->title, qk_rect(x, y, cw, title_h), 92, 40, true, QK_C_INK,
              QK_ALIGN_CENTER, QK_VALIGN_BOTTOM);
    y += title_h + gap;
    const char *sub = app->set->description && *app->set->description
                          ? app->set->description
                          : qk_tr(QK_S_ATTRACT_SUB);
    qk_w_text(app, sub, qk_rect(x, y, cw, sub_h), 38, 22, false, QK_C_MUTED, QK_ALIGN_CENTER,
              QK_VALIGN_TOP);
    y += sub_h + gap * 2;
    int bw = portrait ? cw : cw * 55 / 100;
    SDL_Rect b = qk_rect((w - bw) / 2, y, bw, btn_h);
    qk_w_round_fill(app, b, btn_h / 2, QK_C_ACCENT);
    int pad = qk_px(app, 28);
    qk_w_text(app, qk_tr(QK_S_TOUCH_TO_START), qk_rect(b.x + pad, b.y + pad / 2, b.w - 2 * pad,
              b.h - pad), 52, 28, true, QK_C_ON_ACCENT, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE);
}

const qk_screen_ops qk_screen_attract = {"attract", enter, event, NULL, draw, NULL, NULL};
