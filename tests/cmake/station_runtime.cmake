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
# The out-of-order screen itself: four sizes, three languages, the trainer's
# way in (dummy video driver, software renderer; PNGs in offline-png/).
if(QK_HAVE_SHELL)
  add_executable(test_screen_offline ${QK_TESTS_DIR}/test_screen_offline.c)
  target_link_libraries(test_screen_offline PRIVATE qk_shell)
  target_include_directories(test_screen_offline PRIVATE ${QK_TESTS_DIR})
  target_compile_definitions(test_screen_offline PRIVATE QK_TESTS_DIR="${QK_TESTS_DIR}")
  add_test(NAME test_screen_offline
           COMMAND test_screen_offline ${CMAKE_CURRENT_BINARY_DIR}/offline-png)
  set_tests_properties(test_screen_offline PROPERTIES TIMEOUT 120 LABELS screens
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software;SDL_AUDIODRIVER=dummy;DBUS_SESSION_BUS_ADDRESS=disabled:")
endif()
# Lock-down under X window managers (openbox, fluxbox) with xdotool:
# tests/station/lockdown.sh.
if(QK_HAVE_SHELL)
  add_test(NAME station_lockdown
           COMMAND bash ${QK_TESTS_DIR}/station/lockdown.sh $<TARGET_FILE:quizkiosk>
                   ${CMAKE_CURRENT_BINARY_DIR}/smoke-out)
  set_tests_properties(station_lockdown PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 240
                       LABELS smoke RUN_SERIAL TRUE
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
# The PIN lock-out across a kill and restart, through the real pad:
# tests/station/pin_restart.sh.
if(QK_HAVE_SHELL)
  add_test(NAME station_pin_restart
           COMMAND bash ${QK_TESTS_DIR}/station/pin_restart.sh $<TARGET_FILE:quizkiosk>)
  set_tests_properties(station_pin_restart PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
                       LABELS smoke RUN_SERIAL TRUE
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
# The gfx layer's and SDL's own log lines carry journal priorities too
# (tests/station/journal_sdl.sh, SDL's dummy driver).
if(QK_HAVE_SHELL)
  add_test(NAME station_journal_sdl
           COMMAND bash ${QK_TESTS_DIR}/station/journal_sdl.sh $<TARGET_FILE:quizkiosk>)
  set_tests_properties(station_journal_sdl PROPERTIES TIMEOUT 120 LABELS smoke
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
# Signals: idle on the attract screen the main thread sleeps in the event wait
# (no wake by itself); SIGHUP wakes it and the sets are read again; SIGTERM
# ends it with 0 (tests/station/signals.sh, under xvfb-run).
if(QK_HAVE_SHELL)
  add_test(NAME station_signals
           COMMAND bash ${QK_TESTS_DIR}/station/signals.sh $<TARGET_FILE:quizkiosk>)
  set_tests_properties(station_signals PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
                       LABELS smoke RUN_SERIAL TRUE
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
# Issue 15's stall inputs (bench/inputs/gen.py, made at test time) beside the
# shipped sets: the station starts on the attract screen, offers exactly the
# shipped sets and names each bad file with its problem
# (tests/station/bad_sets.sh, SDL's dummy driver).
if(QK_HAVE_SHELL)
  add_test(NAME station_bad_sets
           COMMAND bash ${QK_TESTS_DIR}/station/bad_sets.sh $<TARGET_FILE:quizkiosk>)
  set_tests_properties(station_bad_sets PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
                       LABELS smoke)
endif()
