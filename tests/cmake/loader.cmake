# Tests of the question-set loader and `quizkiosk --check`.
qk_unit_test(test_loader ${QK_TESTS_DIR}/test_loader.c)

# The built program on real files: every good set passes, a bad one fails with
# FILE:LINE: error:, and every shipped set in quizzes/ (globbed when the test
# runs, so sets added later are covered) passes.
add_test(NAME test_check_cli
         COMMAND bash ${QK_TESTS_DIR}/test_check_cli.sh $<TARGET_FILE:quizkiosk>
                 ${PROJECT_SOURCE_DIR})
set_tests_properties(test_check_cli PROPERTIES TIMEOUT 120 LABELS cli)

# Under -fsanitize=address: a known leak inside libconfig on syntax errors.
set_tests_properties(test_loader test_check_cli PROPERTIES ENVIRONMENT
  "LSAN_OPTIONS=suppressions=${QK_TESTS_DIR}/cmake/libconfig.lsan.supp:print_suppressions=0")

# The whole --check output (every message of the lexical passes, libconfig's
# errors and the "where" phrases) for many faulty files in nb, nn and en,
# byte for byte against tests/check_golden/out.*.txt. To accept a deliberate
# change: bash tests/test_check_golden.sh BUILD/quizkiosk . --update, and read
# the diff.
add_test(NAME test_check_golden
         COMMAND bash ${QK_TESTS_DIR}/test_check_golden.sh $<TARGET_FILE:quizkiosk>
                 ${PROJECT_SOURCE_DIR})
set_tests_properties(test_check_golden PROPERTIES TIMEOUT 120 LABELS cli ENVIRONMENT
  "LSAN_OPTIONS=suppressions=${QK_TESTS_DIR}/cmake/libconfig.lsan.supp:print_suppressions=0")

# SHA-256 through libcrypto opened on the first hash (src/core/qk_sha256.c),
# and the loader's message when the library is missing (QK_LIBCRYPTO names
# one that is not there).
qk_unit_test(test_sha256 ${QK_TESTS_DIR}/test_sha256.c)
add_test(NAME test_sha256_missing COMMAND test_sha256 missing)
set_tests_properties(test_sha256_missing PROPERTIES TIMEOUT 120 LABELS unit
  ENVIRONMENT "QK_LIBCRYPTO=libqk-no-such-crypto.so.3")
