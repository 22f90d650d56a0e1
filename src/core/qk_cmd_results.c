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
 *
 * With --server URL [--station ID] all three read the central PostgreSQL's rows
 * instead (every station's, or one's) into the same qk_history (qk_pg_history),
 * so the figures, the export and the report are made by the same code as for one
 * station, added up. The station settings still give the language and the
 * quizzes folder the texts come from, and the sets published on the server
 * give the texts of rows played on them; the password comes as for --migrate
 * (libpq's rules, or QK_PASSWORD_FILE). 1 also when the server cannot be read.
 *
 * Two languages meet here: what the commands say (stdout and stderr) is in the
 * tools' language (qk_i18n_set_from_env or --lang, as main.c set it before the
 * command runs: the trainer's), what they write into the file (the export's
 * column titles and answer words, the report) in the station's. Each command
 * notes the first in msg_lang before it switches qk_i18n to the second, and
 * says everything through T(). The CSV and workbook contents and the report's
 * data attributes do not depend on either.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "qk_answer_text.h"
#include "qk_cli.h"
#include "qk_export.h"
#include "qk_i18n.h"
#include "qk_loader.h"
#include "qk_pg_history.h"
#include "qk_report.h"
#include "qk_station.h"
#include "qk_store.h"

/* The language of this file's messages (see above); set by each command. */
static qk_lang msg_lang = QK_LANG_NB;
#define T(id) qk_tr_in(msg_lang, (id))
/* The singular entry for exactly 1, else the plural (both take the same arguments). */
#define T_N(n, one, many) T((n) == 1 ? (one) : (many))

/* Reads --since into *since (0 when absent). Returns false, after a message,
 * when it is not a real date. */
