/* qk_cmd_check.c: `quizkiosk --check FILE...`, the trainer's validator.
 *
 * Loads each file with the real loader (so --check accepts exactly what the
 * kiosk accepts) and prints every problem on stderr as
 * "FILE:LINE: error: MESSAGE" or "FILE:LINE: warning: MESSAGE", the form that
 * editors and CI jump to, and one line "FILE: ok (N rounds, M questions)" on
 * stdout per valid file. All of it in the language chosen by --lang or the
 * environment (qk_i18n_set_from_env), but the words "error", "warning", "ok". Exit status: 0 when every file is valid (warnings
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
    /* The set's SHA-256 is never printed here: not computing it saves its
     * thread (~8 ms of CPU for a 10,000-question set). */
    static const qk_load_opts check_opts = {.skip_hash = true};
    int bad = 0;
    for (int i = 0; i < nfiles; i++) {
        qk_diags diags;
        qk_diags_init(&diags);
        qk_set *set = qk_set_load_with(files[i], &check_opts, &diags);
        fflush(stdout);
        qk_diags_print(&diags, stderr);
        fflush(stderr);
        if (set) {
            qk_phrase rounds, questions, warnings;
            qk_phrase_count(&rounds, set->n_rounds, QK_D_C_ROUND, QK_D_C_ROUNDS);
            qk_phrase_count(&questions, qk_set_question_count(set), QK_D_C_QUESTION,
                            QK_D_C_QUESTIONS);
            qk_phrase_count(&warnings, diags.warnings, QK_D_C_WARNING, QK_D_C_WARNINGS);
            if (diags.warnings)
                qk_diag_printt(stdout, QK_D_CHECK_OK_WARN, files[i], &rounds, &questions,
                               &warnings);
            else
                qk_diag_printt(stdout, QK_D_CHECK_OK, files[i], &rounds, &questions);
            putchar('\n');
        } else {
            bad++;
            if (diags.errors == 0) { /* cannot happen, but never fail silently */
                qk_diag_addt(&diags, QK_DIAG_ERROR, files[i], 0, QK_D_CHECK_NOT_LOADED);
                qk_diags_print(&diags, stderr);
            }
        }
        qk_set_free(set);
        qk_diags_clear(&diags);
    }
    if (nfiles > 1 && bad) {
        qk_diag_printt(stderr, QK_D_CHECK_FILES_BAD, bad, nfiles);
        fputc('\n', stderr);
    }
    return bad ? 1 : 0;
}
