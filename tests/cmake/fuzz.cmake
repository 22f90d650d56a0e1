# The libFuzzer harnesses (tests/fuzz/, label fuzz): built with clang as a
# project of their own by the test fuzz_build, then each harness runs a short,
# fixed number of mutations over its corpus (tests/fuzz/run.sh). A harness is a
# file tests/fuzz/fuzz_NAME.c with its seed corpus in tests/fuzz/corpus/NAME/;
# it is found here by that name. The long run is tests/fuzz/long.sh.
#
# Only in the normal build: the harnesses always carry ASan+UBSan themselves,
# so the sanitizer build would run the same thing twice.
find_program(QK_CLANG NAMES clang clang-14)
if(QK_CLANG AND NOT QK_SANITIZE)
  set(QK_FUZZ_BUILD ${CMAKE_BINARY_DIR}/fuzz)
  set(QK_FUZZ_RUNS 4000 CACHE STRING "Mutations per fuzz harness in the fuzz_* tests")
  add_test(NAME fuzz_build
           COMMAND sh -c "${CMAKE_COMMAND} -S '${QK_TESTS_DIR}/fuzz' -B '${QK_FUZZ_BUILD}' \
-DCMAKE_C_COMPILER='${QK_CLANG}' >/dev/null && ${CMAKE_COMMAND} --build '${QK_FUZZ_BUILD}' -j2")
  set_tests_properties(fuzz_build PROPERTIES TIMEOUT 600 LABELS fuzz FIXTURES_SETUP qk_fuzz)

  file(GLOB QK_FUZZ_SOURCES CONFIGURE_DEPENDS ${QK_TESTS_DIR}/fuzz/fuzz_*.c)
  foreach(src ${QK_FUZZ_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    string(REGEX REPLACE "^fuzz_" "" short ${name})
    add_test(NAME ${name}
             COMMAND bash ${QK_TESTS_DIR}/fuzz/run.sh ${QK_FUZZ_BUILD}/${name}
                     ${QK_TESTS_DIR}/fuzz/corpus/${short} ${QK_FUZZ_RUNS})
    set_tests_properties(${name} PROPERTIES TIMEOUT 300 LABELS fuzz FIXTURES_REQUIRED qk_fuzz)
  endforeach()

  add_test(NAME fuzz_leak_suppressions
           COMMAND bash ${QK_TESTS_DIR}/fuzz/leak_check.sh ${QK_FUZZ_BUILD}/qk_fuzz_leak_check
                   ${QK_TESTS_DIR}/cmake/libconfig.lsan.supp)
  set_tests_properties(fuzz_leak_suppressions PROPERTIES TIMEOUT 120 LABELS fuzz
                       FIXTURES_REQUIRED qk_fuzz)
elseif(NOT QK_CLANG)
  message(STATUS "clang not found: the fuzz tests (tests/fuzz) are left out; scripts/deps.sh installs it")
endif()
