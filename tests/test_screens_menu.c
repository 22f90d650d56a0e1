/* test_screens_menu.c: the trainer menu's pages under SDL's dummy driver.
 *
 *   - every error of a skipped set is listed (not only the first), the list
 *     scrolls to its last line by PageDown, arrow keys, the wheel and a finger
 *     drag, and speaks the station's language (nb on an nb station, en on an
 *     en station);
 *   - a kept active set (its file gone) is a line on the main page;
 *   - "N results not sent yet" shows only when a results server is set;
 *   - today's figures as bars: their count and lengths from a known history,
 *     autoplay sessions left out.
 * PNGs of the pages go to argv[1] (each size: 1280x720, 1920x1080, 3840x2160,
 * 1080x1920); the layout of each page is checked to stay on screen.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "qk_catalog.h"
#include "qk_i18n.h"
#include "qk_station.h"
#include "screens_rig.h"
#include "screens/screen_menu.h"

static void open_menu(rig *r)
{
    key(r, SDLK_t, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT);
    for (const char *p = "1234"; *p; p++)
        key(r, SDLK_0 + (*p - '0'), 0);
    key(r, SDLK_RETURN, 0);
}

/* Every recorded rectangle lies on the screen. */
static int off_screen(rig *r, const char *where)
{
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        SDL_Rect q = l[i].r;
        if (q.x < 0 || q.y < 0 || q.x + q.w > r->w || q.y + q.h > r->h) {
            fprintf(stderr, "  %dx%d %s: element kind %d id %d at %d,%d %dx%d is off screen\n",
                    r->w, r->h, where, l[i].kind, l[i].id, q.x, q.y, q.w, q.h);
            bad++;
        }
    }
    return bad;
}

/* ---- a quizzes folder with a good set and a set of many errors ---- */

static char qdir[300], qroot[256];

static void write_file(const char *name, const char *text)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", qdir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

#define N_BAD 30 /* the bad set has one error per question */

static void make_folder(void)
{
    snprintf(qroot, sizeof qroot, "/tmp/qk-menu-XXXXXX");
    if (!mkdtemp(qroot))
        abort();
    snprintf(qdir, sizeof qdir, "%s/quizzes", qroot);
    if (mkdir(qdir, 0700) != 0)
        abort();
    write_file("a-god.cfg",
               "format = 1;\nid = \"god\";\ntitle = \"Et godt sett\";\nlanguage = \"nb\";\n"
               "rounds = ( { id = \"r1\"; title = \"R\"; questions = (\n"
               "  { id = \"q1\"; type = \"truefalse\"; text = \"Påstand?\"; correct = false;\n"
               "    explanation = \"Forklaring.\"; } ); } );\n");
    char bad[16000];
    snprintf(bad, sizeof bad,
             "# one error per question: two texts with no comma between them\n"
             "format = 1;\nid = \"mange-feil\";\ntitle = \"Mange feil\";\nlanguage = \"nb\";\n"
             "rounds = ( { id = \"r1\"; title = \"R\"; questions = (\n");
    for (int i = 1; i <= N_BAD; i++)
        qk_cat(bad, sizeof bad,
               "  { id = \"q%d\"; type = \"single\"; text = \"Spørsmål %d?\";\n"
               "    choices = (\"Ja\" \"Nei\", \"Kanskje\"); correct = 0;\n"
               "    explanation = \"Forklaring.\"; }%s\n",
               i, i, i < N_BAD ? "," : "");
    qk_cat(bad, sizeof bad, "  ); } );\n");
    write_file("b-mange-feil.cfg", bad);
}

static qk_catalog *open_catalog(qk_station *st)
{
    if (!qk_station_defaults(st, qdir))
        return NULL;
    free(st->quizzes_dir);
    st->quizzes_dir = strdup(qdir);
    free(st->results_db);
    char db[400];
    snprintf(db, sizeof db, "%s/results.db", qroot);
    st->results_db = strdup(db);
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(st, &d);
    qk_diags_clear(&d);
    return cat;
}

static bool shown(rig *r, int k)
{
    return qk_app_find(r->app, QK_UI_REVIEW, k) != NULL;
}

