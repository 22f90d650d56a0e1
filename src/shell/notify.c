/* notify.c: sd_notify for Type=notify units and the log's journal priorities
 * (see notify.h).
 *
 * How it works: libsystemd's sd_notify does the sending (it is a no-op when
 * NOTIFY_SOCKET is unset) and sd_watchdog_enabled reads WATCHDOG_USEC (and
 * WATCHDOG_PID). The watchdog's wake-up is an SDL timer whose callback, on
 * SDL's timer thread, only pushes one user event; sending stays on the main
 * loop. Whether stderr is the journal is decided once, by comparing
 * JOURNAL_STREAM ("DEVICE:INODE") with fstat(2).
 */
#include "notify.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <systemd/sd-daemon.h>

struct qk_notify {
    bool under_systemd;     /* NOTIFY_SOCKET was set */
    bool ready_sent;
    uint64_t watchdog_usec; /* 0 = no watchdog */
    double last_ping;       /* monotonic seconds of the last WATCHDOG=1 */
    SDL_TimerID timer;
    Uint32 wake_event;      /* SDL_RegisterEvents' type, or 0 */
};

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* On SDL's timer thread: only queue a wake-up (at most one waiting). */
static Uint32 wake_cb(Uint32 interval, void *ud)
{
    qk_notify *n = ud;
    if (!SDL_HasEvent(n->wake_event)) {
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = n->wake_event;
        SDL_PushEvent(&ev);
    }
    return interval;
}

qk_notify *qk_notify_create(void)
{
    qk_notify *n = calloc(1, sizeof *n);
    if (!n)
        return NULL;
    const char *sock = getenv("NOTIFY_SOCKET");
    n->under_systemd = sock && *sock;
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0)
        n->watchdog_usec = usec;
    n->last_ping = mono_now();
    if (n->watchdog_usec) {
        Uint32 ms = (Uint32)(n->watchdog_usec / 2000u);
        if (ms < 10)
            ms = 10;
        n->wake_event = SDL_RegisterEvents(1);
        if (n->wake_event != (Uint32)-1) {
            n->timer = SDL_AddTimer(ms, wake_cb, n);
            if (!n->timer)
                qk_log(QK_LOG_WARNING, "the watchdog's timer could not start (%s); the "
                       "watchdog is fed only when the screen changes", SDL_GetError());
        } else {
            n->wake_event = 0;
        }
    }
    return n;
}

void qk_notify_destroy(qk_notify *n)
{
    if (!n)
        return;
    if (n->timer)
        SDL_RemoveTimer(n->timer);
    if (n->under_systemd)
        sd_notify(0, "STOPPING=1");
    free(n);
}

void qk_notify_ready(qk_notify *n, const char *status)
{
    if (!n || n->ready_sent)
        return;
    n->ready_sent = true;
    if (n->under_systemd)
        sd_notifyf(0, "READY=1\nSTATUS=%s", status ? status : "running");
}

void qk_notify_status(qk_notify *n, const char *status)
{
    if (n && n->under_systemd && status)
        sd_notifyf(0, "STATUS=%s", status);
}

void qk_notify_tick(qk_notify *n)
{
    if (!n || !n->watchdog_usec)
        return;
    double now = mono_now();
    /* The timer wakes the loop every half interval; a quarter as the bar here
     * makes sure each of those wakes pings, even when it comes a little early. */
    if ((now - n->last_ping) * 1e6 >= (double)n->watchdog_usec / 4.0) {
        sd_notify(0, "WATCHDOG=1");
        n->last_ping = now;
    }
}

bool qk_notify_is_wakeup(const qk_notify *n, const SDL_Event *ev)
{
    return n && n->wake_event && ev->type == n->wake_event;
}

uint64_t qk_notify_watchdog_usec(const qk_notify *n)
{
    return n ? n->watchdog_usec : 0;
}

/* True when stderr is the journal's stream (JOURNAL_STREAM=DEVICE:INODE). */
static bool stderr_is_journal(void)
{
    static int known = -1;
    if (known < 0) {
        known = 0;
        const char *js = getenv("JOURNAL_STREAM");
        unsigned long long dev, ino;
        struct stat sb;
        if (js && sscanf(js, "%llu:%llu", &dev, &ino) == 2 && fstat(2, &sb) == 0)
            known = (unsigned long long)sb.st_dev == dev && (unsigned long long)sb.st_ino == ino;
    }
    return known == 1;
}

static const char *prefix(qk_log_level level)
{
    if (!stderr_is_journal())
        return "";
    return level == QK_LOG_ERROR ? SD_ERR : level == QK_LOG_WARNING ? SD_WARNING : SD_INFO;
}

void qk_log(qk_log_level level, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "%squizkiosk: %s%s\n", prefix(level),
            level == QK_LOG_ERROR ? "error: " : level == QK_LOG_WARNING ? "warning: " : "", msg);
}

/* SDL's log output function: its priority mapped to ours; a leading
 * "quizkiosk: " (which the gfx layer's messages carry) is not said twice. */
static void sdl_log_out(void *ud, int category, SDL_LogPriority priority, const char *message)
{
    (void)ud;
    (void)category;
    qk_log_level level = priority >= SDL_LOG_PRIORITY_ERROR  ? QK_LOG_ERROR
                         : priority == SDL_LOG_PRIORITY_WARN ? QK_LOG_WARNING
                                                             : QK_LOG_INFO;
    const char *own = "quizkiosk: ";
    if (strncmp(message, own, strlen(own)) == 0)
        message += strlen(own);
    qk_log(level, "%s", message);
}

void qk_log_route_sdl(void)
{
    SDL_LogSetOutputFunction(sdl_log_out, NULL);
}

void qk_log_diags(const qk_diags *d)
{
    for (size_t i = 0; i < d->count; i++) {
        const qk_diag *g = &d->items[i];
        bool err = g->severity == QK_DIAG_ERROR;
        fprintf(stderr, "%s%s:%d: %s: %s\n", prefix(err ? QK_LOG_ERROR : QK_LOG_WARNING),
                g->file, g->line, err ? "error" : "warning", g->message);
    }
}
