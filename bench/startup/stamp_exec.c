/* stamp_exec.c: prints "exec CLOCK_MONOTONIC_NS" to stderr, then becomes the
 * program named by its arguments (execvp), so that the time from exec to the
 * program's first frame can be measured in one clock. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: stamp_exec PROGRAM [ARG]...\n", stderr);
        return 2;
    }
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    fprintf(stderr, "exec %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    fflush(stderr);
    execvp(argv[1], argv + 1);
    perror(argv[1]);
    return 127;
}
