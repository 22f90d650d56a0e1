# The speech engine's latency and CPU (built with everything, never run as a
# test): bench/speech/run.sh, bench/README.md "Speech".
if(QK_HAVE_SHELL)
  add_executable(qk_bench_speech ${CMAKE_CURRENT_LIST_DIR}/bench_speech.c)
  target_link_libraries(qk_bench_speech PRIVATE qk_shell)
endif()
