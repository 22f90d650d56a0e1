# The Debian package (scripts/package.sh):
#   package_install  installs the .deb named by $QK_DEB with apt-get, runs the
#                    installed program on its installed station file and sets,
#                    checks the unit, removes and purges it (root; label package;
#                    skipped without QK_DEB: .ci/run builds the package and sets it)
#   package_builddeps  every -dev package scripts/deps.sh installs is in
#                    debian/control's Build-Depends, so the package builds with
#                    every library the program links (label dist)
add_test(NAME package_install
         COMMAND sh -c "exec bash \"$1\" \"$QK_DEB\"" sh ${QK_TESTS_DIR}/test_package.sh)
set_tests_properties(package_install PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600
                     LABELS "package" RUN_SERIAL TRUE)
add_test(NAME package_builddeps
         COMMAND bash ${QK_TESTS_DIR}/test_package_builddeps.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(package_builddeps PROPERTIES TIMEOUT 30 LABELS dist)
