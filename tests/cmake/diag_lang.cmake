# Messages in the user's language (issue 11): --check, --import, --export-gift and
# --check-config in nb, nn and en, chosen by
# --lang or LANGUAGE/LC_ALL/LC_MESSAGES/LANG. The table itself (every id in every
# language, the same printf arguments) is checked by test_screens_i18n; test_diag:
# one diagnostic in every language, kept when copied (the catalog, the menu).
add_test(NAME test_diag_lang
         COMMAND bash ${QK_TESTS_DIR}/test_diag_lang.sh $<TARGET_FILE:quizkiosk>
                 ${PROJECT_SOURCE_DIR})
set_tests_properties(test_diag_lang PROPERTIES TIMEOUT 60 LABELS cli)
qk_unit_test(test_diag ${QK_TESTS_DIR}/test_diag.c)
# No English-only message left in src/core (issue 11, item 3): qk_diag_add only
# passes on texts already translated, the tools print no words of their own, and
# every QK_D_ id of the table is used. Reads the sources only: no build needed.
add_test(NAME test_diag_literals
         COMMAND bash ${QK_TESTS_DIR}/test_diag_literals.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(test_diag_literals PROPERTIES TIMEOUT 60 LABELS unit)
