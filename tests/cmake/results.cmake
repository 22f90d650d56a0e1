# Results trainers can use (issue 12): exports with texts, the workbook, the
# course report, a station that keeps its set. Fixtures in tests/results/.
qk_unit_test(test_results_csv ${QK_TESTS_DIR}/results/test_results_csv.c)
qk_unit_test(test_results_xlsx ${QK_TESTS_DIR}/results/test_results_xlsx.c)
qk_unit_test(test_results_keepset ${QK_TESTS_DIR}/results/test_results_keepset.c)
qk_unit_test(test_results_report ${QK_TESTS_DIR}/results/test_results_report.c)
# The report in a real browser: headless Chromium (Debian chromium) takes a
# screenshot; png_check.py asserts it is not blank and that the charts' colours
# are on it. The PNG is kept in the build tree (results-report.png) to look at.
add_test(NAME report_chromium
         COMMAND bash ${QK_TESTS_DIR}/results/report_chromium.sh $<TARGET_FILE:test_results_report>
                 ${CMAKE_CURRENT_BINARY_DIR}/results-report)
set_tests_properties(report_chromium PROPERTIES TIMEOUT 180 LABELS browser)
# --export-results when the file cannot be written (workbook and CSV): the
# export folder missing, and a full disk (a nearly full 64 KiB tmpfs, mounted
# when the test runs as root): exit 1, the file named with what to do, in nb
# and en, no partial or temporary file, an earlier export left as it was.
add_test(NAME export_errors
         COMMAND bash ${QK_TESTS_DIR}/results/export_errors.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(export_errors PROPERTIES TIMEOUT 180 LABELS cli)
