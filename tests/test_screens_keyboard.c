/* test_screens_keyboard.c: the kiosk by keyboard alone (issue 10).
 *
 * A participant who cannot see the screen plays a whole session of every
 * question type (the rig's fixture: single, truefalse, multiple, order,
 * categorize, in five rounds and a sixth of long ones) with only key events:
 * Tab (never two keys at once) moves the focus, Enter chooses. A recording
 * listener stands in for the speech engine (qk_app_set_listener): each focus
 * move must have said that target, as the layout labels it, before Enter. The
 * session must complete with every answer right and stored.
 *
 * Also: Shift+Tab and the arrows move the focus back and forth; the ring is
 * drawn outside the target in the theme's focus colour; A+ and the contrast
 * toggle last for the session and go back to the station's defaults when it
 * ends (completed or walked away from); a station default of large text and
 * high contrast is where a new session starts.
 * PNGs go to the folder given as argv[1].
 */
#include <math.h>
#include <sys/stat.h>

#include <SDL_ttf.h>

#include "qk_i18n.h"
#include "screens/screens.h"
#include "screens_rig.h"
#include "widgets.h"

/* ---- the recording listener ---- */

#define MAX_SAID 4000
static char said[MAX_SAID][QK_LABEL_CAP];
static int said_cut[MAX_SAID];
static int n_said;

static void record_say(void *ud, const char *text, qk_say_mode mode)
{
    (void)ud;
    if (n_said < MAX_SAID) {
        snprintf(said[n_said], sizeof said[n_said], "%s", text ? text : "");
        said_cut[n_said] = mode == QK_SAY_CUT;
        n_said++;
    }
}

static const char *last_said(void)
{
    return n_said ? said[n_said - 1] : "";
}

/* ---- keys ---- */

static int tabs;          /* Tab presses in the whole session */
static int focus_checks;  /* focus moves whose speech was checked */
static int max_scroll;    /* the furthest a scroll view was scrolled by the focus */

static bool focused_is(rig *r, qk_ui_kind kind, int id)
{
    const qk_ui_rect *u = qk_app_focused(r->app);
    return u && u->kind == kind && u->id == id;
}

/* Tabs until (kind, id) has the focus (at most once round the screen); checks
 * that the move said the target's label, cut over what came before. */
static bool tab_to(rig *r, qk_ui_kind kind, int id)
{
    for (int k = 0; k < QK_MAX_UI + 2; k++) {
        int before = n_said;
        key(r, SDLK_TAB, 0);
        tabs++;
        const qk_ui_rect *u = qk_app_focused(r->app);
        if (!u)
            return false;
        const char *label = qk_app_label(r->app, u);
        if (n_said != before + 1 || !said_cut[n_said - 1] || !*label ||
            strcmp(last_said(), label) != 0) {
            fprintf(stderr, "  focus on kind %d id %d said '%s' (%d times), label '%s'\n",
                    u->kind, u->id, last_said(), n_said - before, label);
            return false;
        }
        focus_checks++;
        if (r->app->scroll_y > max_scroll)
            max_scroll = r->app->scroll_y;
        if (u->hidden) {
            fprintf(stderr, "  the focus is on kind %d id %d out of view\n", u->kind, u->id);
            return false;
        }
        if (u->kind == kind && u->id == id)
            return true;
    }
    fprintf(stderr, "  kind %d id %d never got the focus on %s\n", kind, id,
            qk_app_screen_name(r->app));
    return false;
}

/* Tabs to a target and presses Enter. */
static bool choose(rig *r, qk_ui_kind kind, int id)
{
    if (!tab_to(r, kind, id))
        return false;
    key(r, SDLK_RETURN, 0);
    return true;
}

/* The first button of the screen that is not Avslutt or a toggle (Next,
 * Finish, Start the round, ...). */
static int main_button(rig *r)
{
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    for (size_t i = 0; i < n; i++)
        if (l[i].kind == QK_UI_BUTTON && l[i].id != QK_BTN_STOP &&
            l[i].id != QK_BTN_LARGE_TEXT && l[i].id != QK_BTN_CONTRAST)
            return l[i].id;
    return -1;
}

/* The label of (kind, id) contains `text` (also when it is scrolled out of
 * view, which qk_app_find does not see). */
