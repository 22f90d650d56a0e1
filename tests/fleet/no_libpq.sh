#!/usr/bin/env bash
# libpq is opened at run time (src/core/qk_pq.h), not linked:
#   - neither program (quizkiosk, and quizkiosk-station that it execs for
#     everything but --check) lists libpq among the libraries it needs;
#   - when libpq cannot be opened, a command that needs the server says which
#     library and which package, and fails (no crash);
#   - when it can, the same command gets as far as connecting (a closed port
#     here: the connection error, not the library's).
#   tests/fleet/no_libpq.sh QUIZKIOSK [QUIZKIOSK_STATION]
set -uo pipefail
kiosk=$1
station=${2:-$(dirname "$1")/quizkiosk-station}
fails=0
check() { # DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fails=$((fails + 1)); fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check "quizkiosk does not need libpq at start (readelf NEEDED)" \
  bash -c "! readelf -d '$kiosk' | grep -q 'NEEDED.*libpq'"
check "quizkiosk-station does not need libpq at start (readelf NEEDED)" \
  bash -c "readelf -d '$station' | grep -q 'NEEDED' && ! readelf -d '$station' | grep -q 'NEEDED.*libpq'"

QK_LIBPQ=$tmp/none/libpq.so.5 "$kiosk" --migrate --server "postgresql://127.0.0.1:1/x" \
  > "$tmp/out" 2> "$tmp/err"
rc=$?
check "without libpq: --migrate fails with status 1 (got $rc)" test "$rc" -eq 1
check "without libpq: the message names the library and the package" \
  grep -q "cannot load $tmp/none/libpq.so.5.*install the package libpq5" "$tmp/err"

"$kiosk" --migrate --server "postgresql://127.0.0.1:1/x?connect_timeout=2" \
  > "$tmp/out" 2> "$tmp/err2"
rc=$?
check "with libpq: --migrate to a closed port fails with status 1 (got $rc)" test "$rc" -eq 1
check "with libpq: the message is the connection's, not the library's" \
  bash -c "grep -q 'cannot connect to the results server' '$tmp/err2' && ! grep -q 'cannot load' '$tmp/err2'"
if [ $fails -ne 0 ]; then
  echo "--- stderr without libpq ---"; cat "$tmp/err"
  echo "--- stderr with libpq ---"; cat "$tmp/err2"
fi
echo "$((6 - fails)) passed, $fails failed"
[ $fails -eq 0 ]
