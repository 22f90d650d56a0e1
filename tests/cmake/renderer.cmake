# The station setting `renderer`: software by default (no OpenGL or LLVM in
# the process), "gl" on request (tests/station/renderer.sh, under xvfb-run).
if(QK_HAVE_SHELL)
  add_test(NAME station_renderer
           COMMAND bash ${QK_TESTS_DIR}/station/renderer.sh $<TARGET_FILE:quizkiosk>)
  set_tests_properties(station_renderer PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
                       LABELS smoke RUN_SERIAL TRUE
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