static bool label_has(rig *r, qk_ui_kind kind, int id, const char *text)
{
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    for (size_t i = 0; i < n; i++)
        if (l[i].kind == kind && l[i].id == id)
            return strstr(qk_app_label(r->app, &l[i]), text) != NULL;
    return false;
}

/* Answers the question on screen, rightly, by Tab and Enter only. */
static bool answer_by_keys(rig *r)
{
    const qk_question *q = qk_session_question(qk_app_session(r->app));
    if (!q)
        return false;
    switch (q->type) {
    case QK_Q_TRUEFALSE:
        /* A is "Sant", B is "Usant" */
        if (!tab_to(r, QK_UI_TILE, q->truth ? 0 : 1))
            return false;
        QK_CHECK(strstr(last_said(), qk_tr(q->truth ? QK_S_TRUE : QK_S_FALSE)) != NULL);
        key(r, SDLK_RETURN, 0);
        return true;
    case QK_Q_SINGLE:
        for (size_t i = 0; i < q->n_choices; i++)
            if (q->choices[i].correct) {
                if (!tab_to(r, QK_UI_TILE, place_of(r, i)))
                    return false;
                QK_CHECK(strstr(last_said(), q->choices[i].text) != NULL);
                QK_CHECK(strncmp(last_said(), qk_letter(place_of(r, i)), 1) == 0);
                key(r, SDLK_RETURN, 0);
                return true;
            }
        return false;
    case QK_Q_MULTIPLE:
        for (size_t i = 0; i < q->n_choices; i++)
            if (q->choices[i].correct) {
                if (!tab_to(r, QK_UI_TILE, place_of(r, i)))
                    return false;
                QK_CHECK(strstr(last_said(), qk_tr(QK_S_SAY_CHOSEN)) == NULL);
                key(r, SDLK_RETURN, 0);
                /* ticked, and said so */
                QK_CHECK(strstr(last_said(), q->choices[i].text) != NULL);
                QK_CHECK(strstr(last_said(), qk_tr(QK_S_SAY_CHOSEN)) != NULL);
            }
        return choose(r, QK_UI_BUTTON, QK_BTN_SUBMIT);
    case QK_Q_ORDER:
        /* the items in their right order go to slots 1, 2, ... */
        for (size_t i = 0; i < q->n_choices; i++) {
            if (!tab_to(r, QK_UI_TILE, place_of(r, i)))
                return false;
            QK_CHECK(strstr(last_said(), q->choices[i].text) != NULL);
            key(r, SDLK_RETURN, 0);
            QK_CHECK(label_has(r, QK_UI_SLOT, (int)i, q->choices[i].text));
        }
        if (!tab_to(r, QK_UI_SLOT, 0))
            return false;
        QK_CHECK(strstr(last_said(), q->choices[0].text) != NULL);
        return choose(r, QK_UI_BUTTON, QK_BTN_SUBMIT);
    case QK_Q_CATEGORIZE:
        for (size_t i = 0; i < q->n_choices; i++) {
            int c = q->choices[i].category;
            if (!tab_to(r, QK_UI_TILE, place_of(r, i)))
                return false;
            QK_CHECK(strstr(last_said(), q->choices[i].text) != NULL);
            key(r, SDLK_RETURN, 0); /* picked up */
            QK_CHECK(strstr(last_said(), qk_tr(QK_S_SAY_CHOSEN)) != NULL);
            if (!tab_to(r, QK_UI_CATEGORY, c))
                return false;
            QK_CHECK(strstr(last_said(), q->categories[c]) != NULL);
            key(r, SDLK_RETURN, 0); /* put there */
            QK_CHECK(label_has(r, QK_UI_TILE, place_of(r, i), q->categories[c]));
        }
        return choose(r, QK_UI_BUTTON, QK_BTN_SUBMIT);
    default:
        return false;
    }
}

static int count_answers(const char *db)
{
    sqlite3 *h = NULL;
    int n = -1;
    char path[512];
    snprintf(path, sizeof path, "%s/%s", db_dir, db);
    if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(h,
                               "SELECT count(*), sum(a.correct) FROM answers a JOIN sessions s "
                               "ON s.id = a.session_id WHERE s.status = 'completed'",
                               -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) ==
                                                      sqlite3_column_int(st, 1))
                n = sqlite3_column_int(st, 0); /* all of them right */
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(h);
    return n;
}

