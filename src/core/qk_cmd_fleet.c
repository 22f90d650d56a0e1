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
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "qk_cli.h"
#include "qk_diag.h"
#include "qk_forward.h"
#include "qk_pg.h"
#include "qk_station.h"
#include "qk_store.h"

int qk_cmd_migrate(const qk_cli *cli)
{
    if (!cli->server || !*cli->server) {
        fputs("quizkiosk: --migrate needs --server URL (postgresql://USER@HOST/DB)\n"
              "Try 'quizkiosk --help' for more information.\n", stderr);
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
        printf("The server's schema is at version %d, the newest; nothing to do.\n", v);
    else
        printf("The server's schema went from version %d to %d.\n", before, v);
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
        fputs("quizkiosk: the station settings have errors (above); fix them and try "
              "again.\n", stderr);
        qk_station_free(&station);
        return 2;
    }
    if (!station.results_server) {
        fprintf(stderr, "quizkiosk: %s names no results_server, so there is nowhere to "
                "send the results; set results_server = \"postgresql://...\" (see "
                "docs/fleet.md)\n", station.path ? station.path : "the station settings");
        qk_station_free(&station);
        return 2;
    }
    struct stat sb;
    if (stat(station.results_db, &sb) != 0) {
        printf("No results stored yet (%s): nothing to send.\n", station.results_db);
        qk_station_free(&station);
        return 0;
    }
    /* The store's own open brings an older database to the outbox schema. */
    qk_store *store = qk_store_open(station.results_db);
    if (!store || !qk_store_ok(store)) {
        fprintf(stderr, "quizkiosk: %s: %s\n", station.results_db,
                store ? qk_store_status(store) : "out of memory");
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
    if (rc == 0) {
        if (left > 0)
            printf("Sent %ld result row%s to the results server; %ld more were stored "
                   "meanwhile and go with the station's forwarder.\n", sent,
                   sent == 1 ? "" : "s", left);
        else
            printf("Sent %ld result row%s to the results server; none left to send.\n",
                   sent, sent == 1 ? "" : "s");
    } else {
        fprintf(stderr, "quizkiosk: %s\n", err);
        fprintf(stderr, "quizkiosk: sent %ld row%s; %ld still to send (they stay on the "
                "station and go the next time the server is reached)\n", sent,
                sent == 1 ? "" : "s", left < 0 ? 0 : left);
    }
    qk_station_free(&station);
    return rc == 0 ? 0 : 1;
}
