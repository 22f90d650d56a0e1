#!/usr/bin/env bash
# tests/test_front.sh FRONT STATION SRC INSTALLED_STATION LIBEXECDIR
# The two programs (src/front.c): `quizkiosk` does --check itself and execs
# `quizkiosk-station` for the rest.
#   1. the front's NEEDED (readelf -d) has libconfig and nothing of SDL or of the
#      station's other libraries, nor libcrypto (opened on a set's first hash,
#      which --check never makes): that is what makes its --check cheap;
#   2. --check through the front and through the station gives the same stdout,
#      stderr and exit status, byte for byte: every good, shipped and bad set,
#      one at a time and all at once, in nb, nn and en (--lang, LANG); and the
#      command lines the front passes on (--version, --help, usage errors);
#   3. the exec keeps the process: the PID the caller started is the station's,
#      with argv[0] as given, its name quizkiosk (pkill -x quizkiosk), stdin;
#   4. found where installed (PREFIX/bin -> PREFIX/LIBEXECDIR/quizkiosk), and
#      the station there finds PREFIX/share/quizkiosk; from the build tree, the
#      source tree's sets;
#   5. no station anywhere: exit 2 with each place looked in and what to do, in
#      the user's language; --check still works without it.
# INSTALLED_STATION is the path compiled into the front (its last resort); when
# one is installed there, part 5 cannot make it missing and checks instead
# that the front runs it. LIBEXECDIR: CMake's, relative to the prefix ("" when
# absolute: part 4 is left out).
set -uo pipefail
front=$(readlink -f "$1") station=$(readlink -f "$2") src=$3 installed=$4 libexecdir=${5:-}
fails=0 passes=0
ok()   { passes=$((passes + 1)); echo "ok   $*"; }
fail() { fails=$((fails + 1)); echo "FAIL $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
tmp=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null; rm -rf "$tmp"' EXIT

# 1. What the front needs.
needed=$(readelf -d "$front" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
echo "the front needs: $needed"
check "the front's NEEDED is readable and has libconfig" grep -q 'libconfig' <<<"$needed"
for lib in libSDL2 libespeak libsystemd libfontconfig libfreetype libsqlite3 libsodium \
           libxlsxwriter libpq libz libcrypto; do
  check "the front does not need $lib*" bash -c "! grep -q '\\b$lib' <<<'$needed'"
done

# 2. The same --check from both. same DESCRIPTION [env VAR=...] -- ARGS...
same() {
  local what=$1; shift
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  env "${envs[@]}" "$front" "$@" > "$tmp/f.out" 2> "$tmp/f.err"; local rf=$?
  env "${envs[@]}" "$station" "$@" > "$tmp/s.out" 2> "$tmp/s.err"; local rs=$?
  if [ "$rf" = "$rs" ] && cmp -s "$tmp/f.out" "$tmp/s.out" && cmp -s "$tmp/f.err" "$tmp/s.err"; then
    ok "$what (status $rf)"
  else
    fail "$what: status $rf from the front, $rs from the station"
    diff "$tmp/f.out" "$tmp/s.out" | head -5
    diff "$tmp/f.err" "$tmp/s.err" | head -5
  fi
}
base=(-u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG)
good=("$src"/tests/good_sets/*.cfg "$src"/quizzes/*.cfg)
bad=("$src"/tests/bad_sets/*.cfg)
for f in "${good[@]}"; do same "--check $(basename "$f")" "${base[@]}" -- --check "$f"; done
n=0
for f in "${bad[@]}"; do
  same "--check bad $(basename "$f")" "${base[@]}" -- --check "$f"
  n=$((n + 1))
  # every third one also in the other languages, by option and by environment
  if [ $((n % 3)) = 0 ]; then
    same "--lang nn --check bad $(basename "$f")" "${base[@]}" -- --lang nn --check "$f"
    same "LANG=en_GB --check bad $(basename "$f")" "${base[@]}" LANG=en_GB.UTF-8 -- --check "$f"
  fi
done
same "--check of every good and bad set at once" "${base[@]}" -- --check "${good[@]}" "${bad[@]}"
same "--lang en --check, all at once" "${base[@]}" -- --lang en --check "${good[@]}" "${bad[@]}"
same "LANG=nn_NO --lang en --lang nb --check (the last --lang)" "${base[@]}" LANG=nn_NO.UTF-8 -- \
  --lang en --lang nb --check "${bad[0]}" "${good[0]}"
same "LANGUAGE=nn:en --check" "${base[@]}" LANGUAGE=nn:en -- --check "${bad[1]}"
same "--check of a file that does not exist" "${base[@]}" -- --check "$tmp/none.cfg"
same "--check of a folder" "${base[@]}" -- --check "$tmp"
same "--check -- (a file named --help)" "${base[@]}" -- --check --help
# Passed on to the station: the same answer as the station's own.
same "--version" -- --version
same "--help" -- --help
same "--check without a file (usage error)" "${base[@]}" -- --check
same "--lang nn --check without a file" "${base[@]}" -- --lang nn --check
same "--lang xx --check FILE (usage error)" "${base[@]}" -- --lang xx --check "${good[0]}"
same "--lang at the end" "${base[@]}" -- --check-config "$tmp/none.cfg" --lang en
same "--bogus" "${base[@]}" -- --bogus
same "--stats --hash-pin (two commands)" "${base[@]}" LANG=nn_NO.UTF-8 -- --stats --hash-pin
same "no argument after --lang" "${base[@]}" -- --lang

# 3. The exec keeps the process. --hash-pin waits on its standard input (a
# FIFO held open here) until the PIN comes.
mkfifo "$tmp/pin"
exec 3<> "$tmp/pin"
"$front" --hash-pin <&3 > "$tmp/pin.out" 2> "$tmp/pin.err" &
pid=$!
# (the name is set by the station's main, a moment after the exec)
for _ in $(seq 1 100); do
  [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$station" ] &&
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = quizkiosk ] && break
  sleep 0.05
done
check "the PID the caller started runs quizkiosk-station (exec, not a child)" \
  test "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$station"
check "... named quizkiosk (pkill -x quizkiosk finds it; got '$(cat "/proc/$pid/comm" 2>/dev/null)')" \
  test "$(cat "/proc/$pid/comm" 2>/dev/null)" = quizkiosk
check "... with argv[0] as the caller gave it" \
  test "$(tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | head -n1)" = "$front"
echo 4827 >&3
wait $pid; rc=$?
exec 3>&-
check "... reading the caller's standard input (--hash-pin exits 0, got $rc)" test "$rc" = 0
check "... and writing to its standard output" grep -q '^trainer_pin_hash = "' "$tmp/pin.out"

# 4. Where it is installed, and the shipped sets the station finds.
printf 'station_id = "a";\n' > "$tmp/st.cfg"
out=$("$front" --lang en --check-config "$tmp/st.cfg" 2>&1)
check "from the build tree the station reads the source tree's sets" \
  grep -q "valid sets in $src/quizzes, 0 invalid" <<<"$out" || echo "$out"
if [ -n "$libexecdir" ]; then
  p=$tmp/prefix
  mkdir -p "$p/bin" "$p/$libexecdir/quizkiosk" "$p/share/quizkiosk/quizzes"
  cp "$front" "$p/bin/quizkiosk"
  cp "$station" "$p/$libexecdir/quizkiosk/quizkiosk-station"
  cp "$src/tests/good_sets/every_type.cfg" "$p/share/quizkiosk/quizzes/"
  check "PREFIX/bin/quizkiosk runs PREFIX/$libexecdir/quizkiosk/quizkiosk-station (--version)" \
    bash -c "[ \"\$('$p/bin/quizkiosk' --version)\" = \"\$('$station' --version)\" ]"
  out=$("$p/bin/quizkiosk" --lang en --check-config "$tmp/st.cfg" 2>&1)
  check "... which finds PREFIX/share/quizkiosk/quizzes" \
    grep -q "1 valid set in $p/share/quizkiosk/quizzes, 0 invalid" <<<"$out" || echo "$out"
fi

# 5. No station: alone in a folder.
lone=$tmp/lone/bin
mkdir -p "$lone"
cp "$front" "$lone/quizkiosk"
out=$("$lone/quizkiosk" --check "${good[0]}" 2>&1); rc=$?
check "alone, --check still works (status $rc)" test "$rc" = 0
if [ -x "$installed" ]; then
  echo "note: a quizkiosk-station is installed at $installed, the front's last resort:"
  echo "      the missing case cannot be made here; checking that the front runs it instead"
  check "alone, the front runs $installed" "$lone/quizkiosk" --version
else
  places=("$lone/quizkiosk-station" "$tmp/lone/${libexecdir:-libexec}/quizkiosk/quizkiosk-station" "$installed")
  [ -n "$libexecdir" ] || places=("$lone/quizkiosk-station" "$installed")
  # label | how | a word of the language | what to do
  for c in "nb|--lang nb|Så etter det her|Installer pakken quizkiosk på nytt" \
           "nn|--lang nn|Såg etter det her|Installer pakken quizkiosk på nytt" \
           "en|--lang en|Looked for it here|Reinstall the package quizkiosk" \
           "LANG=nn_NO|LANG=nn_NO.UTF-8|Såg etter det her|apt-get install --reinstall quizkiosk" \
           "default|LANG=C.UTF-8|Så etter det her|apt-get install --reinstall quizkiosk"; do
    IFS='|' read -r label how word todo <<<"$c"
    if [[ $how == --lang* ]]; then
      env "${base[@]}" "$lone/quizkiosk" --version $how > "$tmp/m.out" 2> "$tmp/m.err"; rc=$?
    else
      env "${base[@]}" "$how" "$lone/quizkiosk" --version > "$tmp/m.out" 2> "$tmp/m.err"; rc=$?
    fi
    check "no station ($label): exit 2 (got $rc), nothing on stdout" test "$rc" = 2 -a ! -s "$tmp/m.out"
    check "no station ($label): says so in its language and what to do" \
      bash -c "head -n1 '$tmp/m.err' | grep -q '^quizkiosk: .*quizkiosk-station' &&
               grep -q '$word' '$tmp/m.err' && grep -q '$todo' '$tmp/m.err'"
    for pl in "${places[@]}"; do
      grep -qxF "  $pl (No such file or directory)" "$tmp/m.err" ||
        { fail "no station ($label): the place $pl is not named"; cat "$tmp/m.err"; }
    done
  done
  # A station that is there but cannot run: named with the reason.
  printf '#!/bin/sh\n' > "$lone/quizkiosk-station"
  chmod 644 "$lone/quizkiosk-station"
  "$lone/quizkiosk" --lang en --version > "$tmp/m.out" 2> "$tmp/m.err"; rc=$?
  check "a station that cannot run: exit 2 (got $rc), named with the reason" \
    bash -c "[ $rc = 2 ] && grep -qxF '  $lone/quizkiosk-station (Permission denied)' '$tmp/m.err'"
fi
[ "$fails" = 0 ] || cat "$tmp/m.err" 2>/dev/null
echo "$passes passed, $fails failed"
[ "$fails" = 0 ]
