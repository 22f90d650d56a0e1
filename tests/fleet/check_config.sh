#!/usr/bin/env bash
# fleet_check_config: quizkiosk --check-config on the forwarding settings (no
# server needed). Each case names the station file and line:
#   - results_server with a 0600 password file: ok (exit 0);
#   - the password file readable by others: refused, "chmod 600" (exit 1);
#   - the password file missing: refused, says what to put in it (exit 1);
#   - a password file without results_server: a warning, still ok;
#   - a password inside the URI: refused, the password not repeated (exit 1).
# Usage: check_config.sh QUIZKIOSK TESTS_DIR
set -u
# The commands speak the tools' language (the environment); these checks read English.
export LANGUAGE=en
QK=$1 QK_TESTS=$2
fail=0
bad() { echo "FAIL: $*"; fail=1; }
T=$(mktemp -d /tmp/qk-fleet-check.XXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/q"
cp "$QK_TESTS/screens/feedback.cfg" "$QK_TESTS/screens/bilde.png" "$T/q/"
echo 'hemmelig' >"$T/pw"
chmod 600 "$T/pw"
station() { # NAME LINES...: a station file with the given lines after three of its own
    local f=$T/$1.cfg
    shift
    printf '%s\n' 'station_id = "kurs-1";' 'quizzes_dir = "q";' 'results_db = "results.db";' \
        "$@" >"$f"
    echo "$f"
}
run() { "$QK" --lang en --check-config "$1" >"$T/out" 2>&1; echo $?; }
URI='results_server = "postgresql://quizkiosk@db.example.no/quizkiosk?sslmode=verify-full";'

f=$(station good "$URI" 'results_server_password_file = "pw";')
[ "$(run "$f")" = 0 ] || { bad "a 0600 password file: not ok"; cat "$T/out"; }

chmod 644 "$T/pw"
rc=$(run "$f")
[ "$rc" = 1 ] || bad "a 0644 password file: exit $rc, expected 1"
grep -q "^$f:5: error: results_server_password_file $T/pw can be read .*mode 644.*chmod 600" "$T/out" \
    || { bad "a 0644 password file said:"; cat "$T/out"; }
chmod 600 "$T/pw"

f=$(station missing "$URI" 'results_server_password_file = "nope.pw";')
rc=$(run "$f")
[ "$rc" = 1 ] || bad "a missing password file: exit $rc, expected 1"
grep -q "^$f:5: error: .*nope.pw: No such file.*first line.*chmod 600" "$T/out" \
    || { bad "a missing password file said:"; cat "$T/out"; }

f=$(station no_server 'results_server_password_file = "pw";')
rc=$(run "$f")
[ "$rc" = 0 ] || { bad "a password file without a server: exit $rc, expected 0"; cat "$T/out"; }
grep -q "^$f:4: warning: .*results_server is not" "$T/out" || { bad "no warning:"; cat "$T/out"; }

f=$(station in_uri 'results_server = "postgresql://quizkiosk:hemmelig@db.example.no/qk";')
rc=$(run "$f")
[ "$rc" = 1 ] || bad "a password in the URI: exit $rc, expected 1"
grep -q "^$f:4: error: 'results_server' holds a password" "$T/out" || { bad "in-URI said:"; cat "$T/out"; }
grep -q hemmelig "$T/out" && bad "the password was repeated in the message"

[ $fail -eq 0 ] && echo "fleet_check_config: ok"
exit $fail
