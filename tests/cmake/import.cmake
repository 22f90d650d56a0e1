# Question banks in and out: GIFT and Aiken import, GIFT export (src/core/qk_fmt_*.c).
# test_gift: the round trip on every shipped set, in memory; test_import_cli: the
# built program on every fixture in tests/import/ (exact messages and sets written).
qk_unit_test(test_gift ${QK_TESTS_DIR}/test_gift.c)
add_test(NAME test_import_cli
         COMMAND bash ${QK_TESTS_DIR}/test_import_cli.sh $<TARGET_FILE:quizkiosk>
                 ${PROJECT_SOURCE_DIR})
set_tests_properties(test_import_cli PROPERTIES TIMEOUT 120 LABELS cli)
