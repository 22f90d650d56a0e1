/* test_speech.c: the speech engine (src/shell/speech.c) with no display.
 *
 * The engine plays through SDL's disk audio driver into a file (real-time
 * pace), and writes its recording-hook log; both are read back after it is
 * destroyed. What is checked:
 *   - both voices are there (nb for bokmål and nynorsk, en);
 *   - queued utterances play whole and in order, as speech (energy and
 *     zero-crossing rate, tests/speech/speech_audio.h), with silence between;
 *   - a cut stops the utterance at once: it is logged cut, it played fewer
 *     samples than its synthesis has, and from the cut's stream position to
 *     the next utterance the file holds only silence (not one sample of it);
 *   - a say with QK_SAY_CUT replaces what is playing; a cut with no text only
 *     stops; say returns before the text is heard (the UI never waits);
 *   - the text went through the normalisation (§ 7-1 is spoken in words).
 * Usage: test_speech OUTDIR (audio.raw and speech.log go there).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "qk_test.h"
#include "speech.h"
#include "speech/speech_audio.h"

static char audio_path[4096], log_path[4096];

static const char *LONG_NB =
    "Hva sier § 7-1 i helse- og omsorgstjenesteloven om kommunens ansvar? "
    "Kommunen skal sørge for at personer som oppholder seg i kommunen, tilbys nødvendige "
    "helse- og omsorgstjenester. Ansvaret omfatter alle pasient- og brukergrupper.";
static const char *SHORT_NB = "Riktig! Godt svart.";
static const char *SHORT_EN = "The right answer is B.";

/* Waits up to `secs` for more than `samples` of the current utterance to be
 * played (samples < 0: for the engine to fall silent). */
static bool wait_for(qk_speech *sp, long samples, int secs)
{
    for (int i = 0; i < secs * 200; i++) {
        if (samples < 0 ? !qk_speech_busy(sp) : qk_speech_played(sp) > samples)
            return true;
        SDL_Delay(5);
    }
    return false;
}

static void test_speak_cut_queue(void)
{
    char err[300] = "";
    qk_speech_options o = {.log_path = log_path};
    qk_speech *sp = qk_speech_create(&o, err, sizeof err);
    if (!sp)
        fprintf(stderr, "create: %s\n", err);
    QK_REQUIRE(sp);
    QK_CHECK(qk_speech_has_voice(sp, QK_SPEAK_NB));
    QK_CHECK(qk_speech_has_voice(sp, QK_SPEAK_NN));
    QK_CHECK(qk_speech_has_voice(sp, QK_SPEAK_EN));
    int rate = qk_speech_rate(sp);
    QK_CHECK_INT(rate, 22050);
    /* a second engine is refused: espeak's state is global */
    char err2[200] = "";
    QK_CHECK(qk_speech_create(NULL, err2, sizeof err2) == NULL && err2[0]);

    /* 1: a long utterance, cut once half a second of it has been heard */
    qk_speech_say(sp, LONG_NB, QK_SPEAK_NB, QK_SAY_QUEUE, "long");
    QK_CHECK(qk_speech_busy(sp)); /* say came back before it was heard */
    QK_CHECK(wait_for(sp, rate / 2, 10));
    qk_speech_say(sp, NULL, QK_SPEAK_NB, QK_SAY_CUT, NULL);
    QK_CHECK(!qk_speech_busy(sp));
    QK_CHECK_INT(qk_speech_played(sp), 0);
    SDL_Delay(300); /* the file goes on, silent */

    /* 2, 3: two queued, heard whole one after the other */
    qk_speech_say(sp, SHORT_NB, QK_SPEAK_NB, QK_SAY_QUEUE, "short-nb");
    qk_speech_say(sp, SHORT_EN, QK_SPEAK_EN, QK_SAY_QUEUE, "short-en");
    QK_CHECK(wait_for(sp, -1, 20));

    /* 4, 5: a new screen's text cuts the old one mid-word */
    qk_speech_say(sp, LONG_NB, QK_SPEAK_NN, QK_SAY_QUEUE, "old-screen");
    QK_CHECK(wait_for(sp, rate / 4, 10));
    qk_speech_say(sp, SHORT_NB, QK_SPEAK_NB, QK_SAY_CUT, "new-screen");
    QK_CHECK(qk_speech_busy(sp));
    QK_CHECK(wait_for(sp, -1, 20));
    SDL_Delay(100);
    qk_speech_stats st = qk_speech_get_stats(sp);
    QK_CHECK_INT(st.said, 5);
    QK_CHECK_INT(st.cut, 2);
    QK_CHECK_INT(st.finished, 3);
    qk_speech_destroy(sp);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);

    qk_sa_utt u[8];
    int n = qk_sa_read_log(log_path, u, 8);
    QK_REQUIRE(n == 5);
    qk_sa_audio a = qk_sa_read(audio_path);
    QK_REQUIRE(a.s && a.n > rate);
    long off = qk_sa_align(&a, u, n);
    printf("  the recording begins %ld samples before the engine's first callback\n", off);
    QK_REQUIRE(off >= 0 && off % QK_SPEECH_BUFFER == 0);
    const char *tags[] = {"long", "short-nb", "short-en", "old-screen", "new-screen"};
    for (int i = 0; i < 5; i++) {
        QK_CHECK_STR(u[i].tag, tags[i]);
        QK_CHECK(u[i].first >= u[i].said);
        QK_CHECK(u[i].end > u[i].first && u[i].end <= a.n);
        qk_sa_measure m = qk_sa_measure_range(&a, u[i].first, u[i].end, rate);
        printf("  %-10s cut=%d played %.2f s of %.2f s, latency %.1f ms, voiced %.2f, "
               "zcr %.0f/s, rms %.0f\n", u[i].tag, u[i].cut, (double)u[i].played / rate,
               (double)u[i].synth / rate, u[i].latency_ms, m.voiced, m.zcr, m.rms);
        QK_CHECK(qk_sa_is_speech(m));
        QK_CHECK_INT(u[i].end - u[i].first, u[i].played);
    }
    /* the cut ones: shorter than their synthesis, and nothing of them after the cut */
    QK_CHECK_INT(u[0].cut, 1);
    QK_CHECK_INT(u[3].cut, 1);
    QK_CHECK(u[0].synth > u[0].played + rate); /* over a second was left unsaid */
    QK_CHECK(u[3].synth > u[3].played + rate);
    QK_CHECK_INT(qk_sa_measure_range(&a, u[0].end, u[1].first, rate).nonzero, 0);
    QK_CHECK_INT(qk_sa_measure_range(&a, u[3].end, u[4].first, rate).nonzero, 0);
    QK_CHECK(u[1].first - u[0].end > rate / 5); /* the 300 ms pause is in the file */
    /* the whole ones: all of their synthesis, in the order given */
    for (int i = 1; i < 5; i++)
        if (i != 3) {
            QK_CHECK_INT(u[i].cut, 0);
            QK_CHECK_INT(u[i].played, u[i].synth);
        }
    QK_CHECK(u[2].first >= u[1].end);
    /* normalised before synthesis */
    QK_CHECK(strstr(u[0].text, "paragraf sju strek en") != NULL);
    QK_CHECK(strstr(u[0].text, "§") == NULL);
    free(a.s);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    snprintf(audio_path, sizeof audio_path, "%s/test_speech-audio.raw", dir);
    snprintf(log_path, sizeof log_path, "%s/test_speech.log", dir);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", audio_path, 1);
    QK_RUN(test_speak_cut_queue);
    SDL_Quit();
    return qk_test_summary();
}
