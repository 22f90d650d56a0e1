#!/usr/bin/env bash
# report_chromium.sh: renders the course report in headless Chromium and
# checks the screenshot (not blank; the charts' colours present).
# Usage: report_chromium.sh PATH/TO/test_results_report OUT_PREFIX
set -u
gen=$1 out=$2
here=$(dirname "$0")
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "report_chromium: needs chromium (scripts/deps.sh installs it)" >&2
    exit 1
fi
"$gen" "$out.html" >/dev/null || { echo "FAIL writing the report" >&2; exit 1; }
prof=$(mktemp -d)
trap 'rm -rf "$prof"' EXIT
rm -f "$out.png"
# A4 at 96 dpi is 794 px wide; the window is one printed page and a half tall.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$prof" --no-first-run --disable-extensions \
    --window-size=900,1700 --screenshot="$out.png" "file://$out.html" \
    >"$prof/log" 2>&1
if [ ! -s "$out.png" ]; then
    echo "FAIL chromium wrote no screenshot:" >&2
    cat "$prof/log" >&2
    exit 1
fi
python3 "$here/png_check.py" "$out.png" 2e7d32 ef6c00 1565c0 c62828
