#!/usr/bin/env bash
# station_cli.sh: --check-config and --hash-pin through the built binary: exit
# codes and the form of what they print.  Usage: station_cli.sh PATH/TO/quizkiosk
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() { # NAME CONDITION...
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok   $name"
    else failed=$((failed + 1)); echo "FAIL $name" >&2; fi
}
run() { # runs the binary; sets rc, out, err
    "$bin" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?
    out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
}

# A valid file: exit 0, "FILE: ok" on stdout.
run --check-config "$here/station_example.cfg"
check "check-config valid: exit 0" test "$rc" -eq 0
check "check-config valid: says ok" grep -q "station_example.cfg: ok" "$tmp/out"

# An invalid file: exit 1, every problem as FILE:LINE: error: ...
printf 'language = "de";\nidle_timeout = 2;\nbogus = 1;\n' >"$tmp/bad.cfg"
run --check-config "$tmp/bad.cfg"
check "check-config invalid: exit 1" test "$rc" -eq 1
check "check-config invalid: line 1" grep -qx "$tmp/bad.cfg:1: error: .*language.*" "$tmp/err"
check "check-config invalid: line 2" grep -qx "$tmp/bad.cfg:2: error: .*idle_timeout.*" "$tmp/err"
check "check-config invalid: line 3" grep -qx "$tmp/bad.cfg:3: error: unknown setting 'bogus'.*" "$tmp/err"
check "check-config invalid: nothing on stdout" test -z "$out"

# A syntax error, a missing file, no argument.
printf 'station_id = "a"\nfullscreen = tru;\n' >"$tmp/syntax.cfg"
run --check-config "$tmp/syntax.cfg"
check "check-config syntax: exit 1" test "$rc" -eq 1
check "check-config syntax: line 2" grep -q "^$tmp/syntax.cfg:2: error: " "$tmp/err"
run --check-config "$tmp/missing.cfg"
check "check-config missing: exit 1" test "$rc" -eq 1
check "check-config missing: names file" grep -q "^$tmp/missing.cfg:0: error: cannot open" "$tmp/err"
run --check-config
check "check-config no file: exit 2" test "$rc" -eq 2

# A file without a PIN hash: valid, with a warning about the default PIN.
printf 'station_id = "x";\n' >"$tmp/nopin.cfg"
run --check-config "$tmp/nopin.cfg"
check "check-config default pin: exit 0" test "$rc" -eq 0
check "check-config default pin: warns" grep -q "^$tmp/nopin.cfg:0: warning: .*default PIN" "$tmp/err"

# The sets the station would find: invalid ones, a missing active_set and
# unknown rounds are warned about; the file itself is still valid.
printf 'quizzes_dir = "%s";\nactive_set = "nope";\nrounds = [ "r1", "zz" ];\nresults_db = "%s";\n' \
    "$here/station_sets" "$tmp/data/results.db" >"$tmp/sets.cfg"
run --check-config "$tmp/sets.cfg"
check "check-config sets: exit 0" test "$rc" -eq 0
check "check-config sets: summary" grep -q '2 valid sets in .*2 invalid; active set "god-ledelse"' "$tmp/out"
check "check-config sets: bad set named" grep -q "^$tmp/sets.cfg:0: warning: the set .*b-broken.cfg has errors" "$tmp/err"
check "check-config sets: missing active_set" grep -q "warning: .*'nope'.*running 'god-ledelse'" "$tmp/err"
check "check-config sets: unknown round" grep -q "warning: 'rounds' names \"zz\"" "$tmp/err"
check "check-config sets: known round not warned" bash -c "! grep -q '\"r1\"' '$tmp/err'"
printf 'quizzes_dir = "%s";\n' "$tmp/empty" >"$tmp/nosets.cfg"
mkdir "$tmp/empty"
run --check-config "$tmp/nosets.cfg"
check "check-config no sets: still exit 0" test "$rc" -eq 0
check "check-config no sets: would not start" grep -q "would not start" "$tmp/err"

# --hash-pin from a pipe: one line to paste; the file with it is valid.
"$bin" --hash-pin <<<"482913" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "hash-pin: exit 0" test "$rc" -eq 0
check "hash-pin: one paste-ready line" \
    grep -Eqx 'trainer_pin_hash = "\$argon2id\$v=19\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+";' "$tmp/out"
check "hash-pin: only that line" test "$(wc -l <"$tmp/out")" -eq 1
check "hash-pin: PIN not in output" bash -c "! grep -q 482913 '$tmp/out'"
{ printf 'station_id = "x";\n'; cat "$tmp/out"; } >"$tmp/pin.cfg"
run --check-config "$tmp/pin.cfg"
check "hash-pin: its line is a valid setting" test "$rc" -eq 0
check "hash-pin: no default-PIN warning then" bash -c "! grep -q 'default PIN' '$tmp/err'"

printf '1234\r\n' | "$bin" --hash-pin >"$tmp/out" 2>/dev/null; rc=$?
check "hash-pin CRLF: exit 0" test "$rc" -eq 0
for bad in "" "123" "1234567890123" "12a4" " 1234" "12345678901234567890123456789012345678901234567890123456789012345678901234567890"; do
    printf '%s\n' "$bad" | "$bin" --hash-pin >"$tmp/out" 2>"$tmp/err"; rc=$?
    check "hash-pin refuses '$bad': exit 1" test "$rc" -eq 1
    check "hash-pin refuses '$bad': no output" test ! -s "$tmp/out"
done
"$bin" --hash-pin </dev/null >"$tmp/out" 2>"$tmp/err"; rc=$?
check "hash-pin no input: exit 1" test "$rc" -eq 1

echo "$passed passed, $failed failed"
test "$failed" -eq 0
