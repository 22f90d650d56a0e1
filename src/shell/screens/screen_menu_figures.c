/* screen_menu_figures.c: the trainer menu's page of today's figures.
 *
 * Today's sessions by status and the average score, and the most-missed
 * questions, from the results store (autoplay sessions left out). A store
 * that can no longer write still shows what it holds, under a line saying
 * what is wrong; without a readable store the page says why.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "qk_i18n.h"
#include "screen_menu.h"

void qk_menu_draw_figures(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 18);
    int y = qk_menu_draw_title(app, qk_tr(QK_S_MENU_FIGURES), x, cw);
    int bh = qk_px(app, 100);
    char text[6000] = "";
    time_t day = qk_store_day_start(time(NULL));
    qk_store_summary sum;
    bool have = qk_store_readable(app->store) && qk_store_summary_since(app->store, day, &sum);
    char why[600];
    qk_store_problem_words(app->store, why, sizeof why);
    if (!have) {
        snprintf(text, sizeof text, qk_tr(QK_S_NO_STORE), *why ? why : "-");
    } else if (*why) {
        /* A store that can no longer write (a full disk, a read-only file)
         * still shows what it holds, under a line saying what is wrong. */
        snprintf(text, sizeof text, qk_tr(QK_S_NO_STORE), why);
        qk_cat(text, sizeof text, "\n\n");
    }
    if (have && sum.sessions == 0)
        qk_cat(text, sizeof text, "%s", qk_tr(QK_S_FIG_NONE));
    if (have && sum.sessions > 0) {
        qk_cat(text, sizeof text, qk_tr(QK_S_FIG_SESSIONS), sum.sessions, sum.completed,
               sum.stopped, sum.abandoned);
        if (sum.avg_score_pct >= 0) {
            char pct[32];
            qk_fmt_points(sum.avg_score_pct, pct, sizeof pct);
            qk_cat(text, sizeof text, "\n");
            qk_cat(text, sizeof text, qk_tr(QK_S_FIG_AVG), pct);
        }
        qk_store_missed mm[5];
        long k = qk_store_most_missed(app->store, day, mm, 5);
        if (k > 0)
            qk_cat(text, sizeof text, "\n\n%s:", qk_tr(QK_S_FIG_MISSED));
        for (long i = 0; i < k; i++) {
            const qk_question *q = strcmp(mm[i].set_id, app->set->id) == 0
                                       ? qk_set_find_question(app->set, mm[i].question_id, NULL)
                                       : NULL;
            qk_cat(text, sizeof text, "\n%.0f %% (%ld/%ld)  %s", mm[i].pct_wrong, mm[i].wrong,
                   mm[i].asked, q ? q->text : mm[i].question_id);
        }
    }
    qk_w_text(app, text, qk_rect(x, y, cw, h - m - bh - gap * 2 - y), 34, 16, false, QK_C_INK,
              QK_ALIGN_LEFT, QK_VALIGN_TOP);
    qk_w_button(app, qk_rect(x, h - m - bh, cw, bh), qk_tr(QK_S_BACK), QK_UI_BUTTON,
                QK_BTN_MENU_BACK, QK_BTN_SECONDARY, true, false);
}
