#!/usr/bin/env bash
# tests/station/pin_restart.sh QUIZKIOSK
# The PIN pad's lock-out survives a restart (under xvfb-run, SDL's x11 driver,
# the default PIN 1234): five wrong PINs typed on the pad lock it; the kiosk
# is killed (SIGKILL, as a crash or power cut would) and started again; the
# right PIN typed at once does NOT open the trainer menu, and pin-lock beside
# results.db holds the lock. Control: on a station with no lock, the same
# keys open the menu (so the check can fail).
# Exit 77 (skipped) when xvfb-run is missing.
set -uo pipefail
kiosk=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${QK_PIN_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1280x720x24" env QK_PIN_IN_XVFB=1 "$0" "$@"
fi
. "$here/../smoke/lib.sh"
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export SDL_VIDEODRIVER=x11 DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
layout=$tmp/layout.txt
screen_now() { [ -f "$layout" ] && awk 'NR==1{print $2}' "$layout"; }
wait_screen() { # PATTERN SECONDS
  local i
  for i in $(seq 1 $(($2 * 10))); do
    [[ "$(screen_now)" =~ $1 ]] && return 0
    sleep 0.1
  done
  return 1
}
start() { # STATION_DIR
  rm -f "$layout"
  QK_LAYOUT_FILE=$layout "$kiosk" --config "$1/station.cfg" 2>> "$1/kiosk.log" &
  pid=$!
  wait_screen '^attract$' 20
}
pin_pad() { xdotool key ctrl+alt+shift+t; wait_screen '^pin$' 10; }
type_pin() { # DIGITS: typed, then Enter; waits for the hash check
  local i
  for ((i = 0; i < ${#1}; i++)); do xdotool key "${1:i:1}"; done
  xdotool key Return
  sleep 0.6
}

# Control: no lock, 1234 opens the menu.
qk_smoke_station "$tmp/c" pin-control
start "$tmp/c"; pin_pad
type_pin 1234
check "control: the right PIN opens the menu" wait_screen '^menu$' 5
kill -KILL "$pid"; wait "$pid" 2>/dev/null; pid=

qk_smoke_station "$tmp/s" pin-restart
check "the kiosk starts" start "$tmp/s"
check "the key chord opens the pad" pin_pad
for _ in 1 2 3 4 5; do type_pin 9731; done
check "five wrong PINs: still on the pad" test "$(screen_now)" = pin
check "the lock is written beside results.db" grep -q '^locked_until ' "$tmp/s/pin-lock"
kill -KILL "$pid"; wait "$pid" 2>/dev/null; pid=
check "restarted after a kill" start "$tmp/s"
pin_pad
type_pin 1234
sleep 1
check "after the restart the right PIN does not open the menu (pad still locked)" \
  test "$(screen_now)" = pin
kill -TERM "$pid"; wait "$pid"; rc=$?; pid=
check "SIGTERM ends it with status 0 (got $rc)" test "$rc" -eq 0
if [ "$fails" -ne 0 ]; then tail -5 "$tmp"/*/kiosk.log >&2; fi
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