/* The errors page at w x h in language `lang`: every error, scrolled to the last. */
static void errors_at(int w, int h, const char *lang)
{
    /* read in another language than the station's, so that the page shows
     * each error in the language it asks for, not the one it was read in */
    QK_REQUIRE(qk_i18n_set(strcmp(lang, "en") == 0 ? "nb" : "en"));
    qk_station st;
    qk_catalog *cat = open_catalog(&st);
    QK_REQUIRE(qk_i18n_set(lang));
    QK_REQUIRE(cat != NULL);
    QK_REQUIRE(qk_catalog_bad_count(cat) == 1);
    size_t errors = 0;
    const qk_diags *bd = qk_catalog_bad_diags(cat, 0);
    for (size_t i = 0; i < bd->count; i++)
        errors += bd->items[i].severity == QK_DIAG_ERROR;
    QK_CHECK_INT((int)errors, N_BAD);

    rig r;
    QK_REQUIRE(rig_open(&r, w, h, NULL));
    QK_CHECK(qk_app_menu_sets(r.app, cat));
    qk_catalog_free(cat); /* the app keeps its own copy */
    qk_station_free(&st);
    open_menu(&r);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    char where[64];
    snprintf(where, sizeof where, "menu-%s", lang);
    QK_CHECK_INT(off_screen(&r, where), 0);
    save(&r, where);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_ERRORS));
    QK_CHECK_INT(r.app->menu_page, QK_MENU_ERRORS);
    QK_CHECK_INT((int)qk_menu_error_count(r.app), N_BAD);

    /* every line: the file, its own line number, the text in the station's language */
    char line[1200];
    int right_lang = 0, right_line = 0;
    for (int k = 0; k < N_BAD; k++) {
        qk_menu_error_line(r.app, (size_t)k, line, sizeof line);
        char want[64];
        snprintf(want, sizeof want, "b-mange-feil.cfg:%d: ", 8 + 3 * k);
        right_line += strncmp(line, want, strlen(want)) == 0;
        bool nb = strstr(line, "uten komma") != NULL, nn = strstr(line, "utan komma") != NULL,
             en = strstr(line, "no comma") != NULL;
        right_lang += strcmp(lang, "en") == 0   ? (en && !nb && !nn)
                      : strcmp(lang, "nn") == 0 ? (nn && !nb && !en)
                                                : (nb && !nn && !en);
    }
    QK_CHECK_INT(right_line, N_BAD);
    QK_CHECK_INT(right_lang, N_BAD);
    qk_menu_error_line(r.app, 0, line, sizeof line);
    fprintf(stderr, "  %s, %dx%d, line 1: %s\n", lang, w, h, line);

    /* the top of the list shows, the end does not yet */
    QK_CHECK(shown(&r, 0));
    QK_CHECK(!shown(&r, N_BAD - 1));
    snprintf(where, sizeof where, "menu-errors-%s", lang);
    QK_CHECK_INT(off_screen(&r, where), 0);
    save(&r, where);

    /* the arrow key moves a line, the wheel two */
    int before = r.app->menu_scroll;
    key(&r, SDLK_DOWN, 0);
    QK_CHECK(r.app->menu_scroll > before);
    before = r.app->menu_scroll;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = -1;
    SDL_PushEvent(&e);
    pump(&r);
    QK_CHECK(r.app->menu_scroll > before);

    /* a finger drag upwards scrolls on */
    before = r.app->menu_scroll;
    SDL_Point a = centre(&r, QK_UI_REVIEW, 3);
    QK_REQUIRE(a.x >= 0);
    finger(&r, SDL_FINGERDOWN, a.x, a.y);
    pump(&r);
    for (int k = 1; k <= 6; k++) {
        finger(&r, SDL_FINGERMOTION, a.x, a.y - k * r.h / 20);
        pump(&r);
    }
    finger(&r, SDL_FINGERUP, a.x, a.y - 6 * r.h / 20);
    pump(&r);
    QK_CHECK(r.app->menu_scroll > before);
    QK_CHECK(qk_app_screen(r.app) == QK_SCR_MENU && r.app->menu_page == QK_MENU_ERRORS);

    /* PageDown reaches the last error and stops there, shown whole */
    int pages = 0;
    while (!shown(&r, N_BAD - 1) && pages < 100) {
        key(&r, SDLK_PAGEDOWN, 0);
        pages++;
    }
    QK_CHECK(shown(&r, N_BAD - 1));
    key(&r, SDLK_PAGEDOWN, 0);
    key(&r, SDLK_PAGEDOWN, 0);
    QK_CHECK_INT(r.app->menu_scroll, r.app->menu_scroll_max);
    QK_CHECK(r.app->menu_scroll_max > 0);
    const qk_ui_rect *last = qk_app_find(r.app, QK_UI_REVIEW, N_BAD - 1);
    QK_REQUIRE(last != NULL);
    int mw = 0, mh = 0;
    qk_menu_error_line(r.app, N_BAD - 1, line, sizeof line);
    qk_text_measure(r.g, line, qk_px(r.app, 28), QK_WEIGHT_REGULAR, last->r.w, &mw, &mh);
    QK_CHECK(last->r.h >= mh); /* not cut off at the bottom */
    QK_CHECK(!shown(&r, 0));
    snprintf(where, sizeof where, "menu-errors-end-%s", lang);
    QK_CHECK_INT(off_screen(&r, where), 0);
    save(&r, where);

    /* PageUp goes back to the first; Backspace to the main page */
    for (int k = 0; k < pages + 3; k++)
        key(&r, SDLK_PAGEUP, 0);
    QK_CHECK_INT(r.app->menu_scroll, 0);
    QK_CHECK(shown(&r, 0));
    key(&r, SDLK_BACKSPACE, 0);
    QK_CHECK_INT(r.app->menu_page, QK_MENU_MAIN);
    /* digit 7 is the errors page while sets are skipped */
    key(&r, SDLK_7, 0);
    QK_CHECK_INT(r.app->menu_page, QK_MENU_ERRORS);
    rig_close(&r);
    QK_REQUIRE(qk_i18n_set("nb"));
}

