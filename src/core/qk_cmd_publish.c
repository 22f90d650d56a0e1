/* qk_cmd_publish.c: `quizkiosk --publish SET.cfg --server URL [--stations ID,...]
 * [--active]` stores a question set, with its pictures, on the central server
 * for stations to fetch (issue 14).
 *
 * Design: the set is first loaded by the same loader as `--check` (qk_set_load),
 * and a set with errors is refused with the loader's own FILE:LINE messages
 * (exit 1, nothing sent). Every picture the set names must be a readable file
 * under the set's folder (a picture the kiosk would only warn about is an error
 * here: a published set travels whole or not at all). The bytes sent are the
 * bytes that were checked: the .cfg is read once more and its SHA-256 must be
 * the hash the loader computed, else the file changed meanwhile and nothing is
 * sent. Everything then goes to the server in ONE transaction: a row of
 * published_sets (the bytes, their hash, active, all_stations), one row per
 * picture in published_set_files, one per target in published_set_targets
 * (none listed = all stations), so a station never sees a publishing without
 * its pictures. The server's schema is first brought to this program's version
 * (qk_pg_migrate, as a station does).
 *
 * The password comes as for --migrate (libpq's rules, or QK_PASSWORD_FILE).
 * Exit 0 published, 1 a broken set or a server problem (the message says
 * which), 2 wrong usage. Every buffer here is this file's own and freed before
 * it returns. What --publish and --fetch-sets say is in the tools' language
 * (qk_tr: the environment or --lang); the server's own words stay as they come.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sodium.h>

#include "qk_cli.h"
#include "qk_i18n.h"
#include "qk_loader.h"
#include "qk_path.h"
#include "qk_pg.h"
#include "qk_catalog.h"
#include "qk_set_fetch.h"
#include "qk_set_install.h"
#include "qk_station.h"

/* Largest file we send: a set or a picture (bytea takes up to 1 GB; a kiosk
 * picture is far smaller, and a mistake such as a video is better refused). */
#define QK_PUBLISH_MAX_FILE (64L * 1024 * 1024)

typedef struct {
    char *name;            /* relative to the set's folder, '/'-separated */
    unsigned char *data;
    size_t len;
    char hash[65];
} pub_file;

static void sha256_hex(const void *data, size_t len, char out[65])
{
    unsigned char d[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(d, data, len);
    sodium_bin2hex(out, 65, d, sizeof d);
}

/* Reads all of `path` (a regular file of at most QK_PUBLISH_MAX_FILE bytes).
 * Returns a malloc'ed buffer (the caller frees it; never NULL for an empty file)
 * or NULL with a sentence naming the file in err[cap]. */
static unsigned char *read_all(const char *path, size_t *len, char *err, size_t cap)
{
    FILE *f = fopen(path, "rb");
    struct stat sb;
    if (!f || fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode)) {
        snprintf(err, cap, qk_tr(QK_T_PUB_CANNOT_READ), path,
                 f ? qk_tr(QK_T_PUB_NOT_REGULAR) : strerror(errno));
        if (f)
            fclose(f);
        return NULL;
    }
    if (sb.st_size > QK_PUBLISH_MAX_FILE) {
        snprintf(err, cap, qk_tr(QK_T_PUB_TOO_BIG), path, (long long)sb.st_size, QK_PUBLISH_MAX_FILE / (1024 * 1024));
        fclose(f);
        return NULL;
    }
    size_t want = (size_t)sb.st_size;
    unsigned char *buf = malloc(want ? want : 1);
    size_t got = buf ? fread(buf, 1, want, f) : 0;
    int bad = !buf || got != want || ferror(f);
    fclose(f);
    if (bad) {
        snprintf(err, cap, qk_tr(buf ? QK_T_PUB_NOT_WHOLE : QK_T_PUB_MEMORY), path);
        free(buf);
        return NULL;
    }
    *len = want;
    return buf;
}

/* The pictures of `set`, each once, read from disk into files[]. Returns the
 * count, or -1 after printing what is wrong (naming the set's file and line). */
