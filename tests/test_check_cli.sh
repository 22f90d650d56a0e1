#!/usr/bin/env bash
# test_check_cli.sh QUIZKIOSK SOURCE_DIR: `quizkiosk --check` as users run it.
# Prints "ok"/"FAIL" per check and "N passed, M failed"; exits 1 on any failure.
set -u
# The messages asserted below are bokmål, the default; whatever the caller's locale.
export LANGUAGE=nb
bin=$1
src=$2
passed=0
failed=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

check() { # check NAME EXPECTED_STATUS ARGS...
  local name=$1 want=$2
  shift 2
  "$bin" "$@" >"$out" 2>&1
  local got=$?
  if [ "$got" -eq "$want" ]; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name: exit $got, expected $want"; cat "$out"
  fi
}
expect_output() { # expect_output NAME REGEX (against the last command's output)
  if grep -Eq -- "$2" "$out"; then
    passed=$((passed + 1)); echo "ok   $1"
  else
    failed=$((failed + 1)); echo "FAIL $1: output lacks /$2/"; cat "$out"
  fi
}

for f in "$src"/tests/good_sets/*.cfg; do
  check "good set $(basename "$f")" 0 --check "$f"
  expect_output "good set $(basename "$f") says ok" "^$f: ok \\([0-9]+ runder?, [0-9]+ spørsmål"
done

bad=$src/tests/bad_sets/46_correct_out_of_range.cfg
check "a bad set fails" 1 --check "$bad"
expect_output "FILE:LINE: error: form" "^$bad:12: error: correct = 5, men spørsmålet har bare 4 svar"

check "one bad among good fails" 1 --check "$src/tests/good_sets/every_type.cfg" "$bad"
expect_output "the good one still says ok" "every_type.cfg: ok"
expect_output "every problem of a file is printed" "^$bad:12: error:"

many=$src/tests/bad_sets/88_several_faults.cfg
check "several faults" 1 --check "$many"
n=$(grep -c ": error: " "$out")
if [ "$n" -eq 6 ]; then passed=$((passed + 1)); echo "ok   all 6 faults printed"
else failed=$((failed + 1)); echo "FAIL expected 6 errors, got $n"; cat "$out"; fi

check "a missing file fails" 1 --check /nonexistent/set.cfg
expect_output "the missing file is named" "^/nonexistent/set.cfg: error: kan ikke åpne fila"
check "no file is a usage error" 2 --check
check "--help" 0 --help
expect_output "--help mentions --check" "--check FILE"
check "--version" 0 --version

shopt -s nullglob
shipped=("$src"/quizzes/*.cfg)
for f in "${shipped[@]}"; do
  check "shipped set $(basename "$f")" 0 --check "$f"
done
echo "(${#shipped[@]} shipped sets in quizzes/)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
