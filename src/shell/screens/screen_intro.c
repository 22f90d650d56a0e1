/* screen_intro.c: a round's intro, before its first question.
 *
 * Only for rounds whose set gives them an `intro` (the app decides, see
 * app.c: rounds without one go straight to their first question). Shows the
 * round's title, the intro text, how many questions the round has in this
 * session, and "Start runden" (Enter or Space). The header carries progress,
 * score and "Avslutt" as on the question screens.
 */
#include <stdio.h>

#include "common.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    (void)app;
}

static void event(qk_app *app, const qk_event *ev)
{
    if ((ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON &&
         ev->hit->id == QK_BTN_START_ROUND) ||
        (ev->kind == QK_EV_KEY && (ev->key == QK_KEY_ENTER || ev->key == QK_KEY_SPACE)))
        qk_app_begin_round(app);
}

static void draw(qk_app *app)
{
    qk_session *s = app->session;
    const qk_round *r = s ? qk_session_round(s) : NULL;
    if (!r)
        return;
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    bool portrait = qk_portrait(app);
    int y0 = qk_draw_header(app);
    int cw = portrait ? w - 2 * m : (w - 2 * m) * 76 / 100;
    int x = (w - cw) / 2;
    SDL_Rect card = qk_rect(x, y0, cw, h - y0 - m);
    qk_w_card(app, card, QK_C_SURFACE);
    int pad = qk_px(app, 48);
    int gap = qk_px(app, 24);
    int iw = cw - 2 * pad, y = card.y + pad;
    int title_h = qk_px(app, portrait ? 200 : 130);
    int top_y = y; /* large text: the title scrolls with the intro */
    if (!app->large)
        qk_w_text(app, r->title, qk_rect(x + pad, y, iw, title_h), 64, 32, true, QK_C_INK,
                  QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    y += title_h + gap;
    int btn_h = qk_px(app, 110);
    int by = card.y + card.h - pad - btn_h;
    int count_h = qk_px(app, 56);
    char count[96];
    size_t nq = qk_session_question_count(s);
    if (nq == 1)
        snprintf(count, sizeof count, "%s", qk_tr(QK_S_ROUND_INTRO_ONE));
    else
        snprintf(count, sizeof count, qk_tr(QK_S_ROUND_INTRO_COUNT), (int)nq);
    int text_h = by - gap - count_h - gap - y;
    if (app->large) {
        /* large text: the title and intro at full size, scrolling when long */
        int tw = 0, th = 0, iw2 = 0, ih = 0;
        qk_text_measure(app->g, r->title, qk_px(app, 64), QK_WEIGHT_BOLD, iw, &tw, &th);
        qk_text_measure(app->g, r->intro, qk_px(app, 42), QK_WEIGHT_REGULAR, iw, &iw2, &ih);
        th += qk_px(app, 8);
        ih += qk_px(app, 8);
        SDL_Rect view = qk_rect(card.x, top_y, card.w, y + text_h - top_y);
        int top = qk_scroll_begin(app, view, th + gap + ih);
        qk_w_text(app, r->title, qk_rect(x + pad, top, iw, th), 64, 64, true, QK_C_INK,
                  QK_ALIGN_LEFT, QK_VALIGN_TOP);
        qk_w_text(app, r->intro, qk_rect(x + pad, top + th + gap, iw, ih), 42, 42, false,
                  QK_C_INK, QK_ALIGN_LEFT, QK_VALIGN_TOP);
        qk_scroll_end(app);
    } else {
        qk_w_text(app, r->intro, qk_rect(x + pad, y, iw, text_h), 42, 22, false, QK_C_INK,
                  QK_ALIGN_LEFT, QK_VALIGN_TOP);
    }
    y += text_h + gap;
    qk_w_text(app, count, qk_rect(x + pad, y, iw, count_h), 36, 22, true, QK_C_ACCENT,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    int bw = portrait ? iw : iw * 50 / 100;
    qk_w_button(app, qk_rect(x + cw - pad - bw, by, bw, btn_h), qk_tr(QK_S_START_ROUND),
                QK_UI_BUTTON, QK_BTN_START_ROUND, QK_BTN_PRIMARY, true, false);
}

const qk_screen_ops qk_screen_intro = {"round-intro", enter, event, NULL, draw, NULL, NULL};