static void test_errors_nb_1280x720(void) { errors_at(1280, 720, "nb"); }
static void test_errors_en_1920x1080(void) { errors_at(1920, 1080, "en"); }
static void test_errors_nn_3840x2160(void) { errors_at(3840, 2160, "nn"); }
static void test_errors_nb_1080x1920(void) { errors_at(1080, 1920, "nb"); }

/* Every page of the menu at one size stays on screen (with three sets to
 * choose from, one of them with a long title); PNGs of each. */
static void pages_at(int w, int h)
{
    rig r;
    QK_REQUIRE(rig_open(&r, w, h, "pages.db"));
    static char id2[] = "to", t2[] = "Helse- og omsorgsloven: plikter, rettigheter og "
                                     "kommunens ansvar for tjenestene, del to av tre";
    static char id3[] = "tre", t3[] = "Ledelse i praksis";
    qk_set s2 = *r.set, s3 = *r.set;
    s2.id = id2;
    s2.title = t2;
    s3.id = id3;
    s3.title = t3;
    const qk_set *sets[3] = {r.set, &s2, &s3};
    qk_app_set_choices(r.app, sets, 3);
    qk_app_menu_message(r.app, "Settene er lest inn på nytt. Aktivt sett: Skjermprøve");
    open_menu(&r);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    QK_CHECK_INT(off_screen(&r, "menu-main"), 0);
    save(&r, "menu-main");
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_SETS));
    QK_CHECK_INT(r.app->menu_page, QK_MENU_SETS);
    QK_CHECK(qk_app_find(r.app, QK_UI_TILE, 2) != NULL);
    QK_CHECK_INT(off_screen(&r, "menu-sets"), 0);
    save(&r, "menu-sets");
    key(&r, SDLK_BACKSPACE, 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_EXPORT));
    QK_CHECK_INT(off_screen(&r, "menu-export"), 0);
    save(&r, "menu-export");
    key(&r, SDLK_BACKSPACE, 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_FIGURES));
    QK_CHECK_INT(off_screen(&r, "menu-figures-none"), 0);
    save(&r, "menu-figures-none");
    rig_close(&r);
}

