#!/usr/bin/env bash
# bench/startup/bad_sets.sh [BUILD_DIR] [RUNS]
# Issue 15: "a bad file in the quizzes folder never delays the station's start
# by more than a second". Start-up from exec to the first presented frame
# (stamp_exec and QK_STAMP_FIRST_FRAME, as bench/startup/run.sh) of the kiosk
# on a quizzes folder that holds
#   good        the shipped sets (quizzes/*.cfg and their pictures) only;
#   +NAME       the same plus one stall input of bench/inputs/gen.py (each of
#               them in turn);
#   +all        the same plus every stall input at once.
# Every configuration runs RUNS times (default 11, after one warm-up run each,
# so the files are in the page cache), the configurations alternating within
# each round so that a change of the machine's load touches them all alike.
# Prints, for each driver, a table of medians and each one's delay against
# "good" of the same run, and when the kiosk read the larger files after its
# first frame, the time from exec until its log said the whole folder was
# read (wall clock seen by this script's polling, so up to ~20 ms late):
#   dummy  SDL's dummy video driver, software renderer, 1920x1080 window
#   x11    a fullscreen window under Xvfb 1920x1080 (the kiosk's defaults:
#          the software renderer), when xvfb-run is there
# Not a test: nothing is asserted (tests/station/bad_sets.sh checks that the
# station starts on the good sets and names each bad file). BUILD_DIR holds
# quizkiosk and qk_bench_stamp_exec.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-11}
kiosk=$build/quizkiosk
[ -x "$kiosk" ] || { echo "no $kiosk: build first" >&2; exit 1; }

if [ -z "${QK_BENCH_IN_XVFB:-}" ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" env QK_BENCH_IN_XVFB=1 "$0" "$build" "$runs"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$build/qk_bench_stamp_exec" "$tmp/stamp_exec"
python3 "$root/bench/inputs/gen.py" "$tmp/inputs" > /dev/null
bad=()
for f in "$tmp/inputs"/*.cfg; do bad+=("$(basename "$f" .cfg)"); done

# One quizzes folder and station file per configuration.
configs=(good)
for n in "${bad[@]}"; do configs+=("+$n"); done
configs+=(+all)
for c in "${configs[@]}"; do
  d=$tmp/st/$c
  mkdir -p "$d/quizzes"
  cp "$root"/quizzes/*.cfg "$d/quizzes/"
  cp -r "$root/quizzes/bilder" "$d/quizzes/"
  case $c in
    good) ;;
    +all) ln "$tmp/inputs"/*.cfg "$d/quizzes/" ;;
    *) ln "$tmp/inputs/${c#+}.cfg" "$d/quizzes/" ;;
  esac
  cat > "$d/station.cfg" <<CFG
station_id = "bench";
quizzes_dir = "$d/quizzes";
results_db = "$d/results.db";
fullscreen = true;
CFG
done
export DBUS_SESSION_BUS_ADDRESS=disabled: XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
export QK_STAMP_FIRST_FRAME=1 SDL_AUDIODRIVER=dummy

# one_run LOG CMD...: prints milliseconds from exec to first frame (NA if none
# within 10 s) and to "the whole quizzes folder is read" (NA when the kiosk
# read it all before its first frame); the kiosk's stderr stays in LOG.
one_run() {
  local log=$1; shift
  : > "$log"
  local t0 whole=NA
  t0=$(date +%s%N)
  "$tmp/stamp_exec" "$@" 2> "$log" &
  local pid=$! i
  for i in $(seq 1 500); do
    grep -q 'first-frame' "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  if grep -q 'read after the first frame' "$log"; then
    for i in $(seq 1 750); do
      if grep -q 'whole quizzes folder is read' "$log"; then
        whole=$(( ($(date +%s%N) - t0) / 1000000 )); break
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.02
    done
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.02; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk -v w="$whole" '/^exec /{e=$2} /first-frame/{f=$NF} END{ if (e && f) printf "%.1f %s\n", (f-e)/1e6, w; else print "NA " w }' "$log"
}

median() { sort -n | awk '{v[NR]=$1} END{ if (NR == 0) print "NA"; else if (NR%2) print v[(NR+1)/2]; else printf "%.1f\n", (v[NR/2]+v[NR/2+1])/2 }'; }

bench_mode() {
  local mode=$1 c
  local kargs=()
  if [ "$mode" = dummy ]; then
    export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software
    kargs=(--windowed --size 1920x1080)
  else
    export SDL_VIDEODRIVER=x11; unset SDL_RENDER_DRIVER # the kiosk's own default
  fi
  for c in "${configs[@]}"; do # warm-up: page cache, fontconfig's cache
    : > "$tmp/t.$mode.$c"
    one_run "$tmp/log.$mode.$c" "$kiosk" --config "$tmp/st/$c/station.cfg" "${kargs[@]}" >/dev/null
  done
  local r
  for r in $(seq 1 "$runs"); do
    for c in "${configs[@]}"; do
      one_run "$tmp/log.$mode.$c" "$kiosk" --config "$tmp/st/$c/station.cfg" "${kargs[@]}" \
        >> "$tmp/t.$mode.$c"
    done
  done
  local g
  g=$(awk '$1 != "NA" {print $1}' "$tmp/t.$mode.good" | median)
  echo
  echo "$mode: exec -> first presented frame, median of $runs runs each (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  printf '| quizzes folder | bytes added | median | min–max | delay vs good | NA | sets valid/invalid at start | whole folder read (median from exec) |\n|---|---:|---:|---:|---:|---:|---|---:|\n'
  for c in "${configs[@]}"; do
    local m lo hi na bytes sets w
    m=$(awk '$1 != "NA" {print $1}' "$tmp/t.$mode.$c" | median)
    lo=$(awk '$1 != "NA" {print $1}' "$tmp/t.$mode.$c" | sort -n | head -1)
    hi=$(awk '$1 != "NA" {print $1}' "$tmp/t.$mode.$c" | sort -n | tail -1)
    na=$(awk '$1 == "NA"' "$tmp/t.$mode.$c" | grep -c . || true)
    w=$(awk '$2 != "NA" {print $2}' "$tmp/t.$mode.$c" | median)
    case $c in
      good) bytes=0 ;;
      +all) bytes=$(cat "$tmp/inputs"/*.cfg | wc -c) ;;
      *) bytes=$(stat -c %s "$tmp/inputs/${c#+}.cfg") ;;
    esac
    sets=$(sed -n 's/.*; sets \([0-9]*\) valid, \([0-9]*\) invalid in.*/\1\/\2/p' "$tmp/log.$mode.$c" | head -1)
    awk -v c="$c" -v b="$bytes" -v m="$m" -v lo="${lo:-NA}" -v hi="${hi:-NA}" -v g="$g" \
        -v na="$na" -v s="${sets:-?}" -v w="$w" 'BEGIN {
      d = (c == "good") ? "–" : sprintf("%+.1f ms", m - g)
      ws = (w == "NA") ? "–" : sprintf("%d ms", w)
      printf "| %s | %d | %.1f ms | %s–%s | %s | %d | %s | %s |\n", c, b, m, lo, hi, d, na, s, ws }'
  done
}

echo "start-up with stall inputs in the quizzes folder ($(date -u '+%Y-%m-%d %H:%M UTC'))"
bench_mode dummy
if [ -n "${QK_BENCH_IN_XVFB:-}" ]; then bench_mode x11; fi
