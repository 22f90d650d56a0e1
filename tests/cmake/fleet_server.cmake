# The trainer tools on the central server (issue 14): --stats, --export-results
# and --report with --server URL [--station ID], against a real PostgreSQL
# (tests/fleet/pg_lib.sh) loaded with two autoplayed stations' rows.
add_test(NAME fleet_server_stats
         COMMAND bash ${QK_TESTS_DIR}/fleet/server_stats.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(fleet_server_stats PROPERTIES TIMEOUT 180 LABELS fleet)
# Publishing sets (quizkiosk --publish) and a station fetching them
# (--fetch-sets): good, broken, corrupt-on-the-server and --active sets.
add_test(NAME fleet_publish_sets
         COMMAND bash ${QK_TESTS_DIR}/fleet/publish_sets.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(fleet_publish_sets PROPERTIES TIMEOUT 180 LABELS fleet)
# The kiosk's own thread fetching published sets (sets_poll_interval): an
# --active set switched to between sessions; a corrupt one rejected while playing.
add_test(NAME fleet_kiosk_sets
         COMMAND bash ${QK_TESTS_DIR}/fleet/kiosk_sets.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(fleet_kiosk_sets PROPERTIES TIMEOUT 240 LABELS fleet)
