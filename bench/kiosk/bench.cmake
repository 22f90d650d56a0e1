# The kiosk's render-time benchmark (built with everything, never run as a
# test): see bench/kiosk/*.sh and bench/README.md, "The kiosk".
if(QK_HAVE_SHELL)
  add_executable(qk_bench_render ${CMAKE_CURRENT_LIST_DIR}/render_bench.c)
  target_link_libraries(qk_bench_render PRIVATE qk_shell)
endif()
