# Engine and RNG unit tests (no display).
qk_unit_test(test_rng ${QK_TESTS_DIR}/test_rng.c)
qk_unit_test(test_engine ${QK_TESTS_DIR}/test_engine.c)
# The engine playing every shipped set in quizzes/ through the real loader.
qk_unit_test(test_engine_sets ${QK_TESTS_DIR}/test_engine_sets.c)
