# The two programs (src/front.c): quizkiosk does --check itself with none of
# SDL's libraries, and execs quizkiosk-station for everything else
# (tests/test_front.sh: NEEDED, the same --check output from both, the exec
# keeping the PID, found where installed, the message when it is missing).
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBEXECDIR}")
  set(qk_front_libexec "")
else()
  set(qk_front_libexec "${CMAKE_INSTALL_LIBEXECDIR}")
endif()
add_test(NAME front_station
         COMMAND bash ${QK_TESTS_DIR}/test_front.sh $<TARGET_FILE:quizkiosk>
                 $<TARGET_FILE:quizkiosk-station> ${PROJECT_SOURCE_DIR}
                 ${QK_STATION_INSTALLED} "${qk_front_libexec}")
set_tests_properties(front_station PROPERTIES TIMEOUT 300 LABELS cli ENVIRONMENT
  "LSAN_OPTIONS=suppressions=${QK_TESTS_DIR}/cmake/libconfig.lsan.supp:print_suppressions=0")
