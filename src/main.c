/* main.c: quizkiosk's command line, the program quizkiosk-station.
 *
 * It parses the options into a qk_cli and hands over to one command (see
 * qk_cli.h); it does no work of its own beyond finding the shipped quizzes and
 * assets folders (installed share/quizkiosk, else the source tree).
 *
 * People run it as `quizkiosk`: that is src/front.c, which does --check itself
 * and execs this program, installed in libexec/quizkiosk/, for everything
 * else with the same argv (so argv[0] and every message still say quizkiosk).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_cli.h"
#include "qk_i18n.h"

static const char usage_text[] =
    "Usage: quizkiosk [OPTION]...\n"
    "A fullscreen quiz station for onboarding new leaders.\n"
    "\n"
    "Running the station:\n"
    "  --config FILE          station settings (default: $XDG_CONFIG_HOME/quizkiosk/station.cfg,\n"
    "                         then /etc/quizkiosk/station.cfg, then built-in defaults)\n"
    "  --windowed             run in a window instead of fullscreen\n"
    "  --size WxH             window size, e.g. 1280x720\n"
    "  --autoplay N           play N sessions by itself through the real screens, then exit\n"
    "  --seed S               seed for shuffling and autoplay (default 1)\n"
    "  --screenshots DIR      with --autoplay: save a PNG of each distinct screen\n"
    "\n"
    "Trainer tools:\n"
    "  --check FILE...        validate question sets; prints FILE:LINE: error: ...\n"
    "  --check-config FILE    validate a station settings file\n"
    "  --hash-pin             read a trainer PIN on standard input, print its hash\n"
    "  --export-results FILE  write every stored answer to FILE: FILE.xlsx an Excel\n"
    "                         workbook, any other name CSV\n"
    "  --separator ';'        with --export-results CSV: ';' as Norwegian Excel wants\n"
    "  --no-autoplay          with --export-results: leave autoplay sessions out\n"
    "  --report FILE.html     write a printable course report with charts\n"
    "  --set ID               with --report: only the sessions of that question set\n"
    "  --since YYYY-MM-DD     with --export-results, --report, --stats: only sessions\n"
    "                         from that day on\n"
    "  --stats                print today's sessions and the most-missed questions\n"
    "  --import FILE... -o OUT.cfg\n"
    "                         turn Moodle GIFT or Aiken files into a question set\n"
    "  --from gift|aiken      with --import: the files' format (default: from the content)\n"
    "  --id ID, --title TEXT, --language TAG\n"
    "                         with --import: the new set's id, title and language (nb)\n"
    "  --export-gift SET.cfg -o OUT.gift\n"
    "                         write a question set as GIFT for Moodle\n"
    "  --server URL --migrate bring the central PostgreSQL's schema (a libpq URI) to\n"
    "                         this version (see docs/fleet.md)\n"
    "  --publish SET.cfg --server URL [--stations ID,...] [--active]\n"
    "                         check a set and store it with its pictures on the server\n"
    "                         for every station (or those listed); --active: to become\n"
    "                         their active set, between sessions\n"
    "  --fetch-sets [--server URL]\n"
    "                         fetch the sets published to this station now, check each\n"
    "                         and install the good ones (the kiosk also does it itself)\n"
    "  --server URL [--station ID]\n"
    "                         with --stats, --export-results, --report: every station's\n"
    "                         results on the central server (or one station's)\n"
    "  --sync                 send the station's results not yet on its results_server\n"
    "                         now; exit 0 when all are sent, 1 when it cannot be reached\n"
    "  --preview SET.cfg [--question ID]\n"
    "                         show a set's questions in a window, in file order,\n"
    "                         following the file as you edit it (stores nothing)\n"
    "\n"
    "  --lang nb|nn|en        the language of the tools' messages (before --check;\n"
    "                         default: LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else nb)\n"
    "\n"
    "  --help                 show this help\n"
    "  --version              show the version\n"
    "\n"
    "Exit status: 0 on success, 1 when the input has problems, 2 on wrong usage.\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "quizkiosk: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    fputs(qk_tr(QK_D_U_TRY_HELP), stderr);
    return 2;
}

static int usage_error2(const char *fmt, const char *a, const char *b)
{
    fprintf(stderr, "quizkiosk: ");
    fprintf(stderr, fmt, a, b);
    fputc('\n', stderr);
    fputs(qk_tr(QK_D_U_TRY_HELP), stderr);
    return 2;
}

static int is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* The folder that holds the shipped `what` (quizzes or assets): beside an
 * installed program, PREFIX/share/quizkiosk/what, where PREFIX is the folder
 * above this program's (bin/) or the one above that (libexec/quizkiosk/, where
 * it is installed behind src/front.c); else the source tree (a build tree has
 * neither). /proc/self/exe has no symbolic links or "..": cutting its last
 * parts gives the real folders above, and paths without "/../" in messages. */
