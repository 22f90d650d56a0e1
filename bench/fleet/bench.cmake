# The fleet benchmark (built with everything, never run as a test): many stations
# forwarding to one PostgreSQL; see bench/fleet/run.sh and bench/README.md.
add_executable(qk_bench_fleet ${CMAKE_CURRENT_LIST_DIR}/qk_bench_fleet.c)
target_include_directories(qk_bench_fleet PRIVATE ${PROJECT_SOURCE_DIR}/tests)
# It calls libpq itself (the core opens it with dlopen: src/core/qk_pq.h).
target_link_libraries(qk_bench_fleet PRIVATE qk_core PkgConfig::LIBPQ)
