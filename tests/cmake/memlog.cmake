# The kiosk's memory log between sessions (QK_MEMLOG) and the results store's
# bounded page cache (issue 15, RSS over many sessions).
if(QK_HAVE_SHELL)
  add_test(NAME kiosk_memlog
           COMMAND bash ${QK_TESTS_DIR}/test_memlog.sh $<TARGET_FILE:quizkiosk>)
  set_tests_properties(kiosk_memlog PROPERTIES TIMEOUT 300 LABELS kiosk)
endif()
