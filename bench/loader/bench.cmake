# The loader benchmark (built with everything, never run as a test):
# see bench/loader/run.sh and bench/README.md.
add_executable(qk_bench_gen ${CMAKE_CURRENT_LIST_DIR}/qk_bench_gen.c)
add_executable(qk_bench_load ${CMAKE_CURRENT_LIST_DIR}/qk_bench_load.c)
target_link_libraries(qk_bench_load PRIVATE qk_core)
# The floor of issue 15's --check aim (--once floor) must be a bare libconfig
# program: only the libraries a run uses are recorded, so that mode maps
# libconfig and libc and nothing else (`ldd qk_bench_load`).
target_link_options(qk_bench_load PRIVATE -Wl,--as-needed)
