/* speech_audio.h: reading what SDL's disk audio driver recorded, and telling
 * speech from silence, for the speech tests.
 *
 * The recording is raw signed 16-bit mono samples at the engine's rate (the
 * engine opens the device in exactly that format, so the disk driver writes
 * it unconverted). Speech is judged per 20 ms window: a window is voiced when
 * its RMS is above QK_SA_RMS; a stretch is speech when at least a fifth of its
 * windows are voiced (speech has pauses) and its zero-crossing rate lies where
 * speech does (QK_SA_ZCR_LO..HI crossings per second: a constant tone or DC
 * offset has next to none, white noise near half the sample rate).
 */
#ifndef QK_SPEECH_AUDIO_H
#define QK_SPEECH_AUDIO_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QK_SA_RMS 300.0
#define QK_SA_ZCR_LO 300.0
#define QK_SA_ZCR_HI 5000.0

typedef struct {
    int16_t *s;
    long n;
} qk_sa_audio;

/* The whole file; s NULL when it cannot be read. Free s. */
static inline qk_sa_audio qk_sa_read(const char *path)
{
    qk_sa_audio a = {NULL, 0};
    FILE *f = fopen(path, "rb");
    if (!f)
        return a;
    fseek(f, 0, SEEK_END);
    long bytes = ftell(f);
    fseek(f, 0, SEEK_SET);
    a.s = malloc(bytes > 0 ? (size_t)bytes : 1);
    if (a.s)
        a.n = (long)(fread(a.s, 1, (size_t)(bytes > 0 ? bytes : 0), f) / 2);
    fclose(f);
    return a;
}

typedef struct {
    double voiced;   /* fraction of 20 ms windows above QK_SA_RMS */
    double zcr;      /* zero crossings per second over the voiced windows */
    double rms;      /* over the whole stretch */
    long nonzero;    /* samples that are not exactly 0 */
} qk_sa_measure;

/* Measures samples [from, to) (clamped to the recording). */
static inline qk_sa_measure qk_sa_measure_range(const qk_sa_audio *a, long from, long to, int rate)
{
    qk_sa_measure m = {0, 0, 0, 0};
    if (from < 0)
        from = 0;
    if (to > a->n)
        to = a->n;
    long win = rate / 50, wins = 0, voiced = 0, crossings = 0, voiced_samples = 0;
    double sum_all = 0;
    for (long w = from; w + win <= to; w += win) {
        double sum = 0;
        long zc = 0;
        for (long i = w; i < w + win; i++) {
            sum += (double)a->s[i] * a->s[i];
            if (i > w && ((a->s[i] >= 0) != (a->s[i - 1] >= 0)))
                zc++;
        }
        sum_all += sum;
        wins++;
        if (sqrt(sum / (double)win) > QK_SA_RMS) {
            voiced++;
            crossings += zc;
            voiced_samples += win;
        }
    }
    for (long i = from; i < to; i++)
        m.nonzero += a->s[i] != 0;
    if (wins) {
        m.voiced = (double)voiced / (double)wins;
        m.rms = sqrt(sum_all / (double)(wins * win));
    }
    if (voiced_samples)
        m.zcr = (double)crossings * rate / (double)voiced_samples;
    return m;
}

static inline int qk_sa_is_speech(qk_sa_measure m)
{
    return m.voiced >= 0.2 && m.zcr >= QK_SA_ZCR_LO && m.zcr <= QK_SA_ZCR_HI;
}

/* One line of the engine's log (speech.h, "Recording hook"). */
typedef struct {
    long id;
    char tag[64];
    long long said, first, end, synth, played, lead;
    double latency_ms;
    int cut;
    char by[64];
    char text[4096];
} qk_sa_utt;

/* Reads the log; returns how many lines were read into u (at most cap), -1
 * when the file cannot be opened. */
static inline int qk_sa_read_log(const char *path, qk_sa_utt *u, int cap)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[5000];
    int n = 0;
    while (n < cap && fgets(line, sizeof line, f)) {
        qk_sa_utt *x = &u[n];
        int at = 0;
        if (sscanf(line, "utt %ld %63s said=%lld first=%lld end=%lld synth=%lld played=%lld "
                   "lead=%lld latency_ms=%lf cut=%d by=%63s text=%n", &x->id, x->tag, &x->said,
                   &x->first, &x->end, &x->synth, &x->played, &x->lead, &x->latency_ms,
                   &x->cut, x->by, &at) != 11 || !at)
            continue;
        snprintf(x->text, sizeof x->text, "%s", line + at);
        size_t k = strlen(x->text);
        while (k && (x->text[k - 1] == '\n' || x->text[k - 1] == '\r'))
            x->text[--k] = '\0';
        n++;
    }
    fclose(f);
    return n;
}

/* The engine's stream positions start at its first callback; SDL's disk
 * driver may have written a few buffers of silence before that, while the
 * device was still paused (more on a loaded machine). Finds that offset from
 * the first utterance that was heard (its first non-zero sample is at
 * first + lead in the stream) and adds it to every position. Returns the
 * offset in samples, or -1 when the recording does not fit the log. */
static inline long qk_sa_align(const qk_sa_audio *a, qk_sa_utt *u, int n)
{
    int k = 0;
    while (k < n && (u[k].first < 0 || u[k].lead >= u[k].played))
        k++;
    if (k == n)
        return -1;
    long nz = 0;
    while (nz < a->n && a->s[nz] == 0)
        nz++;
    long off = nz - (long)(u[k].first + u[k].lead);
    if (nz == a->n || off < 0)
        return -1;
    for (int i = 0; i < n; i++) {
        u[i].said += off;
        u[i].end += off;
        if (u[i].first >= 0)
            u[i].first += off;
    }
    return off;
}

#endif
