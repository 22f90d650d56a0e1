#!/usr/bin/env bash
# bench/startup/run.sh [BUILD_DIR] [RUNS] [OTHER_BUILD_DIR]
# Start-up time of the kiosk, from exec to its first presented frame, beside
# the floor: minimal.c, which only opens a window the same way and presents one
# frame. Both start through stamp_exec (which notes the monotonic clock just
# before exec); each prints the same clock at its first present
# (QK_STAMP_FIRST_FRAME=1 for the kiosk). RUNS runs each (default 21, after one
# warm-up run), alternating; prints medians and their ratio for
#   x11    a real fullscreen window under Xvfb 1920x1080 (the kiosk's default
#          settings: the software renderer; the floor likewise in software)
#   dummy  SDL's dummy video driver, software renderer, 1920x1080
# With OTHER_BUILD_DIR, that build's kiosk runs too, in the same iterations
# (floor, kiosk, other kiosk), so that the two builds share one floor: the
# floor alone moves by 20 ms and more between runs of this script.
# Needs xvfb-run; BUILD_DIR holds quizkiosk, qk_bench_minimal and
# qk_bench_stamp_exec (bench/startup/bench.cmake builds them with the rest).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-21}
other=${3:+$(cd "$3" && pwd)}
kiosk=$build/quizkiosk
[ -x "$kiosk" ] || { echo "no $kiosk: build first" >&2; exit 1; }
[ -z "$other" ] || [ -x "$other/quizkiosk" ] || { echo "no $other/quizkiosk: build first" >&2; exit 1; }

if [ -z "${QK_BENCH_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1920x1080x24" env QK_BENCH_IN_XVFB=1 "$0" "$build" "$runs" ${other:+"$other"}
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$build/qk_bench_minimal" "$tmp/minimal"
cp "$build/qk_bench_stamp_exec" "$tmp/stamp_exec"
cat > "$tmp/station.cfg" <<CFG
station_id = "bench";
results_db = "$tmp/results.db";
fullscreen = true;
CFG
export DBUS_SESSION_BUS_ADDRESS=disabled: XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
export QK_STAMP_FIRST_FRAME=1

# one_run NAME CMD...: prints milliseconds from exec to first frame.
one_run() {
  local log=$tmp/run.log
  : > "$log"
  "$tmp/stamp_exec" "$@" 2> "$log" &
  local pid=$! i
  for i in $(seq 1 500); do
    grep -q 'first-frame' "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.02; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk '/^exec /{e=$2} /first-frame/{f=$NF} END{ if (e && f) printf "%.1f\n", (f-e)/1e6; else print "NA" }' "$log"
}

# The floor draws in software without OpenGL, as the kiosk does by default
# (renderer = "software"): SDL's software renderer on the window's own
# framebuffer.
floor_run() {
  SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 one_run "$tmp/minimal" "$@"
}

median() { sort -n | awk '{v[NR]=$1} END{ if (NR%2) print v[(NR+1)/2]; else printf "%.1f\n", (v[NR/2]+v[NR/2+1])/2 }'; }

bench_mode() {
  local mode=$1; shift
  local mins=$tmp/min.$mode kios=$tmp/kiosk.$mode kio2=$tmp/other.$mode
  : > "$mins"; : > "$kios"; : > "$kio2"
  local margs=() kargs=(--config "$tmp/station.cfg")
  if [ "$mode" = dummy ]; then
    export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software
    margs=(--size 1920x1080); kargs+=(--windowed --size 1920x1080)
  else
    export SDL_VIDEODRIVER=x11; unset SDL_RENDER_DRIVER # the kiosk's own default
  fi
  floor_run "${margs[@]}" >/dev/null      # warm-up: file cache
  one_run "$kiosk" "${kargs[@]}" >/dev/null
  [ -z "$other" ] || one_run "$other/quizkiosk" "${kargs[@]}" >/dev/null
  for _ in $(seq 1 "$runs"); do
    floor_run "${margs[@]}" >> "$mins"
    one_run "$kiosk" "${kargs[@]}" >> "$kios"
    [ -z "$other" ] || one_run "$other/quizkiosk" "${kargs[@]}" >> "$kio2"
  done
  local m k
  m=$(grep -v NA "$mins" | median); k=$(grep -v NA "$kios" | median)
  printf '%-6s minimal %7s ms   kiosk %7s ms   ratio %s   (%d runs each; NA: %d)\n' \
    "$mode" "$m" "$k" "$(awk -v a="$k" -v b="$m" 'BEGIN{printf "%.2f", a/b}')" "$runs" \
    "$(grep -c NA "$mins" "$kios" | awk -F: '{s+=$2} END{print s}')"
  if [ -n "$other" ]; then
    k=$(grep -v NA "$kio2" | median)
    printf '%-6s (same floor) other kiosk %7s ms   ratio %s   (%s; NA: %d)\n' \
      "$mode" "$k" "$(awk -v a="$k" -v b="$m" 'BEGIN{printf "%.2f", a/b}')" "$other" \
      "$(grep -c NA "$kio2")"
  fi
}

echo "start-up, exec -> first presented frame (median)"
bench_mode x11
bench_mode dummy
