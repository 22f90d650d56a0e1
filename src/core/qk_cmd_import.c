/* qk_cmd_import.c: `quizkiosk --import FILE... -o OUT.cfg` and
 * `quizkiosk --export-gift SET.cfg -o OUT.gift`, question banks in and out.
 *
 * Import reads every file with the reader its content calls for (GIFT or
 * Aiken; --from forces one) into one bank, writes the bank with the
 * libconfig set writer and then loads what it wrote with the set loader, the
 * same check as `--check`: OUT is only left in place when it passes. Exit
 * status: 0 when at least one question was imported and OUT passes, 1 when
 * nothing could be imported (or OUT could not be written), 2 on wrong usage
 * (main.c). Every problem goes to stderr as FILE:LINE: error:/warning:.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qk_cli.h"
#include "qk_fmt_aiken.h"
#include "qk_fmt_gift.h"
#include "qk_fmt_import.h"
#include "qk_fmt_libconfig_write.h"
#include "qk_fmt_text.h"
#include "qk_loader.h"

/* The file name without folders and extension. */
/* "OUT: error: cannot write the file: WHY", in the current language. */
static void cannot_write(const char *out)
{
    int e = errno;
    qk_diags d;
    qk_diags_init(&d);
    qk_diag_addt(&d, QK_DIAG_ERROR, out, 0, QK_D_CANNOT_WRITE, strerror(e));
    qk_diags_print(&d, stderr);
    qk_diags_clear(&d);
}

static char *stem(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    char *s = strdup(b);
    if (s) {
        char *dot = strrchr(s, '.');
        if (dot && dot != s)
            *dot = '\0';
    }
    return s;
}

/* Writes to a temporary file next to `path`, then renames it into place. */
static FILE *open_temp(const char *path, char **tmp_out)
{
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (!tmp)
        return NULL;
    snprintf(tmp, n, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        free(tmp);
        return NULL;
    }
    *tmp_out = tmp;
    return f;
}

