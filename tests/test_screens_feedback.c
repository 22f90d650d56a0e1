/* test_screens_feedback.c: the participant's feedback screens (issue 9),
 * driven like a participant drives them (see screens_rig.h): the round intro,
 * "Avslutt" with its confirm and the `stopped` session it stores, the
 * feedback's marks on every given answer (from the recorded layout) and the
 * partial-credit look, the summary's review list scrolled by each means.
 *
 * Uses tests/screens/feedback.cfg: round 0 has an intro (single, truefalse),
 * round 1 has none (multiple, order, categorize, all with partial credit),
 * round 2 has an intro (one single). PNGs go to the folder given as argv[1].
 */
#include <sys/stat.h>

#include "qk_i18n.h"
#include "qk_marks.h"
#include "qk_strbuf.h"
#include "screens/screens.h" /* the question screen's working state */
#include "screens_rig.h"
#include "widgets.h" /* QK_C_PARTIAL */

static int count_answers(const char *db)
{
    sqlite3 *h = NULL;
    int n = -1;
    char path[512];
    snprintf(path, sizeof path, "%s/%s", db_dir, db);
    if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(h,
                               "SELECT count(*) FROM answers a JOIN sessions s ON "
                               "s.id = a.session_id WHERE s.status = 'stopped'",
                               -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW)
                n = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(h);
    return n;
}

/* The intro comes before the first question of each round that has one, and
 * only there: all rounds, answered by keys, screens in order. */
static void test_intro_only_for_rounds_with_intro(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    start_round(&r, -1);
    char seen[400] = "";
    for (int step = 0; step < 40 && qk_app_session(r.app) &&
                       qk_app_screen(r.app) != QK_SCR_SUMMARY; step++) {
        qk_screen_id sc = qk_app_screen(r.app);
        if (sc == QK_SCR_INTRO) {
            qk_cat(seen, sizeof seen, "I%d ", (int)qk_session_round_pos(qk_app_session(r.app)));
            if (step == 0)
                save(&r, "round-intro");
            QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_START_ROUND) != NULL);
            QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_STOP) != NULL);
            key(&r, SDLK_RETURN, 0);
        } else if (sc == QK_SCR_QUESTION) {
            const qk_question *q = qk_session_question(qk_app_session(r.app));
            qk_cat(seen, sizeof seen, "Q ");
            if (q->type == QK_Q_SINGLE || q->type == QK_Q_TRUEFALSE) {
                key(&r, SDLK_1, 0);
            } else {
                size_t n = q->n_choices;
                for (size_t k = 0; k < n; k++) {
                    key(&r, SDLK_1 + (int)k, 0);
                    if (q->type == QK_Q_CATEGORIZE)
                        key(&r, SDLK_1, 0);
                }
                key(&r, SDLK_RETURN, 0);
            }
            QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_FEEDBACK);
        } else {
            key(&r, SDLK_RETURN, 0); /* feedback, round result */
        }
    }
    QK_CHECK_STR(seen, "I0 Q Q Q Q Q I2 Q "); /* 2 + 3 + 1 questions */
    /* round 1 (no intro) alone: straight to its first question */
    rig_close(&r);
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    start_round(&r, 1);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    rig_close(&r);
    /* round 2 alone: its intro, by touch */
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    start_round(&r, 2);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_INTRO);
    QK_CHECK_STR(qk_app_screen_name(r.app), "round-intro");
    QK_CHECK(touch(&r, QK_UI_BUTTON, QK_BTN_START_ROUND));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    rig_close(&r);
}

/* Avslutt on the feedback: confirm, "no" goes back as it was, then "yes":
 * the summary of what was answered, stored as `stopped` with its answer. */
static void test_stop_from_feedback_stores_stopped(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, "stop.db"));
    start_round(&r, -1);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_INTRO);
    click(&r, QK_UI_BUTTON, QK_BTN_START_ROUND);
    QK_CHECK(click(&r, QK_UI_TILE, place_of(&r, 1))); /* Rød: right */
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_STOP));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_CONFIRM);
    QK_CHECK_STR(qk_app_screen_name(r.app), "confirm-stop");
    /* the feedback stays underneath, and cannot be tapped through the confirm */
    QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_NEXT) == NULL);
    save(&r, "confirm-stop");
    QK_CHECK(touch(&r, QK_UI_BUTTON, QK_BTN_STOP_NO));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_FEEDBACK);
    QK_CHECK_INT(state(&r), QK_ST_FEEDBACK);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_STOP));
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_STOP_YES));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_SUMMARY);
    QK_CHECK_INT(state(&r), QK_ST_STOPPED);
    QK_CHECK(qk_app_find(r.app, QK_UI_BUTTON, QK_BTN_STOP) == NULL); /* over: no Avslutt */
    QK_CHECK_INT(qk_session_record_count(qk_app_session(r.app)), 1);
    save(&r, "summary-stopped");
    qk_app_stats st = qk_app_get_stats(r.app);
    QK_CHECK_INT(st.stopped, 1);
    QK_CHECK_INT(st.completed, 0);
    QK_CHECK_INT(st.abandoned, 0);
    QK_CHECK_INT(count_sessions("stop.db", "status = 'stopped' AND score = 1"), 1);
    QK_CHECK_INT(count_answers("stop.db"), 1);
    click(&r, QK_UI_BUTTON, QK_BTN_FINISH);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    QK_CHECK_INT(qk_app_get_stats(r.app).abandoned, 0);
    rig_close(&r);
    QK_CHECK_INT(count_sessions("stop.db", "status = 'abandoned'"), 0);
}

