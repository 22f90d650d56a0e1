# qk_marks: the feedback's marks on a given answer (issue 9; no display).
qk_unit_test(test_marks ${QK_TESTS_DIR}/test_marks.c)
