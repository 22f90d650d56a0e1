#!/usr/bin/env bash
# tests/test_package_boot.sh DEB [ROOT]: boots the package under systemd in a
# container and shows the unit bringing the kiosk up on cage's headless output.
# Not a CTest test (it needs root, systemd-nspawn, mmdebstrap and a Debian
# mirror, and takes minutes); run it by hand, see docs/station.md, "Booting it
# under systemd".
#
# 1. ROOT (default /var/tmp/qk-boot-root) is made with mmdebstrap (bookworm,
#    minbase + systemd and the kiosk's libraries) unless it is there already;
#    the package is installed into it with apt-get and the unit enabled, as
#    README says.
# 2. A container has no tty1, DRM device or input devices, so a drop-in changes
#    only what binds the unit to a console: no ConditionPathExists=/dev/tty1,
#    no PAM login session or TTY, and cage on wlroots' headless backend
#    (pixman renderer) with an output rotated twice (cage -r -r: an unrotated
#    headless output is captured black by cage 0.1.4, see "The display").
#    Type=notify, NotifyAccess=all, WatchdogSec=, StateDirectory=, User= and the
#    kiosk's ExecStart path stay as shipped.
# 3. A oneshot unit, qk-capture.service, waits for the kiosk's process and for
#    quizkiosk.service to be active (Type=notify: after READY=1), captures cage's
#    output with grim as the user quizkiosk, saves the unit's status and
#    journal, and powers the container off.
# 4. systemd-nspawn -b boots ROOT; what was seen is copied to OUT
#    (default ./boot-out): capture.png, status.txt, journal.txt, result.txt.
set -uo pipefail
deb=${1:?usage: tests/test_package_boot.sh DEB [ROOT] [OUT]}
root=${2:-/var/tmp/qk-boot-root}
out=${3:-boot-out}
[ "$(id -u)" -eq 0 ] || { echo "needs root"; exit 77; }
for t in mmdebstrap systemd-nspawn; do
  command -v $t >/dev/null || { echo "needs $t (apt-get install mmdebstrap systemd-container)"; exit 77; }
done
mkdir -p "$out"
if [ ! -x "$root/lib/systemd/systemd" ]; then
  mmdebstrap --variant=minbase \
    --include=systemd,systemd-sysv,dbus,libpam-systemd,cage,grim,fonts-dejavu-core,sqlite3,procps \
    bookworm "$root" http://deb.debian.org/debian || { echo "FAIL: mmdebstrap"; exit 1; }
fi
cp "$deb" "$root/tmp/quizkiosk.deb"
chroot "$root" sh -c 'apt-get purge -y -q quizkiosk >/dev/null 2>&1; rm -rf /var/lib/quizkiosk; apt-get update -q &&
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/quizkiosk.deb' \
  > "$out/install.txt" 2>&1 || { tail "$out/install.txt"; echo "FAIL: install in the root"; exit 1; }
chroot "$root" systemctl enable quizkiosk
mkdir -p "$root/etc/systemd/system/quizkiosk.service.d"
cat > "$root/etc/systemd/system/quizkiosk.service.d/container.conf" <<'CONF'
# tests/test_package_boot.sh: no console, no GPU, no input devices here.
[Unit]
ConditionPathExists=
[Service]
PAMName=
TTYPath=
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
StandardInput=null
UtmpIdentifier=
RuntimeDirectory=quizkiosk
RuntimeDirectoryMode=0700
Environment=XDG_RUNTIME_DIR=/run/quizkiosk WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1
Environment=WLR_RENDERER=pixman WLR_HEADLESS_OUTPUTS=1 SDL_VIDEODRIVER=wayland
ExecStart=
ExecStart=/usr/bin/cage -r -r -- /usr/bin/env -u WATCHDOG_PID /usr/bin/quizkiosk
CONF
cat > "$root/usr/local/bin/qk-capture" <<'SH'
#!/bin/sh
# Inside the container: wait for quizkiosk.service, capture, report, power off.
o=/qk-boot
mkdir -p $o
# The kiosk's process first (up to 60 s), then the unit's state: "active" only
# once the kiosk has said READY=1 (Type=notify); up to 30 s more for that.
i=0
while [ $i -lt 60 ] && ! pgrep -u quizkiosk -x quizkiosk >/dev/null; do sleep 1; i=$((i + 1)); done
echo "the kiosk's process (user quizkiosk) after ${i}s: $(pgrep -u quizkiosk -x quizkiosk || echo none)" > $o/result.txt
i=0
while [ $i -lt 30 ]; do
  st=$(systemctl is-active quizkiosk.service)
  [ "$st" = active ] && break
  sleep 1; i=$((i + 1))
