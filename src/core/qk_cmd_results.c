/* qk_cmd_results.c: `quizkiosk --export-results FILE.csv|FILE.xlsx
 * [--since YYYY-MM-DD] [--separator ';'] [--no-autoplay]`, `quizkiosk --report
 * FILE.html [--since YYYY-MM-DD] [--set ID]` and `quizkiosk --stats`.
 *
 * The export reads the history (qk_store_history), finds the texts in the
 * sets of the station's quizzes folder by content hash (qk_textbook) and
 * writes CSV or, for a name ending in .xlsx, a workbook; texts and notices are
 * in the station's language.
 *
 * Both find the station's settings the way the kiosk does (qk_station_find:
 * --config, then the usual places, then built-in defaults), open the results
 * database named there and only read it. A database that does not exist yet is
 * not created: there is simply nothing to show. Exit codes as in qk_cli.h:
 * 0 done, 1 a problem with the settings, the database or the output file,
 * 2 wrong usage (a bad --since).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "qk_answer_text.h"
#include "qk_cli.h"
#include "qk_export.h"
#include "qk_i18n.h"
#include "qk_report.h"
#include "qk_station.h"
#include "qk_store.h"

/* Reads --since into *since (0 when absent). Returns false, after a message,
 * when it is not a real date. */
static bool parse_since(const qk_cli *cli, time_t *since)
{
    *since = 0;
    if (!cli->since)
        return true;
    if (!qk_store_parse_date(cli->since, since)) {
        fprintf(stderr, "quizkiosk: --since wants a date as YYYY-MM-DD, e.g. 2026-01-31 "
                        "(got '%s')\nTry 'quizkiosk --help' for more information.\n",
                cli->since);
        return false;
    }
    return true;
}

/* Loads the station settings; on errors prints them and returns false. */
static bool load_station(const qk_cli *cli, qk_station *station)
{
    qk_diags diags;
    qk_diags_init(&diags);
    bool ok = qk_station_find(station, cli->config, cli->shipped_quizzes, &diags);
    qk_diags_print(&diags, stderr);
    qk_diags_clear(&diags);
    if (!ok) {
        fprintf(stderr, "quizkiosk: the station settings have errors (above); fix them "
                        "and try again.\n");
        qk_station_free(station);
        return false;
    }
    if (!station->results_db || !*station->results_db) {
        fprintf(stderr, "quizkiosk: the station settings name no results database "
                        "(results_db).\n");
        qk_station_free(station);
        return false;
    }
    return true;
}

static bool exists(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0;
}

/* Opens the database for reading figures; prints why not and returns NULL. */
static qk_store *open_store(const char *db_path)
{
    qk_store *st = qk_store_open(db_path);
    if (!st) {
        fprintf(stderr, "quizkiosk: out of memory\n");
        return NULL;
    }
    /* A store that cannot write (e.g. the file belongs to the kiosk's user) is
     * still fine for reading; only a store that cannot read is an error. */
    qk_store_summary probe;
    if (!qk_store_summary_since(st, 0, &probe)) {
        fprintf(stderr, "quizkiosk: %s\n", qk_store_status(st));
        qk_store_close(st);
        return NULL;
    }
    /* Only what concerns reading is worth a note here (a write problem, such
     * as a file this user may not write, does not matter to a reader). */
    qk_store_problem kind = qk_store_problem_kind(st);
    if (kind == QK_STORE_SET_ASIDE || kind == QK_STORE_MOVED)
        fprintf(stderr, "quizkiosk: note: %s\n", qk_store_status(st));
    return st;
}

/* True when `path` ends in ".xlsx" (any case). */
static bool wants_xlsx(const char *path)
{
    size_t n = strlen(path);
    return n >= 5 && strcasecmp(path + n - 5, ".xlsx") == 0;
}

int qk_cmd_export_results(const qk_cli *cli, const char *out_path)
{
    time_t since;
    if (!parse_since(cli, &since))
        return 2;
    qk_station station;
    if (!load_station(cli, &station))
        return 1;
    qk_i18n_set(station.language);
    if (!exists(station.results_db)) {
        fprintf(stderr, "quizkiosk: no results are stored yet (%s does not exist); "
                        "nothing was exported.\n", station.results_db);
        qk_station_free(&station);
        return 1;
    }
    int code = 1;
    qk_store *st = open_store(station.results_db);
    qk_textbook *texts = qk_textbook_create();
    qk_history h;
    qk_history_init(&h);
    char err[1200];
    qk_history_filter filter = {since, NULL, !cli->no_autoplay};
    if (st && texts && qk_store_history(st, &filter, &h, err, sizeof err)) {
        qk_textbook_add_folder(texts, station.quizzes_dir);
        qk_export_opts opts = {cli->separator, texts};
        qk_export_result res;
        bool xlsx = wants_xlsx(out_path);
        bool ok = xlsx ? qk_export_xlsx(&h, out_path, &opts, &res, err, sizeof err)
                       : qk_export_csv(&h, out_path, &opts, &res, err, sizeof err);
        if (ok) {
            printf("Exported %ld %s%s from %s to %s", res.rows, xlsx ? "answer" : "row",
                   res.rows == 1 ? "" : "s", station.results_db, out_path);
            if (cli->since)
                printf(" (sessions since %s)", cli->since);
            printf(".%s\n", cli->no_autoplay ? " Autoplay sessions are left out." : "");
            if (res.notice[0])
                fprintf(stderr, "quizkiosk: note: %s\n", res.notice);
            code = 0;
        } else {
            fprintf(stderr, "quizkiosk: %s\n", err);
        }
    } else if (st && texts) {
        fprintf(stderr, "quizkiosk: nothing was exported to %s: %s.\n", out_path, err);
    } else if (!texts) {
        fprintf(stderr, "quizkiosk: out of memory\n");
    }
    qk_history_clear(&h);
    qk_textbook_destroy(texts);
    qk_store_close(st);
    qk_station_free(&station);
    return code;
}

