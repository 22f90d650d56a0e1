# Many stations, one PostgreSQL (issue 14): the plumbing to the central server.
# Unit tests need no server; the `fleet` tests start their own PostgreSQL
# (tests/fleet/pg_lib.sh: initdb + pg_ctl in a temporary folder, Unix socket only).
qk_unit_test(test_pg_password ${QK_TESTS_DIR}/test_pg_password.c)
add_test(NAME fleet_pg_migrate
         COMMAND bash ${QK_TESTS_DIR}/fleet/pg_migrate.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(fleet_pg_migrate PROPERTIES TIMEOUT 120 LABELS fleet)
# The station's outbox (schema v4): UUIDs, rows queued in the same transaction.
qk_unit_test(test_store_outbox ${QK_TESTS_DIR}/test_store_outbox.c)
# The forwarder's retry timing (src/core/qk_backoff.c), with an injected clock.
qk_unit_test(test_backoff ${QK_TESTS_DIR}/test_backoff.c)
# The forwarder without a server (unreachable: nothing lost, backoff, prompt
# stop) and the station settings results_server / results_server_password_file.
qk_unit_test(test_forward ${QK_TESTS_DIR}/test_forward.c)
# Forwarding against a real server (tests/fleet/fleet_lib.sh compares the server
# with the stations row by row).
foreach(t two_stations server_restart sigkill slow_server stale_copy)
  add_test(NAME fleet_${t}
           COMMAND bash ${QK_TESTS_DIR}/fleet/${t}.sh $<TARGET_FILE:quizkiosk> ${QK_TESTS_DIR})
  set_tests_properties(fleet_${t} PROPERTIES TIMEOUT 240 LABELS fleet)
endforeach()
# --check-config on results_server and its password file (no server).
add_test(NAME fleet_check_config
         COMMAND bash ${QK_TESTS_DIR}/fleet/check_config.sh $<TARGET_FILE:quizkiosk> ${QK_TESTS_DIR})
set_tests_properties(fleet_check_config PROPERTIES TIMEOUT 60 LABELS cli)
# libpq opened with dlopen (src/core/qk_pq.h): not needed at start, and a clear
# message when it is missing (no server).
add_test(NAME fleet_no_libpq
         COMMAND bash ${QK_TESTS_DIR}/fleet/no_libpq.sh $<TARGET_FILE:quizkiosk>
                 $<TARGET_FILE:quizkiosk-station>)
set_tests_properties(fleet_no_libpq PROPERTIES TIMEOUT 60 LABELS cli)
