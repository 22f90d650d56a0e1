/* front.c: quizkiosk, the small program in front of the station.
 *
 * What it is: the `quizkiosk` that people and the systemd unit run. It does one
 * command itself, `quizkiosk [--lang nb|nn|en]... --check FILE...` (the trainer's
 * validator, src/core/qk_cmd_check.c, the same code the station has, so its
 * output, messages and exit status are the station's byte for byte), and hands
 * every other command line unchanged to quizkiosk-station (src/main.c: the
 * kiosk and every other tool) with execv.
 *
 * Why: --check may cost at most 1.2x the whole-process CPU of a bare libconfig
 * config_read_file of the same file. As one program, a --check of a trivial
 * file took 15.4 ms task-clock against 2.3 ms, nearly all of it the dynamic
 * loader: that program maps 81 shared libraries (SDL2 alone pulls in 50,
 * espeak-ng 34, SDL2_image 61, many of them shared), and --check uses one of
 * them, libconfig (libcrypto, for a set's hash, which --check never makes, is
 * opened on the first hash: qk_sha256.h). This program links only the core,
 * with -Wl,--as-needed, so it needs libconfig and libc and nothing of SDL
 * (tests/test_front.sh checks readelf -d, and that both programs give the
 * same --check output).
 *
 * Why exec and not a child: exec keeps the process: its PID (the unit runs
 * /usr/bin/quizkiosk as Type=notify with a watchdog, and scripts signal the PID
 * they started), argv (argv[0] unchanged, so the station's messages still say
 * "quizkiosk:"), environment, open files and signal settings. The price is
 * a second start on every command but --check: the front's own (ld.so mapping
 * its libraries) and the exec, about 2 ms of CPU here while it still linked
 * libcrypto (this front exec'ing /bin/true 2.9 ms against /bin/true alone
 * 0.8 ms, task-clock, medians of 31; libcrypto was ~1.15 ms of it), beside
 * the station's own 13-15 ms.
 *
 * How it finds quizkiosk-station, the first of these that execs:
 *   1. dirname(/proc/self/exe)/quizkiosk-station             the build tree
 *   2. dirname(exe)/../LIBEXECDIR/quizkiosk/quizkiosk-station  installed under
 *      any prefix (relocatable; LIBEXECDIR is CMake's, relative: "libexec")
 *   3. the full path compiled in, CMAKE_INSTALL_FULL_LIBEXECDIR/quizkiosk/...
 * When none does: a message in the user's language that names each place
 * looked in and why it failed, and says what to do; exit 2.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "qk_cli.h"
#include "qk_i18n.h"

#ifndef QK_STATION_INSTALLED /* the full path, from CMakeLists.txt */
#error "QK_STATION_INSTALLED is not defined"
#endif
#ifndef QK_LIBEXECDIR_REL /* libexec, relative to the prefix; "" when it is absolute */
#error "QK_LIBEXECDIR_REL is not defined"
#endif

#define QK_STATION_NAME "quizkiosk-station"

static int is_lang(const char *s)
{
    return !strcmp(s, "nb") || !strcmp(s, "nn") || !strcmp(s, "en");
}

/* The places tried, each with the errno of its failure, for the message. */
typedef struct {
    char path[3][PATH_MAX];
    int err[3];
    int n;
} tried;

/* Execs `path` with argv; returns only when that failed (noted in t). */
static void try_exec(tried *t, char **argv, const char *path, int too_long)
{
    for (int k = 0; k < t->n; k++)
        if (!strcmp(t->path[k], path))
            return; /* the same place twice: once is enough */
    if (t->n >= 3)
        return;
    snprintf(t->path[t->n], sizeof t->path[t->n], "%s", path);
    if (too_long) {
        t->err[t->n++] = ENAMETOOLONG;
        return;
    }
    execv(path, argv);
    t->err[t->n++] = errno;
}

static int run_station(int argc, char **argv)
{
    tried t = {.n = 0};
    char dir[PATH_MAX], path[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", dir, sizeof dir - 1);
    if (len > 0) {
        dir[len] = '\0';
        char *slash = strrchr(dir, '/');
        if (slash) {
            *slash = '\0'; /* the program's folder ("" for "/") */
            int w = snprintf(path, sizeof path, "%s/" QK_STATION_NAME, dir);
            try_exec(&t, argv, path, w < 0 || (size_t)w >= sizeof path);
            /* /proc/self/exe has no symbolic links or "..": cutting its last
             * part gives the real parent folder, the prefix. */
            char *up = strrchr(dir, '/');
            if (up && QK_LIBEXECDIR_REL[0]) {
                *up = '\0';
                w = snprintf(path, sizeof path, "%s/%s/quizkiosk/" QK_STATION_NAME, dir,
                             QK_LIBEXECDIR_REL);
                try_exec(&t, argv, path, w < 0 || (size_t)w >= sizeof path);
            }
        }
    } else {
        /* no /proc: say so among the places, then the compiled-in path */
        snprintf(t.path[0], sizeof t.path[0], "/proc/self/exe");
        t.err[0] = len < 0 ? errno : ENOENT;
        t.n = 1;
    }
    try_exec(&t, argv, QK_STATION_INSTALLED, 0);

    /* Nothing ran: the message in the language the station would have used
     * (main.c: the environment, then --lang before --check). */
    qk_i18n_set_from_env();
    for (int i = 1; i + 1 < argc && strcmp(argv[i], "--check") != 0; i++)
        if (!strcmp(argv[i], "--lang") && is_lang(argv[i + 1]))
            qk_i18n_set(argv[i + 1]);
    char places[3 * (PATH_MAX + 80)];
    size_t used = 0;
    places[0] = '\0';
    for (int k = 0; k < t.n && used < sizeof places; k++) {
        int w = snprintf(places + used, sizeof places - used, "  %s (%s)\n", t.path[k],
                         strerror(t.err[k]));
        if (w > 0)
            used += (size_t)w;
    }
    fprintf(stderr, qk_tr(QK_D_U_NO_STATION), places);
    return 2;
}

int main(int argc, char **argv)
{
    /* Only `[--lang X]... --check FILE...` is done here; with anything else
     * before --check (another option, a bad --lang) or no file after it, the
     * station parses the whole line and gives its usual answer. */
    const char *lang = NULL;
    int i = 1;
    while (i + 1 < argc && !strcmp(argv[i], "--lang") && is_lang(argv[i + 1])) {
        lang = argv[i + 1];
        i += 2;
    }
    if (i + 1 < argc && !strcmp(argv[i], "--check")) {
        qk_i18n_set_from_env();
        if (lang)
            qk_i18n_set(lang);
        return qk_cmd_check(argc - i - 1, argv + i + 1);
    }
    return run_station(argc, argv);
}
