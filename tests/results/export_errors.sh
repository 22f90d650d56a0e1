#!/usr/bin/env bash
# export_errors.sh: --export-results when the file cannot be written, for
# the workbook and the CSV: the export folder is missing (a USB stick not
# mounted), and the disk fills up while writing (a tmpfs of 64 KiB, nearly
# full: a small stick). Each gives exit 1, no crash, a message that names
# the file and says what to do, in the station's language (nb, en), and
# leaves nothing behind: no partial file, no temporary file, an earlier
# export byte for byte as it was.
# The full-disk part needs to mount a tmpfs (root); without it that part is
# reported as skipped. Usage: export_errors.sh PATH/TO/quizkiosk
set -u
# The commands speak the tools' language (the environment); these checks read English.
export LANGUAGE=en
bin=$1
tmp=$(mktemp -d)
small=$tmp/stick
cleanup() { mountpoint -q "$small" 2>/dev/null && umount "$small"; rm -rf "$tmp"; }
trap cleanup EXIT
passed=0 failed=0
check() { # NAME CONDITION...
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok   $name"
    else failed=$((failed + 1)); echo "FAIL $name" >&2; fi
}
run() { # runs the binary; sets rc, err
    "$bin" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?
    err=$(cat "$tmp/err")
}
has() { grep -qF -- "$1" "$tmp/err"; }
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy DBUS_SESSION_BUS_ADDRESS=disabled:

station() { # LANG: a station file with results in $tmp
    printf 'station_id = "t";\nresults_db = "%s/results.db";\nlanguage = "%s";\n' \
        "$tmp" "$1" >"$tmp/st-$1.cfg"
}
station nb
station en
# some results: autoplay plays three sessions through the real screens
"$bin" --config "$tmp/st-nb.cfg" --autoplay 3 --seed 4 --size 640x360 >/dev/null 2>&1
check "results to export" test -s "$tmp/results.db"

for ext in xlsx csv; do
    # The export folder is not there.
    run --config "$tmp/st-nb.cfg" --export-results "$tmp/usb/resultater.$ext"
    check "$ext, no folder: exit 1" test "$rc" -eq 1
    check "$ext, no folder: names the file" has "$tmp/usb/resultater.$ext"
    check "$ext, no folder: says what to do (nb)" has "Sjekk at mappen finnes"
    check "$ext, no folder: the stick" has "USB-pinnen"
    check "$ext, no folder: nothing made" test ! -e "$tmp/usb"
    run --config "$tmp/st-en.cfg" --export-results "$tmp/usb/results.$ext"
    check "$ext, no folder: says it in English on an en station" \
        has "Check that the folder exists and is writable (is the USB stick mounted?)"
done

# The disk fills up while writing.
mkdir -p "$small"
if mount -t tmpfs -o size=64k,mode=0755 tmpfs "$small" 2>/dev/null; then
    for ext in xlsx csv; do
        rm -f "$small"/*
        printf 'an earlier export\r\n' >"$small/resultater.$ext"
        cp "$small/resultater.$ext" "$tmp/before"
        # leave about 2 KiB free: less than either file needs
        free_kb=$(df -k --output=avail "$small" | tail -1)
        dd if=/dev/zero of="$small/fill" bs=1k count=$((free_kb - 2)) status=none 2>/dev/null
        run --config "$tmp/st-nb.cfg" --export-results "$small/resultater.$ext"
        check "$ext, full disk: exit 1" test "$rc" -eq 1
        check "$ext, full disk: names the file" has "$small/resultater.$ext"
        check "$ext, full disk: says the file was not changed (nb)" has "filen ble ikke endret"
        check "$ext, full disk: says what to do (nb)" has "Frigjør plass"
        check "$ext, full disk: the earlier export is as it was" \
            cmp -s "$small/resultater.$ext" "$tmp/before"
        left=$(find "$small" -name '*.tmp-*' | wc -l)
        check "$ext, full disk: no temporary file left" test "$left" -eq 0
        run --config "$tmp/st-en.cfg" --export-results "$small/resultater.$ext"
        check "$ext, full disk: in English on an en station" has "the file was not changed"
        # room again: the same command writes it
        rm -f "$small/fill"
        run --config "$tmp/st-nb.cfg" --export-results "$small/resultater.$ext"
        check "$ext, room again: exit 0" test "$rc" -eq 0
        check "$ext, room again: written" test "$(stat -c %s "$small/resultater.$ext")" -gt 100
    done
    umount "$small"
else
    echo "skip full disk: cannot mount a tmpfs here (needs root)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