/* Avslutt by keys on a question (0, then Backspace = no; 0, Enter = yes): the
 * question on screen is not counted as answered; a time limit stands still
 * under the confirm. And from the intro and the round result by touch. */
static void test_stop_by_keys_and_from_each_screen(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, "stop-keys.db"));
    start_round(&r, 1);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    key(&r, SDLK_1, 0); /* a choice made ... */
    key(&r, SDLK_0, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_CONFIRM);
    key(&r, SDLK_BACKSPACE, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    QK_CHECK(r.app->qs.selected[0]); /* ... is kept */
    key(&r, SDLK_KP_0, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_CONFIRM);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_SUMMARY);
    QK_CHECK_INT(state(&r), QK_ST_STOPPED);
    QK_CHECK_INT(qk_session_record_count(qk_app_session(r.app)), 0);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(count_sessions("stop-keys.db", "status = 'stopped'"), 1);

    /* from the intro */
    start_round(&r, 2);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_INTRO);
    QK_CHECK(touch(&r, QK_UI_BUTTON, QK_BTN_STOP));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_CONFIRM);
    QK_CHECK(touch(&r, QK_UI_BUTTON, QK_BTN_STOP_NO));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_INTRO); /* the intro comes back */
    QK_CHECK(touch(&r, QK_UI_BUTTON, QK_BTN_STOP));
    QK_CHECK(touch(&r, QK_UI_BUTTON, QK_BTN_STOP_YES));
    QK_CHECK_INT(state(&r), QK_ST_STOPPED);
    key(&r, SDLK_RETURN, 0);

    /* from the round result of round 0 in a two-round session */
    start_round(&r, -1);
    key(&r, SDLK_RETURN, 0); /* intro */
    key(&r, SDLK_2, 0);
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_2, 0);
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_ROUND);
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_STOP));
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_CONFIRM);
    save(&r, "confirm-over-round");
    QK_CHECK(click(&r, QK_UI_BUTTON, QK_BTN_STOP_YES));
    QK_CHECK_INT(state(&r), QK_ST_STOPPED);
    QK_CHECK_INT(qk_session_record_count(qk_app_session(r.app)), 2);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(qk_app_get_stats(r.app).stopped, 3);
    rig_close(&r);
    QK_CHECK_INT(count_sessions("stop-keys.db", "status = 'stopped'"), 3);
}

/* The confirm left alone is idle on the session: "Are you still there?",
 * and a tap goes back to the question (not the confirm); nobody: abandoned. */
static void test_idle_on_confirm(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1280, 720, NULL));
    start_round(&r, 1);
    key(&r, SDLK_0, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_CONFIRM);
    r.now += 61;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_WALKAWAY);
    click(&r, QK_UI_BUTTON, QK_BTN_CONTINUE);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
    key(&r, SDLK_0, 0);
    r.now += 61;
    pump(&r);
    r.now += 16;
    pump(&r);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    QK_CHECK_INT(qk_app_get_stats(r.app).abandoned, 1);
    QK_CHECK_INT(qk_app_get_stats(r.app).stopped, 0);
    rig_close(&r);
}


/* Marked tiles on the feedback by kind (QK_MARK_NONE: shown but not marked). */
static int marks(rig *r, int kind)
{
    pump(r);
    qk_app_render(r->app);
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    int k = 0;
    for (size_t i = 0; i < n; i++)
        k += l[i].kind == QK_UI_MARK && l[i].id / 100 == kind;
    return k;
}

static bool has_mark(rig *r, int kind, int n)
{
    return qk_app_find(r->app, QK_UI_MARK, QK_MARK_ID(kind, n)) != NULL;
}

/* Single and truefalse, both wrong: the tile picked has a cross, the right
 * one is outlined, the rest are shown unmarked. */
static void test_marks_single_truefalse(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    start_round(&r, 0);
    key(&r, SDLK_RETURN, 0); /* intro */
    int blue = place_of(&r, 0), red = place_of(&r, 1);
    QK_CHECK(click(&r, QK_UI_TILE, blue));
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_WRONG), 1);
    QK_CHECK_INT(marks(&r, QK_MARK_MISSED_RIGHT), 1);
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_RIGHT), 0);
    QK_CHECK_INT(marks(&r, QK_MARK_NONE), 1);
    QK_CHECK(has_mark(&r, QK_MARK_PICKED_WRONG, blue));
    QK_CHECK(has_mark(&r, QK_MARK_MISSED_RIGHT, red));
    QK_CHECK(qk_app_find(r.app, QK_UI_TEXT, 0) != NULL); /* the question is still there */
    save(&r, "feedback-single-wrong");
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_1, 0); /* "Sant": wrong */
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_WRONG), 1);
    QK_CHECK_INT(marks(&r, QK_MARK_MISSED_RIGHT), 1);
    QK_CHECK(has_mark(&r, QK_MARK_PICKED_WRONG, 0));
    QK_CHECK(has_mark(&r, QK_MARK_MISSED_RIGHT, 1));
    rig_close(&r);
}

/* Round 1 with partial credit: multiple, order and categorize, each partly
 * right: the partial look, "Delvis riktig – k av n", one mark per given
 * answer of the right kind. */
