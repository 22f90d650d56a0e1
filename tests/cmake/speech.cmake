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

# An autoplayed session with speech = "auto", recorded through SDL's disk audio
# driver beside the engine's log: speech not silence, each screen's text
# spoken, and a cut when autoplay moves on early (tests/speech/).
if(QK_HAVE_SHELL)
  add_executable(speech_check ${QK_TESTS_DIR}/speech/speech_check.c)
  target_link_libraries(speech_check PRIVATE m)
  add_test(NAME speech_autoplay
    COMMAND bash ${QK_TESTS_DIR}/speech/autoplay_speech.sh $<TARGET_FILE:quizkiosk>
            $<TARGET_FILE:speech_check> ${QK_TESTS_DIR} ${CMAKE_CURRENT_BINARY_DIR}/speech-autoplay)
  set_tests_properties(speech_autoplay PROPERTIES TIMEOUT 180 LABELS screens)
endif()

# What the screens say and the speaker button, with a recording listener (no
# audio): the button on question, feedback, round and summary at four sizes,
# "auto" reading each new screen with a cut, "off" saying nothing.
if(QK_HAVE_SHELL)
  add_executable(test_speech_screens ${QK_TESTS_DIR}/test_speech_screens.c)
  target_link_libraries(test_speech_screens PRIVATE qk_shell)
  target_include_directories(test_speech_screens PRIVATE ${QK_TESTS_DIR})
  target_compile_definitions(test_speech_screens PRIVATE QK_TESTS_DIR="${QK_TESTS_DIR}")
  add_test(NAME test_speech_screens COMMAND test_speech_screens
           ${CMAKE_CURRENT_BINARY_DIR}/speech-png)
  set_tests_properties(test_speech_screens PROPERTIES TIMEOUT 300 LABELS screens
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software;SDL_AUDIODRIVER=dummy;DBUS_SESSION_BUS_ADDRESS=disabled:")
endif()