static void test_pages_1280x720(void) { pages_at(1280, 720); }
static void test_pages_1920x1080(void) { pages_at(1920, 1080); }
static void test_pages_3840x2160(void) { pages_at(3840, 2160); }
static void test_pages_1080x1920(void) { pages_at(1080, 1920); }

/* No skipped set: no errors button, and digit 7 does nothing. */
static void test_no_errors_button(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    open_menu(&r);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_MENU_EXIT) != NULL);
    QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_MENU_ERRORS) == NULL);
    key(&r, SDLK_7, 0);
    QK_CHECK_INT(r.app->menu_page, QK_MENU_MAIN);
    rig_close(&r);
}

/* The active set's file is removed and the sets are read again: the catalog
 * keeps the version in memory, and the menu's main page says so. */
static void test_kept_set_line(void)
{
    QK_REQUIRE(qk_i18n_set("nb"));
    qk_station st;
    qk_catalog *cat = open_catalog(&st);
    QK_REQUIRE(cat != NULL);
    QK_REQUIRE(strcmp(qk_catalog_active(cat)->id, "god") == 0);
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    qk_app_replace_set(r.app, qk_catalog_active(cat), NULL, 0);
    QK_CHECK(qk_app_menu_sets(r.app, cat));
    char lines[3000];
    qk_menu_status_lines(r.app, lines, sizeof lines);
    QK_CHECK(strstr(lines, "borte fra mappen") == NULL);

    /* the good set's file goes; a new valid one appears */
    char path[600];
    snprintf(path, sizeof path, "%s/a-god.cfg", qdir);
    QK_REQUIRE(unlink(path) == 0);
    write_file("c-ny.cfg",
               "format = 1;\nid = \"ny\";\ntitle = \"Et nytt sett\";\nlanguage = \"nb\";\n"
               "rounds = ( { id = \"r1\"; title = \"R\"; questions = (\n"
               "  { id = \"q1\"; type = \"truefalse\"; text = \"Påstand?\"; correct = true;\n"
               "    explanation = \"Forklaring.\"; } ); } );\n");
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *fresh = qk_catalog_reload(cat, &d);
    qk_diags_clear(&d);
    QK_REQUIRE(fresh != NULL);
    QK_CHECK(qk_catalog_active_kept(fresh));
    QK_CHECK_STR(qk_catalog_active(fresh)->id, "god");
    qk_app_replace_set(r.app, qk_catalog_active(fresh), NULL, 0);
    QK_CHECK(qk_app_menu_sets(r.app, fresh));
    qk_catalog_free(cat);
    open_menu(&r);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    qk_menu_status_lines(r.app, lines, sizeof lines);
    QK_CHECK(strstr(lines, "Det aktive settet 'god' (Et godt sett) er borte fra mappen") != NULL);
    QK_CHECK(strstr(lines, "versjonen den lastet før") != NULL);
    QK_CHECK_INT(off_screen(&r, "menu-kept"), 0);
    save(&r, "menu-kept");
    /* the line stays after leaving the menu and coming back (it is not news) */
    key(&r, SDLK_BACKSPACE, 0);
    open_menu(&r);
    qk_menu_status_lines(r.app, lines, sizeof lines);
    QK_CHECK(strstr(lines, "er borte fra mappen") != NULL);
    /* an en station says it in English */
    QK_REQUIRE(qk_i18n_set("en"));
    qk_menu_status_lines(r.app, lines, sizeof lines);
    QK_CHECK(strstr(lines, "The active set 'god' (Et godt sett) is gone") != NULL);
    QK_REQUIRE(qk_i18n_set("nb"));
    rig_close(&r);
    qk_catalog_free(fresh);
    qk_station_free(&st);
}

/* Out of order (no valid set): the menu over the out-of-order screen lists
 * every error the catalog reported. */
