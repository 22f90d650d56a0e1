# Screen tests: the real screens under SDL's dummy video driver with the
# software renderer, driven by pushed mouse, finger and key events.
# test_screens_i18n is a plain unit test of the string table.
qk_unit_test(test_screens_i18n ${QK_TESTS_DIR}/test_screens_i18n.c)

if(QK_HAVE_SHELL)
  add_executable(test_screens ${QK_TESTS_DIR}/test_screens.c)
  target_link_libraries(test_screens PRIVATE qk_shell)
  target_include_directories(test_screens PRIVATE ${QK_TESTS_DIR})
  target_compile_definitions(test_screens PRIVATE QK_TESTS_DIR="${QK_TESTS_DIR}"
                             QK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME test_screens COMMAND test_screens ${CMAKE_CURRENT_BINARY_DIR}/screens-png)
  set_tests_properties(test_screens PROPERTIES TIMEOUT 300 LABELS screens
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software;SDL_AUDIODRIVER=dummy;DBUS_SESSION_BUS_ADDRESS=disabled:")

  # The whole program plays sessions by itself and exits 0 with its summary
# (non-zero when it got stuck or could not save a screenshot).
  add_test(NAME screens_autoplay
    COMMAND ${CMAKE_COMMAND} -E env XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/autoplay-home
            XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/autoplay-home
            $<TARGET_FILE:quizkiosk> --autoplay 12 --seed 5 --size 1280x720
            --screenshots ${CMAKE_CURRENT_BINARY_DIR}/autoplay-png)
  set_tests_properties(screens_autoplay PROPERTIES TIMEOUT 300 LABELS screens
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software;SDL_AUDIODRIVER=dummy;DBUS_SESSION_BUS_ADDRESS=disabled:")
endif()

# A real X window under Xvfb (no window manager), clicked through with xdotool.
if(QK_HAVE_SHELL)
  add_test(NAME screens_xvfb
    COMMAND bash ${QK_TESTS_DIR}/test_screens_xvfb.sh $<TARGET_FILE:quizkiosk>
            ${CMAKE_CURRENT_BINARY_DIR}/xvfb-png)
  # On X11, SDL goes through Mesa and libX11, which leak a few allocations that
  # LeakSanitizer cannot attribute or suppress ("unknown module"): leak checking is
  # off for this test only (ASan's other checks stay on; valgrind covers leaks).
  set_tests_properties(screens_xvfb PROPERTIES TIMEOUT 180 LABELS screens SKIP_RETURN_CODE 77
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()


# Issue 9's check on a set of our own (tests/screens/feedback.cfg: round intros,
# partial credit, all five types): autoplay saves the intro, partial and review
# screens, and the database holds completed, stopped and abandoned sessions.
if(QK_HAVE_SHELL)
  add_test(NAME screens_autoplay_statuses
    COMMAND bash ${QK_TESTS_DIR}/screens/autoplay_statuses.sh $<TARGET_FILE:quizkiosk>
            ${QK_TESTS_DIR} ${CMAKE_CURRENT_BINARY_DIR}/autoplay-statuses)
  set_tests_properties(screens_autoplay_statuses PROPERTIES TIMEOUT 300 LABELS screens)
endif()

# The trainer menu's pages (issue 12): every error of a skipped set, scrolled
# to the last, in the station's language; the kept-set and not-yet-sent lines;
# today's figures as bars with their lengths from a known history. PNGs of
# each page at the four sizes in menu-png/.
if(QK_HAVE_SHELL)
  add_executable(test_screens_menu ${QK_TESTS_DIR}/test_screens_menu.c)
  target_link_libraries(test_screens_menu PRIVATE qk_shell)
  target_include_directories(test_screens_menu PRIVATE ${QK_TESTS_DIR})
  target_compile_definitions(test_screens_menu PRIVATE QK_TESTS_DIR="${QK_TESTS_DIR}"
                             QK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME test_screens_menu COMMAND test_screens_menu ${CMAKE_CURRENT_BINARY_DIR}/menu-png)
  set_tests_properties(test_screens_menu PROPERTIES TIMEOUT 300 LABELS screens
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software;SDL_AUDIODRIVER=dummy;DBUS_SESSION_BUS_ADDRESS=disabled:")
endif()
