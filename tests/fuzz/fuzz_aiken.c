/* fuzz_aiken.c: libFuzzer harness for the Aiken reader (qk_fmt_aiken.c).
 *
 * The input is an Aiken file's bytes, imported in memory as --import does and
 * written and loaded back when anything was imported (see fuzz_import.h).
 * Anything ASan, UBSan or LeakSanitizer sees, or a written set that fails
 * --check, is a finding.
 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return qk_fuzz_import(data, size, qk_aiken_read, "fuzz.txt");
}
