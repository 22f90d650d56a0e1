# The results store (src/core/qk_store.c) and --export-results / --stats.
qk_unit_test(test_store ${QK_TESTS_DIR}/test_store.c)
qk_unit_test(test_store_export ${QK_TESTS_DIR}/test_store_export.c)
add_test(NAME store_cli COMMAND bash ${QK_TESTS_DIR}/store_cli.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(store_cli PROPERTIES TIMEOUT 120 LABELS cli)
qk_unit_test(test_store_play ${QK_TESTS_DIR}/test_store_play.c)
