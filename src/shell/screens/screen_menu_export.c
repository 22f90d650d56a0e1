/* screen_menu_export.c: the trainer menu's export page, and the export.
 *
 * The page says where the file goes (export_dir, a USB stick), shows the last
 * export's outcome (written, or why not) and offers "Excel (.xlsx)" and "CSV"
 * as big buttons. The file gets the question, answer and right-answer texts
 * from the sets in memory (by content hash); the CSV uses ';' (Norwegian
 * Excel) when the station speaks nb or nn, else ','. A missing folder or a
 * full disk is a line on the page, never a crash.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "qk_export.h"
#include "qk_i18n.h"
#include "screen_menu.h"

/* Every stored answer as CSV with its texts, taken from the sets the station
 * has in memory (by content hash); `notice` gets the one sentence about set
 * versions that are gone, or "". */
static bool export_file(qk_app *app, bool xlsx, const char *path, long *rows, char *notice,
                        size_t ncap, char *err, size_t ecap)
{
    qk_history h;
    if (!qk_store_history(app->store, NULL, &h, err, ecap))
        return false;
    qk_textbook *tb = qk_textbook_create();
    for (size_t i = 0; tb && i < app->n_choices; i++)
        qk_textbook_add_set(tb, app->choices[i]);
    if (tb && app->set)
        qk_textbook_add_set(tb, app->set);
    qk_export_opts o = {qk_i18n_lang() == QK_LANG_EN ? ',' : ';', tb};
    qk_export_result res;
    bool ok = xlsx ? qk_export_xlsx(&h, path, &o, &res, err, ecap)
                   : qk_export_csv(&h, path, &o, &res, err, ecap);
    if (ok) {
        *rows = res.rows;
        snprintf(notice, ncap, "%s", res.notice);
    }
    qk_textbook_destroy(tb);
    qk_history_clear(&h);
    return ok;
}

void qk_menu_export_results(qk_app *app, bool xlsx)
{
    char path[4096], err[512] = "", msg[1200], why[600], notice[1024] = "";
    long rows = 0;
    qk_store_problem_words(app->store, why, sizeof why);
    if (!qk_store_readable(app->store)) {
        snprintf(msg, sizeof msg, qk_tr(QK_S_NO_STORE), why);
    } else if (!app->cfg.export_dir ||
               !qk_store_export_filename_ext(path, sizeof path, app->cfg.export_dir,
                                             app->cfg.station_id, time(NULL),
                                             xlsx ? "xlsx" : "csv")) {
        snprintf(msg, sizeof msg, qk_tr(QK_S_EXPORT_FAILED), "export_dir");
    } else if (export_file(app, xlsx, path, &rows, notice, sizeof notice, err, sizeof err)) {
        snprintf(msg, sizeof msg, qk_tr(QK_S_EXPORTED), rows, path);
        if (notice[0]) {
            qk_cat(msg, sizeof msg, "\n");
            qk_cat(msg, sizeof msg, "%s", notice);
        }
        if (!qk_store_ok(app->store)) { /* exported what there is; new answers are not kept */
            qk_cat(msg, sizeof msg, "\n");
            qk_cat(msg, sizeof msg, qk_tr(QK_S_NO_STORE), why);
        }
    } else {
        snprintf(msg, sizeof msg, qk_tr(QK_S_EXPORT_FAILED), err);
    }
    snprintf(app->menu_export_msg, sizeof app->menu_export_msg, "%s", msg);
    app->dirty = app->layout_stale = true;
}

void qk_menu_draw_export(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 20);
    int y = qk_menu_draw_title(app, qk_tr(QK_S_MENU_EXPORT), x, cw);
    char line[1600];
    snprintf(line, sizeof line, qk_tr(QK_S_MENU_EXPORT_TO),
             app->cfg.export_dir ? app->cfg.export_dir : "-");
    if (app->menu_export_msg[0])
        qk_cat(line, sizeof line, "\n%s", app->menu_export_msg);
    int lh = qk_px(app, 200);
    qk_w_text(app, line, qk_rect(x, y, cw, lh), 30, 16, false, QK_C_MUTED, QK_ALIGN_LEFT,
              QK_VALIGN_TOP);
    y += lh + gap;
    int bh = qk_px(app, 100);
    int cols = qk_portrait(app) ? 1 : 2;
    int rows = 2 / cols;
    int fh = qk_px(app, 130);
    SDL_Rect grid = qk_rect(x, y, cw, rows * fh + (rows - 1) * gap);
    qk_w_button(app, qk_grid_cell(grid, 2, cols, gap, 0), qk_tr(QK_S_MENU_EXPORT_XLSX),
                QK_UI_BUTTON, QK_BTN_MENU_EXPORT_XLSX, QK_BTN_PRIMARY, true, false);
    qk_w_button(app, qk_grid_cell(grid, 2, cols, gap, 1), qk_tr(QK_S_MENU_EXPORT_CSV),
                QK_UI_BUTTON, QK_BTN_MENU_EXPORT_CSV, QK_BTN_PRIMARY, true, false);
    qk_w_button(app, qk_rect(x, h - m - bh, cw, bh), qk_tr(QK_S_BACK), QK_UI_BUTTON,
                QK_BTN_MENU_BACK, QK_BTN_SECONDARY, true, false);
}
