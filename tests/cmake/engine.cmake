# Engine and RNG unit tests (no display).
qk_unit_test(test_rng ${QK_TESTS_DIR}/test_rng.c)
qk_unit_test(test_engine ${QK_TESTS_DIR}/test_engine.c)
