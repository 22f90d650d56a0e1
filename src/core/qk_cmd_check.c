/* qk_cmd_check.c: quizkiosk --check (placeholder until the loader lands). */
#include <stdio.h>
#include "qk_cli.h"
int qk_cmd_check(int nfiles, char **files)
{
    (void)files;
    fprintf(stderr, "quizkiosk: --check is not built yet (%d files)\n", nfiles);
    return 2;
}