int qk_cmd_import(const qk_cli *cli, int nfiles, char **files)
{
    qk_diags diags;
    qk_diags_init(&diags);
    char *def_stem = stem(cli->out);
    char *id = qk_make_id(cli->set_id ? cli->set_id : def_stem ? def_stem : "import",
                          QK_MAX_ID_BYTES);
    char *title_stem = stem(files[0]);
    const char *title = cli->set_title ? cli->set_title : title_stem ? title_stem : "Import";
    const char *language = cli->set_language ? cli->set_language : "nb";
    qk_bank bank;
    int rc = 1;
    if (!id || !*id || !qk_bank_init(&bank, &diags, id, title, language)) {
        qk_diag_printt(stderr, QK_D_TOOL_OOM);
        fputc('\n', stderr);
        free(id);
        free(def_stem);
        free(title_stem);
        return 1;
    }
    size_t hdr_cap = 512, hdr_len = 0;
    char *header = malloc(hdr_cap);
    if (header)
        header[0] = '\0';
    for (int i = 0; i < nfiles; i++) {
        qk_file_bytes fb;
        if (!qk_file_read(files[i], &diags, &fb))
            continue;
        const char *text;
        size_t len;
        char *owned = NULL;
        bool oom = false;
        if (qk_text_decode(&diags, files[i], fb.data, fb.len, &text, &len, &owned, &oom) &&
            qk_text_check(&diags, files[i], text, len)) {
            bool aiken = cli->from ? strcmp(cli->from, "aiken") == 0
                                   : !qk_gift_looks_like(text, len) &&
                                         qk_aiken_looks_like(text, len);
            if (aiken)
                qk_aiken_read(&bank, files[i], text, len);
            else
                qk_gift_read(&bank, files[i], text, len);
            char line[600];
            snprintf(line, sizeof line, "%sImported from %s (%s%s) by quizkiosk --import.\n",
                     hdr_len ? "" : "", files[i], aiken ? "Aiken" : "GIFT",
                     cli->from ? ", as asked" : ", from its content");
            size_t ln = strlen(line);
            if (header && hdr_len + ln + 1 > hdr_cap) {
                char *nh = realloc(header, (hdr_len + ln + 1) * 2);
                if (nh) {
                    header = nh;
                    hdr_cap = (hdr_len + ln + 1) * 2;
                }
            }
            if (header && hdr_len + ln + 1 <= hdr_cap) {
                memcpy(header + hdr_len, line, ln + 1);
                hdr_len += ln;
            }
        }
        free(owned);
        qk_file_bytes_free(&fb);
    }
    qk_diags_print(&diags, stderr);
    size_t imported = bank.imported, left = bank.left_out, errors = diags.errors;
    if (imported == 0) {
        qk_phrase n_errors;
        qk_phrase_count(&n_errors, errors, QK_D_C_ERROR, QK_D_C_ERRORS);
        qk_diag_printt(stderr, QK_D_IMPORT_NOTHING, left, &n_errors, cli->out);
        fputc('\n', stderr);
        goto done;
    }
    const char tail[] = "Every question's first comment says where it came from. Answers keep "
                        "the source's order;\nthe kiosk shuffles them (shuffle = true). Check "
                        "the set after editing it:\n  quizkiosk --check FILE\n(see "
                        "docs/question-sets.md, \"From Moodle\").";
    if (header) {
        char *nh = realloc(header, hdr_len + sizeof tail + 1);
        if (nh) {
            header = nh;
            memcpy(header + hdr_len, tail, sizeof tail);
        }
    }
    {
        char *tmp = NULL;
        FILE *f = open_temp(cli->out, &tmp);
        if (!f) {
            cannot_write(cli->out);
            goto done;
        }
        qk_set *set = qk_bank_take_set(&bank);
        qk_cfg_write_opts opts = {header, (const char *const *)bank.src_files, bank.n_src};
        bool ok = qk_cfg_write(set, f, &opts);
        ok = fclose(f) == 0 && ok;
        size_t nr = set->n_rounds;
        qk_set_free(set);
        if (!ok) {
            cannot_write(cli->out);
            remove(tmp);
            free(tmp);
            goto done;
        }
        /* The same check as --check, on what was written. */
        qk_diags check;
        qk_diags_init(&check);
        qk_set *back = qk_set_load(tmp, &check);
        if (!back) {
            qk_diags_print(&check, stderr);
            qk_diag_printt(stderr, QK_D_IMPORT_FAULT, cli->out);
            fputc('\n', stderr);
            remove(tmp);
        } else if (rename(tmp, cli->out) != 0) {
            cannot_write(cli->out);
            remove(tmp);
        } else {
            qk_phrase n_questions, n_rounds, n_errors;
            qk_phrase_count(&n_questions, imported, QK_D_C_QUESTION, QK_D_C_QUESTIONS);
            qk_phrase_count(&n_rounds, nr, QK_D_C_ROUND, QK_D_C_ROUNDS);
            qk_phrase_count(&n_errors, errors, QK_D_C_ERROR, QK_D_C_ERRORS);
            qk_diag_printt(stdout, QK_D_IMPORT_DONE, cli->out, &n_questions, &n_rounds);
            if (left)
                qk_diag_printt(stdout, QK_D_IMPORT_LEFT, left);
            if (errors)
                qk_diag_printt(stdout, QK_D_IMPORT_SRC_ERRORS, &n_errors);
            putchar('\n');
            rc = 0;
        }
        qk_set_free(back);
        qk_diags_clear(&check);
        free(tmp);
    }
done:
    free(header);
    qk_bank_free(&bank);
    qk_diags_clear(&diags);
    free(id);
    free(def_stem);
    free(title_stem);
    return rc;
}

int qk_cmd_export_gift(const qk_cli *cli, const char *set_path)
{
    qk_diags diags;
    qk_diags_init(&diags);
    qk_set *set = qk_set_load(set_path, &diags);
    int rc = 1;
    if (!set) {
        qk_diags_print(&diags, stderr);
        qk_diag_printt(stderr, QK_D_EXPORT_HAS_ERRORS, set_path, set_path);
        fputc('\n', stderr);
        qk_diags_clear(&diags);
        return 1;
    }
    qk_diags_clear(&diags); /* the set's own warnings are --check's business */
    char *tmp = NULL;
    FILE *f = open_temp(cli->out, &tmp);
    if (!f) {
        cannot_write(cli->out);
        qk_set_free(set);
        return 1;
    }
    size_t n = qk_gift_write(set, f, &diags, set_path);
    bool ok = fclose(f) == 0;
    qk_diags_print(&diags, stderr);
    size_t total = qk_set_question_count(set);
    if (!ok || rename(tmp, cli->out) != 0) {
        cannot_write(cli->out);
        remove(tmp);
    } else if (n == 0) {
        qk_diag_printt(stderr, QK_D_EXPORT_NONE);
        fputc('\n', stderr);
        remove(cli->out);
    } else {
        qk_phrase all;
        qk_phrase_count(&all, total, QK_D_C_QUESTION, QK_D_C_QUESTIONS);
        qk_diag_printt(stdout, QK_D_EXPORT_DONE, cli->out, n, &all);
        putchar('\n');
        rc = 0;
    }
    free(tmp);
    qk_diags_clear(&diags);
    qk_set_free(set);
    return rc;
}
