/* speech.c: see speech.h.
 *
 * Three threads touch an utterance, all under one SDL mutex (`lock`):
 *   the UI thread    qk_speech_say() makes an utterance record and appends it
 *                    to the list `utts` (in the order they are to be heard), or
 *                    with QK_SAY_CUT first closes every open record (cut);
 *                    it also writes the log lines of closed records and frees
 *                    them (retire), unless the worker still holds one;
 *   the worker       takes the first record not yet synthesised, normalises
 *                    its text and runs espeak_Synth on it (synchronous mode:
 *                    espeak calls synth_cb with each chunk of samples); each
 *                    chunk is appended to the record's pcm, or, once the
 *                    record is cut, the callback returns 1 and espeak stops;
 *   the audio thread audio_cb copies samples of the first open record to the
 *                    device, closes it as finished when its synthesis is done
 *                    and all played, and fills any rest with silence. It does
 *                    not allocate, log or wait.
 * A record is freed only by the UI thread, once closed and not held by the
 * worker (`in_synth`). espeak-ng keeps global state, so the engine is a
 * singleton (`the_engine`), which synth_cb reaches.
 */
#include "speech.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <SDL.h>
#include <espeak-ng/speak_lib.h>

#include "notify.h" /* qk_log */
#include "qk_speech_text.h"

#define MAX_UTTS 64
#define MAX_UTT_SAMPLES (22050L * 60 * 10) /* ten minutes: longer is cut short */

typedef struct {
    long id;
    char *text;          /* as written; normalised by the worker */
    char *spoken;        /* the normalised text (worker), for the log */
    char tag[48];
    qk_speak_lang lang;
    int16_t *pcm;
    long n, cap, pos;    /* samples synthesised, room, played */
    bool synth_done;     /* the whole text is synthesised (n is its length) */
    bool synth_failed;   /* abandoned (cut) or failed: n is not the full length */
    bool in_synth;       /* the worker holds it */
    bool closed, cut;
    char cut_by[48];     /* the tag of the say that cut it */
    uint64_t said_at, first_at, end_at; /* stream positions; first_at UINT64_MAX: none */
    Uint64 said_ticks;
    double latency_ms;   /* -1 until its first sample is played */
} utt;

struct qk_speech {
    SDL_mutex *lock;
    SDL_cond *wake;      /* to the worker: an utterance or quit */
    SDL_sem *ready;      /* from the worker: espeak is initialised (or failed) */
    SDL_Thread *worker;
    SDL_AudioDeviceID dev;
    bool audio_inited;   /* this engine initialised SDL's audio subsystem */
    bool quit;
    int rate;            /* samples per second */
    int wpm;
    char data_path[1024];
    bool have_nb, have_en;
    char init_err[1200];
    utt *utts[MAX_UTTS]; /* open and closed-but-not-retired, in order */
    size_t n_utts;
    long next_id;
    uint64_t stream;     /* samples handed to the device */
    qk_speech_stats stats;
    FILE *log;
};

static qk_speech *the_engine; /* espeak's state is global: one engine at a time */

/* ---- the audio thread ---- */

static void audio_cb(void *ud, Uint8 *stream, int len)
{
    qk_speech *sp = ud;
    int16_t *out = (int16_t *)(void *)stream;
    long need = len / 2, at = 0;
    SDL_LockMutex(sp->lock);
    for (size_t i = 0; i < sp->n_utts && need > 0;) {
        utt *u = sp->utts[i];
        if (u->closed) {
            i++;
            continue;
        }
        long avail = u->n - u->pos;
        if (avail <= 0) {
            if (u->synth_done || u->synth_failed) {
                u->closed = true;
                u->end_at = sp->stream + (uint64_t)at;
                sp->stats.finished++;
                i++;
                continue;
            }
            break; /* synthesis is behind: silence until it catches up */
        }
        long k = avail < need ? avail : need;
        if (u->pos == 0) {
            u->first_at = sp->stream + (uint64_t)at;
            u->latency_ms = (double)(SDL_GetPerformanceCounter() - u->said_ticks) * 1000.0 /
                            (double)SDL_GetPerformanceFrequency();
            sp->stats.last_latency_ms = u->latency_ms;
        }
        memcpy(out + at, u->pcm + u->pos, (size_t)k * sizeof *out);
        u->pos += k;
        at += k;
        need -= k;
    }
    if (need > 0)
        memset(out + at, 0, (size_t)need * sizeof *out);
    sp->stream += (uint64_t)(len / 2);
    sp->stats.stream = sp->stream;
    SDL_UnlockMutex(sp->lock);
}

/* ---- the worker ---- */

/* espeak's synchronous callback, on the worker: a chunk of the utterance in
 * events[0].user_data. Returns 1 (stop) once that utterance is cut. */
