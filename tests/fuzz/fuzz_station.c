/* fuzz_station.c: libFuzzer harness for the station settings file.
 *
 * qk_station_load reads a path (it checks the file's size and resolves
 * relative paths against its folder), so each input is written to one file
 * in a private temporary folder and loaded from there, starting from the
 * built-in defaults each time. The folder is in /dev/shm when there is one:
 * rewriting a file on ext4 flushes it on close (auto_da_alloc), which made
 * the harness 20 times slower. The folder is removed at exit.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "qk_station.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[256];
static char file[300];

static void remove_dir(void)
{
    unlink(file);
    rmdir(dir);
}

static bool write_input(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        const char *tmp = getenv("TMPDIR");
        if (access("/dev/shm", W_OK) == 0)
            tmp = "/dev/shm";
        snprintf(dir, sizeof dir, "%s/qk-fuzz-station-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(dir)) {
            perror("fuzz_station: mkdtemp");
            abort();
        }
        snprintf(file, sizeof file, "%s/station.cfg", dir);
        atexit(remove_dir);
    }
    FILE *f = fopen(file, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, size, f) == size;
    return fclose(f) == 0 && ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!write_input(data, size))
        return 0;
    qk_station st;
    memset(&st, 0, sizeof st);
    qk_diags diags;
    qk_diags_init(&diags);
    qk_station_load(&st, file, &diags);
    qk_station_free(&st);
    qk_diags_clear(&diags);
    return 0;
}
