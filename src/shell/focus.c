/* focus.c: the keyboard focus (see focus.h).
 *
 * The targets are found anew in the layout list at each key: a rank by kind
 * (content, buttons, Avslutt, toggles) and then the order drawn give the
 * order Tab walks. Nothing here knows a screen's rules: choosing a target is
 * a tap on it, which the screen handles as it handles a finger.
 */
#include "focus.h"

#include "screens/screen_menu.h" /* QK_MENU_ERRORS: the menu page that scrolls */
#include "gfx/qk_gfx.h"
#include "widgets.h"

/* The rank of a recorded rectangle in the focus order; -1 = not a target. */
static int rank_of(const qk_ui_rect *u)
{
    switch (u->kind) {
    case QK_UI_TILE:
    case QK_UI_SLOT:
    case QK_UI_CATEGORY:
    case QK_UI_ROUND:
    case QK_UI_KEY:
        return 0;
    case QK_UI_BUTTON:
        if (u->id == QK_BTN_STOP)
            return 2;
        if (u->id == QK_BTN_LARGE_TEXT || u->id == QK_BTN_CONTRAST)
            return 3;
        return 1;
    default:
        return -1; /* text, pictures, bars, marks, review items, the attract's wake */
    }
}

/* The targets of the layout in focus order (indices into the layout). */
static size_t targets(const qk_app *app, size_t *out)
{
    size_t n = 0;
    for (int rank = 0; rank <= 3; rank++)
        for (size_t i = 0; i < app->n_layout; i++)
            if (rank_of(&app->layout[i]) == rank)
                out[n++] = i;
    return n;
}

void qk_focus_reset(qk_app *app)
{
    app->focus_on = false;
    app->focus_speak = false;
}

const qk_ui_rect *qk_focus_target(const qk_app *app)
{
    if (!app->focus_on)
        return NULL;
    for (size_t i = 0; i < app->n_layout; i++) {
        const qk_ui_rect *u = &app->layout[i];
        if (u->kind == app->focus_kind && u->id == app->focus_id && rank_of(u) >= 0)
            return u;
    }
    return NULL;
}

static void say_focused(qk_app *app)
{
    const qk_ui_rect *u = qk_focus_target(app);
    if (u)
        qk_app_say(app, qk_app_label(app, u), QK_SAY_CUT);
}

static void move(qk_app *app, int step)
{
    size_t order[QK_MAX_UI];
    size_t n = targets(app, order);
    if (n == 0)
        return;
    const qk_ui_rect *cur = qk_focus_target(app);
    size_t at = 0;
    if (!cur) {
        at = step > 0 ? 0 : n - 1; /* first key: the first (or last) target */
    } else {
        size_t k = 0;
        while (k < n && &app->layout[order[k]] != cur)
            k++;
        at = (k + n + (size_t)(step > 0 ? 1 : n - 1)) % n;
    }
    const qk_ui_rect *u = &app->layout[order[at]];
    app->focus_on = true;
    app->focus_kind = u->kind;
    app->focus_id = u->id;
    app->dirty = true;
    say_focused(app);
    qk_scroll_show(app, u->r); /* out of a scroll view: brought into it */
}

/* Screens whose arrow keys mean something of their own. */
static bool arrows_are_the_screen_s(const qk_app *app)
{
    return app->screen == QK_SCR_SUMMARY || app->screen == QK_SCR_PIN ||
           app->screen == QK_SCR_ATTRACT ||
           (app->screen == QK_SCR_MENU && app->menu_page == QK_MENU_ERRORS); /* scrolls */
}

bool qk_focus_key(qk_app *app, const qk_event *ev, qk_event *tap)
{
    if (ev->kind != QK_EV_KEY || app->screen == QK_SCR_ATTRACT || app->screen == QK_SCR_WALKAWAY)
        return false; /* there any key wakes the station, or carries on */
    switch (ev->key) {
    case QK_KEY_TAB:
        move(app, ev->shift ? -1 : 1);
        return true;
    case QK_KEY_UP:
    case QK_KEY_LEFT:
    case QK_KEY_DOWN:
    case QK_KEY_RIGHT:
        if (arrows_are_the_screen_s(app))
            return false;
        move(app, ev->key == QK_KEY_UP || ev->key == QK_KEY_LEFT ? -1 : 1);
        return true;
    case QK_KEY_ENTER:
    case QK_KEY_SPACE: {
        const qk_ui_rect *u = qk_focus_target(app);
        if (!u)
            return false;
        *tap = (qk_event){0};
        tap->kind = QK_EV_TAP;
        tap->hit = u;
        tap->x = u->r.x + u->r.w / 2;
        tap->y = u->r.y + u->r.h / 2;
        app->focus_speak = true; /* said again as it is after the tap, if still here */
        return true;
    }
    default:
        return false;
    }
}

void qk_focus_after_render(qk_app *app)
{
    const qk_ui_rect *u = qk_focus_target(app);
    if (!u) {
        app->focus_speak = false;
        return;
    }
    if (u->hidden) /* scrolled out of view by the wheel or a drag: no ring */
        goto speak;
    float unit = qk_u(app);
    int off = (int)(5 * unit + 0.5f), thick = (int)(7 * unit + 0.5f), edge = (int)(2 * unit + 0.5f);
    if (off < 2)
        off = 2;
    if (thick < 3)
        thick = 3;
    if (edge < 1)
        edge = 1;
    int rad = qk_px(app, 22);
    SDL_Rect outer = {u->r.x - off - thick, u->r.y - off - thick, u->r.w + 2 * (off + thick),
                      u->r.h + 2 * (off + thick)};
    SDL_Rect band = {outer.x + edge, outer.y + edge, outer.w - 2 * edge, outer.h - 2 * edge};
    qk_stroke_round_rect(app->g, outer, rad, thick, QK_C_PAGE);
    qk_stroke_round_rect(app->g, band, rad, thick - 2 * edge, QK_C_FOCUS);
speak:
    if (app->focus_speak) {
        app->focus_speak = false;
        say_focused(app);
    }
}