static void test_marks_partial_each_type(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, "partial.db"));
    start_round(&r, 1);
    /* multiple: Eple, Pære (right), Gulrot (wrong); Plomme missed */
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    key(&r, SDLK_1 + place_of(&r, 0), 0);
    key(&r, SDLK_1 + place_of(&r, 2), 0);
    key(&r, SDLK_1 + place_of(&r, 1), 0);
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK_STR(qk_app_screen_name(r.app), "feedback-partial");
    QK_CHECK(r.app->last.credit > 0 && !r.app->last.correct);
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_RIGHT), 2);
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_WRONG), 1);
    QK_CHECK_INT(marks(&r, QK_MARK_MISSED_RIGHT), 1);
    QK_CHECK_INT(marks(&r, QK_MARK_NONE), 1);
    QK_CHECK(has_mark(&r, QK_MARK_MISSED_RIGHT, place_of(&r, 4)));
    save(&r, "feedback-partial-multiple");
    key(&r, SDLK_RETURN, 0);
    /* order: Vinter, Sommer, Vår, Høst: two in place */
    int p[4];
    for (int k = 0; k < 4; k++)
        p[k] = place_of(&r, (size_t)k);
    click(&r, QK_UI_TILE, p[0]);
    click(&r, QK_UI_TILE, p[2]);
    click(&r, QK_UI_TILE, p[1]);
    click(&r, QK_UI_TILE, p[3]);
    click(&r, QK_UI_BUTTON, QK_BTN_SUBMIT);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK_STR(qk_app_screen_name(r.app), "feedback-partial");
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_RIGHT), 2);
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_WRONG), 2);
    QK_CHECK(has_mark(&r, QK_MARK_PICKED_RIGHT, 0) && has_mark(&r, QK_MARK_PICKED_WRONG, 1) &&
             has_mark(&r, QK_MARK_PICKED_WRONG, 2) && has_mark(&r, QK_MARK_PICKED_RIGHT, 3));
    save(&r, "feedback-partial-order");
    key(&r, SDLK_RETURN, 0);
    /* categorize: Elg -> Dyr, Ørret -> Plante (wrong), Bjørk, Blåbær -> Plante,
     * Gran -> Dyr (wrong) */
    const int to[5] = {0, 1, 1, 1, 0};
    for (int i = 0; i < 5; i++) {
        key(&r, SDLK_1 + place_of(&r, (size_t)i), 0);
        key(&r, SDLK_1 + to[i], 0);
    }
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK_STR(qk_app_screen_name(r.app), "feedback-partial");
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_RIGHT), 3);
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_WRONG), 2);
    QK_CHECK(has_mark(&r, QK_MARK_PICKED_WRONG, 1) && has_mark(&r, QK_MARK_PICKED_WRONG, 4));
    /* each item stands in the category it was given: its tile lies under
     * that category's column (landscape: categories side by side) */
    const qk_ui_rect *orr = qk_app_find(r.app, QK_UI_MARK, QK_MARK_ID(QK_MARK_PICKED_WRONG, 1));
    const qk_ui_rect *elg = qk_app_find(r.app, QK_UI_MARK, QK_MARK_ID(QK_MARK_PICKED_RIGHT, 0));
    QK_CHECK(orr && elg && orr->r.x > elg->r.x + elg->r.w); /* Plante right of Dyr */
    save(&r, "feedback-partial-categorize");
    rig_close(&r);
}

/* Pixels of the screen just drawn in exactly the partial colour (the inside
 * of the round result's "◐ N delvis riktig" line; nothing else there is
 * amber). */
static int partial_pixels(rig *r)
{
    qk_app_render(r->app);
    SDL_Renderer *ren = qk_gfx_renderer(r->g);
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(ren, &w, &h);
    Uint32 *px = malloc((size_t)w * (size_t)h * 4);
    if (!px)
        return -1;
    int n = -1;
    if (SDL_RenderReadPixels(ren, NULL, SDL_PIXELFORMAT_ARGB8888, px, w * 4) == 0) {
        SDL_Color c = QK_C_PARTIAL;
        Uint32 want = ((Uint32)c.r << 16) | ((Uint32)c.g << 8) | c.b;
        n = 0;
        for (long i = 0; i < (long)w * h; i++)
            n += (px[i] & 0xFFFFFFu) == want;
    }
    free(px);
    return n;
}

/* The round result gives partly right answers their own line in the partial
 * colour: round 0 answered without partial credit has none; round 1 answered
 * partly right three times shows it (and counts none of them as right). */
static void test_round_result_partly(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    start_round(&r, -1);
    key(&r, SDLK_RETURN, 0); /* intro */
    key(&r, SDLK_1, 0);      /* single: wrong */
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_2, 0);      /* truefalse: right */
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_ROUND);
    qk_session *s = qk_app_session(r.app);
    QK_CHECK_INT(qk_session_round_score(s, 0).partly, 0);
    QK_CHECK_INT(qk_session_round_score(s, 0).correct, 1);
    QK_CHECK_INT(partial_pixels(&r), 0);
    save(&r, "round-none-partly");
    key(&r, SDLK_RETURN, 0); /* round 1: no intro */
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    key(&r, SDLK_1 + place_of(&r, 0), 0); /* multiple: Eple, Pære, Gulrot */
    key(&r, SDLK_1 + place_of(&r, 2), 0);
    key(&r, SDLK_1 + place_of(&r, 1), 0);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_STR(qk_app_screen_name(r.app), "feedback-partial");
    key(&r, SDLK_RETURN, 0);
    int p[4];
    for (int k = 0; k < 4; k++)
        p[k] = place_of(&r, (size_t)k);
    key(&r, SDLK_1 + p[0], 0); /* order: two of four in place */
    key(&r, SDLK_1 + p[2], 0);
    key(&r, SDLK_1 + p[1], 0);
    key(&r, SDLK_1 + p[3], 0);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_STR(qk_app_screen_name(r.app), "feedback-partial");
    key(&r, SDLK_RETURN, 0);
    const int to[5] = {0, 1, 1, 1, 0}; /* categorize: three of five */
    for (int i = 0; i < 5; i++) {
        key(&r, SDLK_1 + place_of(&r, (size_t)i), 0);
        key(&r, SDLK_1 + to[i], 0);
    }
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_STR(qk_app_screen_name(r.app), "feedback-partial");
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_ROUND);
    qk_round_score rs = qk_session_round_score(s, 1);
    QK_CHECK_INT(rs.partly, 3);
    QK_CHECK_INT(rs.correct, 0);
    int amber = partial_pixels(&r);
    QK_CHECK(amber > 300);
    save(&r, "round-partly");
    rig_close(&r);
}

