/* qk_bench_load.c: times loading a question set against a bare libconfig parse.
 *
 *   qk_bench_load FILE [RUNS]          median of RUNS (default 7) of each, and the ratio
 *   qk_bench_load FILE --once floor    one bare parse (for /usr/bin/time -v)
 *   qk_bench_load FILE --once load     one qk_set_load (for /usr/bin/time -v)
 *
 * "floor" is config_read_file + config_destroy: what libconfig alone costs for
 * the file. "load" is qk_set_load + qk_set_free: reading, hashing, decoding,
 * the pre-scan, the same parse, and the validation that builds the model.
 * Both wall-clock time and CPU time (all threads: the loader hashes the file
 * in a second thread) are reported; on a busy machine the CPU times are the
 * steadier of the two. Each run is a fresh child process, as the kiosk loads
 * its sets in a fresh process, so that neither side inherits the other's heap
 * (glibc defers merging freed chunks; the next large malloc or free pays).
 */
#include <libconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "qk_loader.h"

static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int floor_once(const char *path)
{
    config_t cfg;
    config_init(&cfg);
    int ok = config_read_file(&cfg, path);
    if (!ok)
        fprintf(stderr, "%s:%d: %s\n", path, config_error_line(&cfg), config_error_text(&cfg));
    config_destroy(&cfg);
    return ok ? 0 : 1;
}

static int load_once(const char *path, size_t *questions)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = qk_set_load(path, &d);
    if (!s)
        qk_diags_print(&d, stderr);
    if (s && questions)
        *questions = qk_set_question_count(s);
    qk_set_free(s);
    qk_diags_clear(&d);
    return s ? 0 : 1;
}

/* Runs one floor (mode 0) or load (mode 1) in a child process; r gets wall
 * seconds, process CPU seconds, calling-thread CPU seconds, questions. */
static int measure(const char *path, int mode, double r[4])
{
    int fd[2];
    if (pipe(fd) != 0)
        return 1;
    pid_t pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        close(fd[0]);
        size_t questions = 0;
        double t0 = clock_s(CLOCK_MONOTONIC), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
        double h0 = clock_s(CLOCK_THREAD_CPUTIME_ID);
        int rc = mode == 0 ? floor_once(path) : load_once(path, &questions);
        double out[4] = {clock_s(CLOCK_MONOTONIC) - t0, clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0,
                         clock_s(CLOCK_THREAD_CPUTIME_ID) - h0, (double)questions};
        if (rc == 0 && write(fd[1], out, sizeof out) != (ssize_t)sizeof out)
            rc = 1;
        _exit(rc);
    }
    close(fd[1]);
    ssize_t got = read(fd[0], r, 4 * sizeof(double));
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return got == (ssize_t)(4 * sizeof(double)) && WIFEXITED(status) && WEXITSTATUS(status) == 0
               ? 0 : 1;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: qk_bench_load FILE [RUNS] | FILE --once floor|load\n");
        return 2;
    }
    const char *path = argv[1];
    if (argc > 3 && strcmp(argv[2], "--once") == 0) {
        if (strcmp(argv[3], "floor") == 0)
            return floor_once(path);
        if (strcmp(argv[3], "load") == 0)
            return load_once(path, NULL);
        fprintf(stderr, "qk_bench_load: --once wants floor or load\n");
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 7;
    if (runs < 1 || runs > 1000) {
        fprintf(stderr, "qk_bench_load: RUNS must be 1-1000\n");
        return 2;
    }
    double *tf = malloc(sizeof(double) * (size_t)runs * 5);
    if (!tf)
        return 1;
    double *tl = tf + runs, *cf = tf + 2 * runs, *cl = tf + 3 * runs, *ml_thr = tf + 4 * runs;
    size_t questions = 0;
    /* Interleave the two so that drift in the machine affects both alike. */
    for (int i = 0; i < runs; i++) {
        for (int mode = 0; mode < 2; mode++) {
            double r[4] = {0};
            if (measure(path, mode, r) != 0)
                return 1;
            if (mode == 0) {
                tf[i] = r[0];
                cf[i] = r[1];
            } else {
                tl[i] = r[0];
                cl[i] = r[1];
                ml_thr[i] = r[2];
                questions = (size_t)r[3];
            }
        }
    }
    double mf = median(tf, runs), ml = median(tl, runs);
    double mcf = median(cf, runs), mcl = median(cl, runs), mth = median(ml_thr, runs);
    printf("file: %s (%zu questions)\n", path, questions);
    printf("runs: %d\n", runs);
    printf("floor (bare libconfig parse): median %.1f ms wall (min %.1f, max %.1f), %.1f ms CPU\n",
           mf * 1e3, tf[0] * 1e3, tf[runs - 1] * 1e3, mcf * 1e3);
    printf("qk_set_load (load+validate):  median %.1f ms wall (min %.1f, max %.1f), %.1f ms CPU\n",
           ml * 1e3, tl[0] * 1e3, tl[runs - 1] * 1e3, mcl * 1e3);
    printf("  of which the calling thread: %.1f ms CPU (the rest hashes in a second thread)\n",
           mth * 1e3);
    printf("ratio load/floor: %.3f wall (medians), %.3f wall (minimums), %.3f CPU, "
           "%.3f calling-thread CPU\n", ml / mf, tl[0] / tf[0], mcl / mcf, mth / mcf);
    free(tf);
    return 0;
}