/* The whole session, every type, by Tab and Enter, at a screen size. */
static void session_by_keys(int w, int hgt, bool large, const char *db)
{
    rig r;
    rig_text_size = large ? QK_TEXT_LARGE : QK_TEXT_NORMAL;
    QK_REQUIRE(rig_open(&r, w, hgt, db));
    rig_text_size = QK_TEXT_NORMAL;
    n_said = 0;
    tabs = focus_checks = 0;
    qk_app_set_listener(r.app, record_say, NULL);
    key(&r, SDLK_SPACE, 0); /* wake */
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_START);
    QK_REQUIRE(choose(&r, QK_UI_ROUND, -1)); /* all rounds */
    int types_seen = 0, answered = 0;
    max_scroll = 0;
    for (int step = 0; step < 200 && qk_app_screen(r.app) != QK_SCR_ATTRACT; step++) {
        qk_screen_id s = qk_app_screen(r.app);
        if (s == QK_SCR_QUESTION) {
            const qk_question *q = qk_session_question(qk_app_session(r.app));
            types_seen |= 1 << q->type;
            if (answered == 2) {
                char name[64];
                snprintf(name, sizeof name, "keyboard-%s%s", large ? "large-" : "",
                         qk_app_screen_name(r.app));
                /* a tile focused, for the picture */
                QK_CHECK(tab_to(&r, QK_UI_TILE, 1));
                save(&r, name);
                key(&r, SDLK_TAB, KMOD_LSHIFT); /* back to tile 0 (A) */
                QK_CHECK(focused_is(&r, QK_UI_TILE, 0));
            }
            size_t before = qk_session_record_count(qk_app_session(r.app));
            QK_REQUIRE(answer_by_keys(&r));
            QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_FEEDBACK);
            const qk_record *rec = qk_session_record(qk_app_session(r.app), before);
            QK_CHECK(rec && rec->correct);
            if (rec && !rec->correct)
                fprintf(stderr, "  %s answered wrong by keys\n", q->id);
            answered++;
        } else {
            int b = main_button(&r);
            QK_REQUIRE(b > 0);
            QK_REQUIRE(choose(&r, QK_UI_BUTTON, b));
        }
    }
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    qk_app_stats st = qk_app_get_stats(r.app);
    QK_CHECK_INT(st.completed, 1);
    QK_CHECK_INT(st.abandoned, 0);
    QK_CHECK_INT((int)st.answers, answered);
    QK_CHECK_INT(answered, 9);
    QK_CHECK_INT(types_seen, (1 << QK_Q_SINGLE) | (1 << QK_Q_MULTIPLE) | (1 << QK_Q_TRUEFALSE) |
                                 (1 << QK_Q_ORDER) | (1 << QK_Q_CATEGORIZE));
    QK_CHECK_INT(count_sessions(db, "status = 'completed'"), 1);
    QK_CHECK_INT(count_answers(db), 9);
    if (large)
        QK_CHECK(max_scroll > 0); /* some question scrolled to bring the focus in view */
    printf("     %dx%d%s: %d answers, %d Tab presses, %d focus moves said, %d utterances\n", w,
           hgt, large ? " large" : "", answered, tabs, focus_checks, n_said);
    rig_close(&r);
}

static void test_keyboard_session(void) { session_by_keys(1280, 720, false, "kb1.db"); }
static void test_keyboard_session_large(void) { session_by_keys(1920, 1080, true, "kb2.db"); }
static void test_keyboard_session_portrait(void) { session_by_keys(1080, 1920, false, "kb3.db"); }

/* Shift+Tab and the arrows go both ways; Enter with nothing focused is the
 * screen's own key; the ring is drawn outside the target in the focus colour,
 * in each theme. */
