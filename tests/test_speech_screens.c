/* test_speech_screens.c: what the screens say, and the speaker button, with
 * a recording listener instead of the voice (SDL dummy video, no audio).
 *
 *   - speech "button": the speaker button is on the question, feedback, round
 *     result and summary screens at 1280x720, 1920x1080, 3840x2160 and
 *     1080x1920, finger-sized, inside the screen, overlapping nothing (the
 *     rig's layout check); a tap reads the screen (one QK_SAY_CUT with the
 *     screen's text); a tap while the listener is still speaking stops it (a
 *     cut with no text); nothing is said until it is tapped, and a new screen
 *     stops what it was reading;
 *   - speech "auto": each new screen is read as it appears, with a cut, and
 *     there is no speaker button; "off": nothing is said, no button;
 *   - the texts: the question with each answer by its letter in display
 *     order, the hint; the feedback's verdict, right answer and explanation;
 *     the round result; the summary with the questions to look over again;
 *     order items and categories, and a right order said with its numbers.
 * PNGs of the button at each size go to OUTDIR (looked at by hand).
 * Usage: test_speech_screens [OUTDIR]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "qk_i18n.h"
#include "qk_station.h"
#include "screens_rig.h"
#include "screens/screens.h" /* qk_summary_cheer */
#include "widgets.h" /* qk_letter */

typedef struct {
    int said, cuts, stops, texts;
    char last[16384];
    bool busy;
} recorder;

static void rec_say(void *ud, const char *text, qk_say_mode mode)
{
    recorder *rc = ud;
    rc->said++;
    if (mode == QK_SAY_CUT)
        rc->cuts++;
    if (!text)
        rc->stops++;
    else
        rc->texts++;
    snprintf(rc->last, sizeof rc->last, "%s", text ? text : "");
}

static bool rec_busy(void *ud)
{
    return ((recorder *)ud)->busy;
}

/* The rig's app again, with speech `mode` and the recorder as its listener. */
static bool open_with(rig *r, int w, int h, int mode, recorder *rc)
{
    if (!rig_open(r, w, h, NULL))
        return false;
    qk_app_destroy(r->app);
    qk_app_config cfg = {.station_id = "test", .idle_timeout = 60, .idle_countdown = 15,
                         .seed = 7, .speech = mode};
    r->app = qk_app_create(r->g, r->set, NULL, &cfg);
    if (!r->app)
        return false;
    qk_app_set_clock(r->app, fake_clock, r);
    memset(rc, 0, sizeof *rc);
    qk_app_set_listener(r->app, rec_say, rc);
    qk_app_set_listener_busy(r->app, rec_busy);
    pump(r);
    return true;
}

static const qk_ui_rect *speaker(rig *r)
{
    qk_app_render(r->app);
    return qk_app_find(r->app, QK_UI_BUTTON, QK_BTN_SPEAK);
}

/* Taps the speaker; true when it read exactly the screen's text with a cut. */
static bool tap_reads(rig *r, recorder *rc, const char *where)
{
    char want[16384];
    qk_app_screen_text(r->app, want, sizeof want);
    int said = rc->said;
    rc->busy = false;
    if (!click(r, QK_UI_BUTTON, QK_BTN_SPEAK)) {
        fprintf(stderr, "%dx%d %s: no speaker button\n", r->w, r->h, where);
        return false;
    }
    bool ok = rc->said == said + 1 && want[0] && strcmp(rc->last, want) == 0;
    if (!ok)
        fprintf(stderr, "%dx%d %s: the tap said \"%s\", the screen's text is \"%s\"\n", r->w,
                r->h, where, rc->last, want);
    /* and a tap while it speaks stops it */
    rc->busy = true;
    int stops = rc->stops;
    click(r, QK_UI_BUTTON, QK_BTN_SPEAK);
    rc->busy = false;
    if (rc->stops != stops + 1) {
        fprintf(stderr, "%dx%d %s: a tap while speaking did not stop\n", r->w, r->h, where);
        ok = false;
    }
    return ok;
}