static const char *shipped_dir(const char *what, char *buf, size_t cap)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        for (int up = 0; up < 3; up++) { /* cut the file, then one or two folders */
            char *slash = strrchr(exe, '/');
            if (!slash)
                break;
            *slash = '\0';
            if (up == 0)
                continue;
            int w = snprintf(buf, cap, "%.*s/share/quizkiosk/%s", (int)(cap / 2), exe, what);
            if (w > 0 && (size_t)w < cap && is_dir(buf))
                return buf;
        }
    }
    snprintf(buf, cap, "%s/%s", QK_SOURCE_DIR, what);
    return buf;
}

static int parse_long(const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return 0;
    *out = v;
    return 1;
}

int main(int argc, char **argv)
{
    /* The process's name (ps, top, the journal's _COMM, `pkill -HUP -x
     * quizkiosk` in docs/station.md): the kernel named it after this file at
     * the front's exec, "quizkiosk-stati" (15 bytes); it is quizkiosk, as it was
     * before the front. Threads started later inherit it. */
    prctl(PR_SET_NAME, "quizkiosk", 0, 0, 0);
    static char quizzes_buf[PATH_MAX], assets_buf[PATH_MAX];
    qk_cli cli = {0};
    cli.seed = 1;
    cli.shipped_quizzes = shipped_dir("quizzes", quizzes_buf, sizeof quizzes_buf);
    cli.assets_dir = shipped_dir("assets", assets_buf, sizeof assets_buf);

    enum { RUN, CHECK, CHECK_CONFIG, HASH_PIN, EXPORT, STATS, IMPORT, EXPORT_GIFT,
           PREVIEW, REPORT, MIGRATE, SYNC, PUBLISH, FETCH_SETS } cmd = RUN;
    const char *cmd_name = NULL; /* the command's option as typed; NULL = run the kiosk */
    const char *cmd_arg = NULL;
    /* Options that belong to some commands only: each one used, with the
     * commands (bits of 1 << cmd) it goes with, checked once the command is known. */
    struct { const char *name; unsigned modes; } used[32];
    size_t n_used = 0;
#define QK_MODE(c) (1u << (c))
#define QK_USES(opt, modes_) do { if (n_used < sizeof used / sizeof used[0]) { \
        used[n_used].name = (opt); used[n_used].modes = (modes_); n_used++; } } while (0)
