#!/usr/bin/env bash
# tests/test_install.sh CMAKE BUILD_DIR [LIBEXECDIR]: `cmake --install` into a
# temporary prefix puts in place what the station needs (the two programs,
# bin/quizkiosk and LIBEXECDIR/quizkiosk/quizkiosk-station that it execs, the
# shipped sets with their pictures, assets/, the systemd unit and its
# sysusers.d file, the docs in share/doc/quizkiosk, the man pages), and the
# installed program runs: --version (through the exec), --check on the
# installed sets (exit 0), and --check-config, whose station must find the
# prefix's share/quizkiosk/quizzes from libexec/quizkiosk/ (not the source tree).
set -uo pipefail
cmake=$1 build=$2 libexecdir=${3:-libexec}
fails=0 passes=0
ok()   { passes=$((passes + 1)); echo "ok   $*"; }
fail() { fails=$((fails + 1)); echo "FAIL $*" >&2; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
if "$cmake" --install "$build" --prefix "$prefix" > "$prefix.log" 2>&1; then
  ok "cmake --install into $prefix"
else
  fail "cmake --install into $prefix"; cat "$prefix.log" >&2
fi
rm -f "$prefix.log"
share=$prefix/share/quizkiosk
check "bin/quizkiosk is installed" test -x "$prefix/bin/quizkiosk"
check "$libexecdir/quizkiosk/quizkiosk-station is installed" \
  test -x "$prefix/$libexecdir/quizkiosk/quizkiosk-station"
check "bin/quizkiosk needs no SDL library (readelf NEEDED)" \
  bash -c "readelf -d '$prefix/bin/quizkiosk' | grep -q NEEDED && ! readelf -d '$prefix/bin/quizkiosk' | grep -q 'NEEDED.*libSDL2'"
some() { compgen -G "$1" >/dev/null; } # PATTERN: at least one file matches
check "the shipped sets are installed" some "$share/quizzes/*.cfg"
check "their pictures are installed" some "$share/quizzes/bilder/*.png"
check "assets/icon.svg is installed" test -s "$share/assets/icon.svg"
check "the systemd unit is installed" grep -q '^ExecStart=/usr/bin/cage -- ' "$share/systemd/quizkiosk.service"
for f in README.md station.md question-sets.md results.md fleet.md examples/station.cfg; do
  check "share/doc/quizkiosk/$f is installed" test -s "$prefix/share/doc/quizkiosk/$f"
done
if [ -f "$build/man/quizkiosk.1" ]; then # built when scdoc is installed
  check "man page quizkiosk(1) is installed" test -s "$prefix/share/man/man1/quizkiosk.1"
  check "man page quizkiosk-station(5) is installed" test -s "$prefix/share/man/man5/quizkiosk-station.5"
else
  echo "note: no man pages in this build (scdoc is not installed)"
fi
check "the sysusers.d file is installed" test -s "$share/systemd/quizkiosk.sysusers.conf"
check "the installed program runs (--version)" "$prefix/bin/quizkiosk" --version
out=$("$prefix/bin/quizkiosk" --check "$share"/quizzes/*.cfg 2>&1)
rc=$?
echo "$out" | tail -3
check "--check passes the installed sets (status $rc)" test "$rc" = 0
printf 'station_id = "install-test";\n' > "$prefix/st.cfg"
out=$("$prefix/bin/quizkiosk" --lang en --check-config "$prefix/st.cfg" 2>&1)
rc=$?
echo "$out" | tail -2
check "--check-config: the installed station reads the installed sets (status $rc)" \
  grep -q "valid sets in $share/quizzes, 0 invalid" <<<"$out"
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
