/* fuzz_loader.c: libFuzzer harness for the question-set loader.
 *
 * The input is a set file's bytes, loaded from memory (qk_set_load_buffer,
 * no picture folder) as the kiosk loads a file: decode, pre-scan, libconfig,
 * validation. A set that loads is freed again; the diagnostics are freed.
 * Anything ASan, UBSan or LeakSanitizer sees is a finding.
 */
#include <stddef.h>
#include <stdint.h>

#include "qk_loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qk_diags diags;
    qk_diags_init(&diags);
    qk_set *set = qk_set_load_buffer("fuzz.cfg", NULL, (const char *)data, size, &diags);
    qk_set_free(set);
    qk_diags_clear(&diags);
    return 0;
}
