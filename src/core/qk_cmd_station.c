/* qk_cmd_station.c: --check-config and --hash-pin (placeholder). */
#include <stdio.h>
#include "qk_cli.h"
int qk_cmd_check_config(const char *path)
{
    fprintf(stderr, "quizkiosk: --check-config is not built yet (%s)\n", path);
    return 2;
}
int qk_cmd_hash_pin(void)
{
    fprintf(stderr, "quizkiosk: --hash-pin is not built yet\n");
    return 2;
}