done
echo "quizkiosk.service: $st after ${i}s more" >> $o/result.txt
systemctl show quizkiosk.service -p Type,NotifyAccess,WatchdogUSec,MainPID,ExecMainStatus,ActiveState,SubState,NRestarts,StatusText >> $o/result.txt
sleep 3
runuser -u quizkiosk -- env XDG_RUNTIME_DIR=/run/quizkiosk WAYLAND_DISPLAY=wayland-0 \
  grim /tmp/capture.png >> $o/result.txt 2>&1 && cp /tmp/capture.png $o/capture.png
ps -eo pid,ppid,user,args | grep -E 'cage|quizkiosk' | grep -v grep >> $o/result.txt
[ -f /var/lib/quizkiosk/results.db ] &&
  runuser -u quizkiosk -- sqlite3 -readonly /var/lib/quizkiosk/results.db 'select count(*) from sessions' >> $o/result.txt 2>&1
ls -la /var/lib/quizkiosk >> $o/result.txt 2>&1
# The watchdog (WatchdogSec=30s): 40 s later the same kiosk still runs, with
# no restart, so it was fed WATCHDOG=1 by the kiosk (cage's child).
sleep 40
echo "after 40 s more: $(systemctl show quizkiosk.service -p ActiveState,MainPID,NRestarts | tr '\n' ' ')" >> $o/result.txt
echo "the kiosk's process now: $(pgrep -u quizkiosk -x quizkiosk || echo none)" >> $o/result.txt
systemctl status --no-pager -l quizkiosk.service > $o/status.txt 2>&1
journalctl -b --no-pager -u quizkiosk.service > $o/journal.txt 2>&1
systemctl poweroff
SH
chmod 755 "$root/usr/local/bin/qk-capture"
cat > "$root/etc/systemd/system/qk-capture.service" <<'UNIT'
[Unit]
Description=tests/test_package_boot.sh: capture the kiosk's output
# Not After=quizkiosk.service: with Type=notify that would wait for its start
# job (READY=1 or the start timeout); the script polls instead.
[Service]
Type=oneshot
ExecStart=/usr/local/bin/qk-capture
[Install]
WantedBy=multi-user.target
UNIT
chroot "$root" systemctl enable qk-capture.service
chroot "$root" systemctl set-default graphical.target
rm -rf "$root/qk-boot"
timeout 300 systemd-nspawn -q -b -D "$root" --register=no --keep-unit --private-network > "$out/boot.txt" 2>&1
echo "systemd-nspawn -b: status $?"
cp -r "$root/qk-boot/." "$out/" 2>/dev/null
cat "$out/result.txt" 2>/dev/null || { tail -30 "$out/boot.txt"; echo "FAIL: no result"; exit 1; }
# --keep-unit: systemd-nspawn otherwise asks the host's systemd (over D-Bus)
# for a scope, and fails where the host runs no systemd ("Failed to open system
# bus"). --private-network: cage's Xwayland would otherwise meet the host's X
# servers' abstract sockets (@/tmp/.X11-unix/X0: address already in use).
after=$(grep '^after 40 s more:' "$out/result.txt")
if grep -q '^quizkiosk.service: active' "$out/result.txt" && [ -s "$out/capture.png" ] &&
   grep -q 'ActiveState=active' <<<"$after" && grep -q 'NRestarts=0' <<<"$after"; then
  echo "boot: ok (active after READY=1, captured, no watchdog restart in 40 s)"
else
  echo "boot: FAIL"; exit 1
fi
