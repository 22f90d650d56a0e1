# The lexical pass before libconfig (src/core/qk_fmt_guard.c): inputs that would
# stall a station (issue 15's table) are made at run time and refused with their line.
qk_unit_test(test_fmt_guard ${QK_TESTS_DIR}/test_fmt_guard.c)

# qk_scan.h, the 16-bytes-at-a-time searches inside texts of the guard and the
# loader's pre-scan, against their byte-by-byte definition.
qk_unit_test(test_scan ${QK_TESTS_DIR}/test_scan.c)
