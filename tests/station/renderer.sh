#!/usr/bin/env bash
# tests/station/renderer.sh QUIZKIOSK: the station setting `renderer`, under
# xvfb-run (SDL's x11 driver, fullscreen, 1920x1080).
# Asserted: with default settings the kiosk draws in software (its status line
# says "renderer software") and no OpenGL or LLVM library is mapped into the
# process (that was 70 MiB of its PSS); with renderer = "gl" the status line
# says "renderer opengl" and libGL is mapped (so the first checks can fail).
# PSS of each is printed (from /proc/PID/smaps_rollup), not asserted.
# Exit 77 (skipped) when xvfb-run is missing.
set -uo pipefail
kiosk=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${QK_RENDERER_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1920x1080x24" env QK_RENDERER_IN_XVFB=1 "$0" "$@"
fi
. "$here/../smoke/lib.sh"
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
unset SDL_RENDER_DRIVER SDL_FRAMEBUFFER_ACCELERATION
export SDL_VIDEODRIVER=x11 DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data

run() { # DIR: starts the kiosk on DIR/station.cfg, waits for the attract screen
  local layout=$1/layout.txt i
  QK_LAYOUT_FILE=$layout "$kiosk" --config "$1/station.cfg" 2>> "$1/kiosk.log" &
  pid=$!
  for i in $(seq 1 200); do
    [ -f "$layout" ] && [ "$(awk 'NR==1{print $2}' "$layout")" = attract ] && break
    sleep 0.1
  done
  sleep 1
  awk '$6 ~ /^\//{print $6}' "/proc/$pid/maps" | sort -u > "$1/maps"
  awk '/^Pss:/{print $2}' "/proc/$pid/smaps_rollup" > "$1/pss"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null; pid=
}

qk_smoke_station "$tmp/d" renderer-default
run "$tmp/d"
check "default: the status line says renderer software" grep -q 'renderer software, output 1920x1080' "$tmp/d/kiosk.log"
check "default: no libGL/libGLX/libEGL mapped" bash -c "! grep -Eq 'lib(GL|GLX|EGL|OpenGL)[._]' '$tmp/d/maps'"
check "default: no libLLVM mapped" bash -c "! grep -q 'libLLVM' '$tmp/d/maps'"
echo "default: PSS $(($(cat "$tmp/d/pss") / 1024)) MiB"

qk_smoke_station "$tmp/g" renderer-gl 'renderer = "gl";'
run "$tmp/g"
check "renderer = gl: the status line says renderer opengl" grep -q 'renderer opengl, output 1920x1080' "$tmp/g/kiosk.log"
check "renderer = gl: libGL is mapped" grep -Eq 'lib(GL|GLX)[._]' "$tmp/g/maps"
echo "renderer = gl: PSS $(($(cat "$tmp/g/pss") / 1024)) MiB"
[ "$fails" -eq 0 ] || { sed 's/^/    /' "$tmp/d/kiosk.log" "$tmp/g/kiosk.log" | head -20; }
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
