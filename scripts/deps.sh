#!/usr/bin/env bash
# Installs what quizkiosk needs to build, run and test on Debian 12 / Ubuntu,
# skipping the apt-get calls when everything is already there.
# Used by scripts/run.sh and scripts/test.sh; safe to run again.
set -euo pipefail
PKGS=(build-essential cmake pkg-config
      libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev librsvg2-common
      libconfig-dev libsqlite3-dev libsodium-dev libssl-dev libfontconfig-dev
      fonts-dejavu-core fontconfig sqlite3
      xvfb xauth x11-utils x11-apps xdotool imagemagick valgrind time
      cage grim xwayland
      # docs/screenshots/ made smaller without loss (docs/screenshots/README.md)
      optipng
      clang libclang-rt-14-dev
      # systemd notify / watchdog (src/shell/notify.c)
      libsystemd-dev
      # tests/station/lockdown.sh: the kiosk's lock-down under X window managers
      openbox fluxbox
      # quizzes/bilder: rsvg-convert makes the set pictures' PNGs from their SVGs
      librsvg2-bin
      # packaging (scripts/package.sh, tests/test_package.sh): the .deb, its man pages, lintian
      dpkg-dev debhelper lintian scdoc libsystemd-dev
      # results (issue 12): the Excel workbook; headless Chromium renders the report in a test
      libxlsxwriter-dev chromium
      # results server (issue 14, src/core/qk_pg.c): libpq, and a real PostgreSQL 15 that
      # the fleet tests start themselves (tests/fleet/pg_lib.sh)
      libpq-dev postgresql
      # speech (issue 10): espeak-ng's library and its voices (nb, en); the espeak-ng
      # command shows the phonemes the nb voice makes of the normalised text
      libespeak-ng-dev espeak-ng-data espeak-ng)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
echo "deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
