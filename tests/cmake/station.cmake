# Station settings, trainer PIN and set discovery (catalog).
qk_unit_test(test_station ${QK_TESTS_DIR}/test_station.c)
qk_unit_test(test_pin ${QK_TESTS_DIR}/test_pin.c)
