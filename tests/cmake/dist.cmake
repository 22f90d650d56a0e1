# What the station's installer gets besides the program:
#   systemd_unit  the unit that starts the kiosk under cage at boot passes
#                 `systemd-analyze verify` with nothing to say (label dist)
add_test(NAME systemd_unit
         COMMAND bash ${QK_TESTS_DIR}/test_systemd_unit.sh ${PROJECT_BINARY_DIR}/quizkiosk.service)
set_tests_properties(systemd_unit PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60 LABELS dist)
