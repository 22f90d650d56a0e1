#!/usr/bin/env bash
# station_cli.sh: --check-config and --hash-pin through the built binary: exit
# codes and the form of what they print.  Usage: station_cli.sh PATH/TO/quizkiosk
set -u
# The commands speak the tools' language (the environment); these checks read English.
export LANGUAGE=en
# English words are looked for below (whatever the caller's locale);
# test_diag_lang checks --check-config in nb, nn and en.
export LANGUAGE=en
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

# A valid file: exit 0, "FILE: ok" on stdout. The documented example names a
# quizzes folder beside it, so it is checked in a folder that has one.
mkdir -p "$tmp/ex/quizzes"
cp "$here/station_example.cfg" "$tmp/ex/station.cfg"
cp "$here/station_sets/a-god-ledelse.cfg" "$tmp/ex/quizzes/"
run --check-config "$tmp/ex/station.cfg"
check "check-config valid: exit 0" test "$rc" -eq 0
check "check-config valid: says ok" grep -q "station.cfg: ok" "$tmp/out"
check "check-config valid: the example PIN is warned about" \
    grep -q "warning: trainer_pin_hash is still the example.*PIN is 1234" "$tmp/err"
# The same file where its quizzes folder is missing: the station would not start.
run --check-config "$here/station_example.cfg"
check "check-config no quizzes folder: exit 1" test "$rc" -eq 1
check "check-config no quizzes folder: names the setting's line" \
    grep -q "station_example.cfg:10: error: the station would not start: the quizzes folder .* does not exist" "$tmp/err"

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
check "check-config missing: names file" grep -q "^$tmp/missing.cfg: error: cannot open" "$tmp/err"
run --check-config
check "check-config no file: exit 2" test "$rc" -eq 2

# A file without a PIN hash: valid, with a warning about the default PIN.
printf 'station_id = "x";\n' >"$tmp/nopin.cfg"
run --check-config "$tmp/nopin.cfg"
check "check-config default pin: exit 0" test "$rc" -eq 0
check "check-config default pin: warns" grep -q "^$tmp/nopin.cfg: warning: .*default PIN" "$tmp/err"

# The sets the station would find: invalid ones, a missing active_set and
# unknown rounds are warned about; the file itself is still valid.
printf 'quizzes_dir = "%s";\nactive_set = "nope";\nrounds = [ "r1", "zz" ];\nresults_db = "%s";\n' \
    "$here/station_sets" "$tmp/data/results.db" >"$tmp/sets.cfg"
run --check-config "$tmp/sets.cfg"
check "check-config missing active_set: exit 1" test "$rc" -eq 1
check "check-config missing active_set: error on its line, valid ids listed" \
    grep -q "^$tmp/sets.cfg:2: error: active_set \"nope\" is not a valid set in .*; use one of: \"god-ledelse\", \"helse\"" "$tmp/err"
check "check-config sets: bad set named" grep -q "^$tmp/sets.cfg: warning: the set .*b-broken.cfg has errors" "$tmp/err"
check "check-config sets: unknown round" grep -q "warning: 'rounds' names \"zz\"" "$tmp/err"
check "check-config sets: known round not warned" bash -c "! grep -q '\"r1\"' '$tmp/err'"
printf 'quizzes_dir = "%s";\nactive_set = "helse";\nrounds = [ "r1" ];\nresults_db = "%s";\n' \
    "$here/station_sets" "$tmp/data/results.db" >"$tmp/sets2.cfg"
run --check-config "$tmp/sets2.cfg"
check "check-config sets: exit 0" test "$rc" -eq 0
check "check-config sets: summary" grep -q '2 valid sets in .*2 invalid; active set "helse"' "$tmp/out"
printf 'quizzes_dir = "%s";\n' "$tmp/empty" >"$tmp/nosets.cfg"
mkdir "$tmp/empty"
run --check-config "$tmp/nosets.cfg"
check "check-config no sets: exit 1" test "$rc" -eq 1
check "check-config no sets: would not start, on the line" \
    grep -q "nosets.cfg:1: error: the station would not start: no valid question set" "$tmp/err"
printf 'quizzes_dir = "%s";\n' "$tmp/nosets.cfg" >"$tmp/filedir.cfg"
run --check-config "$tmp/filedir.cfg"
check "check-config quizzes_dir a file: exit 1" test "$rc" -eq 1
check "check-config quizzes_dir a file: says so" grep -q "filedir.cfg:1: error: .*is a file, not a folder" "$tmp/err"
if [ "$(id -u)" -ne 0 ]; then # root reads any folder
    mkdir "$tmp/locked"; chmod 000 "$tmp/locked"
    printf 'quizzes_dir = "%s";\n' "$tmp/locked" >"$tmp/locked.cfg"
    run --check-config "$tmp/locked.cfg"
    chmod 700 "$tmp/locked"
    check "check-config unreadable folder: exit 1" test "$rc" -eq 1
    check "check-config unreadable folder: says so" grep -q "locked.cfg:1: error: .*cannot be read" "$tmp/err"
elif command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
    mkdir -p "$tmp/locked"; chmod 700 "$tmp/locked"; chmod 755 "$tmp"
    printf 'quizzes_dir = "%s";\nresults_db = "/tmp/x.db";\n' "$tmp/locked" >"$tmp/locked.cfg"
    chmod 644 "$tmp/locked.cfg"
    setpriv --reuid=nobody --regid=nogroup --clear-groups "$bin" --check-config "$tmp/locked.cfg" \
        >"$tmp/out" 2>"$tmp/err"; rc=$?
    check "check-config unreadable folder: exit 1" test "$rc" -eq 1
    check "check-config unreadable folder: says so" grep -q "locked.cfg:1: error: .*cannot be read" "$tmp/err"