/* A timeout marks every right answer as missed. */
static void test_marks_wrong_everything_missed(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1080, 1920, NULL));
    start_round(&r, 1);
    key(&r, SDLK_1 + place_of(&r, 1), 0); /* Gulrot only: wrong, no credit */
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK_STR(qk_app_screen_name(r.app), "feedback-multiple");
    QK_CHECK_INT(marks(&r, QK_MARK_PICKED_WRONG), 1);
    QK_CHECK_INT(marks(&r, QK_MARK_MISSED_RIGHT), 3);
    save(&r, "feedback-wrong-multiple");
    rig_close(&r);
}


/* Answers the question on screen wrongly, by keys. */
static void answer_wrong(rig *r)
{
    const qk_question *q = qk_session_question(qk_app_session(r->app));
    int n = (int)q->n_choices;
    switch (q->type) {
    case QK_Q_TRUEFALSE: key(r, q->truth ? SDLK_2 : SDLK_1, 0); return;
    case QK_Q_SINGLE:
        for (int i = 0; i < n; i++)
            if (!q->choices[i].correct) {
                key(r, SDLK_1 + place_of(r, (size_t)i), 0);
                return;
            }
        return;
    case QK_Q_MULTIPLE:
        for (int i = 0; i < n; i++)
            if (!q->choices[i].correct) {
                key(r, SDLK_1 + place_of(r, (size_t)i), 0);
                break;
            }
        break;
    case QK_Q_ORDER:
        for (int i = n - 1; i >= 0; i--)
            key(r, SDLK_1 + place_of(r, (size_t)i), 0);
        break;
    case QK_Q_CATEGORIZE:
        for (int i = 0; i < n; i++) {
            key(r, SDLK_1 + place_of(r, (size_t)i), 0);
            key(r, SDLK_1 + (q->choices[i].category == 0 ? 1 : 0), 0);
        }
        break;
    default: return;
    }
    key(r, SDLK_RETURN, 0);
}

static void wheel(rig *r, int y)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = y;
    e.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
    SDL_PushEvent(&e);
    pump(r);
}

/* Every question missed: the summary's review is one list of all six, which
 * scrolls by keys (a line, a page), the wheel and a finger drag, stops at its
 * ends, and reaches the last item. */
static void review_scrolls_at(int w, int h)
{
    rig r;
    QK_REQUIRE(rig_open(&r, w, h, NULL));
    start_round(&r, -1);
    for (int step = 0; step < 30 && qk_app_screen(r.app) != QK_SCR_SUMMARY; step++) {
        if (qk_app_screen(r.app) == QK_SCR_QUESTION)
            answer_wrong(&r);
        else
            key(&r, SDLK_RETURN, 0);
    }
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_SUMMARY);
    QK_CHECK_INT(qk_session_correct_count(qk_app_session(r.app)), 0);
    QK_CHECK_STR(qk_app_screen_name(r.app), "summary-review");
    pump(&r);
    qk_app_render(r.app);
    QK_CHECK_INT(r.app->review_items, 6);
    QK_REQUIRE(r.app->review_scroll_max > 0);
    QK_CHECK(qk_app_find(r.app, QK_UI_REVIEW, 0) != NULL);
    QK_CHECK(qk_app_find(r.app, QK_UI_REVIEW, 5) == NULL); /* not yet in view */
    save(&r, "summary-review");
    int step = r.app->review_step, page = r.app->review_page_px;
    QK_CHECK(step > 0 && page > step);
    key(&r, SDLK_DOWN, 0);
    QK_CHECK_INT(r.app->review_scroll, step);
    key(&r, SDLK_UP, 0);
    key(&r, SDLK_UP, 0); /* stops at the top */
    QK_CHECK_INT(r.app->review_scroll, 0);
    key(&r, SDLK_PAGEDOWN, 0);
    int after_page = r.app->review_scroll;
    QK_CHECK(after_page == page || after_page == r.app->review_scroll_max);
    key(&r, SDLK_PAGEUP, 0);
    QK_CHECK_INT(r.app->review_scroll, 0);
    wheel(&r, -1);
    QK_CHECK(r.app->review_scroll > 0);
    wheel(&r, 3);
    QK_CHECK_INT(r.app->review_scroll, 0);
    /* a finger drag upwards on the first item moves the list with it */
    const qk_ui_rect *first = qk_app_find(r.app, QK_UI_REVIEW, 0);
    QK_REQUIRE(first);
    int x = first->r.x + first->r.w / 2, y0 = first->r.y + first->r.h * 3 / 4;
    int dy = (int)(150 * qk_gfx_unit(r.g));
    finger(&r, SDL_FINGERDOWN, x, y0);
    pump(&r);
    for (int k = 1; k <= 5; k++) {
        finger(&r, SDL_FINGERMOTION, x, y0 - dy * k / 5);
        pump(&r);
    }
    finger(&r, SDL_FINGERUP, x, y0 - dy);
    pump(&r);
    QK_CHECK(r.app->review_scroll >= dy - 2 && r.app->review_scroll <= dy + 2);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_SUMMARY); /* a drag is not a tap */
    /* to the end: the last item comes into view, whole, and the list stops */
    for (int k = 0; k < 40 && r.app->review_scroll < r.app->review_scroll_max; k++)
        key(&r, SDLK_PAGEDOWN, 0);
    QK_CHECK_INT(r.app->review_scroll, r.app->review_scroll_max);
    int end = r.app->review_scroll;
    key(&r, SDLK_PAGEDOWN, 0);
    wheel(&r, -2);
    QK_CHECK_INT(r.app->review_scroll, end);
    qk_app_render(r.app);
    QK_CHECK(qk_app_find(r.app, QK_UI_REVIEW, 5) != NULL);
    save(&r, "summary-review-end");
    QK_CHECK_INT(layout_problems(&r, "summary-review-end"), 0);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ATTRACT);
    rig_close(&r);
}

