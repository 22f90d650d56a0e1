/* screen_menu.c: the trainer menu, reached only through the PIN pad.
 *
 * This file is the screen itself: entering it, its events (taps, digits,
 * Backspace) and which page is drawn. Each page has a file of its own
 * (screen_menu.h lists them):
 *   main     the active set, what the trainer should know (a set kept in
 *            memory, sets skipped, results not yet sent) and the news; back,
 *            choose the set, figures, export, reload, quit (the only way out
 *            of the kiosk), and while sets were skipped their errors. Digits.
 *   sets     every valid set found, as tiles; a tap or digit makes it active
 *            (the kiosk loop does the switch and remembers it). A running
 *            session keeps its set.
 *   figures  today's sessions and the most-missed questions, from the results
 *            store (autoplay sessions left out).
 *   export   "Excel (.xlsx)" or "CSV" into the export folder (export_dir).
 *   errors   every error of the sets skipped, in the station's language,
 *            scrolled by drag, wheel, arrows and PageUp/PageDown.
 * Backspace (or "Tilbake") goes from a page to the main page, and from there
 * back to the screen under the menu. Export and figures need the results
 * store; without one the page says why.
 */
#include "screen_menu.h"

static void enter(qk_app *app)
{
    app->menu_page = QK_MENU_MAIN;
    app->menu_drag_from = -1;
}

static void open_page(qk_app *app, qk_menu_page page)
{
    app->menu_page = page;
    app->layout_stale = true;
    if (page == QK_MENU_ERRORS) {
        app->menu_scroll = 0;
        app->menu_drag_from = -1;
    }
}

static void act(qk_app *app, int id)
{
    app->dirty = true;
    switch (id) {
    case QK_BTN_MENU_BACK:
        if (app->menu_page != QK_MENU_MAIN) {
            open_page(app, QK_MENU_MAIN);
        } else {
            app->menu_msg[0] = app->menu_export_msg[0] = '\0';
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
        open_page(app, QK_MENU_SETS);
        break;
    case QK_BTN_MENU_FIGURES:
        open_page(app, QK_MENU_FIGURES);
        break;
    case QK_BTN_MENU_EXPORT:
        open_page(app, QK_MENU_EXPORT);
        break;
    case QK_BTN_MENU_ERRORS:
        open_page(app, QK_MENU_ERRORS);
        break;
    case QK_BTN_MENU_EXPORT_XLSX:
    case QK_BTN_MENU_EXPORT_CSV:
        qk_menu_export_results(app, id == QK_BTN_MENU_EXPORT_XLSX);
        break;
    default:
        break;
    }
}

/* The trainer chose the set at index i of the choices. */
static void choose(qk_app *app, int i)
{
    app->choose_request = i;
    app->menu_page = QK_MENU_MAIN;
    app->dirty = app->layout_stale = true;
}

static void event(qk_app *app, const qk_event *ev)
{
    if (app->menu_page == QK_MENU_ERRORS && qk_menu_errors_event(app, ev))
        return;
    if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_BUTTON) {
        act(app, ev->hit->id);
    } else if (ev->kind == QK_EV_TAP && ev->hit && ev->hit->kind == QK_UI_TILE &&
               app->menu_page == QK_MENU_SETS) {
        choose(app, ev->hit->id);
    } else if (ev->kind == QK_EV_KEY) {
        if (ev->key == QK_KEY_BACKSPACE)
            act(app, QK_BTN_MENU_BACK);
        else if (ev->key == QK_KEY_DIGIT && app->menu_page == QK_MENU_MAIN && ev->digit >= 1 &&
                 ev->digit <= qk_menu_main_count(app))
            act(app, qk_menu_main_buttons[ev->digit - 1]);
        else if (ev->key == QK_KEY_DIGIT && app->menu_page == QK_MENU_SETS && ev->digit >= 1 &&
                 (size_t)ev->digit <= app->n_choices)
            choose(app, ev->digit - 1);
        else if (ev->key == QK_KEY_DIGIT && app->menu_page == QK_MENU_EXPORT &&
                 (ev->digit == 1 || ev->digit == 2))
            act(app, ev->digit == 1 ? QK_BTN_MENU_EXPORT_XLSX : QK_BTN_MENU_EXPORT_CSV);
    }
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
    switch ((qk_menu_page)app->menu_page) {
    case QK_MENU_SETS:
        qk_menu_draw_sets(app, x, cw, h);
        break;
    case QK_MENU_FIGURES:
        qk_menu_draw_figures(app, x, cw, h);
        break;
    case QK_MENU_EXPORT:
        qk_menu_draw_export(app, x, cw, h);
        break;
    case QK_MENU_ERRORS:
        qk_menu_draw_errors(app, x, cw, h);
        break;
    default:
        qk_menu_draw_main(app, x, cw, h);
        break;
    }
}

/* While the main page shows the results not yet sent, the forwarder may send
 * some: look again now and then, and redraw when the count changed. */
static void tick(qk_app *app)
{
    if (!qk_menu_shows_unsent(app) ||
        qk_app_now(app) - app->menu_unsent_at < QK_MENU_UNSENT_EVERY_S)
        return;
    app->menu_unsent_at = qk_app_now(app);
    if (qk_store_outbox_count(app->store) != app->menu_unsent)
        app->dirty = true;
}

/* Only the errors page's lines can be dragged (to scroll the list). */
static bool drag_ok(qk_app *app, const qk_ui_rect *from)
{
    return app->menu_page == QK_MENU_ERRORS && from->kind == QK_UI_REVIEW;
}

const qk_screen_ops qk_screen_menu = {"menu", enter, event, tick, draw, NULL, drag_ok};
