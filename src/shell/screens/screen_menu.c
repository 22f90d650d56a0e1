/* screen_menu.c: the trainer menu, reached only through the PIN pad.
 *
 * Three pages:
 *   main     the active set and a line of news (export written, sets read
 *            again); buttons: back to the quiz, choose the question set,
 *            today's figures, export the results, reload the sets, quit
 *            (the only way out of the kiosk). Digits 1-6 choose too.
 *   sets     every valid set found, as tiles; a tap makes it active (the
 *            kiosk loop does the switch and remembers it). A running session
 *            keeps its set.
 *   figures  today's sessions and average score and the most-missed
 *            questions, from the results store (autoplay sessions left out).
 *   export   "Excel (.xlsx)" or "CSV" into the export folder (export_dir, a
 *            USB stick), with the question, answer and right-answer texts from
 *            the sets in memory; the CSV uses ';' (Norwegian Excel) when the
 *            station speaks nb or nn, else ','. A missing folder or a full disk
 *            is a line on the page, never a crash.
 * Export and figures need the results store; without one the page says why.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "common.h"
#include "qk_export.h"
#include "qk_i18n.h"

static void enter(qk_app *app)
{
    app->menu_page = 0;
}

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

static void export_results(qk_app *app, bool xlsx)
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
    qk_app_menu_message(app, msg);
}

static void act(qk_app *app, int id)
{
    app->dirty = true;
    switch (id) {
    case QK_BTN_MENU_BACK:
        if (app->menu_page != 0) {
            app->menu_page = 0;
            app->layout_stale = true;
        } else {
            app->menu_msg[0] = '\0';
            qk_app_go(app, app->under);
        }
        break;
    case QK_BTN_MENU_RELOAD:
        app->reload = true;
        break;
    case QK_BTN_MENU_EXIT:
        app->quit = true;
        break;
    case QK_BTN_MENU_SETS:
        app->menu_page = 1;
        app->layout_stale = true;
        break;
    case QK_BTN_MENU_FIGURES:
        app->menu_page = 2;
        app->layout_stale = true;
        break;
    case QK_BTN_MENU_EXPORT:
        app->menu_page = 3;
        app->layout_stale = true;
        break;
    case QK_BTN_MENU_EXPORT_XLSX:
    case QK_BTN_MENU_EXPORT_CSV:
        export_results(app, id == QK_BTN_MENU_EXPORT_XLSX);
        break;
    default:
        break;
    }
}

static const int main_buttons[6] = {QK_BTN_MENU_BACK,   QK_BTN_MENU_SETS,   QK_BTN_MENU_FIGURES,
                                    QK_BTN_MENU_EXPORT, QK_BTN_MENU_RELOAD, QK_BTN_MENU_EXIT};
static const qk_str main_labels[6] = {QK_S_MENU_BACK,   QK_S_MENU_CHOOSE_SET, QK_S_MENU_FIGURES,
                                      QK_S_MENU_EXPORT, QK_S_MENU_RELOAD,     QK_S_MENU_EXIT};

static void event(qk_app *app, const qk_event *ev)
{
    if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON) {
        act(app, ev->hit->id);
    } else if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_TILE &&
               app->menu_page == 1) {
        app->choose_request = ev->hit->id;
        app->menu_page = 0;
        app->dirty = app->layout_stale = true;
    } else if (ev->kind == QK_EV_KEY) {
        if (ev->key == QK_KEY_BACKSPACE)
            act(app, QK_BTN_MENU_BACK);
        else if (ev->key == QK_KEY_DIGIT && app->menu_page == 0 && ev->digit >= 1 &&
                 ev->digit <= 6)
            act(app, main_buttons[ev->digit - 1]);
        else if (ev->key == QK_KEY_DIGIT && app->menu_page == 1 && ev->digit >= 1 &&
                 (size_t)ev->digit <= app->n_choices) {
            app->choose_request = ev->digit - 1;
            app->menu_page = 0;
            app->dirty = app->layout_stale = true;
        } else if (ev->key == QK_KEY_DIGIT && app->menu_page == 3 &&
                   (ev->digit == 1 || ev->digit == 2))
            act(app, ev->digit == 1 ? QK_BTN_MENU_EXPORT_XLSX : QK_BTN_MENU_EXPORT_CSV);
    }
}

static int draw_title(qk_app *app, const char *title, int x, int cw)
{
    int m = qk_margin(app);
    int y = m + qk_px(app, 10);
    qk_w_text(app, title, qk_rect(x, y, cw, qk_px(app, 76)), 52, 28, true, QK_C_INK,
              QK_ALIGN_LEFT, QK_VALIGN_MIDDLE);
    return y + qk_px(app, 76) + qk_px(app, 16);
}

static void draw_main(qk_app *app, int x, int cw, int w, int h)
{
    (void)w;
    int m = qk_margin(app);
    int gap = qk_px(app, 20);
    int y = draw_title(app, qk_tr(QK_S_MENU_TITLE), x, cw);
    char line[1400];
    snprintf(line, sizeof line, qk_tr(QK_S_MENU_SET), app->set->title);
    if (app->menu_msg[0])
        qk_cat(line, sizeof line, "\n%s", app->menu_msg);
    int lh = qk_px(app, 130);
    qk_w_text(app, line, qk_rect(x, y, cw, lh), 30, 16, false, QK_C_MUTED, QK_ALIGN_LEFT,
              QK_VALIGN_TOP);
    y += lh + gap;
    int cols = qk_portrait(app) ? 1 : 2;
    int rows = 6 / cols;
    int bh = (h - m - y - (rows - 1) * gap) / rows;
    if (bh > qk_px(app, 110))
        bh = qk_px(app, 110);
    SDL_Rect grid = qk_rect(x, y, cw, rows * bh + (rows - 1) * gap);
    for (int i = 0; i < 6; i++) {
        bool can = main_buttons[i] != QK_BTN_MENU_SETS || app->n_choices > 1;
        qk_w_button(app, qk_grid_cell(grid, 6, cols, gap, i), qk_tr(main_labels[i]), QK_UI_BUTTON,
                    main_buttons[i], i == 0 ? QK_BTN_PRIMARY : QK_BTN_SECONDARY, can, false);
    }
}

static void draw_sets(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 18);
    int y = draw_title(app, qk_tr(QK_S_MENU_CHOOSE_SET), x, cw);
    int bh = qk_px(app, 100);
    int n = (int)app->n_choices;
    if (n > 9)
        n = 9;
    int avail = h - m - bh - gap * 2 - y;
    int th = n ? (avail - (n - 1) * gap) / n : 0;
    if (th > qk_px(app, 110))
        th = qk_px(app, 110);
    for (int i = 0; i < n; i++) {
        char num[16];
        snprintf(num, sizeof num, "%d", i + 1);
        const qk_set *s = app->choices[i];
        qk_w_tile(app, qk_rect(x, y, cw, th), num, i, s->title, s->id,
                  s == app->set ? QK_TILE_CHOSEN : QK_TILE_NORMAL, false, false, QK_UI_TILE, i);
        y += th + gap;
    }
    qk_w_button(app, qk_rect(x, h - m - bh, cw, bh), qk_tr(QK_S_BACK), QK_UI_BUTTON,
                QK_BTN_MENU_BACK, QK_BTN_SECONDARY, true, false);
}

static void draw_figures(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 18);
    int y = draw_title(app, qk_tr(QK_S_MENU_FIGURES), x, cw);
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

/* The export page: where the file goes, the last export's outcome (written,
 * or why not), and the two formats as big buttons. */