static void test_review_scrolls(void)
{
    review_scrolls_at(1920, 1080);
    review_scrolls_at(1080, 1920);
}


/* A set with one round: one "Start" and no chooser (no "all rounds"); it and
 * Enter both start that round. The start screen of a set with several rounds
 * has its rounds larger than the "all rounds" button. */
static void test_one_round_set_has_no_chooser(void)
{
    const char *was = rig_fixture;
    rig_fixture = QK_TESTS_DIR "/screens/one_round.cfg";
    int sizes[4][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};
    for (int k = 0; k < 4; k++) {
        rig r;
        QK_REQUIRE(rig_open(&r, sizes[k][0], sizes[k][1], NULL));
        key(&r, SDLK_SPACE, 0);
        QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_START);
        size_t n = 0;
        const qk_ui_rect *l = qk_app_layout(r.app, &n);
        int rounds = 0;
        for (size_t i = 0; i < n; i++)
            rounds += l[i].kind == QK_UI_ROUND;
        QK_CHECK_INT(rounds, 1);
        QK_CHECK(qk_app_find(r.app, QK_UI_ROUND, 0) != NULL);
        QK_CHECK(qk_app_find(r.app, QK_UI_ROUND, -1) == NULL);
        QK_CHECK_INT(layout_problems(&r, "start-one-round"), 0);
        if (k == 0)
            QK_CHECK(click(&r, QK_UI_ROUND, 0));
        else
            key(&r, SDLK_RETURN, 0);
        QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_QUESTION);
        rig_close(&r);
    }
    rig_fixture = was;
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    key(&r, SDLK_SPACE, 0);
    const qk_ui_rect *all = qk_app_find(r.app, QK_UI_ROUND, -1), *one = qk_app_find(r.app, QK_UI_ROUND, 0);
    QK_REQUIRE(all && one);
    QK_CHECK((long)one->r.w * one->r.h > (long)all->r.w * all->r.h);
    save(&r, "start");
    rig_close(&r);
}

/* Answers the single or true/false question on screen rightly, by keys. */
static void answer_right(rig *r)
{
    const qk_question *q = qk_session_question(qk_app_session(r->app));
    if (q->type == QK_Q_TRUEFALSE) {
        key(r, q->truth ? SDLK_1 : SDLK_2, 0);
        return;
    }
    for (size_t i = 0; i < q->n_choices; i++)
        if (q->choices[i].correct)
            key(r, SDLK_1 + place_of(r, i), 0);
    if (q->type == QK_Q_MULTIPLE)
        key(r, SDLK_RETURN, 0);
}

/* Whether a text the screen recorded says exactly `words`. */
static bool says(rig *r, const char *words)
{
    qk_app_render(r->app);
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(qk_app_label(r->app, &l[i]), words) == 0)
            return true;
    return false;
}

/* Plays `plan` ('R' right, 'W' wrong, one per question, Return past the
 * feedback and the round result), then Avslutt and yes; checks the summary
 * says the encouragement of band `want` and of no other band. */
static void cheer_after(int round, const char *plan, qk_str want, const char *name)
{
    static const qk_str bands[] = {QK_S_ALL_RIGHT, QK_S_CHEER_HIGH, QK_S_CHEER_MID,
                                   QK_S_CHEER_LOW, QK_S_CHEER_NONE};
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    start_round(&r, round);
    if (qk_app_screen(r.app) == QK_SCR_INTRO)
        key(&r, SDLK_RETURN, 0);
    for (const char *p = plan; *p; p++) {
        while (qk_app_screen(r.app) == QK_SCR_FEEDBACK || qk_app_screen(r.app) == QK_SCR_ROUND ||
               qk_app_screen(r.app) == QK_SCR_INTRO)
            key(&r, SDLK_RETURN, 0);
        QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
        if (*p == 'R')
            answer_right(&r);
        else
            answer_wrong(&r);
        if (qk_app_screen(r.app) == QK_SCR_QUESTION) /* multiple, order: submit */
            key(&r, SDLK_RETURN, 0);
    }
    if (qk_app_screen(r.app) != QK_SCR_SUMMARY) {
        key(&r, SDLK_0, 0); /* Avslutt */
        key(&r, SDLK_RETURN, 0);
    }
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_SUMMARY);
    for (size_t b = 0; b < sizeof bands / sizeof bands[0]; b++) {
        bool said = says(&r, qk_tr(bands[b]));
        if (said != (bands[b] == want))
            fprintf(stderr, "%s: band %zu %s\n", name, b, said ? "said, not wanted" : "not said");
        QK_CHECK(said == (bands[b] == want));
    }
    save(&r, name);
    rig_close(&r);
}