static void test_focus_moves_and_ring(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    n_said = 0;
    qk_app_set_listener(r.app, record_say, NULL);
    key(&r, SDLK_SPACE, 0);
    click(&r, QK_UI_ROUND, 1); /* the multiple-choice round */
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-multiple");
    QK_CHECK(qk_app_focused(r.app) == NULL);
    key(&r, SDLK_TAB, 0);
    QK_CHECK(focused_is(&r, QK_UI_TILE, 0));
    QK_CHECK(strncmp(last_said(), "A, Eple", 7) == 0);
    key(&r, SDLK_DOWN, 0);
    QK_CHECK(focused_is(&r, QK_UI_TILE, 1));
    key(&r, SDLK_RIGHT, 0);
    QK_CHECK(focused_is(&r, QK_UI_TILE, 2));
    key(&r, SDLK_UP, 0);
    key(&r, SDLK_TAB, KMOD_LSHIFT);
    QK_CHECK(focused_is(&r, QK_UI_TILE, 0));
    key(&r, SDLK_TAB, KMOD_LSHIFT); /* wraps round to the last target: a toggle */
    const qk_ui_rect *u = qk_app_focused(r.app);
    QK_CHECK(u && u->kind == QK_UI_BUTTON && u->id == QK_BTN_CONTRAST);
    QK_CHECK_STR(last_said(), "Høy kontrast, av");
    key(&r, SDLK_TAB, 0);
    QK_CHECK(focused_is(&r, QK_UI_TILE, 0));
    /* Space ticks, as Enter does */
    key(&r, SDLK_SPACE, 0);
    QK_CHECK(r.app->qs.selected[0]);
    QK_CHECK(strstr(last_said(), "valgt") != NULL);
    /* the ring: outside the tile, in the focus colour of each theme */
    for (int theme = 0; theme < 2; theme++) {
        if (theme == 1) {
            QK_CHECK(tab_to(&r, QK_UI_BUTTON, QK_BTN_CONTRAST));
            key(&r, SDLK_RETURN, 0);
            QK_CHECK_INT(qk_app_theme(r.app), QK_THEME_HIGH_CONTRAST);
            QK_CHECK_STR(last_said(), "Høy kontrast, på");
            QK_CHECK(tab_to(&r, QK_UI_TILE, 0));
        }
        qk_app_render(r.app);
        u = qk_app_find(r.app, QK_UI_TILE, 0);
        QK_REQUIRE(u != NULL);
        float unit = qk_gfx_unit(r.g);
        /* the middle of the ring's band, left of the tile */
        SDL_Rect px = {u->r.x - (int)(5 * unit + 0.5f) - (int)(7 * unit + 0.5f) / 2,
                       u->r.y + u->r.h / 2, 1, 1};
        Uint32 pixel = 0;
        QK_CHECK(SDL_RenderReadPixels(qk_gfx_renderer(r.g), &px, SDL_PIXELFORMAT_RGBA8888,
                                      &pixel, 4) == 0);
        SDL_Color want = qk_theme_get(theme)->focus;
        Uint32 rgba = ((Uint32)want.r << 24) | ((Uint32)want.g << 16) | ((Uint32)want.b << 8) | 0xFF;
        if (pixel != rgba)
            fprintf(stderr, "  theme %d: ring pixel %08x, focus colour %08x\n", theme,
                    (unsigned)pixel, (unsigned)rgba);
        QK_CHECK(pixel == rgba);
        save(&r, theme ? "focus-ring-high-contrast" : "focus-ring");
    }
    rig_close(&r);
}

/* A+ and contrast last for the session and end with it; the station's
 * defaults are where each new session starts. */
