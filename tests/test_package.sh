#!/usr/bin/env bash
# tests/test_package.sh DEB: tests the Debian package itself, not the build
# tree. It installs DEB on this machine with apt-get (so it must run as root,
# as CI does), checks what it put in place, runs the installed program on its
# installed station file and sets (--check-config, --check, an --autoplay run
# under xvfb-run as the package's user into /var/lib/quizkiosk), checks the unit
# with systemd-analyze and that the README's `systemctl enable` works as
# written, then purges the package and checks that nothing is left behind.
# The purge runs on every way out (trap), a failed check included.
#
# Skipped (77) when not root, without apt-get, or when DEB is not given
# (QK_DEB unset: ctest runs it from .ci/run after scripts/package.sh).
# Refuses (1) when quizkiosk is already installed here: it would not remove
# someone's own installation. One run at a time (flock).
# Run it on a machine of its own (CI runs it last, alone): while the package is
# installed, /etc/quizkiosk/station.cfg exists, and any other test that runs the
# kiosk without --config (e.g. screens_autoplay) reads it and writes its results
# into /var/lib/quizkiosk, as seen on the shared workplace.
set -uo pipefail
deb=${1:-}
if [ -z "$deb" ]; then echo "SKIP: no package given (QK_DEB=path/quizkiosk_*.deb; .ci/run sets it)"; exit 77; fi
[ "$(id -u)" -eq 0 ] || { echo "SKIP: installing a package needs root"; exit 77; }
command -v apt-get >/dev/null || { echo "SKIP: no apt-get"; exit 77; }
[ -f "$deb" ] || { echo "FAIL: no such package: $deb" >&2; exit 1; }
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")

exec 9>/tmp/qk-package-test.lock
flock 9
if dpkg-query -W -f='${Status}' quizkiosk 2>/dev/null | grep -q 'installed'; then
  echo "FAIL: quizkiosk is already installed on this machine; this test installs and" \
       "purges it. Remove it first (apt-get purge quizkiosk) or run the test elsewhere." >&2
  exit 1
fi

fails=0 passes=0
ok()   { passes=$((passes + 1)); echo "ok   $*"; }
fail() { fails=$((fails + 1)); echo "FAIL $*" >&2; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
apt() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q "$@"; }

work=$(mktemp -d)
# A /var/lib/quizkiosk from before (another run, a hand-made one) is set aside
# for the test and put back after it, so the autoplay run starts as the unit's
# StateDirectory= would and nothing of the machine's is lost.
aside=
if [ -e /var/lib/quizkiosk ]; then
  aside=/var/lib/quizkiosk.before-test.$$
  mv /var/lib/quizkiosk "$aside"
  echo "note: /var/lib/quizkiosk existed; set aside as $aside until the end"
fi
cleanup() {
  if dpkg-query -W -f='${Status}' quizkiosk 2>/dev/null | grep -q installed; then
    apt purge quizkiosk > "$work/purge-trap.log" 2>&1 || cat "$work/purge-trap.log" >&2
  fi
  rm -rf /var/lib/quizkiosk
  [ -n "$aside" ] && mv "$aside" /var/lib/quizkiosk
  rm -rf "$work"
}
trap cleanup EXIT

version=$(dpkg-deb -f "$deb" Version)
if apt install --no-install-recommends "$deb" > "$work/install.log" 2>&1; then
  ok "apt-get install ./$(basename "$deb")"
else
  fail "apt-get install ./$(basename "$deb")"; tail -20 "$work/install.log" >&2
  echo "$passes passed, $fails failed"; exit 1
fi

# What the package put in place.
check "/usr/bin/quizkiosk --version is $version" \
  bash -c "/usr/bin/quizkiosk --version | grep -qx 'quizkiosk $version'"
# The two programs (src/front.c): the front execs the station for --version.
check "/usr/libexec/quizkiosk/quizkiosk-station is there" test -x /usr/libexec/quizkiosk/quizkiosk-station
check "/usr/bin/quizkiosk needs no SDL library (readelf NEEDED)" \
  bash -c "readelf -d /usr/bin/quizkiosk | grep -q NEEDED && ! readelf -d /usr/bin/quizkiosk | grep -q 'NEEDED.*libSDL2'"
some() { compgen -G "$1" >/dev/null; }
check "the shipped sets are in /usr/share/quizkiosk/quizzes" some "/usr/share/quizkiosk/quizzes/*.cfg"
check "their pictures are there" some "/usr/share/quizkiosk/quizzes/bilder/*.png"
check "the assets are there" test -s /usr/share/quizkiosk/assets/icon.svg
for f in README.md station.md question-sets.md results.md fleet.md changelog.gz copyright examples/station.cfg; do
  check "/usr/share/doc/quizkiosk/$f" test -s "/usr/share/doc/quizkiosk/$f"
done
for m in man1/quizkiosk.1.gz man5/quizkiosk-station.5.gz; do
  check "man page $m" test -s "/usr/share/man/$m"
