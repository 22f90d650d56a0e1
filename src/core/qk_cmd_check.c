/* qk_cmd_check.c: `quizkiosk --check FILE...`, the trainer's validator.
 *
 * Loads each file with the real loader (so --check accepts exactly what the
 * kiosk accepts) and prints every problem on stderr as
 * "FILE:LINE: error: MESSAGE" or "FILE:LINE: warning: MESSAGE", the form that
 * editors and CI jump to, and one line "FILE: ok (N rounds, M questions)" on
 * stdout per valid file. Exit status: 0 when every file is valid (warnings
 * allowed), 1 when any is not. main.c handles the usage errors (status 2).
 */
#include <stdio.h>

#include "qk_cli.h"
#include "qk_diag.h"
#include "qk_loader.h"

int qk_cmd_check(int nfiles, char **files)
{
    /* stdout's buffer is given here, not left to stdio: stdio mallocs it at
     * the first printf, which came after the load had freed libconfig's
     * hundreds of thousands of small chunks, and that malloc made glibc
     * consolidate them all (~20 ms of a 10,000-question --check). */
    static char out_buf[8192];
    setvbuf(stdout, out_buf, _IOLBF, sizeof out_buf);
    int bad = 0;
    for (int i = 0; i < nfiles; i++) {
        qk_diags diags;
        qk_diags_init(&diags);
        qk_set *set = qk_set_load(files[i], &diags);
        fflush(stdout);
        qk_diags_print(&diags, stderr);
        fflush(stderr);
        if (set) {
            size_t nq = qk_set_question_count(set);
            printf("%s: ok (%zu round%s, %zu question%s", files[i], set->n_rounds,
                   set->n_rounds == 1 ? "" : "s", nq, nq == 1 ? "" : "s");
            if (diags.warnings)
                printf(", %zu warning%s", diags.warnings, diags.warnings == 1 ? "" : "s");
            printf(")\n");
        } else {
            bad++;
            if (diags.errors == 0) /* cannot happen, but never fail silently */
                fprintf(stderr, "%s:0: error: the set could not be loaded\n", files[i]);
        }
        qk_set_free(set);
        qk_diags_clear(&diags);
    }
    if (nfiles > 1 && bad)
        fprintf(stderr, "quizkiosk: %d of %d files have errors\n", bad, nfiles);
    return bad ? 1 : 0;
}
