# The kiosk with a results database it cannot write: plays on and says so.
if(QK_HAVE_SHELL)
  add_test(NAME kiosk_store_unwritable
           COMMAND bash ${QK_TESTS_DIR}/test_store_unwritable.sh $<TARGET_FILE:quizkiosk>)
  set_tests_properties(kiosk_store_unwritable PROPERTIES TIMEOUT 300 LABELS kiosk)
endif()
