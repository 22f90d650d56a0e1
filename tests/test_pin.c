/* test_pin.c: placeholder until the PIN tests are written. */
#include "qk_pin.h"
#include "qk_test.h"
static void test_valid(void) { QK_CHECK(qk_pin_is_valid("1234")); }
int main(void) { QK_RUN(test_valid); return qk_test_summary(); }
