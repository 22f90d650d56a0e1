# The start-up benchmark's helpers (built with everything, never run as tests):
# see bench/startup/run.sh and bench/README.md, "The kiosk".
add_executable(qk_bench_minimal ${CMAKE_CURRENT_LIST_DIR}/minimal.c)
target_link_libraries(qk_bench_minimal PRIVATE PkgConfig::SDL2)
add_executable(qk_bench_stamp_exec ${CMAKE_CURRENT_LIST_DIR}/stamp_exec.c)