static bool parse_since(const qk_cli *cli, time_t *since)
{
    *since = 0;
    if (!cli->since)
        return true;
    if (!qk_store_parse_date(cli->since, since)) {
        fprintf(stderr, "quizkiosk: ");
        fprintf(stderr, T(QK_T_SINCE_DATE), cli->since);
        fputs(T(QK_D_U_TRY_HELP), stderr);
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
        fprintf(stderr, "quizkiosk: %s\n", T(QK_T_STATION_ERRORS));
        qk_station_free(station);
        return false;
    }
    if (!station->results_db || !*station->results_db) {
        fprintf(stderr, "quizkiosk: %s\n", T(QK_T_NO_RESULTS_DB));
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
        fprintf(stderr, "quizkiosk: %s\n", T(QK_T_OUT_OF_MEMORY));
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

/* Where the rows come from: the station's database, or the central server. */
typedef struct {
    qk_store *st;          /* the station's store, or NULL */
    PGconn *pg;            /* the server, or NULL */
    char name[512];        /* for messages: the database's path or the server */
    char where[400];       /* the server: database, host, port, role (no password) */
} results_source;

static bool from_server(const qk_cli *cli)
{
    return cli->server && *cli->server;
}

/* Opens the source the command line asks for. Returns 1 open, 0 when there is
 * nothing to read (no local database yet; `none_msg`, a sentence in msg_lang, then
 * printed), -1 on an
 * error (printed). */
static int open_source(const qk_cli *cli, const qk_station *station, results_source *src,
                       const char *none_msg)
{
    memset(src, 0, sizeof *src);
    if (from_server(cli)) {
        char err[1024];
        src->pg = qk_pg_connect(cli->server, getenv("QK_PASSWORD_FILE"), err, sizeof err);
        if (!src->pg) {
            fprintf(stderr, "quizkiosk: %s\n", err);
            return -1;
        }
        int v = qk_pg_server_version(src->pg, err, sizeof err);
        if (v <= 0) {
            if (v == 0)
                fprintf(stderr, "quizkiosk: %s\n", T(QK_T_SERVER_NO_SCHEMA));
            else
                fprintf(stderr, "quizkiosk: %s\n", err);
            PQfinish(src->pg);
            src->pg = NULL;
            return -1;
        }
        snprintf(src->name, sizeof src->name, T(QK_T_THE_SERVER),
                 qk_pg_describe(src->pg, src->where, sizeof src->where));
        return 1;
    }
    snprintf(src->name, sizeof src->name, "%s", station->results_db);
    if (!exists(station->results_db)) {
        if (none_msg) {
            fprintf(stderr, "quizkiosk: ");
            fprintf(stderr, T(QK_T_NONE_STORED), station->results_db, none_msg);
            fputc('\n', stderr);
        }
        return 0;
    }
    src->st = open_store(station->results_db);
    return src->st ? 1 : -1;
}

static void close_source(results_source *src)
{
    qk_store_close(src->st);
    if (src->pg)
        PQfinish(src->pg);
    memset(src, 0, sizeof *src);
}

static bool read_history(const qk_cli *cli, results_source *src, const qk_history_filter *f,
                         qk_history *h, char *err, size_t cap)
{
    if (src->pg)
        return qk_pg_history(src->pg, f, cli->station, h, err, cap);
    return qk_store_history(src->st, f, h, err, cap);
}

/* Texts for rows played on sets this machine does not have: every set
 * published on the server (its exact bytes, so its content hash is the one the
 * rows name) is loaded and lent to the textbook. The sets go into *owned
 * (the caller frees them with free_sets, after the textbook). A server without
 * published sets, or one that fails here, simply adds none. */
static size_t add_published_texts(PGconn *c, qk_textbook *tb, qk_set ***owned)
{
    *owned = NULL;
    PGresult *r = PQexecParams(c, "SELECT DISTINCT ON (content_hash) file_name, content"
                                  " FROM published_sets ORDER BY content_hash, publish_id",
                               0, NULL, NULL, NULL, NULL, 1);
    int n = PQresultStatus(r) == PGRES_TUPLES_OK ? PQntuples(r) : 0;
    qk_set **sets = n > 0 ? calloc((size_t)n + 1, sizeof *sets) : NULL;
    size_t k = 0;
    for (int i = 0; sets && i < n; i++) {
        char name[300];
        int ln = PQgetlength(r, i, 0);
        snprintf(name, sizeof name, "%.*s", ln < 299 ? ln : 299, PQgetvalue(r, i, 0));
        qk_diags d;
        qk_diags_init(&d);
        qk_set *set = qk_set_load_buffer(name, NULL, PQgetvalue(r, i, 1),
                                         (size_t)PQgetlength(r, i, 1), &d);
        qk_diags_clear(&d);
        if (set && qk_textbook_add_set(tb, set))
            sets[k++] = set;
        else
            qk_set_free(set);
    }
    PQclear(r);
    *owned = sets;
    return k;
}

static void free_sets(qk_set **sets)
{
    for (size_t i = 0; sets && sets[i]; i++)
        qk_set_free(sets[i]);
    free(sets);
}

/* The distinct station ids in `h` (in order of first session), comma-separated,
 * into buf[cap], cut with "..." when long; returns how many there are. Linear in
 * sessions times stations (a fleet has tens, not thousands). */
static long station_list(const qk_history *h, char *buf, size_t cap)
{
    const char *seen[64];
    size_t n_seen = 0;
    long n = 0;
    size_t used = 0;
    const char *last = NULL;
    buf[0] = '\0';
    for (size_t i = 0; i < h->n_sessions; i++) {
        const char *id = h->sessions[i].station_id;
        if (last && !strcmp(last, id))
            continue;
        last = id;
        bool known = false;
        for (size_t k = 0; k < n_seen && !known; k++)
            known = !strcmp(seen[k], id);
        if (!known && n_seen == sizeof seen / sizeof seen[0]) {
            /* Past 64 distinct: count the rest by scanning the sessions so far. */
            for (size_t k = 0; k < i && !known; k++)
                known = !strcmp(h->sessions[k].station_id, id);
        }
        if (known)
            continue;
        if (n_seen < sizeof seen / sizeof seen[0])
            seen[n_seen++] = id;
        n++;
        if (used + strlen(id) + 8 < cap)
            used += (size_t)snprintf(buf + used, cap - used, "%s%s", n > 1 ? ", " : "", id);
        else if (used + 4 < cap && (used < 3 || strcmp(buf + used - 3, "...")))
            used += (size_t)snprintf(buf + used, cap - used, "...");
    }
    return n;
}

int qk_cmd_export_results(const qk_cli *cli, const char *out_path)
{
    msg_lang = qk_i18n_lang();
    time_t since;
    if (!parse_since(cli, &since))
        return 2;
    qk_station station;
    if (!load_station(cli, &station))
        return 1;
    results_source src;
    int opened = open_source(cli, &station, &src, T(QK_T_NOTHING_EXPORTED));
    qk_i18n_set(station.language); /* the file's words */
    if (opened <= 0) {
        qk_station_free(&station);
        return 1;
    }
    int code = 1;
    qk_textbook *texts = qk_textbook_create();
    qk_history h;
    qk_history_init(&h);
    char err[1200];
    qk_history_filter filter = {since, NULL, !cli->no_autoplay};
    qk_set **published = NULL;
    if (texts && read_history(cli, &src, &filter, &h, err, sizeof err)) {
        qk_textbook_add_folder(texts, station.quizzes_dir);
        if (src.pg)
            add_published_texts(src.pg, texts, &published);
        qk_export_opts opts = {cli->separator, texts};
        qk_export_result res;
        bool xlsx = wants_xlsx(out_path);
        bool ok = xlsx ? qk_export_xlsx(&h, out_path, &opts, &res, err, sizeof err)
                       : qk_export_csv(&h, out_path, &opts, &res, err, sizeof err);
        if (ok) {
            printf(xlsx ? T_N(res.rows, QK_T_EXPORTED_ANSWER_ONE, QK_T_EXPORTED_ANSWERS)
                        : T_N(res.rows, QK_T_EXPORTED_ROW_ONE, QK_T_EXPORTED_ROWS),
                   res.rows, src.name);
            if (src.pg && cli->station && *cli->station)
                printf(T(QK_T_EXPORTED_STATION), cli->station);
            else if (src.pg)
                fputs(T(QK_T_EXPORTED_ALL), stdout);
            printf(T(QK_T_EXPORTED_TO), out_path);
            if (cli->since)
                printf(T(QK_T_EXPORTED_SINCE), cli->since);
            printf(".%s\n", cli->no_autoplay ? T(QK_T_EXPORTED_NO_AUTOPLAY) : "");
            if (res.notice[0])
                fprintf(stderr, "quizkiosk: note: %s\n", res.notice);
            code = 0;
        } else {
            fprintf(stderr, "quizkiosk: %s\n", err);
        }
    } else if (texts) {
        fprintf(stderr, "quizkiosk: ");
        fprintf(stderr, T(QK_T_EXPORT_NOT_READ), out_path, err);
        fputc('\n', stderr);
    } else {
        fprintf(stderr, "quizkiosk: %s\n", T(QK_T_OUT_OF_MEMORY));
    }
    qk_history_clear(&h);
    qk_textbook_destroy(texts);
    free_sets(published);
    close_source(&src);
    qk_station_free(&station);
    return code;
}

int qk_cmd_report(const qk_cli *cli, const char *html_path)
{
    msg_lang = qk_i18n_lang();
    time_t since;
    if (!parse_since(cli, &since))
        return 2;
    qk_station station;
    if (!load_station(cli, &station))
        return 1;
    results_source src;
    int opened = open_source(cli, &station, &src, T(QK_T_NO_REPORT));
    qk_i18n_set(station.language); /* the report's words */
    if (opened <= 0) {
        qk_station_free(&station);
        return 1;
    }
    int code = 1;
    qk_textbook *texts = qk_textbook_create();
    qk_history h;
    qk_history_init(&h);
    char err[1200];
    qk_history_filter filter = {since, cli->report_set, false};
    qk_set **published = NULL;
    if (texts && read_history(cli, &src, &filter, &h, err, sizeof err)) {
        qk_textbook_add_folder(texts, station.quizzes_dir);
        if (src.pg)
            add_published_texts(src.pg, texts, &published);
        /* The heading names the station: this one, the one picked on the
         * server, or all the server's stations in these rows. */
        char all[400], ids[300];
        const char *who = station.station_id;
        if (src.pg && cli->station && *cli->station) {
            who = cli->station;
        } else if (src.pg) {
            long n = station_list(&h, ids, sizeof ids);
            snprintf(all, sizeof all, qk_tr(QK_S_RPT_ALL_STATIONS), n, ids);
            who = all;
        }
        qk_report_opts ro = {who, cli->report_set, cli->since, texts};
        if (qk_report_html(&h, html_path, &ro, err, sizeof err)) {
            long n = (long)h.n_sessions;
            printf(T_N(n, QK_T_REPORT_WROTE_ONE, QK_T_REPORT_WROTE), n, html_path);
            putchar('\n');
            code = 0;
        } else {
            fprintf(stderr, "quizkiosk: %s\n", err);
        }
    } else if (texts) {
        fprintf(stderr, "quizkiosk: ");
        fprintf(stderr, T(QK_T_REPORT_NOT_READ), html_path, err);
        fputc('\n', stderr);
    } else {
        fprintf(stderr, "quizkiosk: %s\n", T(QK_T_OUT_OF_MEMORY));
    }
    qk_history_clear(&h);
    qk_textbook_destroy(texts);
    free_sets(published);
    close_source(&src);
    qk_station_free(&station);
    return code;
}

static void print_summary(const char *what, const qk_store_summary *s)
{
    char sessions[64], answers[64];
    snprintf(sessions, sizeof sessions, T_N(s->sessions, QK_T_ONE_SESSION, QK_T_N_SESSIONS),
             s->sessions);
    snprintf(answers, sizeof answers, T_N(s->answers, QK_T_ONE_ANSWER, QK_T_N_ANSWERS),
             s->answers);
    printf(T(QK_T_STATS_LINE), what, sessions, s->completed, s->stopped, s->abandoned);
    if (s->in_progress)
        printf(T(QK_T_STATS_IN_PROGRESS), s->in_progress);
    printf("), %s\n", answers);
    if (s->avg_score_pct >= 0)
        printf(T(QK_T_STATS_AVG), s->avg_score_pct);
    else
        fputs(T(QK_T_STATS_AVG_NONE), stdout);
    putchar('\n');
}

/* --stats: the rows of one station or of the server, read into a history, and
 * the figures made from it by qk_history_summary / qk_history_most_missed (the
 * same code for one station and for many, added up). */
int qk_cmd_stats(const qk_cli *cli)
{
    msg_lang = qk_i18n_lang();
    time_t since;
    if (!parse_since(cli, &since))
        return 2;
    qk_station station;
    if (!load_station(cli, &station))
        return 1;
    results_source src;
    if (!from_server(cli)) {
        printf(T(QK_T_STATS_DB), station.results_db);
        putchar('\n');
        if (!exists(station.results_db)) {
            printf("%s\n", T(QK_T_STATS_NONE_YET));
            qk_station_free(&station);
            return 0;
        }
    }
    if (open_source(cli, &station, &src, NULL) <= 0) {
        qk_station_free(&station);
        return 1;
    }
    time_t now = time(NULL);
    time_t day = cli->since ? since : qk_store_day_start(now);
    /* The summary counts from `day` (today, or --since), the most-missed from
     * `since` (everything stored, or --since): read from the earlier of them. */
    qk_history_filter filter = {since < day ? since : day, NULL, false};
    qk_history h;
    char err[1200];
    if (!read_history(cli, &src, &filter, &h, err, sizeof err)) {
        fprintf(stderr, "quizkiosk: %s\n", err);
        close_source(&src);
        qk_station_free(&station);
        return 1;
    }
    if (src.pg) {
        char ids[160];
        long n = station_list(&h, ids, sizeof ids);
        printf(T(QK_T_STATS_SERVER), src.where);
        putchar('\n');
        if (cli->station && *cli->station)
            printf(T(QK_T_STATS_STATION), cli->station);
        else
            printf(T(QK_T_STATS_STATIONS), n);
        if (!(cli->station && *cli->station) && n)
            printf(" (%s)", ids);
        putchar('\n');
    }
    int code = 0;
    char daybuf[16];
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(daybuf, sizeof daybuf, "%Y-%m-%d", &tm);
    char what[128];
    snprintf(what, sizeof what, T(cli->since ? QK_T_STATS_SINCE : QK_T_STATS_TODAY),
             cli->since ? cli->since : daybuf);

    qk_store_summary sum;
    qk_history_summary(&h, day, &sum);
    print_summary(what, &sum);

    qk_store_missed top[QK_STORE_MISSED_TOP];
    long n = qk_history_most_missed(&h, since, top, QK_STORE_MISSED_TOP);
    if (n < 0) {
        fprintf(stderr, "quizkiosk: %s\n", T(QK_T_OUT_OF_MEMORY));
        code = 1;
    } else {
        putchar('\n');
        if (cli->since)
            printf(T(QK_T_STATS_MISSED_SINCE), cli->since);
        else
            fputs(T(QK_T_STATS_MISSED_ALL), stdout);
        putchar('\n');
        if (n == 0)
            printf("  %s\n", T(QK_T_STATS_MISSED_NONE));
        else
            printf("  %6s  %11s  %-20s %s\n", T(QK_T_STATS_COL_WRONG), T(QK_T_STATS_COL_RATIO),
                   T(QK_T_STATS_COL_SET), T(QK_T_STATS_COL_QUESTION));
        for (long i = 0; i < n; i++) {
            char ratio[32];
            snprintf(ratio, sizeof ratio, "%ld/%ld", top[i].wrong, top[i].asked);
            printf("  %4.0f %%  %11s  %-20s %s\n", top[i].pct_wrong, ratio, top[i].set_id,
                   top[i].question_id);
        }
    }
    printf("\n%s\n", T(QK_T_STATS_AUTOPLAY));
    qk_history_clear(&h);
    close_source(&src);
    qk_station_free(&station);
    return code;
}
