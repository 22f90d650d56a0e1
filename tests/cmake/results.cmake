# Results trainers can use (issue 12): exports with texts, the workbook, the
# course report, a station that keeps its set. Fixtures in tests/results/.
qk_unit_test(test_results_csv ${QK_TESTS_DIR}/results/test_results_csv.c)
qk_unit_test(test_results_xlsx ${QK_TESTS_DIR}/results/test_results_xlsx.c)
qk_unit_test(test_results_keepset ${QK_TESTS_DIR}/results/test_results_keepset.c)
