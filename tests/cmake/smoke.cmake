# The kiosk as a whole, as a participant meets it:
#   smoke_x11          a real X window under xvfb-run; xdotool clicks through a
#                      question; screenshot by the X server (label smoke)
#   valgrind_autoplay  --autoplay 20 under valgrind, no definite leak (label valgrind);
#                      quizkiosk-station itself, not through the front's exec
#   smoke_cage         fullscreen under the cage Wayland kiosk compositor (headless),
#                      landscape, portrait, through Xwayland; grim captures (label smoke)
# All need the kiosk (QK_HAVE_SHELL); each skips (77) when its tool is missing.
if(QK_HAVE_SHELL)
  add_test(NAME smoke_x11
           COMMAND bash ${QK_TESTS_DIR}/smoke/smoke.sh $<TARGET_FILE:quizkiosk>
                   ${CMAKE_CURRENT_BINARY_DIR}/smoke-out)
  # Under ASan, Mesa/libX11 on the X11 path leak a little where LeakSanitizer
  # cannot suppress it ("unknown module"): no leak checking for this test.
  set_tests_properties(smoke_x11 PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180
                       LABELS smoke RUN_SERIAL TRUE
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  add_test(NAME smoke_cage
           COMMAND bash ${QK_TESTS_DIR}/smoke/cage.sh $<TARGET_FILE:quizkiosk>
                   ${CMAKE_CURRENT_BINARY_DIR}/smoke-out)
  set_tests_properties(smoke_cage PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300
                       LABELS smoke RUN_SERIAL TRUE)
  if(NOT QK_SANITIZE) # valgrind cannot run an ASan binary
    add_test(NAME valgrind_autoplay
             COMMAND bash ${QK_TESTS_DIR}/smoke/valgrind.sh $<TARGET_FILE:quizkiosk-station>
                     ${QK_TESTS_DIR}/valgrind.supp)
    set_tests_properties(valgrind_autoplay PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900
                         LABELS valgrind)
  endif()
endif()

# The trainer's preview (src/shell/preview.c) under xvfb-run: a saved change
# and a saved error appear (log lines and frames), file order, nothing stored.
if(QK_HAVE_SHELL)
  add_test(NAME smoke_preview
           COMMAND bash ${QK_TESTS_DIR}/smoke/preview.sh $<TARGET_FILE:quizkiosk>
                   ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/smoke-out)
  set_tests_properties(smoke_preview PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
                       LABELS smoke RUN_SERIAL TRUE
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