/* Issue 9, item 5: a line of encouragement tied to the score, by band:
 * nothing answered, under 40 %, 40-74 %, 75 % or more, all right. */
static void test_summary_cheer_bands(void)
{
    cheer_after(0, "", QK_S_CHEER_NONE, "cheer-none");
    cheer_after(0, "WW", QK_S_CHEER_LOW, "cheer-low");     /* 0 of 2 */
    cheer_after(0, "RW", QK_S_CHEER_MID, "cheer-mid");     /* 1 of 2 */
    cheer_after(-1, "RRRW", QK_S_CHEER_HIGH, "cheer-high"); /* 3 of 4 */
    cheer_after(0, "RR", QK_S_ALL_RIGHT, "cheer-all");     /* 2 of 2 */
}

/* Issue 9, item 6: each round on the start screen says its questions and its
 * minutes (the time limits, 40 s where none, for the questions it asks),
 * and so does the one round of a one-round set. */
static void test_start_round_minutes(void)
{
    for (int one = 0; one < 2; one++) {
        const char *was = rig_fixture;
        if (one)
            rig_fixture = QK_TESTS_DIR "/screens/one_round.cfg";
        rig r;
        QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
        key(&r, SDLK_SPACE, 0);
        QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_START);
        const qk_set *set = r.app->set;
        int found = 0;
        for (size_t k = 0; k < set->n_rounds; k++) {
            const qk_round *rd = &set->rounds[k];
            size_t nq = rd->pick && rd->pick < rd->n_questions ? rd->pick : rd->n_questions;
            double secs = 0;
            for (size_t i = 0; i < rd->n_questions; i++)
                secs += rd->questions[i].time_limit > 0 ? rd->questions[i].time_limit : 40;
            secs = secs / (double)rd->n_questions * (double)nq;
            int min = (int)((secs + 59.0) / 60.0);
            char want[96];
            if (nq == 1)
                snprintf(want, sizeof want, qk_tr(QK_S_ROUND_LENGTH_ONE), min < 1 ? 1 : min);
            else
                snprintf(want, sizeof want, qk_tr(QK_S_ROUND_LENGTH), (int)nq, min < 1 ? 1 : min);
            qk_app_render(r.app);
            size_t n = 0;
            const qk_ui_rect *l = qk_app_layout(r.app, &n);
            bool ok = false;
            for (size_t i = 0; i < n && !ok; i++)
                ok = strstr(qk_app_label(r.app, &l[i]), want) != NULL;
            if (!ok)
                fprintf(stderr, "round %zu: no \"%s\" on the start screen\n", k, want);
            QK_CHECK(ok);
            found += ok;
        }
        QK_CHECK(found >= 1);
        QK_CHECK(strstr(qk_tr(QK_S_ROUND_LENGTH), "min") != NULL);
        rig_close(&r);
        rig_fixture = was;
    }
}

/* The new screens at the four sizes: nothing leaves the screen, no overlap,
 * targets finger-sized. */
static void layout_new_screens(int w, int h)
{
    rig r;
    QK_REQUIRE(rig_open(&r, w, h, NULL));
    start_round(&r, -1);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_INTRO);
    int bad = layout_problems(&r, "round-intro");
    key(&r, SDLK_RETURN, 0);
    bad += layout_problems(&r, "question-with-stop");
    key(&r, SDLK_0, 0);
    bad += layout_problems(&r, "confirm-stop");
    key(&r, SDLK_BACKSPACE, 0);
    key(&r, SDLK_1, 0); /* single, wrong */
    bad += layout_problems(&r, "feedback-single");
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_1, 0);
    bad += layout_problems(&r, "feedback-truefalse");
    key(&r, SDLK_RETURN, 0); /* round result */
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_1, 0);
    key(&r, SDLK_3, 0);
    key(&r, SDLK_RETURN, 0);
    bad += layout_problems(&r, "feedback-multiple");
    key(&r, SDLK_RETURN, 0);
    for (int k = 4; k >= 1; k--)
        key(&r, SDLK_0 + k, 0);
    key(&r, SDLK_RETURN, 0);
    bad += layout_problems(&r, "feedback-order");
    key(&r, SDLK_RETURN, 0);
    for (int i = 1; i <= 5; i++)
        key(&r, SDLK_0 + i, 0), key(&r, SDLK_1 + i % 2, 0);
    key(&r, SDLK_RETURN, 0);
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_FEEDBACK);
    bad += layout_problems(&r, "feedback-categorize");
    key(&r, SDLK_RETURN, 0); /* round result with a partly right line */
    QK_CHECK_INT(qk_app_screen(r.app), QK_SCR_ROUND);
    QK_CHECK(qk_session_round_score(qk_app_session(r.app), 1).partly > 0);
    bad += layout_problems(&r, "round-partly");
    QK_CHECK_INT(bad, 0);
    rig_close(&r);
}

/* The header's texts (the round, "Spørsmål · Poeng") fit their boxes at the
 * smallest size they may shrink to, besides the layout checks: nothing cut
 * at a box edge, nothing over the buttons. */
