# The gfx layer (src/shell/gfx): window, text cache, pictures, shapes, screenshots.
# Runs on SDL's dummy video driver with the software renderer: no display needed.
# Its PNGs go to gfx-out/ in the build folder.
if(TARGET qk_shell)
  qk_unit_test(test_gfx ${QK_TESTS_DIR}/test_gfx.c)
  target_link_libraries(test_gfx PRIVATE qk_shell)
  target_compile_definitions(test_gfx PRIVATE QK_GFX_OUT="${CMAKE_CURRENT_BINARY_DIR}/gfx-out")
  set_tests_properties(test_gfx PROPERTIES
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software"
    LABELS "unit;gfx")
endif()
# The palette: every text colour on every background it is drawn on has a
# contrast of at least 4.5:1 (pure arithmetic; links the shell for the colours).
if(TARGET qk_shell)
  qk_unit_test(test_palette ${QK_TESTS_DIR}/test_palette.c)
  target_link_libraries(test_palette PRIVATE qk_shell m)
  set_tests_properties(test_palette PROPERTIES LABELS "unit;gfx")
endif()