static void test_errors_out_of_order(void)
{
    QK_REQUIRE(qk_i18n_set("nb"));
    char path[600];
    snprintf(path, sizeof path, "%s/a-god.cfg", qdir);
    QK_REQUIRE(rename(path, "/tmp/qk-menu-god.cfg") == 0); /* only the bad set is left */
    qk_station st;
    QK_REQUIRE(qk_station_defaults(&st, qdir));
    free(st.quizzes_dir);
    st.quizzes_dir = strdup(qdir);
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(qk_catalog_open(&st, &d) == NULL);
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    qk_app_set_offline(r.app, QK_OFFLINE_NO_SETS, qdir);
    QK_CHECK(qk_app_menu_errors(r.app, &d));
    qk_station_free(&st);
    QK_REQUIRE(rename("/tmp/qk-menu-god.cfg", path) == 0);
    open_menu(&r);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    QK_CHECK_INT((int)r.app->menu_bad_files, 1);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_ERRORS));
    QK_CHECK((int)qk_menu_error_count(r.app) >= N_BAD);
    char line[1200];
    int no_comma = 0;
    for (size_t k = 0; k < qk_menu_error_count(r.app); k++) {
        qk_menu_error_line(r.app, k, line, sizeof line);
        no_comma += strstr(line, "b-mange-feil.cfg:") && strstr(line, "uten komma");
    }
    QK_CHECK_INT(no_comma, N_BAD);
    /* looked at again (the folder is watched): the place in the list stays */
    key(&r, SDLK_PAGEDOWN, 0);
    int at = r.app->menu_scroll;
    QK_CHECK(at > 0);
    QK_CHECK(qk_app_menu_errors(r.app, &d));
    pump(&r);
    QK_CHECK_INT(r.app->menu_scroll, at);
    QK_CHECK_INT(r.app->menu_page, QK_MENU_ERRORS);
    qk_diags_clear(&d);
    save(&r, "menu-errors-out-of-order");
    rig_close(&r);
}

/* ---- stored history ---- */

static const qk_question *question(const qk_set *set, const char *id, size_t *round)
{
    for (size_t ri = 0; ri < set->n_rounds; ri++)
        for (size_t k = 0; k < set->rounds[ri].n_questions; k++)
            if (strcmp(set->rounds[ri].questions[k].id, id) == 0) {
                *round = ri;
                return &set->rounds[ri].questions[k];
            }
    return NULL;
}

/* One session with the given answers ("e1+" right, "e1-" wrong) and status. */
static void play(rig *r, bool autoplay, qk_store_end end, const char *const *answers, int n)
{
    time_t now = time(NULL);
    int64_t sid = qk_store_session_begin(r->store, "test", r->set, autoplay, now);
    QK_REQUIRE(sid > 0);
    double score = 0;
    for (int i = 0; i < n; i++) {
        char id[16];
        snprintf(id, sizeof id, "%.*s", (int)strlen(answers[i]) - 1, answers[i]);
        bool right = answers[i][strlen(answers[i]) - 1] == '+';
        qk_record rec;
        memset(&rec, 0, sizeof rec);
        rec.question = question(r->set, id, &rec.round);
        QK_REQUIRE(rec.question != NULL);
        rec.answer.n = 1;
        rec.answer.v[0] = right ? 0 : 1; /* e1's first choice is right, e2 is false */
        if (rec.question->type == QK_Q_TRUEFALSE)
            rec.answer.v[0] = right ? 0 : 1;
        rec.correct = right;
        rec.credit = right ? 1 : 0;
        rec.points = right ? 1 : 0;
        rec.elapsed_ms = 3000;
        score += rec.points;
        QK_REQUIRE(qk_store_answer_at(r->store, sid, r->set, &rec, now));
    }
    QK_REQUIRE(qk_store_session_end(r->store, sid, end, score, 2, now));
}

static int fill_of(rig *r, int id, int *track)
{
    const qk_ui_rect *f = qk_app_find(r->app, QK_UI_BAR, id);
    const qk_ui_rect *t = qk_app_find(r->app, QK_UI_BAR, QK_MENU_TRACK(id));
    *track = t ? t->r.w : -1;
    return f ? f->r.w : -1;
}

static bool near(int got, double want)
{
    return got >= (int)(want - 1.0) && got <= (int)(want + 1.5);
}

/* A known history: 3 completed, 1 stopped, 2 abandoned by people, and 3
 * stopped by autoplay (left out). By people: e1 asked 4 times, wrong 3 (75 %);
 * e2 asked 5 times, wrong 1 (20 %); nothing else asked. With autoplay in, the
 * stopped bar would be 4 of 4 and e2's bar 40 %. */
