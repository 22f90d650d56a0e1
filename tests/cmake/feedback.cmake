# Participant feedback screens (issue 9): round intro, "Avslutt" and its
# confirm, the stopped session in the store. Same rig as test_screens.
if(QK_HAVE_SHELL)
  add_executable(test_screens_feedback ${QK_TESTS_DIR}/test_screens_feedback.c)
  target_link_libraries(test_screens_feedback PRIVATE qk_shell)
  target_include_directories(test_screens_feedback PRIVATE ${QK_TESTS_DIR})
  target_compile_definitions(test_screens_feedback PRIVATE QK_TESTS_DIR="${QK_TESTS_DIR}")
  add_test(NAME test_screens_feedback COMMAND test_screens_feedback
           ${CMAKE_CURRENT_BINARY_DIR}/feedback-png)
  set_tests_properties(test_screens_feedback PROPERTIES TIMEOUT 300 LABELS screens
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software;SDL_AUDIODRIVER=dummy;DBUS_SESSION_BUS_ADDRESS=disabled:")
endif()