static long collect_pictures(const qk_set *set, pub_file **out)
{
    *out = NULL;
    size_t n = 0, cap = 0;
    pub_file *files = NULL;
    const char *dir = set->dir ? set->dir : ".";
    int bad = 0;
    for (size_t r = 0; r < set->n_rounds; r++)
        for (size_t q = 0; q < set->rounds[r].n_questions; q++) {
            const qk_question *qq = &set->rounds[r].questions[q];
            if (!qq->picture)
                continue;
            const char *rel = qk_path_below(qq->picture, dir);
            bool seen = false;
            for (size_t i = 0; i < n && !seen; i++)
                seen = !strcmp(files[i].name, rel);
            if (seen)
                continue;
            if (!qk_set_install_name_ok(rel)) {
                fprintf(stderr, "%s:%d: error: ", set->path, qq->line);
                fprintf(stderr, qk_tr(QK_T_PUB_PICTURE_PATH), rel);
                fputc('\n', stderr);
                bad = 1;
                continue;
            }
            char err[1200];
            size_t len = 0;
            unsigned char *data = read_all(qq->picture, &len, err, sizeof err);
            if (!data) {
                fprintf(stderr, "%s:%d: error: ", set->path, qq->line);
                fprintf(stderr, qk_tr(QK_T_PUB_PICTURE_MISSING), rel, err);
                fputc('\n', stderr);
                bad = 1;
                continue;
            }
            if (n == cap) {
                size_t nc = cap ? cap * 2 : 8;
                pub_file *p = realloc(files, nc * sizeof *p);
                if (!p) {
                    free(data);
                    bad = 1;
                    break;
                }
                files = p;
                cap = nc;
            }
            files[n].name = strdup(rel);
            files[n].data = data;
            files[n].len = len;
            sha256_hex(data, len, files[n].hash);
            if (!files[n].name) {
                free(data);
                bad = 1;
                break;
            }
            n++;
        }
    *out = files;
    return bad ? -1 - (long)n : (long)n;
}

static void free_files(pub_file *files, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(files[i].name);
        free(files[i].data);
    }
    free(files);
}

/* Runs `sql` with text params (bytea ones as binary where `binary` says). */
static PGresult *exec_params(PGconn *c, const char *sql, int n, const char *const *vals,
                             const int *lens, const int *binary)
{
    return PQexecParams(c, sql, n, NULL, vals, lens, binary, 0);
}

static bool ok_result(PGconn *c, PGresult *r, const char *what, char *err, size_t cap)
{
    ExecStatusType s = PQresultStatus(r);
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK)
        return true;
    qk_pg_error(c, r, what, err, cap);
    return false;
}

/* Splits --stations "a,b,c" into ids (pointers into the malloc'ed copy *buf).
 * Returns the count, or -1 with a message for an empty or malformed id. */
