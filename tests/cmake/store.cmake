# The results store (src/core/qk_store.c) and --export-results / --stats.
qk_unit_test(test_store ${QK_TESTS_DIR}/test_store.c)
qk_unit_test(test_store_export ${QK_TESTS_DIR}/test_store_export.c)
add_test(NAME store_cli COMMAND bash ${QK_TESTS_DIR}/store_cli.sh $<TARGET_FILE:quizkiosk>)
set_tests_properties(store_cli PROPERTIES TIMEOUT 120 LABELS cli)
qk_unit_test(test_store_play ${QK_TESTS_DIR}/test_store_play.c)
# From the kiosk to the CSV file: needs the kiosk (src/shell/kiosk.c).
if(EXISTS ${PROJECT_SOURCE_DIR}/src/shell/kiosk.c)
  add_executable(test_store_autoplay ${QK_TESTS_DIR}/test_store_autoplay.c)
  target_link_libraries(test_store_autoplay PRIVATE qk_core)
  target_include_directories(test_store_autoplay PRIVATE ${QK_TESTS_DIR})
  add_test(NAME test_store_autoplay COMMAND test_store_autoplay $<TARGET_FILE:quizkiosk>)
  set_tests_properties(test_store_autoplay PROPERTIES TIMEOUT 300 LABELS kiosk)
endif()