#define QK_COMMAND(c) do { \
        if (cmd_name) { \
            return usage_error2(qk_tr(QK_D_U_TWO_COMMANDS), \
                                cmd_name, a); \
        } \
        cmd = (c); \
        cmd_name = a; \
    } while (0)
    int check_first = 0;
    int import_first = 0, import_n = 0;

    qk_i18n_set_from_env(); /* the tools' messages; the kiosk takes the station's */
    /* --lang first, so that a usage error before it is in its language too
     * (up to --check: what follows it are files) */
    for (int i = 1; i + 1 < argc && strcmp(argv[i], "--check") != 0; i++)
        if (!strcmp(argv[i], "--lang") &&
            (!strcmp(argv[i + 1], "nb") || !strcmp(argv[i + 1], "nn") || !strcmp(argv[i + 1], "en")))
            qk_i18n_set(argv[i + 1]);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--lang")) {
            if (!next || !(!strcmp(next, "nb") || !strcmp(next, "nn") || !strcmp(next, "en")))
                return usage_error(qk_tr(QK_D_U_LANG), a);
            qk_i18n_set(argv[++i]);
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage_text, stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("quizkiosk %s\n", QK_VERSION);
            return 0;
        } else if (!strcmp(a, "--check")) {
            QK_COMMAND(CHECK);
            check_first = i + 1;
            break; /* every remaining argument is a file */
        } else if (!strcmp(a, "--check-config")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_FILE), a);
            QK_COMMAND(CHECK_CONFIG);
            cmd_arg = argv[++i];
        } else if (!strcmp(a, "--hash-pin")) {
            QK_COMMAND(HASH_PIN);
        } else if (!strcmp(a, "--export-results")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_FILE_CSV), a);
            QK_COMMAND(EXPORT);
            cmd_arg = argv[++i];
        } else if (!strcmp(a, "--report")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_FILE_HTML), a);
            QK_COMMAND(REPORT);
            cmd_arg = argv[++i];
        } else if (!strcmp(a, "--set")) {
            if (!next || !*next)
                return usage_error(qk_tr(QK_D_U_SET_ID), a);
            QK_USES(a, QK_MODE(REPORT));
            cli.report_set = argv[++i];
        } else if (!strcmp(a, "--separator")) {
            if (!next || (strcmp(next, ";") && strcmp(next, ",")))
                return usage_error(qk_tr(QK_D_U_SEPARATOR), next ? next : "");
            QK_USES(a, QK_MODE(EXPORT));
            cli.separator = argv[++i][0];
        } else if (!strcmp(a, "--no-autoplay")) {
            QK_USES(a, QK_MODE(EXPORT));
            cli.no_autoplay = true;
        } else if (!strcmp(a, "--since")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_DATE), a);
            QK_USES(a, QK_MODE(EXPORT) | QK_MODE(STATS) | QK_MODE(REPORT));
            cli.since = argv[++i];
        } else if (!strcmp(a, "--import")) {
            QK_COMMAND(IMPORT);
            import_first = i + 1;
            while (i + 1 < argc && argv[i + 1][0] != '-')
                i++, import_n++;
        } else if (!strcmp(a, "--export-gift")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_SET_CFG), a);
            QK_COMMAND(EXPORT_GIFT);
            cmd_arg = argv[++i];
        } else if (!strcmp(a, "--preview")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_SET_CFG), a);
            QK_COMMAND(PREVIEW);
            cmd_arg = argv[++i];
        } else if (!strcmp(a, "--question")) {
            if (!next || !*next)
                return usage_error(qk_tr(QK_D_U_QUESTION_ID), a);
            QK_USES(a, QK_MODE(PREVIEW));
            cli.question = argv[++i];
        } else if (!strcmp(a, "-o")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_FILE), a);
            QK_USES(a, QK_MODE(IMPORT) | QK_MODE(EXPORT_GIFT));
            cli.out = argv[++i];
        } else if (!strcmp(a, "--from")) {
            if (!next || (strcmp(next, "gift") && strcmp(next, "aiken")))
                return usage_error(qk_tr(QK_D_U_FROM), next ? next : "");
            QK_USES(a, QK_MODE(IMPORT));
            cli.from = argv[++i];
        } else if (!strcmp(a, "--id") || !strcmp(a, "--title") || !strcmp(a, "--language")) {
            if (!next || !*next)
                return usage_error(qk_tr(QK_D_U_VALUE), a);
            const char **dst = a[2] == 'i' ? &cli.set_id : a[2] == 't' ? &cli.set_title
                                                                        : &cli.set_language;
            QK_USES(a, QK_MODE(IMPORT));
            *dst = argv[++i];
        } else if (!strcmp(a, "--stats")) {
            QK_COMMAND(STATS);
        } else if (!strcmp(a, "--migrate")) {
            QK_COMMAND(MIGRATE);
        } else if (!strcmp(a, "--sync")) {
            QK_COMMAND(SYNC);
        } else if (!strcmp(a, "--server")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_URL), a);
            QK_USES(a, QK_MODE(MIGRATE) | QK_MODE(EXPORT) | QK_MODE(STATS) | QK_MODE(REPORT) |
                           QK_MODE(PUBLISH) | QK_MODE(FETCH_SETS));
            cli.server = argv[++i];
        } else if (!strcmp(a, "--publish")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_SET_CFG), a);
            QK_COMMAND(PUBLISH);
            cmd_arg = argv[++i];
        } else if (!strcmp(a, "--stations")) {
            if (!next || !*next)
                return usage_error(qk_tr(QK_D_U_STATIONS), a);
            QK_USES(a, QK_MODE(PUBLISH));
            cli.stations = argv[++i];
        } else if (!strcmp(a, "--active")) {
            QK_USES(a, QK_MODE(PUBLISH));
            cli.publish_active = true;
        } else if (!strcmp(a, "--fetch-sets")) {
            QK_COMMAND(FETCH_SETS);
        } else if (!strcmp(a, "--station")) {
            if (!next || !*next)
                return usage_error(qk_tr(QK_D_U_STATION), a);
            QK_USES(a, QK_MODE(EXPORT) | QK_MODE(STATS) | QK_MODE(REPORT));
            cli.station = argv[++i];
        } else if (!strcmp(a, "--config")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_FILE), a);
            QK_USES(a, QK_MODE(RUN) | QK_MODE(EXPORT) | QK_MODE(STATS) | QK_MODE(REPORT) |
                       QK_MODE(SYNC) | QK_MODE(FETCH_SETS));
            cli.config = argv[++i];
        } else if (!strcmp(a, "--windowed")) {
            QK_USES(a, QK_MODE(RUN));
            cli.windowed = true;
        } else if (!strcmp(a, "--size")) {
            int w, h;
            char tail;
            if (!next || sscanf(next, "%dx%d%c", &w, &h, &tail) != 2 || w < 320 || h < 240 ||
                w > 16384 || h > 16384)
                return usage_error(qk_tr(QK_D_U_SIZE),
                                   next ? next : "");
            QK_USES(a, QK_MODE(RUN) | QK_MODE(PREVIEW));
            cli.width = w;
            cli.height = h;
            i++;
        } else if (!strcmp(a, "--autoplay")) {
            if (!next || !parse_long(next, 1, 1000000, &cli.autoplay))
                return usage_error(qk_tr(QK_D_U_AUTOPLAY),
                                   next ? next : "");
            QK_USES(a, QK_MODE(RUN));
            i++;
        } else if (!strcmp(a, "--seed")) {
            char *end;
            if (!next)
                return usage_error(qk_tr(QK_D_U_NUMBER), a);
            errno = 0;
            unsigned long long s = strtoull(next, &end, 10);
            if (errno || end == next || *end)
                return usage_error(qk_tr(QK_D_U_SEED), next);
            cli.seed = (uint64_t)s;
            cli.seed_given = true;
            QK_USES(a, QK_MODE(RUN));
            i++;
        } else if (!strcmp(a, "--screenshots")) {
            if (!next)
                return usage_error(qk_tr(QK_D_U_FOLDER), a);
            QK_USES(a, QK_MODE(RUN));
            cli.screenshots = argv[++i];
        } else {
            return usage_error(qk_tr(QK_D_U_UNKNOWN), a);
        }
    }

    for (size_t k = 0; k < n_used; k++)
        if (!(used[k].modes & QK_MODE(cmd))) {
            if (cmd_name)
                return usage_error2(qk_tr(QK_D_U_NOT_WITH), used[k].name, cmd_name);
            return usage_error(qk_tr(QK_D_U_NOT_RUN), used[k].name);
        }
