#!/usr/bin/env python3
"""png_check.py: checks a screenshot of the report (standard library only).

Decodes an 8-bit RGB or RGBA PNG (zlib and the five PNG filters), then:
fails when almost every pixel has one colour (a blank page), and when a
colour given (hex, e.g. 2e7d32) covers fewer than 200 pixels (a chart that
was not drawn). Prints what it counted.
Usage: png_check.py FILE.png COLOUR...
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("FAIL %s is not a PNG" % path)
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                sys.exit("FAIL unsupported PNG (depth %d, colour type %d)" % (depth, ctype))
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def main():
    path, colours = sys.argv[1], sys.argv[2:]
    w, h, bpp, rows = read_png(path)
    counts = {}
    for r in rows:
        for x in range(0, len(r), bpp):
            px = r[x:x + 3]
            counts[px] = counts.get(px, 0) + 1
    top = max(counts.values())
    total = w * h
    print("png_check: %dx%d, %d colours, the commonest covers %.1f %%" %
          (w, h, len(counts), top * 100.0 / total))
    ok = True
    if top > total * 0.995 or len(counts) < 10:
        print("FAIL the page is blank")
        ok = False
    for c in colours:
        n = counts.get(bytes.fromhex(c), 0)
        print("%s %s: %d pixels" % ("ok  " if n >= 200 else "FAIL", c, n))
        ok = ok and n >= 200
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
