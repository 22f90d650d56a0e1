/* fuzz_import.h: what the GIFT and Aiken harnesses (fuzz_gift.c,
 * fuzz_aiken.c) share: one input run through `quizkiosk --import` in memory.
 *
 * The bytes are decoded and checked as a file is (qk_text_decode,
 * qk_text_check), read by the one reader the harness names (no detection, so
 * each harness reaches all of its reader), and, when at least one question was
 * imported, written by the libconfig set writer and loaded back by the set
 * loader. --import promises that what it writes passes --check: a written
 * set the loader refuses is a finding, so the harness prints the loader's
 * messages and aborts. Not a harness itself (the build takes fuzz_*.c only).
 */
#ifndef QK_FUZZ_IMPORT_H
#define QK_FUZZ_IMPORT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qk_fmt_aiken.h"
#include "qk_fmt_gift.h"
#include "qk_fmt_import.h"
#include "qk_fmt_libconfig_write.h"
#include "qk_fmt_text.h"
#include "qk_loader.h"

typedef void (*qk_fuzz_reader)(qk_bank *bank, const char *name, const char *t, size_t len);

static void qk_fuzz_written_set_loads(qk_bank *bank, const char *name)
{
    qk_set *set = qk_bank_take_set(bank);
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f) {
        qk_set_free(set);
        return;
    }
    qk_cfg_write_opts opts = {"fuzz", (const char *const *)bank->src_files, bank->n_src};
    bool ok = qk_cfg_write(set, f, &opts);
    ok = fclose(f) == 0 && ok;
    qk_set_free(set);
    if (ok) {
        qk_diags check;
        qk_diags_init(&check);
        qk_set *back = qk_set_load_buffer("written.cfg", NULL, buf, n, &check);
        if (!back) {
            fprintf(stderr, "%s: the imported set does not pass --check:\n", name);
            qk_diags_print(&check, stderr);
            fprintf(stderr, "--- the set written:\n%s\n", buf);
            abort();
        }
        qk_set_free(back);
        qk_diags_clear(&check);
    }
    free(buf);
}

static int qk_fuzz_import(const uint8_t *data, size_t size, qk_fuzz_reader read,
                          const char *name)
{
    char *copy = malloc(size + 1); /* the decoder wants a NUL after the bytes */
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    qk_diags diags;
    qk_diags_init(&diags);
    qk_bank bank;
    if (qk_bank_init(&bank, &diags, "fuzz", "Fuzz", "nb")) {
        const char *text;
        size_t len;
        char *owned = NULL;
        bool oom = false;
        if (qk_text_decode(&diags, name, copy, size, &text, &len, &owned, &oom) &&
            qk_text_check(&diags, name, text, len)) {
            read(&bank, name, text, len);
            if (bank.imported > 0)
                qk_fuzz_written_set_loads(&bank, name);
        }
        free(owned);
        qk_bank_free(&bank);
    }
    qk_diags_clear(&diags);
    free(copy);
    return 0;
}

#endif