static long split_stations(const char *list, char **buf, const char ***ids)
{
    *buf = NULL;
    *ids = NULL;
    if (!list)
        return 0;
    char *copy = strdup(list);
    size_t n = 1;
    for (const char *p = list; *p; p++)
        n += *p == ',';
    const char **v = calloc(n, sizeof *v);
    if (!copy || !v) {
        free(copy);
        free(v);
        return -1;
    }
    size_t k = 0;
    for (char *save = NULL, *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
        v[k++] = t;
    if (k != n) {
        fprintf(stderr, "quizkiosk: ");
        fprintf(stderr, qk_tr(QK_T_PUB_STATIONS_LIST), list);
        fputs(qk_tr(QK_D_U_TRY_HELP), stderr);
        free(copy);
        free(v);
        return -1;
    }
    *buf = copy;
    *ids = v;
    return (long)k;
}

int qk_cmd_publish(const qk_cli *cli, const char *path)
{
    if (!cli->server || !*cli->server) {
        fprintf(stderr, "quizkiosk: %s%s", qk_tr(QK_T_PUB_NO_SERVER), qk_tr(QK_D_U_TRY_HELP));
        return 2;
    }
    char *station_buf = NULL;
    const char **stations = NULL;
    long n_stations = split_stations(cli->stations, &station_buf, &stations);
    if (n_stations < 0)
        return 2;
    if (sodium_init() < 0) {
        fprintf(stderr, "quizkiosk: %s\n", qk_tr(QK_T_PUB_NO_SODIUM));
        free(station_buf);
        free(stations);
        return 1;
    }

    /* 1. The set, checked as --check checks it. */
    qk_diags diags;
    qk_diags_init(&diags);
    qk_set *set = qk_set_load(path, &diags);
    qk_diags_print(&diags, stderr);
    qk_diags_clear(&diags);
    int code = 1;
    pub_file *files = NULL;
    long n_files = 0;
    unsigned char *cfg = NULL;
    size_t cfg_len = 0;
    PGconn *c = NULL;
    char err[1200];
    if (!set) {
        fprintf(stderr, "quizkiosk: ");
        fprintf(stderr, qk_tr(QK_T_PUB_SET_ERRORS), path, path);
        fputc('\n', stderr);
        goto done;
    }
    const char *base = strrchr(set->path, '/');
    base = base ? base + 1 : set->path;
    size_t bl = strlen(base);
    if (base[0] == '.' || bl <= 4 || strcmp(base + bl - 4, ".cfg") != 0) {
        fprintf(stderr, "%s: error: %s\n", path, qk_tr(QK_T_PUB_BAD_NAME));
        goto done;
    }
    n_files = collect_pictures(set, &files);
    if (n_files < 0) {
        n_files = -1 - n_files;
        fprintf(stderr, "quizkiosk: %s\n", qk_tr(QK_T_PUB_PICTURES));
        goto done;
    }
    /* 2. The bytes sent are the bytes checked. */
    cfg = read_all(path, &cfg_len, err, sizeof err);
    char hash[65];
    if (!cfg) {
        fprintf(stderr, "quizkiosk: %s\n", err);
        goto done;
    }
    sha256_hex(cfg, cfg_len, hash);
    if (strcmp(hash, set->hash) != 0) {
        fprintf(stderr, "quizkiosk: ");
        fprintf(stderr, qk_tr(QK_T_PUB_CHANGED), path);
        fputc('\n', stderr);
        goto done;
    }

    /* 3. One transaction on the server. */
    c = qk_pg_connect(cli->server, getenv("QK_PASSWORD_FILE"), err, sizeof err);
    if (!c || qk_pg_migrate(c, err, sizeof err) < 0) {
        fprintf(stderr, "quizkiosk: %s\nquizkiosk: %s\n", err, qk_tr(QK_T_PUB_NOTHING));
        goto done;
    }
    PGresult *r = PQexec(c, "BEGIN");
    bool ok = ok_result(c, r, qk_tr(QK_T_PUB_BEGIN), err, sizeof err);
    PQclear(r);
    char publish_id[32] = "";
    if (ok) {
        char len_s[32];
        snprintf(len_s, sizeof len_s, "%zu", cfg_len);
        const char *vals[6] = {set->id, base, (const char *)cfg, hash,
                               cli->publish_active ? "true" : "false",
                               n_stations == 0 ? "true" : "false"};
        int lens[6] = {0, 0, (int)cfg_len, 0, 0, 0};
        int bin[6] = {0, 0, 1, 0, 0, 0};
        r = exec_params(c, "INSERT INTO published_sets (set_id, file_name, content, content_hash,"
                           " active, all_stations) VALUES ($1, $2, $3, $4, $5::boolean,"
                           " $6::boolean) RETURNING publish_id", 6, vals, lens, bin);
        ok = ok_result(c, r, qk_tr(QK_T_PUB_STORE_SET), err, sizeof err);
        if (ok)
            snprintf(publish_id, sizeof publish_id, "%s", PQgetvalue(r, 0, 0));
        PQclear(r);
    }
    for (long i = 0; ok && i < n_files; i++) {
        const char *vals[4] = {publish_id, files[i].name, (const char *)files[i].data,
                               files[i].hash};
        int lens[4] = {0, 0, (int)files[i].len, 0};
        int bin[4] = {0, 0, 1, 0};
        r = exec_params(c, "INSERT INTO published_set_files (publish_id, name, content,"
                           " content_hash) VALUES ($1::bigint, $2, $3, $4)", 4, vals, lens, bin);
        ok = ok_result(c, r, qk_tr(QK_T_PUB_STORE_PICTURE), err, sizeof err);
        PQclear(r);
    }
    for (long i = 0; ok && i < n_stations; i++) {
        const char *vals[2] = {publish_id, stations[i]};
        r = exec_params(c, "INSERT INTO published_set_targets (publish_id, station_id)"
                           " VALUES ($1::bigint, $2) ON CONFLICT DO NOTHING", 2, vals, NULL, NULL);
        ok = ok_result(c, r, qk_tr(QK_T_PUB_STORE_STATIONS), err, sizeof err);
        PQclear(r);
    }
    if (ok) {
        r = PQexec(c, "COMMIT");
        ok = ok_result(c, r, qk_tr(QK_T_PUB_COMMIT), err, sizeof err);
        PQclear(r);
    } else {
        PQclear(PQexec(c, "ROLLBACK"));
    }
    if (!ok) {
        fprintf(stderr, "quizkiosk: %s\nquizkiosk: %s\n", err, qk_tr(QK_T_PUB_NOTHING));
        goto done;
    }
    /* The singular entry for exactly 1 picture; both take the same arguments. */
    printf(qk_tr(n_files == 1 ? QK_T_PUB_DONE_ONE : QK_T_PUB_DONE), set->id, base, cfg_len,
           n_files, publish_id);
    if (n_stations == 0)
        fputs(qk_tr(QK_T_PUB_FOR_ALL), stdout);
    for (long i = 0; i < n_stations; i++)
        printf("%s%s", i ? ", " : qk_tr(QK_T_PUB_FOR_STATIONS), stations[i]);
    printf("%s%s", cli->publish_active ? qk_tr(QK_T_PUB_ACTIVE) : "", qk_tr(QK_T_PUB_FETCH_NOTE));
    code = 0;
done:
    if (c)
        PQfinish(c);
    free(cfg);
    free_files(files, n_files > 0 ? (size_t)n_files : 0);
    qk_set_free(set);
    free(station_buf);
    free(stations);
    return code;
}

/* quizkiosk --fetch-sets [--server URL] [--config FILE]: one look at the server
 * (--server, else the station file's results_server) for this station's
 * published sets, now (the kiosk does the same on its own
 * thread every sets_poll_interval seconds). The station id and quizzes folder
 * come from the station settings. A set published --active is made the active
 * one (the `active-set` choice, as the trainer menu makes it), which a kiosk
 * reads when it starts (a running kiosk fetches and switches by itself). Exit 0 when the server was read and every set
 * installed (or none was waiting), 1 when one was rejected, could not be
 * written, or the server could not be read. */
int qk_cmd_fetch_sets(const qk_cli *cli)
{
    qk_station station;
    qk_diags d;
    qk_diags_init(&d);
    bool ok = qk_station_find(&station, cli->config, cli->shipped_quizzes, &d);
    qk_diags_print(&d, stderr);
    qk_diags_clear(&d);
    if (!ok) {
        fprintf(stderr, "quizkiosk: %s\n", qk_tr(QK_T_STATION_ERRORS));
        qk_station_free(&station);
        return 1;
    }
    /* --server wins (with QK_PASSWORD_FILE, as for --migrate); else the
     * station's own results_server and its password file, as the kiosk uses. */
    bool own = !cli->server || !*cli->server;
    const char *uri = own ? station.results_server : cli->server;
    const char *pw = own ? station.results_server_password_file : getenv("QK_PASSWORD_FILE");
    if (!uri || !*uri) {
        fprintf(stderr, "quizkiosk: %s\n", qk_tr(QK_T_FETCH_NO_SERVER));
        qk_station_free(&station);
        return 2;
    }
    char err[1200];
    PGconn *c = qk_pg_connect(uri, pw, err, sizeof err);
    if (!c || qk_pg_migrate(c, err, sizeof err) < 0) {
        fprintf(stderr, "quizkiosk: %s\n", err);
        if (c)
            PQfinish(c);
        qk_station_free(&station);
        return 1;
    }
    qk_fetch_report rep;
    int rc = qk_set_fetch(c, station.station_id, station.quizzes_dir, &rep, err, sizeof err);
    PQfinish(c);
    for (size_t i = 0; i < rep.n; i++) {
        const qk_fetch_item *it = &rep.items[i];
        if (it->result == QK_INSTALL_OK) {
            printf(qk_tr(QK_T_FETCH_INSTALLED), it->set_id, it->file_name, it->publish_id,
                   station.quizzes_dir);
            putchar('\n');
        } else {
            fprintf(stderr, "quizkiosk: ");
            fprintf(stderr,
                    qk_tr(it->result == QK_INSTALL_IO ? QK_T_FETCH_IO : QK_T_FETCH_REJECTED),
                    it->set_id, it->file_name, it->publish_id, it->message);
            fputc('\n', stderr);
        }
    }
    if (rc != 0)
        fprintf(stderr, "quizkiosk: %s\n", err);
    else if (rep.n == 0) {
        printf(qk_tr(QK_T_FETCH_NONE), station.station_id);
        putchar('\n');
    }
    int code = rc == 0 && rep.rejected == 0 && rep.failed == 0 ? 0 : 1;
    if (rep.activate[0]) {
        qk_catalog *cat = qk_catalog_open(&station, &d);
        if (cat && qk_catalog_choose(cat, rep.activate, &d)) {
            printf(qk_tr(QK_T_FETCH_ACTIVE), rep.activate);
            putchar('\n');
        } else {
            qk_diags_print(&d, stderr);
            fprintf(stderr, "quizkiosk: ");
            fprintf(stderr, qk_tr(QK_T_FETCH_NOT_ACTIVE), rep.activate);
            fputc('\n', stderr);
            code = 1;
        }
        qk_diags_clear(&d);
        qk_catalog_free(cat);
    }
    qk_fetch_report_clear(&rep);
    qk_station_free(&station);
    return code;
}
