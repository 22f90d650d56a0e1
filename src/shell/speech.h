/* speech.h: the kiosk's voice: espeak-ng synthesis played through SDL audio.
 *
 * What the screens say (qk_app_say, see app.h) comes here as text written for
 * reading. qk_speech_say() hands it to a worker thread, which writes it out for
 * speaking (qk_speech_normalise, core), synthesises it with libespeak-ng
 * (voice "nb" for bokmål and nynorsk, which has no voice of its own; "en" for
 * English) and appends the samples to the utterance; SDL's audio callback plays
 * the queued utterances one after another. The UI thread never waits for
 * either: a say is a copy and a signal.
 *
 * QK_SAY_CUT stops at once: the utterances queued or playing are dropped
 * under the lock the audio callback takes (so no sample of them is played after
 * the call returns, beyond what the device already holds, one buffer of
 * QK_SPEECH_BUFFER samples), and the synthesis running for them is abandoned
 * at its next chunk (the synthesis callback returns 1).
 *
 * libespeak-ng is one engine per process: at most one qk_speech exists at a
 * time. All espeak calls are made on the worker thread.
 *
 * Recording hook: with a log path, one line per utterance is written when it
 * ends (played through, or cut), for tests and for measuring:
 *   utt ID TAG said=S first=F end=E synth=N played=P lead=Z latency_ms=L cut=0|1 by=BY
 *       text=TEXT
 * S, F, E are positions in the output stream in samples (the stream is what
 * the device was given through the callback, silence included; with SDL's disk
 * audio driver they are offsets into its file after the silence SDL wrote while
 * the device was still paused, a whole number of buffers, usually none: Z, the
 * exact-zero samples the utterance begins with, lets a reader find that
 * offset, see tests/speech/speech_audio.h): S where the stream was when the text was
 * given, F where its first sample was played (-1: none), E where it ended.
 * N is the length of its full synthesis in samples (-1 when the synthesis was
 * abandoned by a cut), P how many of them were played, L the time from the
 * say to its first sample handed to the device; BY the tag of the say that cut
 * it ("-" when not cut, or untagged). TEXT is the spoken text (after
 * normalisation) on one line.
 */
#ifndef QK_SPEECH_H
#define QK_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app.h"            /* qk_say_mode */
#include "qk_speech_text.h" /* qk_speak_lang */

#define QK_SPEECH_BUFFER 512 /* samples per audio callback (23 ms at 22050 Hz) */

typedef struct qk_speech qk_speech;

typedef struct {
    const char *data_path; /* the espeak-ng-data folder's parent; NULL = espeak's own */
    int rate;              /* words per minute, 80..450; 0 = 175 */
    const char *log_path;  /* the recording hook above; NULL = none */
} qk_speech_options;

/* Starts espeak-ng on the worker thread (waiting for it: a few ms) and opens
 * an SDL audio device (initialising SDL's audio subsystem when needed). NULL
 * with a sentence in err when there is no espeak data, no voice at all, no
 * audio device, or a qk_speech already exists. opts may be NULL. */
qk_speech *qk_speech_create(const qk_speech_options *opts, char *err, size_t cap);
/* Stops what is being said, ends the worker, closes the device, writes the
 * log's last lines. NULL is a no-op. */
void qk_speech_destroy(qk_speech *sp);

/* True when `lang` has a voice (nb and nn: the "nb" voice; en: "en"). */
bool qk_speech_has_voice(const qk_speech *sp, qk_speak_lang lang);

/* Says UTF-8 `text` (borrowed for the call; NULL with QK_SAY_CUT only stops).
 * tag (borrowed, may be NULL) names the utterance in the log, e.g. the screen.
 * Never blocks on synthesis or audio. */
void qk_speech_say(qk_speech *sp, const char *text, qk_speak_lang lang, qk_say_mode mode,
                   const char *tag);
/* True while anything is queued, being synthesised or not yet played. */
bool qk_speech_busy(qk_speech *sp);
/* Samples of the current utterance played so far (0 when none). */
long qk_speech_played(qk_speech *sp);
/* Output sample rate (espeak's, 22050). */
int qk_speech_rate(const qk_speech *sp);

typedef struct {
    long said, finished, cut;     /* utterances */
    uint64_t stream;              /* samples handed to the device, silence included */
    double last_latency_ms;       /* say to first sample, of the last one to start */
} qk_speech_stats;
qk_speech_stats qk_speech_get_stats(qk_speech *sp);

#endif