static int synth_cb(short *wav, int n, espeak_EVENT *events)
{
    qk_speech *sp = the_engine;
    utt *u = events ? events[0].user_data : NULL;
    if (!sp || !u)
        return 0;
    int stop = 0;
    SDL_LockMutex(sp->lock);
    if (u->closed) {
        stop = 1;
    } else if (wav && n > 0) {
        if (u->n + n > MAX_UTT_SAMPLES) {
            stop = 1; /* far too long to be heard out: the rest is left unsaid */
        } else {
            if (u->n + n > u->cap) {
                long cap = u->cap ? u->cap * 2 : 22050;
                while (cap < u->n + n)
                    cap *= 2;
                int16_t *p = realloc(u->pcm, (size_t)cap * sizeof *p);
                if (!p) {
                    stop = 1;
                } else {
                    u->pcm = p;
                    u->cap = cap;
                }
            }
            if (!stop) {
                memcpy(u->pcm + u->n, wav, (size_t)n * sizeof *wav);
                u->n += n;
            }
        }
    }
    SDL_UnlockMutex(sp->lock);
    return stop;
}

static int worker_main(void *ud)
{
    qk_speech *sp = ud;
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 60,
                                 sp->data_path[0] ? sp->data_path : NULL,
                                 espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        snprintf(sp->init_err, sizeof sp->init_err,
                 "espeak-ng could not start (no espeak-ng-data%s%s?)",
                 sp->data_path[0] ? " in " : "", sp->data_path);
        SDL_SemPost(sp->ready);
        return 1;
    }
    espeak_SetSynthCallback(synth_cb);
    sp->have_en = espeak_SetVoiceByName("en") == EE_OK;
    sp->have_nb = espeak_SetVoiceByName("nb") == EE_OK;
    espeak_SetParameter(espeakRATE, sp->wpm, 0);
    sp->rate = rate;
    int voice = -1; /* the voice set now: 0 nb, 1 en */
    if (sp->have_nb)
        voice = 0;
    else if (sp->have_en)
        voice = 1;
    SDL_SemPost(sp->ready);
    if (voice < 0)
        return 1;

    SDL_LockMutex(sp->lock);
    for (;;) {
        utt *u = NULL;
        while (!sp->quit) {
            for (size_t i = 0; i < sp->n_utts && !u; i++)
                if (!sp->utts[i]->closed && !sp->utts[i]->synth_done &&
                    !sp->utts[i]->synth_failed)
                    u = sp->utts[i];
            if (u)
                break;
            SDL_CondWait(sp->wake, sp->lock);
        }
        if (sp->quit)
            break;
        u->in_synth = true;
        SDL_UnlockMutex(sp->lock);

        int want = u->lang == QK_SPEAK_EN ? 1 : 0;
        if ((want == 1 && !sp->have_en) || (want == 0 && !sp->have_nb))
            want = voice;
        if (want != voice && espeak_SetVoiceByName(want ? "en" : "nb") == EE_OK) {
            voice = want;
            espeak_SetParameter(espeakRATE, sp->wpm, 0);
        }
        char *spoken = qk_speech_normalise(u->text, u->lang);
        espeak_ERROR e = EE_INTERNAL_ERROR;
        if (spoken)
            e = espeak_Synth(spoken, strlen(spoken) + 1, 0, POS_CHARACTER, 0,
                             espeakCHARS_UTF8, NULL, u);

        SDL_LockMutex(sp->lock);
        u->spoken = spoken;
        if (e == EE_OK && !u->closed && u->n < MAX_UTT_SAMPLES)
            u->synth_done = true;
        else
            u->synth_failed = true;
        u->in_synth = false;
    }
    SDL_UnlockMutex(sp->lock);
    espeak_Terminate();
    return 0;
}

/* ---- the UI thread ---- */

static void log_utt(qk_speech *sp, const utt *u)
{
    if (!sp->log)
        return;
    long lead = 0; /* exact-zero samples it begins with (for aligning a recording) */
    while (lead < u->pos && u->pcm[lead] == 0)
        lead++;
    fprintf(sp->log, "utt %ld %s said=%llu first=%lld end=%llu synth=%ld played=%ld lead=%ld "
            "latency_ms=%.1f cut=%d by=%s text=", u->id, u->tag[0] ? u->tag : "-",
            (unsigned long long)u->said_at,
            u->first_at == UINT64_MAX ? -1LL : (long long)u->first_at,
            (unsigned long long)u->end_at, u->synth_done ? u->n : -1L, u->pos, lead,
            u->latency_ms, u->cut ? 1 : 0, u->cut && u->cut_by[0] ? u->cut_by : "-");
    for (const char *s = u->spoken ? u->spoken : u->text; *s; s++)
        fputc(*s == '\n' || *s == '\r' ? ' ' : *s, sp->log);
    fputc('\n', sp->log);
    fflush(sp->log);
}

