#!/usr/bin/env bash
# tests/station/offline.sh QUIZKIOSK OUTDIR
# "Ute av drift" end to end, under xvfb-run (1920x1080, SDL's x11 driver):
#   1. the quizzes folder is empty: the kiosk does not exit; it shows the
#      out-of-order screen (layout file: "screen offline"); the trainer's key
#      chord still opens the PIN pad over it, and Cancel goes back to it;
#   2. an invalid set is copied in: still out of order;
#   3. a valid set is copied in: the attract screen comes within a few seconds
#      (the folder is watched with inotify), with no restart (same pid);
#   4. a station whose quizzes folder does not exist yet: out of order, and in
#      service once the folder is made and a set put in it.
# Screenshots (X server's own capture) of the out-of-order screen go to OUTDIR.
# Exit 77 (skipped) when xvfb-run is missing.
set -uo pipefail
kiosk=$(readlink -f "$1")
outdir=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${QK_OFFLINE_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1920x1080x24" env QK_OFFLINE_IN_XVFB=1 "$0" "$@"
fi
. "$here/../smoke/lib.sh"
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export SDL_VIDEODRIVER=x11 DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data

screen_now() { [ -f "$layout" ] && awk 'NR==1{print $2}' "$layout"; }
wait_screen() { # PATTERN SECONDS
  local i
  for i in $(seq 1 $(($2 * 10))); do
    [[ "$(screen_now)" =~ $1 ]] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
start() { # STATION_DIR
  layout=$1/layout.txt
  rm -f "$layout"
  QK_LAYOUT_FILE=$layout "$kiosk" --config "$1/station.cfg" 2> "$1/kiosk.log" &
  pid=$!
}
stop() {
  kill -TERM "$pid"; wait "$pid"; rc=$?; pid=
  check "$1: SIGTERM ends it with status 0 (got $rc)" test "$rc" -eq 0
}

# 1-3: an empty folder, then a broken set, then a good one.
qk_smoke_station "$tmp/a" offline-a 'language = "nb";'
rm -f "$tmp/a/quizzes/"*
start "$tmp/a"
check "empty folder: the out-of-order screen" wait_screen '^offline$' 20
check "empty folder: the kiosk is still running" kill -0 "$pid"
check "empty folder: the log says why" grep -q "no valid question set in $tmp/a/quizzes.*out of order" "$tmp/a/kiosk.log"
import -window root "$outdir/offline-nb-1920x1080.png" 2>/dev/null
wid=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1)
if [ -n "$wid" ]; then
  xdotool windowactivate --sync "$wid" 2>/dev/null || xdotool windowfocus --sync "$wid" 2>/dev/null
  xdotool key --window "$wid" ctrl+alt+shift+t 2>/dev/null || xdotool key ctrl+alt+shift+t
fi
check "out of order: the trainer's key chord opens the PIN pad" wait_screen '^pin$' 10
# Cancel on the pad (qk_ui_kind button = 3, QK_BTN_CANCEL = 8; see smoke.sh)
xy=$(awk 'NR>1 && $1==3 && $2==8 {print int($3+$5/2), int($4+$6/2); exit}' "$layout")
[ -n "$xy" ] && xdotool mousemove $xy click 1
check "out of order: Cancel on the pad goes back to out of order" wait_screen '^offline$' 10
printf 'format = 1;\nid = "broken"\n' > "$tmp/a/quizzes/broken.cfg"
sleep 2
check "a broken set: still out of order" test "$(screen_now)" = offline
t0=$(date +%s.%N)
cp "$here/../smoke/smoke_set.cfg" "$tmp/a/quizzes/"
check "a valid set copied in: the attract screen comes" wait_screen '^attract$' 10
t1=$(date +%s.%N)
echo "    (in service $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s after the copy)"
check "in service: the log says so" grep -q "a valid question set is in .*in service again" "$tmp/a/kiosk.log"
stop "folder a"

# 4: the folder does not exist, in English.
qk_smoke_station "$tmp/b" offline-b 'language = "en";'
rm -rf "$tmp/b/quizzes"
start "$tmp/b"
check "no folder: the out-of-order screen" wait_screen '^offline$' 20
check "no folder: the log says why" grep -q "the quizzes folder $tmp/b/quizzes is missing or cannot be read" "$tmp/b/kiosk.log"
import -window root "$outdir/offline-en-1920x1080.png" 2>/dev/null
mkdir "$tmp/b/quizzes"
sleep 1
cp "$here/../smoke/smoke_set.cfg" "$tmp/b/quizzes/"
check "folder made, set copied in: the attract screen comes" wait_screen '^attract$' 15
stop "folder b"

if [ "$fails" -ne 0 ]; then
  echo "--- kiosk logs ---" >&2; tail -n 8 "$tmp"/*/kiosk.log >&2
fi
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
