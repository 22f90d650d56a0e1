#!/usr/bin/env bash
# tests/smoke/cage.sh QUIZKIOSK OUTDIR
# Fullscreen under a Wayland kiosk compositor: the kiosk is started as cage's
# application (cage 0.1.4, wlroots' headless backend, pixman renderer: no
# display and no GPU needed) with the station's default, fullscreen, and the
# output is captured with grim. Four runs:
#   landscape  1280x720, SDL's wayland driver
#   portrait    720x1280 (cage -r), SDL's wayland driver
#   xwayland    720x1280 (cage -r), SDL's x11 driver through Xwayland
#   autoplay   1280x720 (cage -r -r), --autoplay (the screen changes all the time)
# Asserted for each: the capture has the output's size; not one pixel of it is
# pure black (cage paints what no client covers black; the kiosk has no pure
# black anywhere, even its text is a dark blue-grey); the kiosk laid its screen
# out for the whole output (the size in the layout file's header); it is still
# running when captured and ends with status 0 on SIGTERM.
#
# Why the landscape run rotates the output twice (cage -r -r): cage 0.1.4 tries
# to scan a fullscreen client's buffer out directly; on the headless backend
# that test fails ("Basic output test failed for HEADLESS-1") and the frame is
# then not composited, so a client that draws once and sleeps, as the kiosk
# does, is captured black. foot (a terminal) showed the same: black when idle,
# right while its text kept changing, right on a rotated output. A rotated
# output is never scanned out directly, so cage composites every frame there.
# The autoplay run is rotated twice as well. It once ran unrotated, relying on
# the kiosk redrawing all the time; but autoplay rests on some screens, and on a
# loaded machine (load 9 on 2 cores) the capture then fell on such a rest and
# came out wholly black (921,600 black pixels at 1280x720) while the kiosk was
# fine: a test of cage's headless scan-out, not of the kiosk.
#
# cage refuses to run as root; as root the runs are made as user nobody, from
# a copy of the kiosk in a temporary folder that user can read: both programs,
# quizkiosk and the quizkiosk-station beside it that it execs (src/front.c).
# Exit 77 (skipped) only when cage or grim is not installed.
set -uo pipefail
kiosk=$(readlink -f "$1")
outdir=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)

for tool in cage grim convert; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

. "$here/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
mkdir -p "$tmp/out"
cp "$kiosk" "$tmp/quizkiosk"
cp "$(dirname "$kiosk")/quizkiosk-station" "$tmp/quizkiosk-station"
qk_smoke_station "$tmp" cage

# The part that runs inside cage, as cage's application: start the kiosk, wait
# for its first screen, capture, end it. It writes what it saw to $tmp/out.
cat > "$tmp/inside.sh" <<'SH'
#!/bin/sh
# inside.sh TMP NAME [KIOSK ARGS...]
tmp=$1 name=$2; shift 2
out=$tmp/out/$name
QK_LAYOUT_FILE=$out.layout "$tmp/quizkiosk" --config "$tmp/station.cfg" "$@" 2> "$out.log" &
pid=$!
i=0
while [ $i -lt 200 ] && ! grep -q '^screen ' "$out.layout" 2>/dev/null; do
  kill -0 $pid 2>/dev/null || break
  sleep 0.1; i=$((i + 1))
done
sleep 1  # let cage composite the first frame
if kill -0 $pid 2>/dev/null; then echo running > "$out.alive"; fi
grim "$out.png" 2>> "$out.grim"
kill -TERM $pid 2>/dev/null
wait $pid
echo $? > "$out.rc"
SH
chmod 755 "$tmp/inside.sh"

runas=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R nobody "$tmp"
  runas=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi

run() { # NAME WxH SDLDRIVER CAGE_ARGS -- KIOSK_ARGS
  local name=$1 size=$2 driver=$3; shift 3
  local cargs=()
  while [ "$1" != -- ]; do cargs+=("$1"); shift; done
  shift
  local xdg=$tmp/run-$name
  mkdir -m 700 "$xdg"
  [ ${#runas[@]} -eq 0 ] || chown nobody "$xdg"
  local env=(env -i PATH="$PATH" HOME="$tmp" XDG_RUNTIME_DIR="$xdg"
             XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
             WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman
             SDL_VIDEODRIVER="$driver" DBUS_SESSION_BUS_ADDRESS=disabled:
             ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS="${UBSAN_OPTIONS:-}")
  timeout 60 "${runas[@]}" "${env[@]}" cage "${cargs[@]}" -- "$tmp/inside.sh" "$tmp" "$name" "$@" \
    > "$tmp/out/$name.cage" 2>&1
  local o=$tmp/out/$name
  echo "--- $name: cage ${cargs[*]}, SDL_VIDEODRIVER=$driver, kiosk ${*:-(no options)}"
  if [ ! -f "$o.png" ]; then
    fail "$name: grim captured the output"
    tail -5 "$o.cage" "$o.log" "$o.grim" 2>/dev/null >&2
    return
  fi
  cp "$o.png" "$outdir/cage-$name.png"
  check "$name: the capture is the output's size $size" \
    test "$(identify -format '%wx%h' "$o.png")" = "$size"
  local black
  black=$(convert "$o.png" -alpha off -fill white +opaque black \
            -format '%[fx:round(w*h*(1-mean))]' info:)
  check "$name: no pixel of the output is left black (found ${black:-?})" test "${black:-x}" = 0
  check "$name: the kiosk laid its screen out for the whole output ($(head -n1 "$o.layout" 2>/dev/null))" \
    grep -q "^screen [^ ]* $size\$" "$o.layout"
  check "$name: the kiosk was running when captured" test -f "$o.alive"
  check "$name: the kiosk ended with status 0 on SIGTERM (got $(cat "$o.rc" 2>/dev/null))" \
    test "$(cat "$o.rc" 2>/dev/null)" = 0
  if grep -qi -E "error|warning" "$o.log"; then
    echo "    kiosk said:"; sed 's/^/    /' "$o.log" | head -5
  fi
}

run landscape 1280x720 wayland -r -r --
run portrait  720x1280 wayland -r --
command -v Xwayland >/dev/null && run xwayland 720x1280 x11 -r -- \
  || echo "(xwayland run left out: Xwayland is not installed)"
run autoplay 1280x720 wayland -r -r -- --autoplay 100000 --seed 5

[ "$fails" -eq 0 ] || { ls -la "$tmp/out"; tail -n 20 "$tmp"/out/*.log "$tmp"/out/*.cage; } >&2
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