static void figures_at(int w, int h)
{
    rig r;
    char db[64];
    snprintf(db, sizeof db, "fig-%dx%d.db", w, h);
    QK_REQUIRE(rig_open(&r, w, h, db));
    static const char *const c1[] = {"e1-", "e2+"}, *const c2[] = {"e1-", "e2+"},
                             *const c3[] = {"e1+", "e2-"}, *const s1[] = {"e1-"},
                             *const a1[] = {"e2+"}, *const a2[] = {"e2+"},
                             *const ap[] = {"e1+", "e2-"};
    play(&r, false, QK_END_COMPLETED, c1, 2);
    play(&r, false, QK_END_COMPLETED, c2, 2);
    play(&r, false, QK_END_COMPLETED, c3, 2);
    play(&r, false, QK_END_STOPPED, s1, 1);
    play(&r, false, QK_END_ABANDONED, a1, 1);
    play(&r, false, QK_END_ABANDONED, a2, 1);
    for (int k = 0; k < 3; k++)
        play(&r, true, QK_END_STOPPED, ap, 2);
    open_menu(&r);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_FIGURES));
    QK_CHECK_INT(r.app->menu_page, QK_MENU_FIGURES);

    /* three status bars (no session in progress), lengths n / 3 of the track */
    int tr = 0, bars = 0;
    static const double want_status[3] = {3, 1, 2};
    for (int i = 0; i < 3; i++) {
        int len = fill_of(&r, QK_MENU_BAR_STATUS + i, &tr);
        QK_CHECK(tr > 0);
        if (!near(len, tr * want_status[i] / 3.0))
            fprintf(stderr, "  %dx%d status %d: bar %d of %d, want %.1f\n", w, h, i, len, tr,
                    tr * want_status[i] / 3.0);
        QK_CHECK(near(len, tr * want_status[i] / 3.0));
        bars++;
    }
    QK_CHECK(qk_app_find(r.app, QK_UI_BAR, QK_MENU_BAR_STATUS + 3) == NULL);
    /* two most-missed bars: 75 % and 20 % of the track; no third */
    static const double want_missed[2] = {75, 20};
    for (int i = 0; i < 2; i++) {
        int len = fill_of(&r, QK_MENU_BAR_MISSED + i, &tr);
        QK_CHECK(tr > 0);
        if (!near(len, tr * want_missed[i] / 100.0))
            fprintf(stderr, "  %dx%d missed %d: bar %d of %d, want %.1f\n", w, h, i, len, tr,
                    tr * want_missed[i] / 100.0);
        QK_CHECK(near(len, tr * want_missed[i] / 100.0));
        bars++;
    }
    QK_CHECK(qk_app_find(r.app, QK_UI_BAR, QK_MENU_BAR_MISSED + 2) == NULL);
    QK_CHECK_INT(bars, 5);
    QK_CHECK_INT(off_screen(&r, "menu-figures-bars"), 0);
    save(&r, "menu-figures-bars");
    rig_close(&r);
}

static void test_figures_1280x720(void) { figures_at(1280, 720); }
static void test_figures_1920x1080(void) { figures_at(1920, 1080); }
static void test_figures_3840x2160(void) { figures_at(3840, 2160); }
static void test_figures_1080x1920(void) { figures_at(1080, 1920); }

