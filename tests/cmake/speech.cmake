# Speech (issue 10): the normalisation of screen text before synthesis (no display).
qk_unit_test(test_speech_text ${QK_TESTS_DIR}/test_speech_text.c)