static void utt_free(utt *u)
{
    if (!u)
        return;
    free(u->text);
    free(u->spoken);
    free(u->pcm);
    free(u);
}

/* Logs and frees the closed records the worker does not hold (lock held). */
static void retire(qk_speech *sp)
{
    size_t k = 0;
    for (size_t i = 0; i < sp->n_utts; i++) {
        utt *u = sp->utts[i];
        if (u->closed && !u->in_synth) {
            log_utt(sp, u);
            utt_free(u);
        } else {
            sp->utts[k++] = u;
        }
    }
    sp->n_utts = k;
}

/* Closes every open record as cut by the say tagged `by` (lock held). */
static void cut_all(qk_speech *sp, const char *by)
{
    for (size_t i = 0; i < sp->n_utts; i++) {
        utt *u = sp->utts[i];
        if (u->closed)
            continue;
        u->closed = u->cut = true;
        u->end_at = sp->stream;
        snprintf(u->cut_by, sizeof u->cut_by, "%s", by);
        sp->stats.cut++;
    }
}

/* Some audio back-ends (ALSA's library) write their complaints straight to
 * stderr, which would give the journal lines with no priority: while SDL
 * opens the audio, stderr goes to a temporary file, and what was written
 * there is then logged as info lines ("audio: ..."). The kiosk opens the
 * engine on a thread of its own, while the UI thread may log: a line of ours
 * (qk_log's "quizkiosk: ...", after its priority prefix "<N>" if any) that
 * lands in the file is written back to stderr as it was. */
static int quiet_begin(FILE **tmp)
{
    fflush(stderr);
    *tmp = tmpfile();
    int saved = *tmp ? dup(2) : -1;
    if (saved < 0 || dup2(fileno(*tmp), 2) < 0) {
        if (saved >= 0)
            close(saved);
        if (*tmp)
            fclose(*tmp);
        *tmp = NULL;
        return -1;
    }
    return saved;
}

static void quiet_end(int saved, FILE *tmp)
{
    if (saved < 0)
        return;
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(tmp);
    char line[600];
    while (fgets(line, sizeof line, tmp)) {
        line[strcspn(line, "\r\n")] = '\0';
        const char *own = line;
        if (own[0] == '<' && own[1] >= '0' && own[1] <= '7' && own[2] == '>')
            own += 3;
        if (strncmp(own, "quizkiosk: ", 11) == 0)
            fprintf(stderr, "%s\n", line); /* the UI thread's, meanwhile */
        else if (line[0])
            qk_log(QK_LOG_INFO, "audio: %s", line);
    }
    fclose(tmp);
}

qk_speech *qk_speech_create(const qk_speech_options *opts, char *err, size_t cap)
{
    if (the_engine) {
        snprintf(err, cap, "the speech engine is already running");
        return NULL;
    }
    qk_speech *sp = calloc(1, sizeof *sp);
    if (!sp) {
        snprintf(err, cap, "out of memory");
        return NULL;
    }
    sp->wpm = opts && opts->rate ? opts->rate : espeakRATE_NORMAL;
    if (sp->wpm < espeakRATE_MINIMUM)
        sp->wpm = espeakRATE_MINIMUM;
    if (sp->wpm > espeakRATE_MAXIMUM)
        sp->wpm = espeakRATE_MAXIMUM;
    if (opts && opts->data_path)
        snprintf(sp->data_path, sizeof sp->data_path, "%s", opts->data_path);
    sp->next_id = 1;
    sp->lock = SDL_CreateMutex();
    sp->wake = SDL_CreateCond();
    sp->ready = SDL_CreateSemaphore(0);
    if (!sp->lock || !sp->wake || !sp->ready) {
        snprintf(err, cap, "cannot make the speech engine's lock: %s", SDL_GetError());
        goto fail;
    }
    the_engine = sp;
    sp->worker = SDL_CreateThread(worker_main, "qk-speech", sp);
    if (!sp->worker) {
        snprintf(err, cap, "cannot start the speech thread: %s", SDL_GetError());
        goto fail;
    }
    SDL_SemWait(sp->ready);
    if (!sp->rate || (!sp->have_nb && !sp->have_en)) {
        if (sp->init_err[0])
            snprintf(err, cap, "%s", sp->init_err);
        else
            snprintf(err, cap, "espeak-ng has neither the nb nor the en voice "
                     "(Debian package espeak-ng-data)");
        goto fail;
    }
    FILE *tmp = NULL;
    int saved = quiet_begin(&tmp);
    bool audio_ok = true;
    if (!SDL_WasInit(SDL_INIT_AUDIO)) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            snprintf(err, cap, "no audio: %s", SDL_GetError());
            audio_ok = false;
        } else {
            sp->audio_inited = true;
        }
    }
    if (audio_ok) {
        SDL_AudioSpec want = {0}, got;
        want.freq = sp->rate;
        want.format = AUDIO_S16SYS;
        want.channels = 1;
        want.samples = QK_SPEECH_BUFFER;
        want.callback = audio_cb;
        want.userdata = sp;
        sp->dev = SDL_OpenAudioDevice(NULL, 0, &want, &got, 0);
        if (!sp->dev)
            snprintf(err, cap, "no audio device (%s driver): %s",
                     SDL_GetCurrentAudioDriver() ? SDL_GetCurrentAudioDriver() : "no",
                     SDL_GetError());
    }
    quiet_end(saved, tmp);
    if (!sp->dev)
        goto fail;
    if (opts && opts->log_path) {
        sp->log = fopen(opts->log_path, "w");
        if (!sp->log) {
            snprintf(err, cap, "cannot write the speech log %s", opts->log_path);
            goto fail;
        }
    }
    SDL_PauseAudioDevice(sp->dev, 0);
    return sp;
