/* qk_cmd_fleet.c: the command-line tools for the central results server.
 *
 * quizkiosk --server URL --migrate brings the server's schema to the version this
 * program knows (qk_pg_migrate). The password comes by libpq's own rules
 * (PGPASSWORD, PGPASSFILE, ~/.pgpass) or QK_PASSWORD_FILE, a file checked like a
 * station's results_server_password_file (mode 0600, the caller's own).
 * Exit 0 when the server is at the newest version, 1 when it could not be reached
 * or migrated (the message says why), 2 on wrong usage.
 *
 * quizkiosk --sync [--config FILE] finds the station file as the kiosk does,
 * opens its results database (bringing it to the current schema, so an older
 * station's history is queued too), and sends the whole outbox to its
 * results_server now, on this thread (qk_forward_sync). Exit 0 when every row
 * queued at the start is on the server, 1 when the server could not be reached
 * or refused (what was sent stays sent; the rest stays queued), 2 when the
 * station file has errors or names no results_server.
 *
 * What both say is in the tools' language (qk_tr: the environment or --lang);
 * the server's and libpq's own words inside a message stay as they come.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "qk_cli.h"
#include "qk_diag.h"
#include "qk_forward.h"
#include "qk_i18n.h"
#include "qk_pg.h"
#include "qk_station.h"
#include "qk_store.h"

int qk_cmd_migrate(const qk_cli *cli)
{
    if (!cli->server || !*cli->server) {
        fprintf(stderr, "quizkiosk: %s%s", qk_tr(QK_T_MIGRATE_NO_SERVER), qk_tr(QK_D_U_TRY_HELP));
        return 2;
    }
    char err[1024];
    PGconn *c = qk_pg_connect(cli->server, getenv("QK_PASSWORD_FILE"), err, sizeof err);
    if (!c) {
        fprintf(stderr, "quizkiosk: %s\n", err);
        return 1;
    }
    int before = 0;
    int v = qk_pg_migrate_from(c, &before, err, sizeof err);
    PQfinish(c);
    if (v < 0) {
        fprintf(stderr, "quizkiosk: %s\n", err);
        return 1;
    }
    if (before == v)
        printf(qk_tr(QK_T_MIGRATE_NEWEST), v);
    else
        printf(qk_tr(QK_T_MIGRATE_WENT), before, v);
    putchar('\n');
    return 0;
}

int qk_cmd_sync(const qk_cli *cli)
{
    qk_station station;
    qk_diags diags;
    qk_diags_init(&diags);
    bool ok = qk_station_find(&station, cli->config, cli->shipped_quizzes, &diags);
    qk_diags_print(&diags, stderr);
    qk_diags_clear(&diags);
    if (!ok) {
        fprintf(stderr, "quizkiosk: %s\n", qk_tr(QK_T_STATION_ERRORS));
        qk_station_free(&station);
        return 2;
    }
    if (!station.results_server) {
        fprintf(stderr, "quizkiosk: ");
        fprintf(stderr, qk_tr(QK_T_SYNC_NO_SERVER),
                station.path ? station.path : qk_tr(QK_T_THE_SETTINGS));
        fputc('\n', stderr);
        qk_station_free(&station);
        return 2;
    }
    struct stat sb;
    if (stat(station.results_db, &sb) != 0) {
        printf(qk_tr(QK_T_SYNC_NONE_STORED), station.results_db);
        putchar('\n');
        qk_station_free(&station);
        return 0;
    }
    /* The store's own open brings an older database to the outbox schema. */
    qk_store *store = qk_store_open(station.results_db);
    if (!store || !qk_store_ok(store)) {
        fprintf(stderr, "quizkiosk: %s: %s\n", station.results_db,
                store ? qk_store_status(store) : qk_tr(QK_T_OUT_OF_MEMORY));
        qk_store_close(store);
        qk_station_free(&station);
        return 1;
    }
    qk_store_close(store);

    qk_forward_options o = {
        .db_path = station.results_db,
        .server = station.results_server,
        .password_file = station.results_server_password_file,
    };
    char err[1024] = "";
    long sent = 0, left = 0;
    int rc = qk_forward_sync(&o, &sent, &left, err, sizeof err);
    /* The singular entry for exactly 1 row sent; both take the same arguments. */
    bool one = sent == 1;
    if (rc == 0) {
        if (left > 0)
            printf(qk_tr(one ? QK_T_SYNC_SENT_ONE_MORE : QK_T_SYNC_SENT_MORE), sent, left);
        else
            printf(qk_tr(one ? QK_T_SYNC_SENT_ONE : QK_T_SYNC_SENT), sent);
        putchar('\n');
    } else {
        fprintf(stderr, "quizkiosk: ");
        fprintf(stderr, qk_tr(QK_T_SYNC_FAILED), err);
        fprintf(stderr, "\nquizkiosk: ");
        fprintf(stderr, qk_tr(one ? QK_T_SYNC_LEFT_ONE : QK_T_SYNC_LEFT), sent,
                left < 0 ? 0 : left);
        fputc('\n', stderr);
    }
    qk_station_free(&station);
    return rc == 0 ? 0 : 1;
}
