/* fuzz_loader.c: libFuzzer harness for the question-set loader.
 *
 * The input is a set file's bytes, loaded from memory (qk_set_load_buffer,
 * no picture folder) as the kiosk loads a file: decode, pre-scan, libconfig,
 * validation. A set that loads is freed again; the diagnostics are freed.
 * Anything ASan, UBSan or LeakSanitizer sees is a finding, and so is an input
 * that the loader's one walk passes but its guard's pass or plain pre-scan
 * refuses (qk_set_scan_verdicts): the one walk would let it through.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qk_loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qk_diags diags;
    qk_diags_init(&diags);
    qk_set *set = qk_set_load_buffer("fuzz.cfg", NULL, (const char *)data, size, &diags);
    qk_set_free(set);
    qk_diags_clear(&diags);

    char *text = malloc(size + 1);
    if (!text)
        return 0;
    if (size)
        memcpy(text, data, size);
    text[size] = '\0';
    bool one, two;
    qk_set_scan_verdicts(text, size, &one, &two);
    free(text);
    if (one && !two) {
        fprintf(stderr, "fuzz_loader: the one walk passed what the guard and pre-scan refuse\n");
        abort();
    }
    return 0;
}