fi
# Defaults as the kiosk has them: a file that names no quizzes_dir uses the
# shipped sets, so it is a station that starts.
printf 'station_id = "shipped";\nresults_db = "%s";\n' "$tmp/data/results.db" >"$tmp/shipped.cfg"
run --check-config "$tmp/shipped.cfg"
check "check-config default quizzes_dir: exit 0" test "$rc" -eq 0
check "check-config default quizzes_dir: the shipped folder" grep -q "valid sets\? in .*/quizzes" "$tmp/out"
# A font that cannot be read.
printf 'quizzes_dir = "%s";\nfont = "%s";\n' "$here/station_sets" "$tmp/no-such-font.ttf" >"$tmp/font.cfg"
run --check-config "$tmp/font.cfg"
check "check-config unreadable font: exit 1" test "$rc" -eq 1
check "check-config unreadable font: on its line" grep -q "font.cfg:2: error: .*font .*no-such-font.ttf cannot be read" "$tmp/err"

# Numbers that do not fit the whole-number type: libconfig would wrap them
# (4294967616 = 2^32 + 320 would pass as 320).
for t in "width = 4294967616;" "idle_timeout = 4294967356;" "height = -4294966576;" \
         "idle_countdown = 0x100000014;" "width = 99999999999999999999999;"; do
    printf 'station_id = "x";\n%s\n' "$t" >"$tmp/big.cfg"
    run --check-config "$tmp/big.cfg"
    check "check-config '$t': exit 1" test "$rc" -eq 1
    check "check-config '$t': error on line 2" grep -q "big.cfg:2: error: '.*' is .*does not fit" "$tmp/err"
    check "check-config '$t': one error" test "$(grep -c ': error: ' "$tmp/err")" -eq 1
done
# Misspelled settings: did you mean.
printf 'fulscreen = true;\nidle_timout = 60;\nlanguag = "nb";\nbogus = 1;\n' >"$tmp/typo.cfg"
run --check-config "$tmp/typo.cfg"
check "check-config typo: exit 1" test "$rc" -eq 1
check "check-config typo: fullscreen" grep -q "typo.cfg:1: error: unknown setting 'fulscreen': did you mean 'fullscreen'?" "$tmp/err"
check "check-config typo: idle_timeout" grep -q "typo.cfg:2: error: .*did you mean 'idle_timeout'?" "$tmp/err"
check "check-config typo: language" grep -q "typo.cfg:3: error: .*did you mean 'language'?" "$tmp/err"
check "check-config typo: far off gets the list" grep -q "typo.cfg:4: error: unknown setting 'bogus'; check the spelling" "$tmp/err"
# Text that is not UTF-8 (Windows-1252 æ).
printf 'station_id = "kurs-\xe6";\n' >"$tmp/latin1.cfg"
run --check-config "$tmp/latin1.cfg"
check "check-config not UTF-8: exit 1" test "$rc" -eq 1
check "check-config not UTF-8: says so" grep -q "latin1.cfg:1: error: text is not valid UTF-8: byte 0xE6" "$tmp/err"

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

printf '482913\r\n' | "$bin" --hash-pin >"$tmp/out" 2>/dev/null; rc=$?
check "hash-pin CRLF: exit 0" test "$rc" -eq 0
for bad in "" "123" "1234567890123" "12a4" " 1234" "12345678901234567890123456789012345678901234567890123456789012345678901234567890"; do
    printf '%s\n' "$bad" | "$bin" --hash-pin >"$tmp/out" 2>"$tmp/err"; rc=$?
    check "hash-pin refuses '$bad': exit 1" test "$rc" -eq 1
    check "hash-pin refuses '$bad': no output" test ! -s "$tmp/out"
done
# Trivial PINs are refused with a reason; nothing is printed to paste.
for bad in 1234 0000 1111 4321 9876 7890 1212 123123 2580 123456789012; do
    printf '%s\n' "$bad" | "$bin" --hash-pin >"$tmp/out" 2>"$tmp/err"; rc=$?
    check "hash-pin refuses trivial '$bad': exit 1" test "$rc" -eq 1
    check "hash-pin refuses trivial '$bad': says why" grep -q "is too easy to guess" "$tmp/err"
    check "hash-pin refuses trivial '$bad': no output" test ! -s "$tmp/out"
done
"$bin" --hash-pin </dev/null >"$tmp/out" 2>"$tmp/err"; rc=$?
check "hash-pin no input: exit 1" test "$rc" -eq 1

# One command at a time, and no option of another mode (exit 2).
for args in "--stats --hash-pin" "--check-config a.cfg --stats" "--hash-pin --export-results x.csv" \
            "--windowed --stats" "--since 2026-01-01" "--stats --separator ;" "--no-autoplay" "--check-config a.cfg --windowed" \
            "--stats -o x" "--autoplay 2 --hash-pin" "--windowed --check a.cfg"; do
    # shellcheck disable=SC2086
    run $args
    check "usage '$args': exit 2" test "$rc" -eq 2
    check "usage '$args': says why" grep -Eq "two commands|does not go with|goes with another command|to kommandoer|hører ikke sammen med|hører til en annen kommando" "$tmp/err"
done

echo "$passed passed, $failed failed"
test "$failed" -eq 0
