/* qk_cmd_fleet.c: the command-line tools for the central results server.
 *
 * quizkiosk --server URL --migrate brings the server's schema to the version this
 * program knows (qk_pg_migrate). The password comes by libpq's own rules
 * (PGPASSWORD, PGPASSFILE, ~/.pgpass) or QK_PASSWORD_FILE, a file checked like a
 * station's results_server_password_file (mode 0600, the caller's own).
 * Exit 0 when the server is at the newest version, 1 when it could not be reached
 * or migrated (the message says why), 2 on wrong usage.
 */
#include <stdio.h>
#include <stdlib.h>

#include "qk_cli.h"
#include "qk_pg.h"

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