static void test_button_everywhere(void)
{
    static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        rig r;
        recorder rc;
        QK_REQUIRE(open_with(&r, sizes[k][0], sizes[k][1], QK_SPEECH_BUTTON, &rc));
        start_round(&r, 0); /* "Ett svar": single, then true/false */
        QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
        QK_CHECK_INT(rc.texts, 0); /* "button" says nothing by itself */
        QK_CHECK(speaker(&r) != NULL);
        QK_CHECK_INT(layout_problems(&r, "speech-question"), 0);
        QK_CHECK(tap_reads(&r, &rc, "question"));
        QK_CHECK(strstr(rc.last, "Hvilken farge har en moden tomat?") == NULL); /* stopped */
        /* a new screen stops what the speaker was reading */
        int stops = rc.stops;
        click(&r, QK_UI_TILE, place_of(&r, 0));
        QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
        QK_CHECK_INT(rc.stops, stops + 1);
        QK_CHECK_INT(rc.texts, 1);
        QK_CHECK_INT(layout_problems(&r, "speech-feedback"), 0);
        QK_CHECK(tap_reads(&r, &rc, "feedback"));
        click(&r, QK_UI_BUTTON, QK_BTN_NEXT);
        click(&r, QK_UI_TILE, 0);
        click(&r, QK_UI_BUTTON, QK_BTN_NEXT);
        QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_SUMMARY); /* one round: no round result */
        QK_CHECK_INT(layout_problems(&r, "speech-summary"), 0);
        QK_CHECK(tap_reads(&r, &rc, "summary"));
        rig_close(&r);
    }
}

/* With A+ (large text) on, the speaker still fits beside A+, contrast and
 * "Avslutt" at every size. */
static void test_button_large_text(void)
{
    static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        rig r;
        recorder rc;
        QK_REQUIRE(open_with(&r, sizes[k][0], sizes[k][1], QK_SPEECH_BUTTON, &rc));
        start_round(&r, 0);
        QK_REQUIRE(click(&r, QK_UI_BUTTON, QK_BTN_LARGE_TEXT));
        QK_REQUIRE(qk_app_large_text(r.app));
        QK_CHECK(speaker(&r) != NULL);
        QK_CHECK_INT(layout_problems(&r, "speech-large-question"), 0);
        click(&r, QK_UI_TILE, place_of(&r, 0));
        QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
        QK_CHECK_INT(layout_problems(&r, "speech-large-feedback"), 0);
        click(&r, QK_UI_BUTTON, QK_BTN_NEXT);
        click(&r, QK_UI_TILE, 0);
        click(&r, QK_UI_BUTTON, QK_BTN_NEXT);
        QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_SUMMARY);
        QK_CHECK_INT(layout_problems(&r, "speech-large-summary"), 0);
        rig_close(&r);
    }
}

static void test_round_result_button(void)
{
    rig r;
    recorder rc;
    QK_REQUIRE(open_with(&r, 1920, 1080, QK_SPEECH_BUTTON, &rc));
    start_round(&r, -1); /* all rounds: a round result after the first */
    for (int i = 0; i < 20 && qk_app_screen(r.app) != QK_SCR_ROUND; i++) {
        if (qk_app_screen(r.app) == QK_SCR_QUESTION)
            click(&r, QK_UI_TILE, 0);
        else if (qk_app_screen(r.app) == QK_SCR_INTRO)
            click(&r, QK_UI_BUTTON, QK_BTN_START_ROUND);
        else
            click(&r, QK_UI_BUTTON, QK_BTN_NEXT);
    }
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_ROUND);
    QK_CHECK_INT(layout_problems(&r, "speech-round"), 0);
    QK_CHECK(tap_reads(&r, &rc, "round"));
    char text[4096];
    qk_app_screen_text(r.app, text, sizeof text);
    QK_CHECK(strstr(text, qk_tr(QK_S_ROUND_DONE)) != NULL);
    QK_CHECK(strstr(text, "Ett svar") != NULL);
    rig_close(&r);
}