static void draw_export(qk_app *app, int x, int cw, int h)
{
    int m = qk_margin(app);
    int gap = qk_px(app, 20);
    int y = draw_title(app, qk_tr(QK_S_MENU_EXPORT), x, cw);
    char line[1600];
    snprintf(line, sizeof line, qk_tr(QK_S_MENU_EXPORT_TO),
             app->cfg.export_dir ? app->cfg.export_dir : "-");
    if (app->menu_msg[0])
        qk_cat(line, sizeof line, "\n%s", app->menu_msg);
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

static void draw(qk_app *app)
{
    int w, h;
    qk_screen_size(app, &w, &h);
    int m = qk_margin(app);
    int cw = qk_px(app, qk_portrait(app) ? 900 : 1300);
    if (cw > w - 2 * m)
        cw = w - 2 * m;
    int x = (w - cw) / 2;
    qk_fill_rect(app->g, qk_rect(0, 0, w, qk_px(app, 18)), QK_C_FOCUS);
    if (app->menu_page == 1)
        draw_sets(app, x, cw, h);
    else if (app->menu_page == 2)
        draw_figures(app, x, cw, h);
    else if (app->menu_page == 3)
        draw_export(app, x, cw, h);
    else
        draw_main(app, x, cw, w, h);
}

const qk_screen_ops qk_screen_menu = {"menu", enter, event, NULL, draw, NULL, NULL};