#undef QK_MODE
#undef QK_USES
#undef QK_COMMAND

    if (cli.station && !cli.server)
        return usage_error("%s", qk_tr(QK_D_U_STATION_SERVER));

    switch (cmd) {
    case CHECK:
        if (check_first >= argc)
            return usage_error("%s", qk_tr(QK_D_U_CHECK_FILES));
        return qk_cmd_check(argc - check_first, argv + check_first);
    case CHECK_CONFIG:
        return qk_cmd_check_config(&cli, cmd_arg);
    case HASH_PIN:
        return qk_cmd_hash_pin();
    case EXPORT:
        return qk_cmd_export_results(&cli, cmd_arg);
    case STATS:
        return qk_cmd_stats(&cli);
    case MIGRATE:
        return qk_cmd_migrate(&cli);
    case SYNC:
        return qk_cmd_sync(&cli);
    case PUBLISH:
        return qk_cmd_publish(&cli, cmd_arg);
    case FETCH_SETS:
        return qk_cmd_fetch_sets(&cli);
    case REPORT:
        return qk_cmd_report(&cli, cmd_arg);
    case IMPORT:
        if (import_n == 0)
            return usage_error("%s", qk_tr(QK_D_U_IMPORT_FILES));
        if (!cli.out)
            return usage_error("%s", qk_tr(QK_D_U_IMPORT_OUT));
        return qk_cmd_import(&cli, import_n, argv + import_first);
    case EXPORT_GIFT:
        if (!cli.out)
            return usage_error("%s", qk_tr(QK_D_U_EXPORT_OUT));
        return qk_cmd_export_gift(&cli, cmd_arg);
    case PREVIEW:
#ifdef QK_HAVE_SHELL
        return qk_preview_run(&cli, cmd_arg);
#else
        fputs("quizkiosk: this build has no screens; --preview needs them\n", stderr);
        return 2;
#endif
    case RUN:
        break;
    }
    if (cli.screenshots && !cli.autoplay)
        return usage_error("%s", qk_tr(QK_D_U_SCREENSHOTS));
#ifdef QK_HAVE_SHELL
    return qk_kiosk_run(&cli);
#else
    fputs("quizkiosk: this build has no screens yet; use --check\n", stderr);
    return 2;
#endif
}