static void test_auto_reads_each_screen(void)
{
    rig r;
    recorder rc;
    QK_REQUIRE(open_with(&r, 1280, 720, QK_SPEECH_AUTO, &rc));
    start_round(&r, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    QK_CHECK(speaker(&r) == NULL); /* no button in "auto" */
    /* the question, its hint, and each answer by the letter it is shown at */
    QK_CHECK(strstr(rc.last, "Hvilken farge har en moden tomat?") != NULL);
    QK_CHECK(strstr(rc.last, qk_tr(QK_S_HINT_SINGLE)) != NULL);
    const qk_question *q = qk_session_question(qk_app_session(r.app));
    for (size_t c = 0; c < q->n_choices; c++) {
        char want[400];
        snprintf(want, sizeof want, "%s: %s.", qk_letter(place_of(&r, c)), q->choices[c].text);
        QK_CHECK(strstr(rc.last, want) != NULL);
    }
    QK_CHECK(strstr(rc.last, "Spørsmål 1 av 2.") == rc.last);
    int cuts = rc.cuts;
    /* a wrong answer: the feedback cuts in with the verdict, the right answer
     * and the explanation */
    int wrong = -1;
    for (size_t c = 0; c < q->n_choices && wrong < 0; c++)
        if (!q->choices[c].correct)
            wrong = (int)c;
    QK_REQUIRE(wrong >= 0);
    click(&r, QK_UI_TILE, place_of(&r, (size_t)wrong));
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK_INT(rc.cuts, cuts + 1);
    QK_CHECK(strstr(rc.last, qk_tr(QK_S_WRONG)) == rc.last);
    QK_CHECK(strstr(rc.last, qk_tr(QK_S_RIGHT_ANSWER)) != NULL);
    for (size_t c = 0; c < q->n_choices; c++)
        if (q->choices[c].correct)
            QK_CHECK(strstr(rc.last, q->choices[c].text) != NULL);
    QK_CHECK(q->explanation && strstr(rc.last, q->explanation) != NULL);
    /* the true/false question: Sant at A, Usant at B */
    click(&r, QK_UI_BUTTON, QK_BTN_NEXT);
    QK_CHECK(strstr(rc.last, "A: Sant. B: Usant.") != NULL);
    click(&r, QK_UI_TILE, 0);
    click(&r, QK_UI_BUTTON, QK_BTN_NEXT);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_SUMMARY);
    /* the summary: the score and the question missed, with its right answer */
    QK_CHECK(strstr(rc.last, "Hvilken farge har en moden tomat?") != NULL);
    QK_CHECK(strstr(rc.last, qk_tr(QK_S_RIGHT_ANSWER)) != NULL);
    /* and the line of encouragement the screen shows for this score */
    const qk_session *ss = qk_app_session(r.app);
    QK_CHECK(strstr(rc.last, qk_tr(qk_summary_cheer(qk_session_correct_count(ss),
                                                    qk_session_record_count(ss)))) != NULL);
    /* back to the attract screen: it says nothing, but cuts the summary */
    int stops = rc.stops;
    click(&r, QK_UI_BUTTON, QK_BTN_FINISH);
    QK_CHECK(qk_app_screen(r.app) == QK_SCR_ATTRACT);
    QK_CHECK_INT(rc.stops, stops + 1);
    rig_close(&r);
}

/* Stopped before the first answer: the summary says so, not "0 av 0 riktige"
 * and "0 av 0 poeng". */
