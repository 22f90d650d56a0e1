#!/usr/bin/env bash
# Runs qk_fuzz_leak_check three ways (see leak_check.c):
#  1. upstream, no suppressions: LeakSanitizer reports libconfig's two leaks
#     (so the suppressions are not dead lines);
#  2. upstream, with tests/cmake/libconfig.lsan.supp: clean;
#  3. ours, with the suppressions: our leak (qk_diag_add) is still reported.
# usage: leak_check.sh QK_FUZZ_LEAK_CHECK_BINARY SUPPRESSIONS_FILE
set -uo pipefail
bin=$1 supp=$2
fail=0
out=$(ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS= "$bin" upstream 2>&1); rc=$?
if [ $rc -eq 0 ] || ! grep -q 'in strbuf_append' <<<"$out" || ! grep -q 'in libconfig_yylex' <<<"$out"; then
  echo "FAIL 1: without suppressions libconfig's two leaks were expected (rc $rc):"; echo "$out"; fail=1
else echo "ok 1: without suppressions LeakSanitizer reports libconfig's leaks (strbuf_append, libconfig_yylex)"; fi
out=$(ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$supp:print_suppressions=1" "$bin" upstream 2>&1); rc=$?
if [ $rc -ne 0 ] || grep -q 'detected memory leaks' <<<"$out"; then
  echo "FAIL 2: with the suppressions libconfig's leaks should be hidden (rc $rc):"; echo "$out"; fail=1
else echo "ok 2: with the suppressions the same run is clean"; fi
out=$(ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$supp:print_suppressions=0" "$bin" ours 2>&1); rc=$?
if [ $rc -eq 0 ] || ! grep -q 'detected memory leaks' <<<"$out" || ! grep -q 'qk_diag_add' <<<"$out"; then
  echo "FAIL 3: a leak in our code (qk_diag_add) must be reported with the suppressions (rc $rc):"; echo "$out"; fail=1
else echo "ok 3: with the suppressions a leak in our code is still reported (qk_diag_add)"; fi
exit $fail
