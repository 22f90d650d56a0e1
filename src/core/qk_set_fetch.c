/* qk_set_fetch.c: fetching published sets (see qk_set_fetch.h).
 *
 * The list of pending publishings is read in text format; each set's bytes and
 * its pictures are then read in binary format (bytea as raw bytes, no escaping),
 * one publishing at a time, so memory holds one set with its pictures at most.
 * The install record is an upsert (a station answers each publishing once; a
 * second look, e.g. from --fetch-sets while the kiosk also looks, only writes
 * the same answer again).
 */
#include "qk_set_fetch.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "qk_path.h"

void qk_fetch_report_clear(qk_fetch_report *r)
{
    if (!r)
        return;
    free(r->items);
    memset(r, 0, sizeof *r);
}

/* The first error of `d` as one line, into out[cap]. */
static void first_error(const qk_diags *d, char *out, size_t cap)
{
    out[0] = '\0';
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].severity == QK_DIAG_ERROR) {
            const qk_diag *g = &d->items[i];
            const char *file = g->file ? strrchr(g->file, '/') : NULL;
            file = file ? file + 1 : (g->file ? g->file : "");
            if (g->line > 0)
                snprintf(out, cap, "%s:%d: %s", file, g->line, qk_diag_text(g, QK_LANG_EN));
            else
                snprintf(out, cap, "%s: %s", file, qk_diag_text(g, QK_LANG_EN));
            return;
        }
    snprintf(out, cap, "the set could not be installed");
}

/* Adds (hash, file name, publish id) to quizzes_dir/.published, replacing an
 * earlier line for the same file name; written to a temporary file and renamed. */
static void remember_published(const char *quizzes_dir, const char *hash, const char *file_name,
                               long long publish_id)
{
    char *path = qk_path_join(quizzes_dir, QK_PUBLISHED_LIST);
    char *tmp = qk_path_join(quizzes_dir, QK_PUBLISHED_LIST ".tmp");
    FILE *in = path ? fopen(path, "r") : NULL;
    FILE *out = tmp ? fopen(tmp, "w") : NULL;
    if (out) {
        char line[600];
        while (in && fgets(line, sizeof line, in)) {
            char h[65], name[300];
            if (sscanf(line, "%64s %299s", h, name) == 2 && strcmp(name, file_name) != 0)
                fputs(line, out);
        }
        fprintf(out, "%s %s %lld\n", hash, file_name, publish_id);
        bool ok = fflush(out) == 0 && fsync(fileno(out)) == 0;
        ok = (fclose(out) == 0) && ok;
        if (ok)
            ok = rename(tmp, path) == 0;
        if (!ok)
            unlink(tmp);
    }
    if (in)
        fclose(in);
    free(path);
    free(tmp);
}

bool qk_set_fetch_is_published(const char *quizzes_dir, const char *sha256_hex)
{
    if (!quizzes_dir || !sha256_hex || !*sha256_hex)
        return false;
    char *path = qk_path_join(quizzes_dir, QK_PUBLISHED_LIST);
    FILE *in = path ? fopen(path, "r") : NULL;
    free(path);
    bool found = false;
    char line[600];
    while (in && !found && fgets(line, sizeof line, in)) {
        char h[65];
        found = sscanf(line, "%64s", h) == 1 && strcmp(h, sha256_hex) == 0;
    }
    if (in)
        fclose(in);
    return found;
}

static int record(PGconn *c, long long publish_id, const char *station_id, bool installed,
                  const char *message, char *err, size_t cap)
{
    char id[32];
    snprintf(id, sizeof id, "%lld", publish_id);
    const char *vals[4] = {id, station_id, installed ? "installed" : "rejected",
                           installed ? NULL : message};
    PGresult *r = PQexecParams(c,
        "INSERT INTO published_set_installs (publish_id, station_id, result, message)"
        " VALUES ($1::bigint, $2, $3, $4) ON CONFLICT (publish_id, station_id) DO UPDATE"
        " SET result = EXCLUDED.result, message = EXCLUDED.message, at = now()",
        4, NULL, vals, NULL, NULL, 0);
    int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        qk_pg_error(c, r, "reporting the install result to the server", err, cap);
    PQclear(r);
    return ok ? 0 : -1;
}

