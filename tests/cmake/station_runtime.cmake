# The kiosk under systemd's Type=notify protocol (READY=1, WATCHDOG=1,
# STATUS=, journal priorities): tests/station/notify.sh, under xvfb-run.
if(QK_HAVE_SHELL)
  add_test(NAME station_notify
           COMMAND bash ${QK_TESTS_DIR}/station/notify.sh $<TARGET_FILE:quizkiosk>)
  set_tests_properties(station_notify PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
                       LABELS smoke RUN_SERIAL TRUE
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
# "Ute av drift": no valid set, the kiosk waits on the out-of-order screen and
# goes into service when a set is copied in (tests/station/offline.sh).
if(QK_HAVE_SHELL)
  add_test(NAME station_offline
           COMMAND bash ${QK_TESTS_DIR}/station/offline.sh $<TARGET_FILE:quizkiosk>
                   ${CMAKE_CURRENT_BINARY_DIR}/smoke-out)
  set_tests_properties(station_offline PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180
                       LABELS smoke RUN_SERIAL TRUE
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
