/* notify.h: what the kiosk tells systemd and the journal.
 *
 * Under a Type=notify unit (NOTIFY_SOCKET set) the kiosk sends READY=1 once
 * its first frame is on screen, STATUS= lines, and WATCHDOG=1 from the main
 * loop at half of WatchdogSec (sd_watchdog_enabled). The main loop sleeps in
 * SDL_WaitEventTimeout when idle, so a qk_notify with a watchdog starts an SDL
 * timer that pushes a wake-up event (qk_notify_is_wakeup) at that rate (a
 * loop turn pings when a quarter of the interval has passed, so every wake
 * pings although timers come a little early or late); the
 * ping itself is sent from the loop (qk_notify_tick), so a hung loop is not
 * pinged for by the timer thread and systemd restarts it.
 *
 * The log (qk_log, qk_log_diags) goes to standard error, one line each. When
 * standard error is the journal (JOURNAL_STREAM names it), each line starts
 * with its sd-daemon priority prefix (<3> error, <4> warning, <6> info), which
 * journald turns into the entry's priority.
 *
 * Without systemd all of this is silent but the log. Not thread-safe: call
 * from the main loop only.
 */
#ifndef QK_NOTIFY_H
#define QK_NOTIFY_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "qk_diag.h"

typedef struct qk_notify qk_notify; /* opaque */

/* Reads the environment systemd gives (NOTIFY_SOCKET, WATCHDOG_USEC). Call
 * after SDL_Init (the timer needs it). NULL only on out of memory, which the
 * caller may ignore: every function takes NULL as "not under systemd". */
qk_notify *qk_notify_create(void);
void qk_notify_destroy(qk_notify *n); /* removes the timer; NULL is a no-op */

/* READY=1 with a STATUS= line; only the first call sends. */
void qk_notify_ready(qk_notify *n, const char *status);
/* STATUS=text (shown by systemctl status). */
void qk_notify_status(qk_notify *n, const char *status);
/* Sends WATCHDOG=1 when half the watchdog interval has passed since the last
 * one. Cheap: call once per loop turn. */
void qk_notify_tick(qk_notify *n);
/* True for the timer's wake-up event: the loop drops it (it is not input). */
bool qk_notify_is_wakeup(const qk_notify *n, const SDL_Event *ev);
/* The watchdog interval in microseconds, 0 when there is none. */
uint64_t qk_notify_watchdog_usec(const qk_notify *n);

typedef enum { QK_LOG_ERROR = 3, QK_LOG_WARNING = 4, QK_LOG_INFO = 6 } qk_log_level;
/* One line "quizkiosk: [error: |warning: ]MESSAGE" on stderr, with the
 * journal's priority prefix when stderr is the journal. */
void qk_log(qk_log_level level, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Every diagnostic as "FILE:LINE: error: MESSAGE", prefixed the same way. */
void qk_log_diags(const qk_diags *d);
/* Routes SDL's own log (SDL_Log, SDL_LogWarn, SDL_LogError, from the gfx layer
 * and from SDL) through qk_log, so those lines get their journal priority too:
 * SDL's critical and error are errors, warn is a warning, the rest info. Call
 * once, before anything logs; it may come before SDL_Init. */
void qk_log_route_sdl(void);

#endif
