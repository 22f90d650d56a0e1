/* qk_cli.h: the parsed command line, and the commands main.c dispatches to.
 *
 * main.c only parses; each command lives in its own file and owns its output
 * and exit code (0 ok, 1 a problem with the input, 2 wrong usage).
 * Every pointer in qk_cli points into argv or into static storage.
 */
#ifndef QK_CLI_H
#define QK_CLI_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    const char *config;        /* --config FILE */
    const char *shipped_quizzes; /* the quizzes folder that ships with the program */
    const char *assets_dir;    /* the assets folder that ships with the program */
    bool windowed;             /* --windowed */
    int width, height;         /* --size WxH; 0 = from settings */
    long autoplay;             /* --autoplay N; 0 = off */
    uint64_t seed;             /* --seed S; default 1 */
    bool seed_given;
    const char *screenshots;   /* --screenshots DIR */
    const char *since;         /* --since YYYY-MM-DD, for --export-results */
    const char *out;           /* -o FILE, for --import and --export-gift */
    const char *from;          /* --from gift|aiken, for --import */
    const char *set_id;        /* --id, --title, --language: the imported set's header */
    const char *set_title;
    const char *set_language;
    const char *question;      /* --question ID, for --preview */
    char separator;            /* --separator ';' for --export-results CSV; 0 = ',' */
    bool no_autoplay;          /* --no-autoplay: exports leave autoplay sessions out */
    const char *report_set;    /* --set ID, for --report */
    const char *server;        /* --server URL: the central PostgreSQL (libpq URI) */
    const char *station;       /* --station ID, with --server: one station's results */
    const char *stations;      /* --stations ID,ID,... for --publish; NULL = every station */
    bool publish_active;       /* --active, for --publish */
} qk_cli;

/* quizkiosk --check FILE...: src/core/qk_cmd_check.c */
int qk_cmd_check(int nfiles, char **files);
/* quizkiosk --check-config FILE: src/core/qk_cmd_station.c */
int qk_cmd_check_config(const qk_cli *cli, const char *path);
/* quizkiosk --hash-pin: reads a PIN on stdin, prints its hash. src/core/qk_cmd_station.c */
int qk_cmd_hash_pin(void);
/* quizkiosk --export-results FILE.csv|FILE.xlsx [--since DATE] [--separator ;] [--no-autoplay]: src/core/qk_cmd_results.c */
int qk_cmd_export_results(const qk_cli *cli, const char *csv_path);
/* quizkiosk --report FILE.html [--since DATE] [--set ID]: src/core/qk_cmd_results.c */
int qk_cmd_report(const qk_cli *cli, const char *html_path);
/* quizkiosk --stats: src/core/qk_cmd_results.c */
int qk_cmd_stats(const qk_cli *cli);
/* quizkiosk --server URL --migrate: src/core/qk_cmd_fleet.c */
int qk_cmd_migrate(const qk_cli *cli);
/* quizkiosk --sync [--config FILE]: src/core/qk_cmd_fleet.c */
int qk_cmd_sync(const qk_cli *cli);
/* quizkiosk --publish SET.cfg --server URL [--stations ID,...] [--active]: src/core/qk_cmd_publish.c */
int qk_cmd_publish(const qk_cli *cli, const char *path);
/* quizkiosk --fetch-sets [--server URL]: src/core/qk_cmd_publish.c */
int qk_cmd_fetch_sets(const qk_cli *cli);
/* quizkiosk --import FILE... -o OUT.cfg: src/core/qk_cmd_import.c */
int qk_cmd_import(const qk_cli *cli, int nfiles, char **files);
/* quizkiosk --export-gift SET.cfg -o OUT.gift: src/core/qk_cmd_import.c */
int qk_cmd_export_gift(const qk_cli *cli, const char *set_path);
/* quizkiosk --preview SET.cfg [--question ID]: src/shell/preview.c */
int qk_preview_run(const qk_cli *cli, const char *path);
/* The kiosk itself (and --autoplay): src/shell/kiosk.c */
int qk_kiosk_run(const qk_cli *cli);

#endif
