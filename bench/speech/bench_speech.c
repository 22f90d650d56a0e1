/* bench_speech.c: the speech engine's latency and CPU (bench/README.md,
 * "Speech"). Not a test: it prints figures and asserts nothing.
 *
 * Runs the engine of src/shell/speech.c on whatever SDL audio driver the
 * environment picks (bench/speech/run.sh uses the disk driver into /dev/null,
 * which takes buffers at the real-time pace of a sound card).
 *   latency  N times: a question-length text said with QK_SAY_CUT, the time
 *            from the say to its first sample handed to the device (the
 *            engine's own measure), then cut. The floor, in the same run, is
 *            the wait for the next audio callback alone, from a moment as
 *            random in the period as the say's: the time to the next change
 *            of the engine's stream position (half a buffer on average).
 *   CPU      process CPU time (getrusage: the UI thread idle, the worker and
 *            the audio thread) over S seconds of continuous speech, against S
 *            seconds with the device open and silent.
 * Usage: qk_bench_speech [N] [S]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <SDL.h>

#include "speech.h"

static const char *QUESTION =
    "Spørsmål 3 av 10. Hva sier § 7-1 i helse- og omsorgstjenesteloven om individuell plan? "
    "Velg ett svar. A: Kommunen skal tilby en individuell plan. B: Planen er frivillig for "
    "kommunen. C: Bare spesialisthelsetjenesten lager planer.";

static double now_ms(void)
{
    return (double)SDL_GetPerformanceCounter() * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
           ru.ru_stime.tv_usec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 21, secs = argc > 2 ? atoi(argv[2]) : 10;
    if (n < 1 || n > 1000)
        n = 21;
    char err[400];
    qk_speech *sp = qk_speech_create(NULL, err, sizeof err);
    if (!sp) {
        fprintf(stderr, "bench_speech: %s\n", err);
        return 1;
    }
    printf("audio driver %s, %d Hz, %d-sample buffers (%.1f ms)\n", SDL_GetCurrentAudioDriver(),
           qk_speech_rate(sp), QK_SPEECH_BUFFER, 1000.0 * QK_SPEECH_BUFFER / qk_speech_rate(sp));
    double *lat = calloc((size_t)n, sizeof *lat), *floor_ms = calloc((size_t)n, sizeof *lat);
    for (int i = 0; i < n; i++) {
        /* the floor: from a moment in the period to the next buffer taken */
        SDL_Delay(3 + (i * 7) % 19);
        uint64_t s0 = qk_speech_get_stats(sp).stream;
        double t0 = now_ms();
        while (qk_speech_get_stats(sp).stream == s0)
            SDL_Delay(0);
        floor_ms[i] = now_ms() - t0;
        SDL_Delay(7 + (i * 5) % 17); /* land at different points of the period */
        qk_speech_say(sp, QUESTION, QK_SPEAK_NB, QK_SAY_CUT, "bench");
        while (qk_speech_played(sp) == 0)
            SDL_Delay(1);
        lat[i] = qk_speech_get_stats(sp).last_latency_ms;
        qk_speech_say(sp, NULL, QK_SPEAK_NB, QK_SAY_CUT, NULL);
    }
    double ml = median(lat, n), mf = median(floor_ms, n);
    printf("say to first sample: median %.1f ms (min %.1f, max %.1f) over %d; floor (wait for "
           "the next buffer) median %.1f ms; ratio %.2f\n", ml, lat[0], lat[n - 1], n, mf,
           mf > 0 ? ml / mf : 0);

    /* CPU: silent, then speaking (a long text queued again as it ends) */
    double c0 = cpu_s(), w0 = now_ms();
    SDL_Delay((Uint32)secs * 1000);
    double idle = (cpu_s() - c0) / ((now_ms() - w0) / 1000.0);
    c0 = cpu_s();
    w0 = now_ms();
    while (now_ms() - w0 < secs * 1000.0) {
        if (!qk_speech_busy(sp))
            qk_speech_say(sp, QUESTION, QK_SPEAK_NB, QK_SAY_QUEUE, "bench");
        SDL_Delay(20);
    }
    double speaking = (cpu_s() - c0) / ((now_ms() - w0) / 1000.0);
    printf("CPU over %d s: device open and silent %.2f %% of a core; speaking %.2f %%; "
           "ratio %.1f\n", secs, idle * 100, speaking * 100, idle > 0 ? speaking / idle : 0);
    qk_speech_destroy(sp);
    free(lat);
    free(floor_ms);
    SDL_Quit();
    return 0;
}