static int header_problems(rig *r, const char *where)
{
    int bad = layout_problems(r, where);
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    int min_px = qk_px(r->app, 18), labelled = 0;
    for (size_t i = 0; i < n; i++) {
        const char *words = qk_app_label(r->app, &l[i]);
        if (l[i].kind != QK_UI_TEXT || !words[0])
            continue;
        labelled++;
        /* "Spørsmål 3 / 10 · Poeng 2" is bold, the round regular */
        const char *qw = qk_tr(QK_S_QUESTION);
        bool bold = strncmp(words, qw, strlen(qw)) == 0;
        int tw = 0, th = 0;
        qk_text_measure(r->g, words, min_px, bold ? QK_WEIGHT_BOLD : QK_WEIGHT_REGULAR, l[i].r.w,
                        &tw, &th);
        if (tw > l[i].r.w || th > l[i].r.h) {
            fprintf(stderr, "%dx%d %s: header text \"%s\" needs %dx%d, has %dx%d\n", r->w,
                    r->h, where, words, tw, th, l[i].r.w, l[i].r.h);
            bad++;
        }
    }
    if (labelled < 2) {
        fprintf(stderr, "%dx%d %s: %d header texts recorded\n", r->w, r->h, where, labelled);
        bad++;
    }
    return bad;
}

/* Long round titles at a size: the question, feedback and round result
 * screens, optionally with large text on. */
static int header_at(int w, int h, bool large)
{
    rig r;
    if (!rig_open(&r, w, h, NULL))
        return 1;
    start_round(&r, -1);
    if (qk_app_screen(r.app) != QK_SCR_QUESTION) {
        rig_close(&r);
        return 1;
    }
    if (large)
        click(&r, QK_UI_BUTTON, QK_BTN_LARGE_TEXT);
    int bad = header_problems(&r, large ? "header-question-large" : "header-question");
    key(&r, SDLK_1, 0);
    bad += header_problems(&r, "header-feedback");
    key(&r, SDLK_RETURN, 0);
    for (int k = 4; k >= 1; k--)
        key(&r, SDLK_0 + k, 0);
    bad += header_problems(&r, "header-order");
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_RETURN, 0);
    if (qk_app_screen(r.app) != QK_SCR_ROUND)
        bad++;
    bad += header_problems(&r, "header-round");
    key(&r, SDLK_RETURN, 0);
    bad += header_problems(&r, "header-question-2");
    rig_close(&r);
    return bad;
}

static void test_header_long_titles(void)
{
    const char *was = rig_fixture;
    rig_fixture = QK_TESTS_DIR "/screens/long_titles.cfg";
    int sizes[4][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};
    const char *langs[3] = {"nb", "nn", "en"};
    for (int l = 0; l < 3; l++) {
        qk_i18n_set(langs[l]);
        for (int k = 0; k < 4; k++)
            QK_CHECK_INT(header_at(sizes[k][0], sizes[k][1], false), 0);
    }
    qk_i18n_set("nb");
    QK_CHECK_INT(header_at(1080, 1920, true), 0);
    QK_CHECK_INT(header_at(1280, 720, true), 0);
    rig_fixture = was;
}

/* How the points on the screen just drawn are written: the recorded texts
 * that carry points (the header after its last "·", "+0,7 poeng", "1,4 av
 * 3,0 poeng") give a bit per number: 1 whole ("2"), 2 one decimal ("2,5"),
 * 4 anything else ("0,25", "2.5" in nb). */
static int points_forms(rig *r, int *numbers)
{
    qk_app_render(r->app);
    size_t n = 0;
    const qk_ui_rect *l = qk_app_layout(r->app, &n);
    int forms = 0;
    char sep = qk_i18n_lang() == QK_LANG_EN ? '.' : ',';
    *numbers = 0;
    for (size_t i = 0; i < n; i++) {
        const char *t = qk_app_label(r->app, &l[i]);
        if (l[i].kind != QK_UI_TEXT || !t[0])
            continue;
        const char *dot = NULL;
        for (const char *p = strstr(t, "\u00b7"); p; p = strstr(p + 1, "\u00b7"))
            dot = p;
        if (dot)
            t = dot;
        if (!strstr(t, qk_tr(QK_S_POINTS)) && !strstr(t, "poeng") && !strstr(t, "points"))
            continue;
        for (const char *p = t; *p; p++) {
            if (*p < '0' || *p > '9' || (p > t && p[-1] >= '0' && p[-1] <= '9'))
                continue;
            const char *q = p;
            while (*q >= '0' && *q <= '9')
                q++;
            int decimals = 0;
            if ((*q == ',' || *q == '.') && q[1] >= '0' && q[1] <= '9') {
                if (*q != sep)
                    decimals = 9;
                for (q++; *q >= '0' && *q <= '9'; q++)
                    decimals += decimals < 9;
            }
            forms |= decimals == 0 ? 1 : decimals == 1 ? 2 : 4;
            (*numbers)++;
            p = q - 1;
        }
    }
    return forms;
}

/* Points are written the same way everywhere at once: whole while every
 * figure of the session is whole, one decimal on every figure (header,
 * feedback, round result, summary) once any has a fraction, never "0,3"
 * beside "1". In nb and en. */
