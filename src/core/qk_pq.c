/* qk_pq.c: libpq opened with dlopen on the first connection. See qk_pq.h. */
#define QK_PQ_IMPL
#include "qk_pq.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QK_PQ_DEFINE(f) __typeof__(f) *qk_pq_##f;
QK_PQ_FUNCS(QK_PQ_DEFINE)
#undef QK_PQ_DEFINE

static pthread_once_t pq_once = PTHREAD_ONCE_INIT;
static bool pq_loaded;
static char pq_err[512];

static void pq_open(void)
{
    const char *name = getenv("QK_LIBPQ");
    if (!name || !*name)
        name = "libpq.so.5";
    /* Never closed: the pointers stay valid for the life of the process. */
    void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        snprintf(pq_err, sizeof pq_err, "cannot load %s, the PostgreSQL client library (%s): "
                 "install the package libpq5", name, why ? why : "not found");
        return;
    }
    void *sym;
#define QK_PQ_RESOLVE(f)                                                                      \
    sym = dlsym(h, #f);                                                                       \
    if (!sym) {                                                                               \
        snprintf(pq_err, sizeof pq_err, "%s has no %s: install the package libpq5 "           \
                 "(PostgreSQL 10 or later)", name, #f);                                       \
        return;                                                                               \
    }                                                                                         \
    memcpy(&qk_pq_##f, &sym, sizeof sym);
    QK_PQ_FUNCS(QK_PQ_RESOLVE)
#undef QK_PQ_RESOLVE
    pq_loaded = true;
}

bool qk_pq_load(char *err, size_t cap)
{
    pthread_once(&pq_once, pq_open);
    if (!pq_loaded && err && cap)
        snprintf(err, cap, "%s", pq_err);
    return pq_loaded;
}
