#!/usr/bin/env bash
# tests/test_package_builddeps.sh SOURCE_DIR: every lib*-dev package that
# scripts/deps.sh installs (what the build links) is in debian/control's
# Build-Depends; otherwise scripts/package.sh fails on a fresh machine, or
# builds a program without a feature. Add it to both.
set -uo pipefail
src=$1
deps=$(sed 's/#.*//' "$src/scripts/deps.sh" | sed -n '/^PKGS=(/,/)/p' | tr ' ()' '\n\n\n' |
       grep -E '^lib[a-z0-9.+-]*-dev$' | grep -v '^libclang' | sort -u)
bd=$(sed -n '/^Build-Depends:/,/^[A-Z][A-Za-z-]*:/p' "$src/debian/control" | sed '$d' |
     sed 's/^Build-Depends://' | tr ',|' '\n\n' | sed 's/(.*//; s/\[.*//; s/^ *//; s/ *$//' | sort -u)
[ -n "$deps" ] || { echo "FAIL: found no lib*-dev in scripts/deps.sh"; exit 1; }
missing=$(comm -23 <(echo "$deps") <(echo "$bd"))
echo "scripts/deps.sh: $(echo "$deps" | wc -l) -dev packages; debian/control Build-Depends: $(echo "$bd" | wc -l)"
if [ -n "$missing" ]; then
  echo "FAIL: in scripts/deps.sh but not in debian/control Build-Depends: $(echo $missing)"
  exit 1
fi
echo "ok: every -dev package of scripts/deps.sh is a Build-Depends"