static void points_alike_in(const char *lang)
{
    qk_i18n_set(lang);
    rig r;
    QK_REQUIRE(rig_open(&r, 1920, 1080, NULL));
    start_round(&r, -1);
    key(&r, SDLK_RETURN, 0); /* intro */
    int nums = 0;
    QK_CHECK_INT(points_forms(&r, &nums), 1); /* "Poeng 0" */
    key(&r, SDLK_2, 0);      /* single: right */
    QK_CHECK_INT(points_forms(&r, &nums), 1);
    QK_CHECK(nums >= 2);     /* header and "+1 poeng" */
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_2, 0);      /* truefalse: right */
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_ROUND);
    QK_CHECK_INT(points_forms(&r, &nums), 1); /* "2 av 2 poeng" */
    QK_CHECK(nums >= 3);
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_1 + place_of(&r, 0), 0); /* multiple: partly right */
    key(&r, SDLK_1 + place_of(&r, 2), 0);
    key(&r, SDLK_1 + place_of(&r, 1), 0);
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK(r.app->last.points > 0 && r.app->last.points < 1);
    QK_CHECK_INT(points_forms(&r, &nums), 2); /* "Poeng 2,x" beside "+0,x poeng" */
    QK_CHECK(nums >= 2);
    save(&r, "points-feedback");
    for (int step = 0; step < 30 && qk_app_screen(r.app) != QK_SCR_ROUND; step++) {
        if (qk_app_screen(r.app) == QK_SCR_QUESTION)
            answer_wrong(&r);
        else
            key(&r, SDLK_RETURN, 0);
        if (qk_app_screen(r.app) == QK_SCR_FEEDBACK)
            QK_CHECK_INT(points_forms(&r, &nums), 2); /* "+0,0 poeng" too */
    }
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_ROUND);
    QK_CHECK_INT(points_forms(&r, &nums), 2); /* "0,x av 3,0 poeng", header */
    QK_CHECK(nums >= 3);
    key(&r, SDLK_0, 0);      /* Avslutt, yes: the summary */
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_SUMMARY);
    QK_CHECK_INT(points_forms(&r, &nums), 2);
    QK_CHECK(nums >= 2);
    save(&r, "points-summary");
    rig_close(&r);
    qk_i18n_set("nb");
}

static void test_points_written_alike(void)
{
    points_alike_in("nb");
    points_alike_in("en");
}

/* Issue 9, item 7: in portrait the categories of a categorize question use
 * the height (at least as tall as an item, down near the footer, not small
 * over an empty bottom); on order, the slots are as tall as the items they
 * take, so their labels can be the items' size. */
static void test_portrait_categorize_and_order(void)
{
    rig r;
    QK_REQUIRE(rig_open(&r, 1080, 1920, NULL));
    start_round(&r, 1);
    key(&r, SDLK_1, 0);      /* multiple */
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_session_question(qk_app_session(r.app))->type == QK_Q_ORDER);
    qk_app_render(r.app);
    const qk_ui_rect *item = qk_app_find(r.app, QK_UI_TILE, 0);
    const qk_ui_rect *slot = qk_app_find(r.app, QK_UI_SLOT, 0);
    QK_REQUIRE(item && slot);
    QK_CHECK_INT(slot->r.h, item->r.h);
    QK_CHECK_INT(slot->r.w, item->r.w);
    for (int k = 1; k <= 4; k++)
        key(&r, SDLK_0 + k, 0);
    key(&r, SDLK_RETURN, 0);
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_session_question(qk_app_session(r.app))->type == QK_Q_CATEGORIZE);
    qk_app_render(r.app);
    item = qk_app_find(r.app, QK_UI_TILE, 0);
    const qk_ui_rect *cat = qk_app_find(r.app, QK_UI_CATEGORY, 0);
    QK_REQUIRE(item && cat);
    QK_CHECK(cat->r.h >= item->r.h);
    /* under the categories only the footer (its buttons and margins) */
    int empty = r.h - (cat->r.y + cat->r.h);
    if (empty >= r.h / 5)
        fprintf(stderr, "categories end %d px above the screen's bottom\n", empty);
    QK_CHECK(empty < r.h / 5);
    save(&r, "portrait-categorize");
    rig_close(&r);
}

static void test_layout_four_sizes(void)
{
    layout_new_screens(1280, 720);
    layout_new_screens(1920, 1080);
    layout_new_screens(3840, 2160);
    layout_new_screens(1080, 1920);
    qk_i18n_set("nn");
    layout_new_screens(1280, 720);
    qk_i18n_set("en");
    layout_new_screens(1080, 1920);
    qk_i18n_set("nb");
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        png_dir = argv[1];
        mkdir(png_dir, 0777);
    }
    rig_fixture = QK_TESTS_DIR "/screens/feedback.cfg";
    snprintf(db_dir, sizeof db_dir, "/tmp/qk_feedback_XXXXXX");
    if (!mkdtemp(db_dir)) {
        perror("mkdtemp");
        return 1;
    }
    qk_i18n_set("nb");
    QK_RUN(test_intro_only_for_rounds_with_intro);
    QK_RUN(test_stop_from_feedback_stores_stopped);
    QK_RUN(test_stop_by_keys_and_from_each_screen);
    QK_RUN(test_idle_on_confirm);
    QK_RUN(test_marks_single_truefalse);
    QK_RUN(test_marks_partial_each_type);
    QK_RUN(test_marks_wrong_everything_missed);
    QK_RUN(test_round_result_partly);
    QK_RUN(test_review_scrolls);
    QK_RUN(test_one_round_set_has_no_chooser);
    QK_RUN(test_layout_four_sizes);
    QK_RUN(test_header_long_titles);
    QK_RUN(test_points_written_alike);
    QK_RUN(test_portrait_categorize_and_order);
    QK_RUN(test_summary_cheer_bands);
    QK_RUN(test_start_round_minutes);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", db_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", db_dir);
    return qk_test_summary();
}