/* "N results not sent yet": only with a results server set. */
static void test_unsent_line(void)
{
    QK_REQUIRE(qk_i18n_set("nb"));
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, "unsent.db"));
    static const char *const c1[] = {"e1-", "e2+"};
    play(&r, false, QK_END_COMPLETED, c1, 2);
    long queued = qk_store_outbox_count(r.store);
    QK_CHECK(queued > 0);
    open_menu(&r);
    char lines[3000], want[120];
    snprintf(want, sizeof want, "%ld resultater er ikke sendt ennå", queued);
    qk_menu_status_lines(r.app, lines, sizeof lines);
    QK_CHECK(strstr(lines, "ikke sendt") == NULL); /* no server: no line */
    qk_app_destroy(r.app);
    qk_app_config cfg = {.station_id = "test", .idle_timeout = 60, .idle_countdown = 15,
                         .seed = 7, .export_dir = db_dir,
                         .results_server = "postgresql://db.example.no/quizkiosk"};
    r.app = qk_app_create(r.g, r.set, r.store, &cfg);
    QK_REQUIRE(r.app != NULL);
    qk_app_set_clock(r.app, fake_clock, &r);
    pump(&r);
    open_menu(&r);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    qk_menu_status_lines(r.app, lines, sizeof lines);
    QK_CHECK(strstr(lines, want) != NULL);
    QK_CHECK_INT(off_screen(&r, "menu-unsent"), 0);
    save(&r, "menu-unsent");
    QK_CHECK_INT(r.app->menu_unsent, queued);
    /* more results come in while the menu is open: the line follows within
     * QK_MENU_UNSENT_EVERY_S, and the app asks to be woken for it */
    play(&r, false, QK_END_STOPPED, c1, 1);
    long more = qk_store_outbox_count(r.store);
    QK_CHECK(more > queued);
    int wait = qk_app_wait_ms(r.app);
    QK_CHECK(wait >= 0 && wait <= (int)(QK_MENU_UNSENT_EVERY_S * 1000) + 1);
    r.now += 1;
    pump(&r);
    QK_CHECK_INT(r.app->menu_unsent, queued); /* not looked at again yet */
    r.now += QK_MENU_UNSENT_EVERY_S;
    pump(&r);
    QK_CHECK_INT(r.app->menu_unsent, more);
    QK_REQUIRE(qk_i18n_set("nn"));
    qk_menu_status_lines(r.app, lines, sizeof lines);
    snprintf(want, sizeof want, "%ld resultat er ikkje sende enno", more);
    QK_CHECK(strstr(lines, want) != NULL);
    QK_REQUIRE(qk_i18n_set("nb"));
    rig_close(&r);
}

/* A new app on the rig's gfx, set and store, with another export folder. */
static void reopen_app(rig *r, const char *export_dir)
{
    qk_app_destroy(r->app);
    qk_app_config cfg = {.station_id = "test", .idle_timeout = 60, .idle_countdown = 15,
                         .seed = 7, .export_dir = export_dir};
    r->app = qk_app_create(r->g, r->set, r->store, &cfg);
    QK_REQUIRE(r->app != NULL);
    qk_app_set_clock(r->app, fake_clock, r);
    pump(r);
}

/* Files in dir other than `except` (NULL: none excepted). */
static int files_in(const char *dir, const char *except)
{
    char cmd[700], out[32] = "";
    snprintf(cmd, sizeof cmd, "find '%s' -type f ! -name '%s' | wc -l", dir,
             except ? except : "-none-");
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    if (!fgets(out, sizeof out, p))
        out[0] = '\0';
    pclose(p);
    return atoi(out);
}

/* The menu's export into a folder that is not there (a USB stick not
 * mounted) and onto a full disk (a nearly full tmpfs, when it can be
 * mounted): a message on the export page naming the file and what to do,
 * no crash, nothing left behind; in the station's language. */
