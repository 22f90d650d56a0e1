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
 * it returns.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sodium.h>

#include "qk_cli.h"
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
        snprintf(err, cap, "%s: cannot read it (%s)", path,
                 f ? "not a regular file" : strerror(errno));
        if (f)
            fclose(f);
        return NULL;
    }
    if (sb.st_size > QK_PUBLISH_MAX_FILE) {
        snprintf(err, cap, "%s: %lld bytes is more than a set may carry (%ld MiB a file)",
                 path, (long long)sb.st_size, QK_PUBLISH_MAX_FILE / (1024 * 1024));
        fclose(f);
        return NULL;
    }
    size_t want = (size_t)sb.st_size;
    unsigned char *buf = malloc(want ? want : 1);
    size_t got = buf ? fread(buf, 1, want, f) : 0;
    int bad = !buf || got != want || ferror(f);
    fclose(f);
    if (bad) {
        snprintf(err, cap, "%s: %s", path, buf ? "could not be read whole" : "out of memory");
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
                fprintf(stderr, "%s:%d: error: picture \"%s\" is not a plain path inside the "
                        "set's folder, so it cannot travel with the set\n", set->path,
                        qq->line, rel);
                bad = 1;
                continue;
            }
            char err[1200];
            size_t len = 0;
            unsigned char *data = read_all(qq->picture, &len, err, sizeof err);
            if (!data) {
                fprintf(stderr, "%s:%d: error: picture \"%s\" must travel with the set: %s\n",
                        set->path, qq->line, rel, err);
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
        fprintf(stderr, "quizkiosk: --stations wants station ids separated by commas, with "
                "none empty (got '%s')\nTry 'quizkiosk --help' for more information.\n", list);
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
        fputs("quizkiosk: --publish needs --server URL (postgresql://USER@HOST/DB)\n"
              "Try 'quizkiosk --help' for more information.\n", stderr);
        return 2;
    }
    char *station_buf = NULL;
    const char **stations = NULL;
    long n_stations = split_stations(cli->stations, &station_buf, &stations);
    if (n_stations < 0)
        return 2;
    if (sodium_init() < 0) {
        fputs("quizkiosk: libsodium failed to start: cannot hash the set\n", stderr);
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
        fprintf(stderr, "quizkiosk: %s has errors (above): nothing was published; fix them "
                "and check with quizkiosk --check %s\n", path, path);
        goto done;
    }
    const char *base = strrchr(set->path, '/');
    base = base ? base + 1 : set->path;
    size_t bl = strlen(base);
    if (base[0] == '.' || bl <= 4 || strcmp(base + bl - 4, ".cfg") != 0) {
        fprintf(stderr, "%s: error: a published set's file name must end in .cfg and not "
                "start with '.' (stations skip such files): rename it\n", path);
        goto done;
    }
    n_files = collect_pictures(set, &files);
    if (n_files < 0) {
        n_files = -1 - n_files;
        fprintf(stderr, "quizkiosk: nothing was published: every picture must come along\n");
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
        fprintf(stderr, "quizkiosk: %s changed while it was being published: nothing was "
                "published; run the command again\n", path);
        goto done;
    }

    /* 3. One transaction on the server. */
    c = qk_pg_connect(cli->server, getenv("QK_PASSWORD_FILE"), err, sizeof err);
    if (!c || qk_pg_migrate(c, err, sizeof err) < 0) {
        fprintf(stderr, "quizkiosk: %s\nquizkiosk: nothing was published.\n", err);
        goto done;
    }
    PGresult *r = PQexec(c, "BEGIN");
    bool ok = ok_result(c, r, "starting the publishing", err, sizeof err);
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
        ok = ok_result(c, r, "storing the set", err, sizeof err);
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
        ok = ok_result(c, r, "storing a picture", err, sizeof err);
        PQclear(r);
    }
    for (long i = 0; ok && i < n_stations; i++) {
        const char *vals[2] = {publish_id, stations[i]};
        r = exec_params(c, "INSERT INTO published_set_targets (publish_id, station_id)"
                           " VALUES ($1::bigint, $2) ON CONFLICT DO NOTHING", 2, vals, NULL, NULL);
        ok = ok_result(c, r, "storing the stations", err, sizeof err);
        PQclear(r);
    }
    if (ok) {
        r = PQexec(c, "COMMIT");
        ok = ok_result(c, r, "committing the publishing", err, sizeof err);
        PQclear(r);
    } else {
        PQclear(PQexec(c, "ROLLBACK"));
    }
    if (!ok) {
        fprintf(stderr, "quizkiosk: %s\nquizkiosk: nothing was published.\n", err);
        goto done;
    }
    printf("Published %s (%s, %zu bytes, %ld picture%s) as number %s, for ", set->id, base,
           cfg_len, n_files, n_files == 1 ? "" : "s", publish_id);
    if (n_stations == 0)
        printf("every station");
    for (long i = 0; i < n_stations; i++)
        printf("%s%s", i ? ", " : "station ", stations[i]);
    printf("%s.\nStations fetch it at their next look at the server (sets_poll_interval).\n",
           cli->publish_active ? ", to become the active set between sessions" : "");
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
        fprintf(stderr, "quizkiosk: the station settings have errors (above); fix them and "
                "try again.\n");
        qk_station_free(&station);
        return 1;
    }
    /* --server wins (with QK_PASSWORD_FILE, as for --migrate); else the
     * station's own results_server and its password file, as the kiosk uses. */
    bool own = !cli->server || !*cli->server;
    const char *uri = own ? station.results_server : cli->server;
    const char *pw = own ? station.results_server_password_file : getenv("QK_PASSWORD_FILE");
    if (!uri || !*uri) {
        fprintf(stderr, "quizkiosk: --fetch-sets needs --server URL, or results_server in the "
                "station file (see docs/fleet.md)\n");
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
        if (it->result == QK_INSTALL_OK)
            printf("Installed %s (%s, publishing %lld) in %s.\n", it->set_id, it->file_name,
                   it->publish_id, station.quizzes_dir);
        else
            fprintf(stderr, "quizkiosk: %s (%s, publishing %lld) %s: %s\n", it->set_id,
                    it->file_name, it->publish_id,
                    it->result == QK_INSTALL_IO ? "could not be written here (tried again next "
                                                  "time)"
                                                : "was rejected; the station keeps what it had",
                    it->message);
    }
    if (rc != 0)
        fprintf(stderr, "quizkiosk: %s\n", err);
    else if (rep.n == 0)
        printf("No new sets for station %s on the server.\n", station.station_id);
    int code = rc == 0 && rep.rejected == 0 && rep.failed == 0 ? 0 : 1;
    if (rep.activate[0]) {
        qk_catalog *cat = qk_catalog_open(&station, &d);
        if (cat && qk_catalog_choose(cat, rep.activate, &d))
            printf("%s is now the active set (a kiosk running meanwhile keeps its set until "
                   "it is started again).\n", rep.activate);
        else {
            qk_diags_print(&d, stderr);
            fprintf(stderr, "quizkiosk: %s could not be made the active set\n", rep.activate);
            code = 1;
        }
        qk_diags_clear(&d);
        qk_catalog_free(cat);
    }
    qk_fetch_report_clear(&rep);
    qk_station_free(&station);
    return code;
}
