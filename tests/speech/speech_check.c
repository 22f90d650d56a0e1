/* speech_check.c: judges a recorded autoplay session with speech "auto".
 *
 * Reads the engine's log (QK_SPEECH_LOG, see src/shell/speech.h) and what SDL's
 * disk audio driver recorded (SDL_DISKAUDIOFILE), and checks:
 *   - every utterance was heard: it has samples, and they are speech (energy
 *     and zero-crossing rate over 20 ms windows, speech_audio.h), while the
 *     stretches between utterances are silence (exactly zero);
 *   - moving on cut: at least one utterance is logged cut by another screen,
 *     played fewer samples than its full synthesis (or was cut while still
 *     being synthesised), and not one sample of it
 *     follows in the recording; when the cutting screen speaks, its text was
 *     given at the very sample where the cut one ended;
 *   - each screen's text was spoken: every argument TAG~PHRASE needs an
 *     utterance whose screen name begins with TAG and whose spoken text holds
 *     PHRASE.
 * Usage: speech_check LOG AUDIO RATE [TAG~PHRASE ...]; prints ok/FAIL lines and
 * exits 1 on any failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "speech_audio.h"

static int fails;

static void check(int ok, const char *what, const char *detail)
{
    printf("%s: %s%s%s\n", ok ? "ok" : "FAIL", what, detail && *detail ? " " : "",
           detail ? detail : "");
    if (!ok)
        fails++;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: speech_check LOG AUDIO RATE [TAG~PHRASE ...]\n");
        return 2;
    }
    int rate = atoi(argv[3]);
    static qk_sa_utt u[512];
    int n = qk_sa_read_log(argv[1], u, 512);
    qk_sa_audio a = qk_sa_read(argv[2]);
    char d[600];
    snprintf(d, sizeof d, "(%d utterances, %.1f s recorded)", n, a.s ? (double)a.n / rate : 0);
    check(n >= 3 && a.s && a.n > rate, "a log and a recording", d);
    if (n < 1 || !a.s)
        return 1;
    long off = qk_sa_align(&a, u, n);
    snprintf(d, sizeof d, "(%ld samples of silence before the engine's first buffer)", off);
    check(off >= 0 && off % 512 == 0, "the recording lines up with the log", d);
    if (off < 0)
        return 1;

    long speech_samples = 0;
    int cuts = 0, good_cuts = 0;
    for (int i = 0; i < n; i++) {
        qk_sa_measure m = qk_sa_measure_range(&a, u[i].first, u[i].end, rate);
        snprintf(d, sizeof d, "(#%ld %s: %.2f s of %.2f s, voiced %.2f, zcr %.0f/s, "
                 "latency %.1f ms%s)", u[i].id, u[i].tag, (double)u[i].played / rate,
                 (double)u[i].synth / rate, m.voiced, m.zcr, u[i].latency_ms,
                 u[i].cut ? ", cut" : "");
        check(u[i].first >= u[i].said && u[i].end - u[i].first == u[i].played &&
                  u[i].played > 0 && qk_sa_is_speech(m),
              "heard as speech", d);
        speech_samples += u[i].played;
        /* between this one and the next: silence, not one sample */
        long long to = i + 1 < n ? u[i + 1].first : a.n;
        qk_sa_measure gap = qk_sa_measure_range(&a, u[i].end, to, rate);
        snprintf(d, sizeof d, "(after #%ld: %.2f s, %ld samples not zero)", u[i].id,
                 (double)(to - u[i].end) / rate, gap.nonzero);
        check(gap.nonzero == 0, "silence between utterances", d);
        if (u[i].cut) {
            /* cut by a new screen: the log names it; when that screen has
             * something to say, its text starts at the very sample where the
             * cut one stopped */
            cuts++;
            /* synth is -1 when the cut came while the text was still being
             * synthesised (a loaded machine): its full length is then unknown
             * but surely longer than what was played */
            int shorter = u[i].synth < 0 || u[i].synth > u[i].played;
            int next_says = i + 1 < n && u[i + 1].said == u[i].end &&
                            strcmp(u[i + 1].tag, u[i].by) == 0;
            int by_screen = strcmp(u[i].by, "-") != 0 && strcmp(u[i].by, u[i].tag) != 0;
            if (shorter && by_screen && gap.nonzero == 0)
                good_cuts++;
            snprintf(d, sizeof d, "(#%ld %s: %.2f s of %.2f s heard, cut by %s%s)", u[i].id,
                     u[i].tag, (double)u[i].played / rate, (double)u[i].synth / rate, u[i].by,
                     next_says ? ", whose text followed at once" : "");
            check(shorter && by_screen &&
                      (next_says || i + 1 == n || u[i + 1].said > u[i].end),
                  "cut short by the next screen", d);
        }
    }
    snprintf(d, sizeof d, "(%d cut, %d of them shorter than their synthesis and followed by "
             "silence until the next screen's text)", cuts, good_cuts);
    check(good_cuts > 0, "moving on cut an utterance", d);
    snprintf(d, sizeof d, "(%.0f %% of the recording is utterances)",
             100.0 * (double)speech_samples / (double)a.n);
    check(speech_samples < a.n, "the recording is not all speech", d);

    for (int k = 4; k < argc; k++) {
        char tag[200];
        const char *sep = strchr(argv[k], '~');
        if (!sep || (size_t)(sep - argv[k]) >= sizeof tag) {
            check(0, "an argument TAG~PHRASE", argv[k]);
            continue;
        }
        memcpy(tag, argv[k], (size_t)(sep - argv[k]));
        tag[sep - argv[k]] = '\0';
        int found = 0;
        for (int i = 0; i < n && !found; i++)
            found = strncmp(u[i].tag, tag, strlen(tag)) == 0 && strstr(u[i].text, sep + 1);
        snprintf(d, sizeof d, "(%s: \"%s\")", tag, sep + 1);
        check(found, "the screen's text was spoken", d);
    }
    free(a.s);
    printf("%s\n", fails ? "FAILED" : "all passed");
    return fails ? 1 : 0;
}
