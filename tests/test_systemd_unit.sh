#!/usr/bin/env bash
# tests/test_systemd_unit.sh UNIT: `systemd-analyze verify` accepts the unit
# that starts the kiosk under cage, and says nothing about it (it reports an
# unknown key or a bad value as a message but still exits 0, so any output is a
# failure). The kiosk's own path in ExecStart is the install prefix's and is
# not checked (not installed here); cage's is. Nor are the man pages of its
# Documentation= (--man=no): they are not installed from a build tree.
# tests/test_package.sh verifies the installed unit with both.
# Exit 77 (skipped) when systemd-analyze or cage is not installed.
set -uo pipefail
unit=$1
command -v systemd-analyze >/dev/null || { echo "SKIP: systemd-analyze is not installed"; exit 77; }
[ -x /usr/bin/cage ] || { echo "SKIP: /usr/bin/cage is not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$unit" "$tmp/quizkiosk.service"
out=$(cd "$tmp" && systemd-analyze verify --man=no ./quizkiosk.service 2>&1)
rc=$?
echo "systemd-analyze verify: status $rc"
[ -n "$out" ] && echo "$out"
grep -q '^ExecStart=/usr/bin/cage -- /.*/quizkiosk$' "$unit" || { echo "FAIL: ExecStart is not cage with the installed kiosk"; exit 1; }
if [ "$rc" -ne 0 ] || [ -n "$out" ]; then echo "FAIL: the unit has problems"; exit 1; fi
echo "ok: $(grep '^ExecStart=' "$unit")"
