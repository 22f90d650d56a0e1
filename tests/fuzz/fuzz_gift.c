/* fuzz_gift.c: libFuzzer harness for the GIFT reader (qk_fmt_gift.c).
 *
 * The input is a GIFT file's bytes, imported in memory as --import does and
 * written and loaded back when anything was imported (see fuzz_import.h).
 * Anything ASan, UBSan or LeakSanitizer sees, or a written set that fails
 * --check, is a finding.
 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return qk_fuzz_import(data, size, qk_gift_read, "fuzz.gift");
}
