# The shipped question sets (quizzes/): coverage of KS' principles and behaviours,
# the shape of each set, and every shipped set passing `quizkiosk --check` with no
# errors and no warnings.
qk_unit_test(test_coverage ${QK_TESTS_DIR}/test_coverage.c)

file(GLOB QK_SHIPPED_SETS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/quizzes/*.cfg)
add_test(NAME shipped_sets_check
         COMMAND bash -c "out=$(\"$0\" --check \"$@\" 2>&1); rc=$?; printf '%s\\n' \"$out\"; \
[ $rc -eq 0 ] && ! printf '%s' \"$out\" | grep -q ': warning:'"
                 $<TARGET_FILE:quizkiosk> ${QK_SHIPPED_SETS})
set_tests_properties(shipped_sets_check PROPERTIES TIMEOUT 120 LABELS cli)

# Fairness of every shipped set: nothing guessable from the form of the answers
# (thresholds in tests/test_fairness.c).
qk_unit_test(test_fairness ${QK_TESTS_DIR}/test_fairness.c)
