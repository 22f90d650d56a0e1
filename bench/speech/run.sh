#!/usr/bin/env bash
# run.sh: the speech benchmark (bench_speech.c) on SDL's disk audio driver
# writing into /dev/null, which takes buffers at a sound card's real-time pace.
# Usage: bench/speech/run.sh [BUILD_DIR] [N] [SECONDS]
set -euo pipefail
build=${1:-build} n=${2:-21} secs=${3:-10}
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null "$build/qk_bench_speech" "$n" "$secs" 2>&1 |
    grep -v 'disk i/o audio\|Writing to file'
