# Faults of the results store and the way back from each (tests/test_store_faults.c):
# a disk full at start (a real tmpfs when the tests may mount one, and a file-size
# limit), a read-only results.db and its -wal/-shm, and a damaged file's message.
qk_unit_test(test_store_faults ${QK_TESTS_DIR}/test_store_faults.c)
