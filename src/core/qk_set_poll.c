/* qk_set_poll.c: the thread that fetches published sets (see qk_set_poll.h).
 *
 * State shared between the thread and the kiosk (installed flag, the set to
 * make active, the number of looks, the stop flag) is guarded by one mutex; the
 * thread holds it only to read or write those, never across network or disk.
 * The connection is kept between looks and made again when it broke.
 */
#include "qk_set_poll.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "qk_pg.h"
#include "qk_set_fetch.h"

struct qk_set_poll {
    char *server, *password_file, *station_id, *quizzes_dir;
    int interval_s, first_delay_ms;
    qk_set_poll_log_fn log;
    void *log_ctx;

    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;     /* signalled on stop */
    bool stop;
    bool installed;        /* since the last take */
    char activate[128];    /* since the last take */
    unsigned long looks;
};

static void say(qk_set_poll *p, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void say(qk_set_poll *p, int level, const char *fmt, ...)
{
    if (!p->log)
        return;
    char msg[1200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    p->log(p->log_ctx, level, msg);
}

/* Waits ms milliseconds or until stop; returns true when told to stop. */
static bool wait_ms(qk_set_poll *p, long ms)
{
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += ms / 1000;
    until.tv_nsec += (ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&p->mu);
    while (!p->stop && pthread_cond_timedwait(&p->cv, &p->mu, &until) != ETIMEDOUT) {}
    bool stop = p->stop;
    pthread_mutex_unlock(&p->mu);
    return stop;
}

static void *run(void *arg)
{
    qk_set_poll *p = arg;
    PGconn *c = NULL;
    bool had_trouble = false;
    long delay = p->first_delay_ms;
    while (!wait_ms(p, delay)) {
        delay = (long)p->interval_s * 1000L;
        char err[1200] = "";
        if (c && PQstatus(c) != CONNECTION_OK) {
            PQfinish(c);
            c = NULL;
        }
        if (!c) {
            c = qk_pg_connect(p->server, p->password_file, err, sizeof err);
            if (c && qk_pg_migrate(c, err, sizeof err) < 0) {
                PQfinish(c);
                c = NULL;
            }
        }
        qk_fetch_report rep = {0};
        int rc = c ? qk_set_fetch(c, p->station_id, p->quizzes_dir, &rep, err, sizeof err) : -1;
        for (size_t i = 0; i < rep.n; i++) {
            const qk_fetch_item *it = &rep.items[i];
            if (it->result == QK_INSTALL_OK)
                say(p, 6, "question set '%s' (%s) came from the server (publishing %lld)%s",
                    it->set_id, it->file_name, it->publish_id,
                    it->active ? "; it becomes active between sessions" : "");
            else
                say(p, it->result == QK_INSTALL_IO ? 3 : 4,
                    "question set '%s' (%s, publishing %lld) from the server was %s: %s",
                    it->set_id, it->file_name, it->publish_id,
                    it->result == QK_INSTALL_IO ? "not written (tried again later)"
                                                : "rejected; the station keeps its sets",
                    it->message);
        }
        if (rc != 0 && !had_trouble)
            say(p, 4, "cannot look for published question sets: %s (trying again every %d s)",
                err, p->interval_s);
        else if (rc == 0 && had_trouble)
            say(p, 6, "looking for published question sets on the server again");
        had_trouble = rc != 0;
        if (rc != 0 && c) {
            PQfinish(c);
            c = NULL;
        }
        pthread_mutex_lock(&p->mu);
        if (rep.installed)
            p->installed = true;
        if (rep.activate[0])
            snprintf(p->activate, sizeof p->activate, "%s", rep.activate);
        p->looks++;
        pthread_mutex_unlock(&p->mu);
        qk_fetch_report_clear(&rep);
    }
    if (c)
        PQfinish(c);
    return NULL;
}

static void free_poll(qk_set_poll *p)
{
    free(p->server);
    free(p->password_file);
    free(p->station_id);
    free(p->quizzes_dir);
    free(p);
}

qk_set_poll *qk_set_poll_create(const qk_set_poll_options *o, char *err, size_t cap)
{
    qk_set_poll *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, cap, "out of memory");
        return NULL;
    }
    p->server = strdup(o->server ? o->server : "");
    p->password_file = o->password_file ? strdup(o->password_file) : NULL;
    p->station_id = strdup(o->station_id ? o->station_id : "");
    p->quizzes_dir = strdup(o->quizzes_dir ? o->quizzes_dir : "");
    p->interval_s = o->interval_s > 0 ? o->interval_s : 300;
    p->first_delay_ms = o->first_delay_ms > 0 ? o->first_delay_ms : 500;
    p->log = o->log;
    p->log_ctx = o->log_ctx;
    if (!p->server || !p->station_id || !p->quizzes_dir ||
        (o->password_file && !p->password_file)) {
        snprintf(err, cap, "out of memory");
        free_poll(p);
        return NULL;
    }
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, &ca);
    pthread_condattr_destroy(&ca);
    int rc = pthread_create(&p->thread, NULL, run, p);
    if (rc != 0) {
        snprintf(err, cap, "the thread that looks for published sets could not start (%s)",
                 strerror(rc));
        pthread_cond_destroy(&p->cv);
        pthread_mutex_destroy(&p->mu);
        free_poll(p);
        return NULL;
    }
    return p;
}

bool qk_set_poll_take(qk_set_poll *p, char *activate, size_t cap)
{
    if (activate && cap)
        activate[0] = '\0';
    if (!p)
        return false;
    pthread_mutex_lock(&p->mu);
    bool installed = p->installed;
    if (activate && cap)
        snprintf(activate, cap, "%s", p->activate);
    p->installed = false;
    p->activate[0] = '\0';
    pthread_mutex_unlock(&p->mu);
    return installed;
}

unsigned long qk_set_poll_looks(const qk_set_poll *p)
{
    if (!p)
        return 0;
    pthread_mutex_lock((pthread_mutex_t *)&p->mu);
    unsigned long n = p->looks;
    pthread_mutex_unlock((pthread_mutex_t *)&p->mu);
    return n;
}

void qk_set_poll_destroy(qk_set_poll *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
    pthread_join(p->thread, NULL);
    pthread_cond_destroy(&p->cv);
    pthread_mutex_destroy(&p->mu);
    free_poll(p);
}