/* Downloads and installs one publishing; fills it->result and it->message. */
static int install_one(PGconn *c, const char *quizzes_dir, qk_fetch_item *it, char *hash,
                       char *err, size_t cap)
{
    char id[32];
    snprintf(id, sizeof id, "%lld", it->publish_id);
    const char *vals[1] = {id};
    PGresult *set = PQexecParams(c, "SELECT content FROM published_sets WHERE publish_id ="
                                    " $1::bigint", 1, NULL, vals, NULL, NULL, 1);
    PGresult *files = PQexecParams(c, "SELECT name, content FROM published_set_files WHERE"
                                      " publish_id = $1::bigint ORDER BY name",
                                   1, NULL, vals, NULL, NULL, 1);
    int rc = 0;
    if (PQresultStatus(set) != PGRES_TUPLES_OK || PQresultStatus(files) != PGRES_TUPLES_OK) {
        qk_pg_error(c, PQresultStatus(set) != PGRES_TUPLES_OK ? set : files,
                    "downloading a published set", err, cap);
        rc = -1;
    } else if (PQntuples(set) != 1) {
        snprintf(err, cap, "publishing %s disappeared from the server while being fetched", id);
        rc = -1;
    } else {
        int nf = PQntuples(files);
        qk_set_file *fv = calloc(nf > 0 ? (size_t)nf : 1, sizeof *fv);
        char **names = calloc(nf > 0 ? (size_t)nf : 1, sizeof *names);
        if (!fv || !names) {
            snprintf(err, cap, "out of memory fetching a published set");
            rc = -1;
        }
        for (int i = 0; rc == 0 && i < nf; i++) {
            /* text in binary format: its bytes, without a terminating NUL */
            int ln = PQgetlength(files, i, 0);
            names[i] = malloc((size_t)ln + 1);
            if (!names[i]) {
                rc = -1;
                break;
            }
            memcpy(names[i], PQgetvalue(files, i, 0), (size_t)ln);
            names[i][ln] = '\0';
            fv[i].name = names[i];
            fv[i].data = PQgetvalue(files, i, 1);
            fv[i].len = (size_t)PQgetlength(files, i, 1);
        }
        if (rc == 0) {
            qk_diags d;
            qk_diags_init(&d);
            it->result = qk_set_install(quizzes_dir, it->file_name, PQgetvalue(set, 0, 0),
                                        (size_t)PQgetlength(set, 0, 0), hash, fv, (size_t)nf, &d);
            if (it->result != QK_INSTALL_OK)
                first_error(&d, it->message, sizeof it->message);
            qk_diags_clear(&d);
        } else if (!err[0]) {
            snprintf(err, cap, "out of memory fetching a published set");
        }
        for (int i = 0; names && i < nf; i++)
            free(names[i]);
        free(names);
        free(fv);
    }
    PQclear(set);
    PQclear(files);
    return rc;
}

int qk_set_fetch(PGconn *c, const char *station_id, const char *quizzes_dir,
                 qk_fetch_report *out, char *err, size_t cap)
{
    memset(out, 0, sizeof *out);
    if (err && cap)
        err[0] = '\0';
    const char *vals[1] = {station_id};
    PGresult *r = PQexecParams(c,
        "SELECT p.publish_id, p.set_id, p.file_name, p.content_hash, p.active"
        " FROM published_sets p WHERE (p.all_stations OR EXISTS (SELECT 1 FROM"
        " published_set_targets t WHERE t.publish_id = p.publish_id AND t.station_id = $1))"
        " AND NOT EXISTS (SELECT 1 FROM published_set_installs i WHERE i.publish_id ="
        " p.publish_id AND i.station_id = $1) ORDER BY p.publish_id",
        1, NULL, vals, NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        qk_pg_error(c, r, "looking for published sets", err, cap);
        PQclear(r);
        return -1;
    }
    int n = PQntuples(r);
    out->items = calloc(n > 0 ? (size_t)n : 1, sizeof *out->items);
    if (!out->items) {
        snprintf(err, cap, "out of memory looking for published sets");
        PQclear(r);
        return -1;
    }
    int rc = 0;
    for (int i = 0; i < n && rc == 0; i++) {
        qk_fetch_item *it = &out->items[out->n++];
        it->publish_id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
        snprintf(it->set_id, sizeof it->set_id, "%s", PQgetvalue(r, i, 1));
        snprintf(it->file_name, sizeof it->file_name, "%s", PQgetvalue(r, i, 2));
        char hash[80];
        snprintf(hash, sizeof hash, "%s", PQgetvalue(r, i, 3));
        it->active = PQgetvalue(r, i, 4)[0] == 't';
        if (install_one(c, quizzes_dir, it, hash, err, cap) != 0) {
            out->n--;
            rc = -1;
            break;
        }
        if (it->result == QK_INSTALL_IO) {
            out->failed++; /* the station's own problem: not reported, tried again */
            continue;
        }
        bool installed = it->result == QK_INSTALL_OK;
        if (installed) {
            out->installed++;
            remember_published(quizzes_dir, hash, it->file_name, it->publish_id);
            if (it->active)
                snprintf(out->activate, sizeof out->activate, "%s", it->set_id);
        } else {
            out->rejected++;
        }
        if (record(c, it->publish_id, station_id, installed, it->message, err, cap) != 0)
            rc = -1;
    }
    PQclear(r);
    return rc;
}
