# The results store (src/core/qk_store.c) and --export-results / --stats.
qk_unit_test(test_store ${QK_TESTS_DIR}/test_store.c)
qk_unit_test(test_store_export ${QK_TESTS_DIR}/test_store_export.c)
