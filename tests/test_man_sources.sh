#!/usr/bin/env bash
# The man pages' sources name every option of `quizkiosk --help` and every setting
# the station file reads, so the installed pages (checked again by test_package.sh,
# which needs the .deb) cannot fall behind a new option. Runs from the source tree
# in a second; no scdoc needed.
#   test_man_sources.sh QUIZKIOSK SRC_DIR
set -u
bin=$1; src=$2
man1=$src/docs/man/quizkiosk.1.scd
man5=$src/docs/man/quizkiosk-station.5.scd
rc=0
opts=$("$bin" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
[ -n "$opts" ] || { echo "FAIL --help names no option"; exit 1; }
n=0
for opt in $opts; do
  n=$((n + 1))
  grep -q -- "\*$opt\*" "$man1" || { echo "FAIL $man1 has no entry *$opt*"; rc=1; }
done
# Settings: every name the station reader accepts (the quoted names in qk_station.c's
# table of known settings, one per line as  "name",).
sets=$(grep -o '^ *{ *"[a-z_]*"' "$src/src/core/qk_station.c" | grep -o '"[a-z_]*"' | tr -d '"' | sort -u)
m=0
for s in $sets; do
  m=$((m + 1))
  grep -q -- "\*$s\*" "$man5" || { echo "FAIL $man5 has no entry *$s*"; rc=1; }
done
echo "checked $n options and $m settings"
[ "$n" -ge 10 ] || { echo "FAIL only $n options in --help"; rc=1; }
exit $rc
