#!/usr/bin/env bash
# scripts/package.sh OUTDIR: builds quizkiosk_VERSION_ARCH.deb into OUTDIR from
# this source tree (debian/, dpkg-buildpackage; the reason for debian/ over
# CPack is at the top of debian/rules), then lints it: lintian must report no
# error (warnings and notes are printed). Exit 0 with the .deb's path as the
# last line; 1 when the build or lintian fails.
#
# The tree is copied first (the files git knows and new ones it does not
# ignore, so no build*/ folders), because dpkg-buildpackage builds in the tree
# and writes its results into the tree's parent folder. Needs dpkg-dev,
# debhelper, lintian and the Build-Depends of debian/control
# (scripts/deps.sh installs them all).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-}
if [ -z "$out" ]; then
  echo "usage: scripts/package.sh OUTDIR" >&2
  exit 2
fi
for t in dpkg-buildpackage dh lintian; do
  command -v "$t" >/dev/null || {
    echo "package.sh: $t is not installed; run scripts/deps.sh (or apt-get install dpkg-dev debhelper lintian)" >&2
    exit 1
  }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

# The package's version is the project's: CMakeLists.txt and debian/changelog agree.
cmake_version=$(sed -n 's/^project(quizkiosk VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
deb_version=$(dpkg-parsechangelog -l "$here/debian/changelog" -S Version)
if [ "$cmake_version" != "${deb_version%%-*}" ]; then
  echo "package.sh: CMakeLists.txt says version $cmake_version, debian/changelog $deb_version;" \
       "add a debian/changelog entry (dch -v $cmake_version)" >&2
  exit 1
fi
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
deb=quizkiosk_${deb_version}_${arch}.deb

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=$work/quizkiosk-$deb_version
mkdir "$src"
if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$here" && git ls-files -z --cached --others --exclude-standard |
     while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
     tar --null -T - -cf -) | tar -xf - -C "$src"
else
  tar -C "$here" --exclude='./build*' --exclude=./out --exclude=./.git -cf - . | tar -xf - -C "$src"
fi

jobs=${QK_JOBS:-2}
echo "package.sh: building $deb (dpkg-buildpackage -b, parallel=$jobs)"
log=$work/build.log
if ! (cd "$src" && DEB_BUILD_OPTIONS="parallel=$jobs ${DEB_BUILD_OPTIONS:-}" \
        nice -n 10 dpkg-buildpackage -b -us -uc) > "$log" 2>&1; then
  tail -40 "$log" >&2
  echo "package.sh: dpkg-buildpackage failed (last lines above)" >&2
  exit 1
fi
[ -f "$work/$deb" ] || { echo "package.sh: $deb was not made; made: $(ls "$work")" >&2; exit 1; }
cp "$work/$deb" "$out/"
for f in "$work"/*.changes "$work"/*.buildinfo "$work"/quizkiosk-dbgsym_*.deb; do
  [ -e "$f" ] && cp "$f" "$out/"
done

echo "package.sh: lintian $deb"
lint=$work/lintian.txt
lrc=0
lintian --fail-on error --info "$out/$deb" > "$lint" 2>&1 || lrc=$?
cat "$lint"
errors=$(grep -c '^E: ' "$lint" || true)
warnings=$(grep -c '^W: ' "$lint" || true)
echo "package.sh: lintian: $errors errors, $warnings warnings"
if [ "$lrc" -ne 0 ] || [ "$errors" -ne 0 ]; then
  echo "package.sh: lintian reports errors (above)" >&2
  exit 1
fi
echo "$out/$deb"
