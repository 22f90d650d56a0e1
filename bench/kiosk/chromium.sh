#!/usr/bin/env bash
# bench/kiosk/chromium.sh [SECONDS]: the anchor the kiosk replaces, measured
# the way bench/kiosk/cpu_mem.sh measures the kiosk: Chromium in kiosk mode
# fullscreen under Xvfb (1920x1080, no window manager) on a local page
#   - idle: the attract screen's kind of page, nothing moving;
#   - countdown: a bar that shrinks by a CSS animation and the seconds in
#     figures, changed once a second by a script (the kiosk's question screen);
# CPU over SECONDS (default 20) of every Chromium process together from their
# schedstat, the X server's beside it, and PSS summed over all of them
# (smaps_rollup; PSS shares pages fairly, so the sum is the browser's own).
set -euo pipefail
secs=${1:-20}
command -v chromium >/dev/null || { echo "chromium is missing (apt-get install chromium)" >&2; exit 1; }
if [ -z "${QK_BENCH_IN_XVFB:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" env QK_BENCH_IN_XVFB=1 "$0" "$secs"
fi
tmp=$(mktemp -d)
cat > "$tmp/idle.html" <<'HTML'
<!doctype html><meta charset="utf-8"><title>idle</title>
<style>body{margin:0;background:#faf7f2;font:64px sans-serif;color:#1e293b;display:flex;
align-items:center;justify-content:center;height:100vh}</style>
<body>Trykk for å begynne – lær om god ledelse</body>
HTML
cat > "$tmp/countdown.html" <<'HTML'
<!doctype html><meta charset="utf-8"><title>countdown</title>
<style>body{margin:0;background:#faf7f2;font:32px sans-serif;color:#1e293b}
#t{position:absolute;top:40px;left:40px;right:200px;height:16px;border-radius:8px;background:#cbd5e1}
#b{height:16px;border-radius:8px;background:#1d4ed8;width:100%;animation:shrink 120s linear forwards}
@keyframes shrink{from{width:100%}to{width:0}}
#s{position:absolute;top:30px;right:40px}
h1{margin:140px 40px;font-size:50px}</style>
<body><div id="t"><div id="b"></div></div><div id="s">120 s</div>
<h1>Hva er det viktigste en ny leder gjør de første ukene?</h1>
<script>let n=120;setInterval(()=>{n--;document.getElementById('s').textContent=n+' s'},1000)</script>
HTML
xpid=$(ps -eo pid=,args= | awk -v d="$DISPLAY" '$2 ~ /Xvfb$/ && $3 == d {print $1; exit}')
ns() { cat $(printf '/proc/%s/task/*/schedstat ' "$@") 2>/dev/null | awk '{s += $1} END {printf "%.0f", s}'; }
procs() { pgrep -d' ' -f "user-data-dir=$tmp/profile" || true; }
run_page() { # NAME
  chromium --kiosk --no-sandbox --no-first-run --no-default-browser-check --disable-gpu \
    --user-data-dir="$tmp/profile" --window-position=0,0 --window-size=1920,1080 \
    "file://$tmp/$1.html" >/dev/null 2>&1 &
  local cpid=$!
  sleep 8 # start and settle
  local ps0 x0 t0 ps1 x1 t1 pss
  ps0=$(ns $(procs)); x0=$(ns "$xpid"); t0=$(date +%s.%N)
  sleep "$secs"
  ps1=$(ns $(procs)); x1=$(ns "$xpid"); t1=$(date +%s.%N)
  pss=$(for p in $(procs); do awk '/^Pss:/{print $2}' /proc/$p/smaps_rollup 2>/dev/null; done |
        awk '{s += $1} END {print s}')
  awk -v l="$1" -v k="$((ps1 - ps0))" -v x="$((x1 - x0))" -v t0="$t0" -v t1="$t1" -v p="$pss" \
    -v n="$(procs | wc -w)" 'BEGIN{d=t1-t0; printf "chromium %-10s CPU %6.3f %%  (X server %6.3f %%)  PSS %.0f MiB over %d processes\n",
    l, k/1e9/d*100, x/1e9/d*100, p/1024, n}'
  kill -TERM $cpid 2>/dev/null || true
  sleep 2
  for p in $(procs); do kill -KILL "$p" 2>/dev/null || true; done
  wait $cpid 2>/dev/null || true
}
run_page idle
run_page countdown
rm -rf "$tmp"