static void test_stopped_before_any_answer(void)
{
    rig r;
    recorder rc;
    QK_REQUIRE(open_with(&r, 1280, 720, QK_SPEECH_AUTO, &rc));
    start_round(&r, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    key(&r, SDLK_0, 0); /* Avslutt */
    key(&r, SDLK_RETURN, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_SUMMARY);
    QK_CHECK(strstr(rc.last, qk_tr(QK_S_CHEER_NONE)) != NULL);
    QK_CHECK(strstr(rc.last, "0 av 0") == NULL);
    if (strstr(rc.last, "0 av 0"))
        fprintf(stderr, "stopped at once, the summary says \"%s\"\n", rc.last);
    rig_close(&r);
}

/* Order and categorize: the items by their letters, the categories by their
 * numbers; a wrong order's feedback gives the right order, numbered. */
static void test_order_and_categorize(void)
{
    rig r;
    recorder rc;
    QK_REQUIRE(open_with(&r, 1920, 1080, QK_SPEECH_AUTO, &rc));
    start_round(&r, 2); /* "Rekkefølge" */
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    QK_CHECK(strstr(rc.last, "Sett årstidene i rekkefølge, fra vinter.") != NULL);
    QK_CHECK(strstr(rc.last, qk_tr(QK_S_HINT_ORDER)) != NULL);
    const char *items[] = {"Vinter", "Vår", "Sommer", "Høst"};
    for (size_t c = 0; c < 4; c++) {
        char want[100];
        snprintf(want, sizeof want, "%s: %s.", qk_letter(place_of(&r, c)), items[c]);
        QK_CHECK(strstr(rc.last, want) != NULL);
    }
    /* put them in backwards: wrong, and the feedback says the right order */
    for (int k = 3; k >= 0; k--)
        click(&r, QK_UI_TILE, place_of(&r, (size_t)k));
    if (qk_app_screen(r.app) == QK_SCR_QUESTION)
        click(&r, QK_UI_BUTTON, QK_BTN_SUBMIT);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK(strstr(rc.last, "1. Vinter. 2. Vår. 3. Sommer. 4. Høst.") != NULL);
    QK_CHECK(strstr(rc.last, "Vinter, vår, sommer, høst.") != NULL);
    rig_close(&r);

    QK_REQUIRE(open_with(&r, 1920, 1080, QK_SPEECH_AUTO, &rc));
    start_round(&r, 3); /* "Sortering" */
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    QK_CHECK(strstr(rc.last, "Dyr eller plante?") != NULL);
    QK_CHECK(strstr(rc.last, "1: Dyr. 2: Plante.") != NULL);
    QK_CHECK(strstr(rc.last, ": Elg.") != NULL && strstr(rc.last, ": Blåbær.") != NULL);
    rig_close(&r);
}

/* The program's words in English: the same composition, English words. */
static void test_english_words(void)
{
    rig r;
    recorder rc;
    qk_i18n_set("en");
    QK_REQUIRE(open_with(&r, 1280, 720, QK_SPEECH_AUTO, &rc));
    start_round(&r, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    QK_CHECK(strstr(rc.last, "Question 1 of 2.") == rc.last);
    QK_CHECK(strstr(rc.last, "Choose one answer.") != NULL);
    click(&r, QK_UI_TILE, place_of(&r, 1)); /* "Rød": right */
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK(strstr(rc.last, "Correct!") == rc.last);
    QK_CHECK(strstr(rc.last, "Why:") != NULL);
    rig_close(&r);
    qk_i18n_set("nb");
}

static void test_off_says_nothing(void)
{
    rig r;
    recorder rc;
    QK_REQUIRE(open_with(&r, 1280, 720, QK_SPEECH_OFF, &rc));
    start_round(&r, 0);
    QK_REQUIRE(qk_app_screen(r.app) == QK_SCR_QUESTION);
    QK_CHECK(speaker(&r) == NULL);
    click(&r, QK_UI_TILE, 0);
    QK_CHECK(qk_app_screen(r.app) == QK_SCR_FEEDBACK);
    QK_CHECK(speaker(&r) == NULL);
    QK_CHECK_INT(rc.said, 0);
    rig_close(&r);
}

int main(int argc, char **argv)
{
    png_dir = argc > 1 ? argv[1] : NULL;
    if (png_dir)
        mkdir(png_dir, 0777);
    qk_i18n_set("nb");
    QK_RUN(test_button_everywhere);
    QK_RUN(test_button_large_text);
    QK_RUN(test_round_result_button);
    QK_RUN(test_auto_reads_each_screen);
    QK_RUN(test_order_and_categorize);
    QK_RUN(test_english_words);
    QK_RUN(test_off_says_nothing);
    QK_RUN(test_stopped_before_any_answer);
    SDL_Quit();
    return qk_test_summary();
}
