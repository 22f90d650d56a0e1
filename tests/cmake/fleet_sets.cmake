# Publishing sets through the central server (issue 14): the schema step and
# the station's installation of a delivered set (test_set_install, set_install.cmake).
add_test(NAME fleet_sets_schema
         COMMAND bash ${QK_TESTS_DIR}/fleet/sets_schema.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(fleet_sets_schema PROPERTIES TIMEOUT 120 LABELS fleet)