fail:
    qk_speech_destroy(sp);
    return NULL;
}

void qk_speech_destroy(qk_speech *sp)
{
    if (!sp)
        return;
    if (sp->lock) {
        SDL_LockMutex(sp->lock);
        cut_all(sp, "-");
        sp->quit = true;
        if (sp->wake)
            SDL_CondSignal(sp->wake);
        SDL_UnlockMutex(sp->lock);
    }
    if (sp->worker)
        SDL_WaitThread(sp->worker, NULL);
    if (sp->dev)
        SDL_CloseAudioDevice(sp->dev);
    if (sp->audio_inited)
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    for (size_t i = 0; i < sp->n_utts; i++) {
        log_utt(sp, sp->utts[i]);
        utt_free(sp->utts[i]);
    }
    if (sp->log)
        fclose(sp->log);
    if (sp->ready)
        SDL_DestroySemaphore(sp->ready);
    if (sp->wake)
        SDL_DestroyCond(sp->wake);
    if (sp->lock)
        SDL_DestroyMutex(sp->lock);
    if (the_engine == sp)
        the_engine = NULL;
    free(sp);
}

bool qk_speech_has_voice(const qk_speech *sp, qk_speak_lang lang)
{
    if (!sp)
        return false;
    return lang == QK_SPEAK_EN ? sp->have_en : sp->have_nb;
}

int qk_speech_rate(const qk_speech *sp)
{
    return sp ? sp->rate : 0;
}

void qk_speech_say(qk_speech *sp, const char *text, qk_speak_lang lang, qk_say_mode mode,
                   const char *tag)
{
    if (!sp)
        return;
    utt *u = NULL;
    if (text && *text) {
        u = calloc(1, sizeof *u);
        if (u)
            u->text = strdup(text);
        if (u && !u->text) {
            free(u);
            u = NULL;
        }
        if (u) {
            u->lang = lang;
            u->latency_ms = -1;
            u->first_at = UINT64_MAX;
            u->said_ticks = SDL_GetPerformanceCounter();
            snprintf(u->tag, sizeof u->tag, "%s", tag && *tag ? tag : "-");
            for (char *c = u->tag; *c; c++)
                if (*c == ' ')
                    *c = '_';
        }
    }
    SDL_LockMutex(sp->lock);
    if (mode == QK_SAY_CUT)
        cut_all(sp, u ? u->tag : tag && *tag ? tag : "-");
    retire(sp);
    if (u && sp->n_utts < MAX_UTTS) {
        u->id = sp->next_id++;
        u->said_at = sp->stream;
        sp->utts[sp->n_utts++] = u;
        sp->stats.said++;
        u = NULL;
        SDL_CondSignal(sp->wake);
    }
    SDL_UnlockMutex(sp->lock);
    utt_free(u); /* only when the list was full */
}

bool qk_speech_busy(qk_speech *sp)
{
    if (!sp)
        return false;
    bool busy = false;
    SDL_LockMutex(sp->lock);
    retire(sp);
    for (size_t i = 0; i < sp->n_utts && !busy; i++)
        busy = !sp->utts[i]->closed;
    SDL_UnlockMutex(sp->lock);
    return busy;
}

long qk_speech_played(qk_speech *sp)
{
    if (!sp)
        return 0;
    long p = 0;
    SDL_LockMutex(sp->lock);
    for (size_t i = 0; i < sp->n_utts; i++)
        if (!sp->utts[i]->closed) {
            p = sp->utts[i]->pos;
            break;
        }
    SDL_UnlockMutex(sp->lock);
    return p;
}

qk_speech_stats qk_speech_get_stats(qk_speech *sp)
{
    qk_speech_stats s = {0};
    if (!sp)
        return s;
    SDL_LockMutex(sp->lock);
    s = sp->stats;
    SDL_UnlockMutex(sp->lock);
    return s;
}
