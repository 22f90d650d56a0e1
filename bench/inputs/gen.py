#!/usr/bin/env python3
"""bench/inputs/gen.py OUTDIR: writes the inputs of issue 15's table "Inputs that
must not stall a station", each just under the 16 MB file limit (or as the table
says), for bench/inputs/run.sh to time. Not a test: nothing here is asserted."""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
MB = 1024 * 1024
HEAD = 'format = 1; id = "x"; title = "X"; language = "nb";\n'


def q(body):
    return (HEAD + 'rounds = ( { id = "r"; title = "R"; questions = (\n' + body +
            '\n); } );\n')


def write(name, text):
    with open(os.path.join(out, name), "w") as f:
        f.write(text)


# an 8 MB string
write("long-string.cfg", q('{ id = "q"; type = "single"; text = "' + "a" * (8 * MB) +
                           '"; answers = ( "a", "b" ); correct = 1; explanation = "e"; }'))
# an 8 MB setting name
write("long-name.cfg", HEAD + "a" * (8 * MB) + " = 1;\n")
# one question with 60,000 answers
ans = ", ".join('"a%d"' % i for i in range(60000))
write("answers-60000.cfg", q('{ id = "q"; type = "single"; text = "T"; answers = ( ' + ans +
                             ' ); correct = 1; explanation = "e"; }'))
# 60,000 categories
cats = ", ".join('{ name = "c%d"; items = ( "i%d" ); }' % (i, i) for i in range(60000))
write("categories-60000.cfg", q('{ id = "q"; type = "categorize"; text = "T"; categories = ( ' +
                                cats + ' ); explanation = "e"; }'))
# nesting within the depth limit, 15.5 MB of it: many lists, each 15 deep
unit = "(" * 15 + ")" * 15 + ","
n = int(15.5 * MB) // len(unit)
write("nesting.cfg", HEAD + "x = ( " + unit * n + " 1 );\n")
# the same amount of nesting, but no list longer than 900: only the token
# budget stops it
lst = "(" + ",".join(["(" * 15 + ")" * 15] * 900) + ")"
n = int(15 * MB) // (len(lst) + 2)
write("nesting-short-lists.cfg", HEAD + "x = (\n" + ",\n".join([lst] * n) + "\n);\n")
# the worst set found that the lexical pass lets through: 320 questions with
# 1,000 answers each (the longest list it allows), each question after enough
# comment lines that the file stays under its token budget; refused by the
# loader (at most 9 answers), which must count them before it compares them
pad = "#" + "p" * 200 + "\n"
ans = ", ".join('"a%d"' % i for i in range(1000))
qs = ['{ id = "q%d"; type = "single"; text = "T"; answers = ( %s ); correct = 1; '
      'explanation = "e"; }' % (k, ans) for k in range(320)]
per_q = (int(16 * MB * 0.98) - 200) // 320
write("answers-1000x320.cfg", q(",\n".join(pad * ((per_q - len(qs[0]) - 2) // len(pad)) + x
                                           for x in qs)))
# a station file with rounds = [...] of 100,000 ids
ids = ", ".join('"r%d"' % i for i in range(100000))
write("station-rounds-100000.cfg", 'station_id = "s";\nrounds = [ ' + ids + ' ];\n')
for name in sorted(os.listdir(out)):
    print("%-28s %9d bytes" % (name, os.path.getsize(os.path.join(out, name))))