done
# Every option of --help is in quizkiosk(1), every setting in quizkiosk-station(5).
man1=$(zcat /usr/share/man/man1/quizkiosk.1.gz)
for opt in $(/usr/bin/quizkiosk --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -q -- "${opt//-/\\\\-}\|$opt" <<<"$man1" || fail "quizkiosk(1) does not name $opt"
done
ok "quizkiosk(1) names every option of --help"
man5=$(zcat /usr/share/man/man5/quizkiosk-station.5.gz)
for s in station_id quizzes_dir active_set language idle_timeout idle_countdown fullscreen \
         width height rounds trainer_pin_hash results_db export_dir font speech text_size theme; do
  grep -q -- "${s//_/\\_}\|$s" <<<"$man5" || fail "quizkiosk-station(5) does not name $s"
done
ok "quizkiosk-station(5) names every setting"
check "/etc/quizkiosk/station.cfg is a conffile" \
  bash -c "dpkg-query -W -f='\${Conffiles}' quizkiosk | grep -q ' /etc/quizkiosk/station.cfg '"
check "the unit is in /lib/systemd/system" test -s /lib/systemd/system/quizkiosk.service
check "the sysusers.d file is in /usr/lib/sysusers.d" test -s /usr/lib/sysusers.d/quizkiosk.conf
check "the system user quizkiosk exists (systemd-sysusers ran)" bash -c 'id -u quizkiosk >/dev/null'
check "... and is a system user with no login shell" \
  bash -c '[ "$(id -u quizkiosk)" -lt 1000 ] && getent passwd quizkiosk | grep -q ":/usr/sbin/nologin$"'

# The installed program on its installed station file and sets.
out=$(/usr/bin/quizkiosk --lang en --check-config /etc/quizkiosk/station.cfg 2>&1); rc=$?
echo "$out" | sed 's/^/    /'
check "--check-config /etc/quizkiosk/station.cfg exits 0 (got $rc)" test "$rc" = 0
check "... finds the shipped sets, none invalid" \
  grep -q 'valid sets in /usr/share/quizkiosk/quizzes, 0 invalid' <<<"$out"
check "... results in /var/lib/quizkiosk/results.db" grep -q 'results in /var/lib/quizkiosk/results.db' <<<"$out"
out=$(/usr/bin/quizkiosk --check /usr/share/quizkiosk/quizzes/*.cfg 2>&1); rc=$?
check "--check on the installed sets exits 0 (got $rc)" test "$rc" = 0

# The unit, now that the kiosk's path in ExecStart exists.
if command -v systemd-analyze >/dev/null; then
  vout=$(systemd-analyze verify /lib/systemd/system/quizkiosk.service 2>&1); rc=$?
  [ -n "$vout" ] && echo "$vout" | sed 's/^/    /'
  check "systemd-analyze verify quizkiosk.service: status 0, nothing to say" \
    test "$rc" = 0 -a -z "$vout"
fi
check "ExecStart runs the installed kiosk under cage" \
  grep -qx 'ExecStart=/usr/bin/cage -- /usr/bin/env -u WATCHDOG_PID /usr/bin/quizkiosk' /lib/systemd/system/quizkiosk.service
check "the unit is not enabled by installing" \
  bash -c '! systemctl is-enabled quizkiosk >/dev/null 2>&1'
# The README's step to start it at boot (offline here: no systemd as PID 1).
if systemctl enable quizkiosk > "$work/enable.log" 2>&1 &&
   [ -L /etc/systemd/system/graphical.target.wants/quizkiosk.service ]; then
  ok "systemctl enable quizkiosk links it into graphical.target.wants"
else
  fail "systemctl enable quizkiosk"; cat "$work/enable.log" >&2
fi
systemctl disable quizkiosk > /dev/null 2>&1

# A short autoplay run as the package's user, into its state folder, as the
# unit runs it (with Xvfb instead of cage).
if command -v xvfb-run >/dev/null && command -v sqlite3 >/dev/null; then
  install -d -o quizkiosk -g quizkiosk -m 0750 /var/lib/quizkiosk
  (cd /var/lib/quizkiosk && timeout 120 runuser -u quizkiosk -- env HOME=/var/lib/quizkiosk \
     STATE_DIRECTORY=/var/lib/quizkiosk SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy \
     DBUS_SESSION_BUS_ADDRESS=disabled: \
     xvfb-run -a -s "-screen 0 1280x720x24" /usr/bin/quizkiosk --autoplay 2 --seed 7 \
     > "$work/autoplay.log" 2>&1); rc=$?
  tail -3 "$work/autoplay.log" | sed 's/^/    /'
  check "--autoplay 2 as user quizkiosk on /etc/quizkiosk/station.cfg exits 0 (got $rc)" test "$rc" = 0
  n=$(sqlite3 /var/lib/quizkiosk/results.db 'select count(*) from sessions' 2>&1)
  check "... stored 2 sessions in /var/lib/quizkiosk/results.db (found $n)" test "$n" = 2
  check "... owned by quizkiosk" test "$(stat -c %U /var/lib/quizkiosk/results.db 2>/dev/null)" = quizkiosk
else
  echo "note: no xvfb-run or sqlite3: the autoplay run is left out"
fi

# Remove, then purge: nothing of the package may be left.
if apt remove quizkiosk > "$work/remove.log" 2>&1; then ok "apt-get remove quizkiosk"
else fail "apt-get remove quizkiosk"; tail -20 "$work/remove.log" >&2; fi
check "after remove, /usr/bin/quizkiosk is gone" test ! -e /usr/bin/quizkiosk
check "after remove, the conffile stays" test -f /etc/quizkiosk/station.cfg
if apt purge quizkiosk > "$work/purge.log" 2>&1; then ok "apt-get purge quizkiosk"
else fail "apt-get purge quizkiosk"; tail -20 "$work/purge.log" >&2; fi
for p in /usr/share/quizkiosk /etc/quizkiosk /usr/share/doc/quizkiosk /usr/bin/quizkiosk /usr/libexec/quizkiosk \
         /lib/systemd/system/quizkiosk.service /usr/lib/sysusers.d/quizkiosk.conf \
         /usr/share/man/man1/quizkiosk.1.gz /etc/systemd/system/graphical.target.wants/quizkiosk.service; do
  check "after purge, $p is gone" test ! -e "$p"
done
check "dpkg no longer knows quizkiosk" \
  bash -c "! dpkg-query -W -f='\${Status}' quizkiosk 2>/dev/null | grep -q installed"
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