static void test_export_errors(void)
{
    QK_REQUIRE(qk_i18n_set("nb"));
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, "export-errors.db"));
    static const char *const c1[] = {"e1-", "e2+"};
    for (int k = 0; k < 20; k++)
        play(&r, false, QK_END_COMPLETED, c1, 2);
    char gone[400];
    snprintf(gone, sizeof gone, "%s/usb-stick", qroot);
    reopen_app(&r, gone);
    open_menu(&r);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_MENU);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_EXPORT));
    for (int xlsx = 0; xlsx < 2; xlsx++) {
        r.app->menu_export_msg[0] = '\0';
        QK_CHECK(click(&r, QK_UI_BUTTON, xlsx ? QK_BTN_MENU_EXPORT_XLSX : QK_BTN_MENU_EXPORT_CSV));
        const char *msg = r.app->menu_export_msg;
        QK_CHECK(strstr(msg, "Eksporten mislyktes") != NULL);
        QK_CHECK(strstr(msg, gone) != NULL);       /* names the file */
        QK_CHECK(strstr(msg, xlsx ? ".xlsx" : ".csv") != NULL);
        QK_CHECK(strstr(msg, "Sjekk at mappen finnes") != NULL); /* what to do */
        QK_CHECK(strstr(msg, "USB-pinnen") != NULL);
        QK_CHECK(access(gone, F_OK) != 0);          /* nothing made */
        if (!xlsx)
            fprintf(stderr, "  no folder: %s\n", msg);
    }
    QK_CHECK(qk_app_screen(r.app) == QK_SCR_MENU && r.app->menu_page == QK_MENU_EXPORT);
    QK_CHECK_INT(off_screen(&r, "menu-export-no-folder"), 0);
    save(&r, "menu-export-no-folder");

    char stick[400], cmd[1200];
    snprintf(stick, sizeof stick, "%s/small-stick", qroot);
    mkdir(stick, 0755);
    snprintf(cmd, sizeof cmd, "mount -t tmpfs -o size=64k tmpfs '%s' 2>/dev/null", stick);
    if (system(cmd) != 0) {
        fprintf(stderr, "  skip full disk: cannot mount a tmpfs here (needs root)\n");
        rig_close(&r);
        return;
    }
    /* leave about 2 KiB free: less than either file needs */
    snprintf(cmd, sizeof cmd,
             "dd if=/dev/zero of='%s/fill' bs=1k count=$(($(df -k --output=avail '%s' | "
             "tail -1) - 2)) status=none 2>/dev/null",
             stick, stick);
    QK_CHECK(system(cmd) == 0);
    reopen_app(&r, stick);
    open_menu(&r);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_EXPORT));
    for (int xlsx = 0; xlsx < 2; xlsx++) {
        r.app->menu_export_msg[0] = '\0';
        QK_CHECK(click(&r, QK_UI_BUTTON, xlsx ? QK_BTN_MENU_EXPORT_XLSX : QK_BTN_MENU_EXPORT_CSV));
        const char *msg = r.app->menu_export_msg;
        QK_CHECK(strstr(msg, "Eksporten mislyktes") != NULL);
        QK_CHECK(strstr(msg, stick) != NULL);
        QK_CHECK(strstr(msg, "filen ble ikke endret") != NULL);
        QK_CHECK(strstr(msg, "Frigjør plass") != NULL);
        QK_CHECK_INT(files_in(stick, "fill"), 0); /* no partial or temporary file */
        if (xlsx)
            fprintf(stderr, "  full disk: %s\n", msg);
    }
    QK_CHECK_INT(off_screen(&r, "menu-export-full"), 0);
    save(&r, "menu-export-full");
    /* room again: the same button writes the file */
    snprintf(cmd, sizeof cmd, "rm -f '%s/fill'", stick);
    QK_CHECK(system(cmd) == 0);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_MENU_EXPORT_CSV));
    QK_CHECK(strstr(r.app->menu_export_msg, "rader skrevet til") != NULL);
    QK_CHECK_INT(files_in(stick, NULL), 1);
    snprintf(cmd, sizeof cmd, "umount '%s'", stick);
    QK_CHECK(system(cmd) == 0);
    rig_close(&r);
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        png_dir = argv[1];
        mkdir(png_dir, 0755);
    }
    snprintf(db_dir, sizeof db_dir, "/tmp/qk-menu-db-XXXXXX");
    if (!mkdtemp(db_dir))
        return 2;
    qk_i18n_set("nb");
    make_folder();
    QK_RUN(test_no_errors_button);
    QK_RUN(test_pages_1280x720);
    QK_RUN(test_pages_1920x1080);
    QK_RUN(test_pages_3840x2160);
    QK_RUN(test_pages_1080x1920);
    QK_RUN(test_errors_nb_1280x720);
    QK_RUN(test_errors_en_1920x1080);
    QK_RUN(test_errors_nn_3840x2160);
    QK_RUN(test_errors_nb_1080x1920);
    QK_RUN(test_errors_out_of_order);
    QK_RUN(test_figures_1280x720);
    QK_RUN(test_figures_1920x1080);
    QK_RUN(test_figures_3840x2160);
    QK_RUN(test_figures_1080x1920);
    QK_RUN(test_unsent_line);
    QK_RUN(test_export_errors);
    QK_RUN(test_kept_set_line); /* last: it removes the good set's file */
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' '%s'", qroot, db_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", qroot);
    return qk_test_summary();
}
