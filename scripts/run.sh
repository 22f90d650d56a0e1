#!/usr/bin/env bash
# One command: install what is missing, build, and start the kiosk on the
# shipped question sets. Extra arguments go to quizkiosk (e.g. --windowed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)"
exec ./build/quizkiosk "$@"
