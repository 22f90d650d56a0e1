# Station settings, trainer PIN and set discovery (catalog).
qk_unit_test(test_station ${QK_TESTS_DIR}/test_station.c)
qk_unit_test(test_pin ${QK_TESTS_DIR}/test_pin.c)
add_test(NAME station_cli COMMAND bash ${QK_TESTS_DIR}/station_cli.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(station_cli PROPERTIES TIMEOUT 120 LABELS cli)
qk_unit_test(test_catalog ${QK_TESTS_DIR}/test_catalog.c)