static void test_toggles_reset_with_session(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    n_said = 0;
    qk_app_set_listener(r.app, record_say, NULL);
    QK_CHECK(!qk_app_large_text(r.app));
    key(&r, SDLK_SPACE, 0);
    /* on the start screen, before the session */
    QK_CHECK(choose(&r, QK_UI_BUTTON, QK_BTN_LARGE_TEXT));
    QK_CHECK(qk_app_large_text(r.app));
    QK_CHECK_STR(last_said(), "Stor tekst, på");
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_CONTRAST)); /* by touch too */
    QK_CHECK_INT(qk_app_theme(r.app), QK_THEME_HIGH_CONTRAST);
    click(&r, QK_UI_ROUND, 0);
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-single");
    QK_CHECK(qk_app_large_text(r.app));
    QK_CHECK_INT(qk_app_theme(r.app), QK_THEME_HIGH_CONTRAST);
    save(&r, "large-high-contrast-question");
    key(&r, SDLK_2, 0); /* answer */
    QK_CHECK(qk_app_large_text(r.app));
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_LARGE_TEXT)); /* off again, on feedback */
    QK_CHECK(!qk_app_large_text(r.app));
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_LARGE_TEXT));
    QK_CHECK(qk_app_large_text(r.app));
    /* walk away: the session is abandoned, and the choices go with it */
    r.now += 61;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_WALKAWAY);
    r.now += 16;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    QK_CHECK(!qk_app_large_text(r.app));
    QK_CHECK_INT(qk_app_theme(r.app), QK_THEME_STANDARD);
    /* a completed session too */
    key(&r, SDLK_SPACE, 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_CONTRAST));
    click(&r, QK_UI_ROUND, 1);
    key(&r, SDLK_1, 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_SUBMIT));
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_NEXT));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_SUMMARY);
    QK_CHECK_INT(qk_app_theme(r.app), QK_THEME_HIGH_CONTRAST);
    save(&r, "high-contrast-summary");
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_FINISH));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    QK_CHECK_INT(qk_app_theme(r.app), QK_THEME_STANDARD);
    rig_close(&r);

    /* the station's defaults: large text and high contrast from the start,
     * turned off for one session, back on for the next */
    rig_text_size = QK_TEXT_LARGE;
    rig_theme = QK_THEME_HIGH_CONTRAST;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    rig_text_size = rig_theme = 0;
    QK_CHECK(qk_app_large_text(r.app));
    QK_CHECK_INT(qk_app_theme(r.app), QK_THEME_HIGH_CONTRAST);
    key(&r, SDLK_SPACE, 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_LARGE_TEXT));
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_CONTRAST));
    QK_CHECK(!qk_app_large_text(r.app));
    click(&r, QK_UI_ROUND, 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_STOP));
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_STOP_YES));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_SUMMARY);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_FINISH));
    QK_CHECK(qk_app_large_text(r.app));
    QK_CHECK_INT(qk_app_theme(r.app), QK_THEME_HIGH_CONTRAST);
    rig_close(&r);
}

/* Large text on a small screen: nine long answers do not fit and scroll, by
 * PageDown, the wheel and a finger dragging from no target; a tile out of
 * view cannot be tapped (nor found) until it is scrolled in. */
static void test_large_text_scrolls(void)
{
    rig r;
    rig_text_size = QK_TEXT_LARGE;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    rig_text_size = QK_TEXT_NORMAL;
    key(&r, SDLK_SPACE, 0);
    click(&r, QK_UI_ROUND, 4); /* nine long answers first */
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-single");
    pump(&r);
    QK_CHECK(r.app->scroll_max > 0);
    QK_CHECK_INT(r.app->scroll_y, 0);
    QK_CHECK(qk_app_find(r.app, QK_UI_TILE, 8) == NULL); /* below the view */
    save(&r, "large-scroll-top");
    key(&r, SDLK_PAGEDOWN, 0);
    int after_page = r.app->scroll_y;
    QK_CHECK(after_page > 0);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = 1; /* up */
    SDL_PushEvent(&e);
    pump(&r);
    QK_CHECK(r.app->scroll_y < after_page);
    /* a finger on the question text (no target) drags the content up */
    const qk_ui_rect *txt = NULL;
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r.app, &n);
    for (size_t i = 0; i < n && !txt; i++)
        if (l[i].kind == QK_UI_TEXT && l[i].r.y > r.app->scroll_view.y)
            txt = &l[i];
    QK_REQUIRE(txt != NULL);
    int x = txt->r.x + txt->r.w / 2, y = txt->r.y + txt->r.h / 2;
    int before = r.app->scroll_y;
    finger(&r, SDL_FINGERDOWN, x, y);
    pump(&r);
    finger(&r, SDL_FINGERMOTION, x, y - 150);
    pump(&r);
    finger(&r, SDL_FINGERUP, x, y - 150);
    pump(&r);
    QK_CHECK(r.app->scroll_y > before);
    QK_CHECK_STR(qk_app_screen_name(r.app), "question-single"); /* nothing chosen */
    for (int k = 0; k < 10; k++)
        key(&r, SDLK_PAGEDOWN, 0);
    QK_CHECK_INT(r.app->scroll_y, r.app->scroll_max);
    save(&r, "large-scroll-bottom");
    QK_CHECK(qk_app_find(r.app, QK_UI_TILE, 8) != NULL);
    QK_CHECK(click(&r, QK_UI_TILE, 8));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_FEEDBACK);
    QK_CHECK_INT(r.app->scroll_y, 0); /* a new screen starts at its top */
    rig_close(&r);
}

