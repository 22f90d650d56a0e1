# What the station's installer gets besides the program:
#   systemd_unit  the unit that starts the kiosk under cage at boot passes
#                 `systemd-analyze verify` with nothing to say (label dist)
add_test(NAME systemd_unit
         COMMAND bash ${QK_TESTS_DIR}/test_systemd_unit.sh ${PROJECT_BINARY_DIR}/quizkiosk.service)
set_tests_properties(systemd_unit PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60 LABELS dist)
#   install_tree  `cmake --install` into a temporary prefix: both programs, sets
#                 with pictures, assets, unit; the installed program runs --check,
#                 and its station finds the installed sets
add_test(NAME install_tree
         COMMAND bash ${QK_TESTS_DIR}/test_install.sh ${CMAKE_COMMAND} ${PROJECT_BINARY_DIR}
                 ${CMAKE_INSTALL_LIBEXECDIR})
set_tests_properties(install_tree PROPERTIES TIMEOUT 120 LABELS dist)
#   man_sources   the man pages' sources name every option of --help and every
#                 station setting (the package test checks the installed pages)
add_test(NAME man_sources
         COMMAND bash ${QK_TESTS_DIR}/test_man_sources.sh $<TARGET_FILE:quizkiosk> ${PROJECT_SOURCE_DIR})
set_tests_properties(man_sources PROPERTIES TIMEOUT 30 LABELS dist)
