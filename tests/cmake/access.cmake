# Universal design (issue 10): the whole kiosk by keyboard alone with a
# recording listener for what would be spoken, the focus ring, and A+ and
# high contrast lasting for a session. Same rig as test_screens.
if(QK_HAVE_SHELL)
  add_executable(test_screens_keyboard ${QK_TESTS_DIR}/test_screens_keyboard.c)
  target_link_libraries(test_screens_keyboard PRIVATE qk_shell)
  target_include_directories(test_screens_keyboard PRIVATE ${QK_TESTS_DIR})
  target_compile_definitions(test_screens_keyboard PRIVATE QK_TESTS_DIR="${QK_TESTS_DIR}")
  add_test(NAME test_screens_keyboard COMMAND test_screens_keyboard
           ${CMAKE_CURRENT_BINARY_DIR}/keyboard-png)
  set_tests_properties(test_screens_keyboard PROPERTIES TIMEOUT 300 LABELS screens
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software;SDL_AUDIODRIVER=dummy;DBUS_SESSION_BUS_ADDRESS=disabled:")
endif()