/* EN 301 549 5.1.4: in large text a capital H spans at least 0.7 degrees at
 * the viewing distance docs/station.md states: 70 cm from a 24-inch 16:9
 * screen (298.9 mm high; any resolution, as sizes scale with the short side:
 * a unit is 1/1080 of it). Measured on the kiosk's own font: the H glyph's
 * height at each body text's size (docs/station.md quotes these lines). */
static double h_angle(TTF_Font *f, double mm_per_px, double dist_mm)
{
    int minx, maxx, miny, maxy, adv;
    if (TTF_GlyphMetrics32(f, 'H', &minx, &maxx, &miny, &maxy, &adv) != 0)
        return 0;
    double h_mm = (maxy - miny) * mm_per_px;
    return 2.0 * atan(h_mm / 2.0 / dist_mm) * 180.0 / M_PI;
}

static void test_capital_h_angle(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    const double screen_mm = 24.0 * 25.4 * 9.0 / sqrt(16.0 * 16.0 + 9.0 * 9.0);
    const double mm_per_px = screen_mm / 1080.0, dist = 700.0;
    static const struct {
        const char *what;
        float units;
        qk_weight wt;
    } body[] = {
        {"question", 50, QK_WEIGHT_BOLD},     {"explanation", 36, QK_WEIGHT_REGULAR},
        {"answer", 34, QK_WEIGHT_REGULAR},    {"hint", 30, QK_WEIGHT_REGULAR},
    };
    double least_large = 99, least_normal = 99;
    for (size_t i = 0; i < sizeof body / sizeof body[0]; i++) {
        for (int large = 0; large < 2; large++) {
            int px = (int)lroundf(body[i].units * (large ? QK_LARGE_TEXT_SCALE : 1.0f));
            TTF_Font *f = TTF_OpenFont(qk_gfx_font_path(r.g, body[i].wt), px);
            QK_REQUIRE(f != NULL);
            double a = h_angle(f, mm_per_px, dist);
            TTF_CloseFont(f);
            printf("     %-12s %s %3d px: H %.2f deg at %.0f cm (24-inch)\n", body[i].what,
                   large ? "large " : "normal", px, a, dist / 10);
            double *least = large ? &least_large : &least_normal;
            if (a < *least)
                *least = a;
        }
    }
    QK_CHECK(least_large >= 0.7);
    /* normal text is below it for the smaller styles: large text is what meets it */
    QK_CHECK(least_normal < 0.7);
    rig_close(&r);
}

/* The round intro with large text at the four sizes: nothing overlaps or
 * leaves the screen (the title and intro scroll when they must), and Tab
 * reaches "Start runden". */
static void test_large_intro(void)
{
    static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};
    const char *was = rig_fixture;
    rig_fixture = QK_TESTS_DIR "/screens/feedback.cfg"; /* its round 0 has an intro */
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        rig r;
        rig_text_size = QK_TEXT_LARGE;
        QK_REQUIRE(rig_open(&r, sizes[i][0], sizes[i][1], NULL));
        qk_app_set_listener(r.app, record_say, NULL);
        key(&r, SDLK_SPACE, 0);
        click(&r, QK_UI_ROUND, 0);
        QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_INTRO);
        QK_CHECK_INT(layout_problems(&r, "intro"), 0);
        QK_CHECK(tab_to(&r, QK_UI_BUTTON, QK_BTN_START_ROUND));
        key(&r, SDLK_RETURN, 0);
        QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
        rig_text_size = QK_TEXT_NORMAL;
        rig_close(&r);
    }
    rig_fixture = was;
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        png_dir = argv[1];
        mkdir(png_dir, 0777);
    }
    snprintf(db_dir, sizeof db_dir, "/tmp/qk_keyboard_XXXXXX");
    if (!mkdtemp(db_dir)) {
        perror("mkdtemp");
        return 1;
    }
    qk_i18n_set("nb");
    QK_RUN(test_focus_moves_and_ring);
    QK_RUN(test_toggles_reset_with_session);
    QK_RUN(test_large_text_scrolls);
    QK_RUN(test_capital_h_angle);
    QK_RUN(test_large_intro);
    QK_RUN(test_keyboard_session);
    QK_RUN(test_keyboard_session_large);
    QK_RUN(test_keyboard_session_portrait);
    return qk_test_summary();
}
