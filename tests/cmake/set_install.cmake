# A set published on the server is installed into a station's quizzes folder
# only whole and valid (src/core/qk_set_install.c); no server needed.
qk_unit_test(test_set_install ${QK_TESTS_DIR}/test_set_install.c)
set_tests_properties(test_set_install PROPERTIES ENVIRONMENT
  "LSAN_OPTIONS=suppressions=${QK_TESTS_DIR}/cmake/libconfig.lsan.supp:print_suppressions=0")
