#!/usr/bin/env bash
# bench/kiosk/display_check.sh BUILD_DIR OUTDIR: pictures to look at, of the
# software path where the countdown draws partial frames:
#   xvfb-4k      Xvfb 3840x2160, SDL's x11 driver, fullscreen, default settings;
#   cage-xwayland  cage's headless output 1280x720 (rotated twice, see
#                tests/smoke/cage.sh), the kiosk on SDL's x11 driver through
#                Xwayland;
# each clicked through (xdotool, aimed with the layout file) to the first
# question, left 4 s while its countdown runs (~40 partial frames), then
# captured (import -window root / grim) as OUTDIR/NAME.png. Nothing is
# asserted: open the PNGs. (Native Wayland cannot be clicked on cage's
# headless backend, which has no input devices; smoke_cage covers its first
# frame.)
set -uo pipefail
build=$(cd "$1" && pwd)
outdir=$(mkdir -p "$2" && cd "$2" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
cp "$build/quizkiosk" "$build/quizkiosk-station" "$tmp/"  # the front execs the station beside it
. "$root/tests/smoke/lib.sh"
qk_smoke_station "$tmp" display "idle_timeout = 600;"
cat > "$tmp/drive.sh" <<'SH'
#!/bin/bash
# drive.sh TMP NAME CAPTURE: start the kiosk (x11), click to the question, wait, capture
tmp=$1 name=$2 capture=$3
lay=$tmp/$name.layout
QK_LAYOUT_FILE=$lay "$tmp/quizkiosk" --config "$tmp/station.cfg" 2> "$tmp/$name.log" &
pid=$!
scr() { awk 'NR==1{print $2}' "$lay" 2>/dev/null; }
at() { awk -v k="$1" -v id="$2" 'NR>1 && $1==k && $2==id && !f {f=int($3+$5/2) " " int($4+$6/2)} END{print f}' "$lay"; }
for i in $(seq 1 150); do [ "$(scr)" = attract ] && break; sleep 0.1; done
sleep 0.5
xdotool mousemove 300 300 click 1
for i in $(seq 1 100); do [[ "$(scr)" =~ ^start ]] && break; sleep 0.1; done
xy=$(at 4 -1); [ -n "$xy" ] || xy=$(at 4 0)
xdotool mousemove $xy click 1
for i in $(seq 1 100); do [[ "$(scr)" =~ ^question ]] && break; sleep 0.1; done
xdotool mousemove 5 5
sleep 4
echo "screen: $(head -n1 "$lay")" > "$tmp/$name.seen"
$capture "$tmp/$name.png"
kill -TERM $pid; wait $pid
SH
chmod 755 "$tmp/drive.sh"
export DBUS_SESSION_BUS_ADDRESS=disabled: XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
# 1. Xvfb at 4K
xvfb-run -a -s "-screen 0 3840x2160x24" env SDL_VIDEODRIVER=x11 \
  "$tmp/drive.sh" "$tmp" xvfb-4k "import -window root"
# 2. cage, Xwayland
runas=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R nobody "$tmp"
  runas=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
mkdir -m 700 "$tmp/xdg"; [ ${#runas[@]} -eq 0 ] || chown nobody "$tmp/xdg"
timeout 90 "${runas[@]}" env -i PATH="$PATH" HOME="$tmp" XDG_RUNTIME_DIR="$tmp/xdg" \
  XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman SDL_VIDEODRIVER=x11 \
  DBUS_SESSION_BUS_ADDRESS=disabled: \
  cage -r -r -- "$tmp/drive.sh" "$tmp" cage-xwayland grim > "$tmp/cage.out" 2>&1
for n in xvfb-4k cage-xwayland; do
  if [ -f "$tmp/$n.png" ]; then
    cp "$tmp/$n.png" "$outdir/$n.png"
    echo "$n: $(identify -format '%wx%h' "$outdir/$n.png"), $(cat "$tmp/$n.seen" 2>/dev/null)"
  else
    echo "$n: no capture"; tail -5 "$tmp/$n.log" "$tmp/cage.out" 2>/dev/null
  fi
done
