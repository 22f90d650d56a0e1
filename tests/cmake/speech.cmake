# Speech (issue 10): the normalisation of screen text before synthesis (no display).
qk_unit_test(test_speech_text ${QK_TESTS_DIR}/test_speech_text.c)

# The speech engine (src/shell/speech.c) through SDL's disk audio driver, no
# display: queued utterances play whole, a cut stops at once (nothing of the
# cut utterance after it in the recording), texts are normalised first.
if(QK_HAVE_SHELL)
  add_executable(test_speech ${QK_TESTS_DIR}/test_speech.c)
  target_link_libraries(test_speech PRIVATE qk_shell)
  target_include_directories(test_speech PRIVATE ${QK_TESTS_DIR})
  add_test(NAME test_speech COMMAND test_speech ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(test_speech PROPERTIES TIMEOUT 120 LABELS unit)
endif()
