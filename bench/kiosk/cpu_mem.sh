#!/usr/bin/env bash
# bench/kiosk/cpu_mem.sh [BUILD_DIR] [SECONDS]
# The kiosk in a real fullscreen window under Xvfb (1920x1080, SDL's x11
# driver, its default renderer: software unless the station says renderer = "gl"), with a temporary station and the smoke test's
# question set (whose first question has a 120 s countdown):
#   - CPU over SECONDS (default 30) idle on the attract screen,
#   - then, after xdotool has clicked through to the first question, CPU over
#     SECONDS while its countdown runs,
# from the time on a CPU of all threads in /proc/PID/task/*/schedstat (the
# kiosk alone; the X server's share is printed beside it), and memory while each is shown: PSS (smaps_rollup), RSS
# and peak RSS (VmHWM).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
secs=${2:-30}
kiosk=$build/quizkiosk
[ -x "$kiosk" ] || { echo "no $kiosk: build first" >&2; exit 1; }
if [ -z "${QK_BENCH_IN_XVFB:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" env QK_BENCH_IN_XVFB=1 "$0" "$build" "$secs"
fi

tmp=$(mktemp -d)
. "$root/tests/smoke/lib.sh"
qk_smoke_station "$tmp" bench "idle_timeout = 600;"
layout=$tmp/layout.txt
export SDL_VIDEODRIVER=x11 DBUS_SESSION_BUS_ADDRESS=disabled: QK_LAYOUT_FILE=$layout
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
log=$tmp/kiosk.log
"$kiosk" --config "$tmp/station.cfg" 2> "$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT
xpid=$(ps -eo pid=,args= | awk -v d="$DISPLAY" '$2 ~ /Xvfb$/ && $3 == d {print $1; exit}')
hz=1000000000

# nanoseconds on a CPU, all threads (schedstat: finer than stat's 10 ms ticks)
ticks() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{s += $1} END {printf "%.0f", s}'; }
screen_now() { [ -f "$layout" ] && awk 'NR==1{print $2}' "$layout"; }
wait_screen() {
  for _ in $(seq 1 150); do [[ "$(screen_now)" =~ $1 ]] && return 0; sleep 0.1; done
  echo "screen $1 did not come (now: $(screen_now))" >&2; exit 1
}
center_of() { # KIND ID (numbers as in qk_ui_kind; 4 = round)
  awk -v k="$1" -v id="$2" 'NR>1 && $1==k && $2==id && !f {f=int($3+$5/2) " " int($4+$6/2)} END{print f}' "$layout"
}
memory() {
  local pss rss hwm
  pss=$(awk '/^Pss:/{print $2}' "/proc/$pid/smaps_rollup")
  rss=$(awk '/^VmRSS:/{print $2}' "/proc/$pid/status")
  hwm=$(awk '/^VmHWM:/{print $2}' "/proc/$pid/status")
  awk -v p="$pss" -v r="$rss" -v h="$hwm" \
    'BEGIN{printf "PSS %.1f MiB, RSS %.1f MiB, peak RSS %.1f MiB", p/1024, r/1024, h/1024}'
}
measure() { # LABEL
  sleep 2 # settle
  local k0 x0 t0 k1 x1 t1
  k0=$(ticks "$pid"); x0=$(ticks "$xpid"); t0=$(date +%s.%N)
  sleep "$secs"
  k1=$(ticks "$pid"); x1=$(ticks "$xpid"); t1=$(date +%s.%N)
  awk -v l="$1" -v k="$((k1 - k0))" -v x="$((x1 - x0))" -v hz="$hz" -v t0="$t0" -v t1="$t1" \
    -v m="$(memory)" 'BEGIN{d=t1-t0; printf "%-34s kiosk CPU %6.3f %%  (X server %6.3f %%)  %s\n",
    l, k/hz/d*100, x/hz/d*100, m}'
}

wait_screen '^attract'
measure "attract, idle ${secs} s:"
xdotool mousemove 960 540 click 1
wait_screen '^start'
# a set with one round offers its one "Start" (the round's id), not "all rounds"
xy=$(center_of 4 -1); [ -n "$xy" ] || xy=$(center_of 4 0)
xdotool mousemove $xy click 1
wait_screen '^question'
measure "question, countdown ${secs} s:"
