#!/usr/bin/env python3
"""xlsx_dump.py: prints what an .xlsx workbook holds, for the results tests.

Reads the zip and its XML with the standard library only (zipfile,
xml.etree), resolving shared strings and number formats, and prints one line
per fact, tab-separated:
  sheet   INDEX NAME
  cell    SHEET REF TYPE VALUE NUMFMT   (TYPE: s text, n number, b boolean)
  freeze  SHEET TOPLEFTCELL             (the frozen pane's first free cell)
  filter  SHEET RANGE
  width   SHEET FIRSTCOL LASTCOL WIDTH  (1-based columns)
Text values have tabs and line breaks written as \\t and \\n.
Usage: xlsx_dump.py FILE.xlsx
"""
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "pr": "http://schemas.openxmlformats.org/package/2006/relationships"}
BUILTIN_FMT = {0: "General", 9: "0%", 10: "0.00%", 14: "m/d/yyyy", 22: "m/d/yyyy h:mm"}


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def text_of(si):
    return "".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))


def main(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    shared = []
    if "xl/sharedStrings.xml" in names:
        root = ET.fromstring(z.read("xl/sharedStrings.xml"))
        shared = [text_of(si) for si in root.findall("m:si", NS)]
    fmts = dict(BUILTIN_FMT)
    xf_fmt = []
    styles = ET.fromstring(z.read("xl/styles.xml"))
    for nf in styles.findall("m:numFmts/m:numFmt", NS):
        fmts[int(nf.get("numFmtId"))] = nf.get("formatCode")
    for xf in styles.findall("m:cellXfs/m:xf", NS):
        xf_fmt.append(fmts.get(int(xf.get("numFmtId", "0")), "id%s" % xf.get("numFmtId")))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels.findall("pr:Relationship", NS)}
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    for i, sh in enumerate(wb.findall("m:sheets/m:sheet", NS)):
        name = sh.get("name")
        print("sheet\t%d\t%s" % (i, name))
        t = target[sh.get("{%s}id" % NS["r"])]
        t = t.lstrip("/")
        if not t.startswith("xl/"):
            t = "xl/" + t
        ws = ET.fromstring(z.read(t))
        for pane in ws.iter("{%s}pane" % NS["m"]):
            if pane.get("state") == "frozen":
                print("freeze\t%s\t%s" % (name, pane.get("topLeftCell")))
        for af in ws.findall("m:autoFilter", NS):
            print("filter\t%s\t%s" % (name, af.get("ref")))
        for c in ws.findall("m:cols/m:col", NS):
            print("width\t%s\t%s\t%s\t%s" % (name, c.get("min"), c.get("max"), c.get("width")))
        for c in ws.iter("{%s}c" % NS["m"]):
            v = c.find("m:v", NS)
            typ = c.get("t", "n")
            style = int(c.get("s", "0"))
            fmt = xf_fmt[style] if style < len(xf_fmt) else "General"
            if typ == "s":
                val = shared[int(v.text)]
                typ = "s"
            elif typ == "inlineStr":
                val = text_of(c.find("m:is", NS))
                typ = "s"
            elif typ == "b":
                val = v.text
            elif typ == "str":
                val = v.text or ""
                typ = "s"
            else:
                if v is None:
                    continue  # a blank cell with only a format
                val = v.text
                typ = "n"
            print("cell\t%s\t%s\t%s\t%s\t%s" % (name, c.get("r"), typ, esc(val), fmt))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: xlsx_dump.py FILE.xlsx")
    main(sys.argv[1])
