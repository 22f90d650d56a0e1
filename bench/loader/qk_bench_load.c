/* qk_bench_load.c: times loading a question set against a bare libconfig parse.
 *
 *   qk_bench_load FILE [RUNS]          median of RUNS (default 7) of each, and the ratio
 *   qk_bench_load FILE --once floor    one bare parse (for /usr/bin/time -v)
 *   qk_bench_load FILE --once load     one qk_set_load (for /usr/bin/time -v)
 *
 * "floor" is config_read_file + config_destroy: what libconfig alone costs for
 * the file. "load" is qk_set_load + qk_set_free: reading, hashing, decoding,
 * the pre-scan, the same parse, and the validation that builds the model.
 */
#include <libconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "qk_loader.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
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
    double *tf = malloc(sizeof(double) * (size_t)runs);
    double *tl = malloc(sizeof(double) * (size_t)runs);
    if (!tf || !tl)
        return 1;
    size_t questions = 0;
    /* Interleave the two so that drift in the machine affects both alike. */
    for (int i = 0; i < runs; i++) {
        double t0 = now();
        if (floor_once(path))
            return 1;
        double t1 = now();
        if (load_once(path, &questions))
            return 1;
        double t2 = now();
        tf[i] = t1 - t0;
        tl[i] = t2 - t1;
    }
    double mf = median(tf, runs), ml = median(tl, runs);
    printf("file: %s (%zu questions)\n", path, questions);
    printf("runs: %d\n", runs);
    printf("floor (bare libconfig parse): median %.1f ms (min %.1f, max %.1f)\n", mf * 1e3,
           tf[0] * 1e3, tf[runs - 1] * 1e3);
    printf("qk_set_load (load+validate):  median %.1f ms (min %.1f, max %.1f)\n", ml * 1e3,
           tl[0] * 1e3, tl[runs - 1] * 1e3);
    printf("ratio load/floor: %.3f\n", ml / mf);
    free(tf);
    free(tl);
    return 0;
}