int qk_cmd_report(const qk_cli *cli, const char *html_path)
{
    time_t since;
    if (!parse_since(cli, &since))
        return 2;
    qk_station station;
    if (!load_station(cli, &station))
        return 1;
    qk_i18n_set(station.language);
    if (!exists(station.results_db)) {
        fprintf(stderr, "quizkiosk: no results are stored yet (%s does not exist); "
                        "no report was written.\n", station.results_db);
        qk_station_free(&station);
        return 1;
    }
    int code = 1;
    qk_store *st = open_store(station.results_db);
    qk_textbook *texts = qk_textbook_create();
    qk_history h;
    qk_history_init(&h);
    char err[1200];
    qk_history_filter filter = {since, cli->report_set, false};
    if (st && texts && qk_store_history(st, &filter, &h, err, sizeof err)) {
        qk_textbook_add_folder(texts, station.quizzes_dir);
        qk_report_opts ro = {station.station_id, cli->report_set, cli->since, texts};
        if (qk_report_html(&h, html_path, &ro, err, sizeof err)) {
            printf("Wrote the report of %zu session%s to %s.\n", h.n_sessions,
                   h.n_sessions == 1 ? "" : "s", html_path);
            code = 0;
        } else {
            fprintf(stderr, "quizkiosk: %s\n", err);
        }
    } else if (st && texts) {
        fprintf(stderr, "quizkiosk: no report was written to %s: %s.\n", html_path, err);
    } else if (!texts) {
        fprintf(stderr, "quizkiosk: out of memory\n");
    }
    qk_history_clear(&h);
    qk_textbook_destroy(texts);
    qk_store_close(st);
    qk_station_free(&station);
    return code;
}

static void print_summary(const char *what, const qk_store_summary *s)
{
    printf("%s: %ld session%s (%ld completed, %ld stopped, %ld abandoned", what,
           s->sessions, s->sessions == 1 ? "" : "s", s->completed, s->stopped, s->abandoned);
    if (s->in_progress)
        printf(", %ld in progress or cut off", s->in_progress);
    printf("), %ld answer%s\n", s->answers, s->answers == 1 ? "" : "s");
    if (s->avg_score_pct >= 0)
        printf("Average score of completed sessions: %.0f %%\n", s->avg_score_pct);
    else
        printf("Average score of completed sessions: none completed\n");
}

int qk_cmd_stats(const qk_cli *cli)
{
    time_t since;
    if (!parse_since(cli, &since))
        return 2;
    qk_station station;
    if (!load_station(cli, &station))
        return 1;
    printf("Results database: %s\n", station.results_db);
    if (!exists(station.results_db)) {
        printf("No results are stored yet.\n");
        qk_station_free(&station);
        return 0;
    }
    qk_store *st = open_store(station.results_db);
    if (!st) {
        qk_station_free(&station);
        return 1;
    }
    int code = 0;
    time_t now = time(NULL);
    time_t day = cli->since ? since : qk_store_day_start(now);
    char daybuf[16];
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(daybuf, sizeof daybuf, "%Y-%m-%d", &tm);
    char what[64];
    snprintf(what, sizeof what, cli->since ? "Sessions since %s" : "Sessions today (%s)",
             cli->since ? cli->since : daybuf);

    qk_store_summary sum;
    if (qk_store_summary_since(st, day, &sum))
        print_summary(what, &sum);
    else
        code = 1;

    qk_store_missed top[QK_STORE_MISSED_TOP];
    long n = qk_store_most_missed(st, since, top, QK_STORE_MISSED_TOP);
    if (n < 0) {
        code = 1;
    } else {
        printf("\nMost-missed questions (%s%s):\n", cli->since ? "since " : "all stored",
               cli->since ? cli->since : "");
        if (n == 0)
            printf("  none yet\n");
        else
            printf("  %6s  %11s  %-20s %s\n", "wrong", "wrong/asked", "set", "question");
        for (long i = 0; i < n; i++) {
            char ratio[32];
            snprintf(ratio, sizeof ratio, "%ld/%ld", top[i].wrong, top[i].asked);
            printf("  %4.0f %%  %11s  %-20s %s\n", top[i].pct_wrong, ratio, top[i].set_id,
                   top[i].question_id);
        }
    }
    printf("\n(Sessions played by --autoplay are not counted.)\n");
    if (code)
        fprintf(stderr, "quizkiosk: %s\n", qk_store_status(st));
    qk_store_close(st);
    qk_station_free(&station);
    return code;
}
