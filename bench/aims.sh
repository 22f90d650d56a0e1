#!/usr/bin/env bash
# bench/aims.sh [BUILD_DIR]: every aim of issue 15 that a few minutes can
# measure, in one run, beside its anchors; prints the lines bench/README.md's
# "Issue 15's aims" table is made from. BUILD_DIR: a Release build (default
# build/) with the bench programs. Runs, in this order:
#   1. the kiosk fullscreen under Xvfb 1920x1080, default settings: idle CPU
#      and PSS on the attract screen, CPU (X server beside it) and PSS while
#      the question's countdown runs (bench/kiosk/cpu_mem.sh, 30 s each);
#   2. the SDL floor's PSS: bench/startup/minimal.c, software renderer on
#      the window's framebuffer, fullscreen under Xvfb;
#   3. Chromium in kiosk mode on a page like each screen (bench/kiosk/chromium.sh);
#   4. start-up, exec to first frame, kiosk against the software SDL floor
#      (bench/startup/run.sh, 11 runs each);
#   5. --check of a 10,000-question set against a bare config_read_file,
#      whole-process CPU (perf stat task-clock, all threads), medians of 11;
#   6. the text cache at 3840x2160 and the countdown's presented pixels
#      (the figures test_gfx and test_screens print).
# The 10,000-session RSS run takes hours on a shared machine:
# bench/kiosk/autoplay_rss.sh, separately.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== 1. kiosk, Xvfb 1920x1080 fullscreen, default settings"
"$here/kiosk/cpu_mem.sh" "$build" 30
echo "== 2. SDL floor (software, own framebuffer), Xvfb 1920x1080"
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
  SDL_VIDEODRIVER=x11 SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 \
    DBUS_SESSION_BUS_ADDRESS=disabled: QK_BENCH_HOLD=1 "$1" & p=$!; sleep 3
  awk "/^Pss:/{printf \"floor PSS %.1f MiB\", \$2/1024}" /proc/$p/smaps_rollup
  awk "/^VmRSS:/{printf \", RSS %.1f MiB\n\", \$2/1024}" /proc/$p/status
  kill -TERM $p; wait $p || true' _ "$build/qk_bench_minimal"
echo "== 3. Chromium kiosk, Xvfb 1920x1080"
"$here/kiosk/chromium.sh" 30
echo "== 4. start-up"
"$here/startup/run.sh" "$build" 11
echo "== 5. --check of 10,000 questions, whole-process CPU (ms, median of 11)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/qk_bench_gen" "$tmp/set.cfg" 10000 >/dev/null
cpu() { perf stat -x, -e task-clock "$@" 2>&1 >/dev/null | awk -F, '/task-clock/{print $1}'; }
for _ in $(seq 1 11); do
  cpu "$build/qk_bench_load" "$tmp/set.cfg" --once floor >> "$tmp/floor"
  cpu "$build/quizkiosk" --check "$tmp/set.cfg" >> "$tmp/check"
done
med() { sort -n "$1" | awk '{v[NR]=$1} END{print v[(NR+1)/2]}'; }
awk -v f="$(med "$tmp/floor")" -v c="$(med "$tmp/check")" \
  'BEGIN{printf "config_read_file %.1f ms, quizkiosk --check %.1f ms, ratio %.2f\n", f, c, c/f}'
echo "== 6. text cache at 4K, countdown pixels"
(cd "$build" && SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software ./tests/test_gfx | grep '4K text cache')
(cd "$build" && SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy \
   DBUS_SESSION_BUS_ADDRESS=disabled: ./tests/test_screens | grep 'countdown:')
