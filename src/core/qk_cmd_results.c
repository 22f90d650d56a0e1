/* qk_cmd_results.c: --export-results and --stats (placeholder). */
#include <stdio.h>
#include "qk_cli.h"
int qk_cmd_export_results(const qk_cli *cli, const char *csv_path)
{
    (void)cli;
    fprintf(stderr, "quizkiosk: --export-results is not built yet (%s)\n", csv_path);
    return 2;
}
int qk_cmd_stats(const qk_cli *cli)
{
    (void)cli;
    fprintf(stderr, "quizkiosk: --stats is not built yet\n");
    return 2;
}
