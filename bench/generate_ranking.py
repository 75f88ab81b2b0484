"""Writes a SYNTHETIC ranking CSV of about N MB: the real file's metadata block and table, then its country rows
repeated (each repeat is a row the reader rejects as a country already listed), until the size is reached."""
import sys

src, dst, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(src, encoding="utf-8-sig").read()
lines = text.split("\n")
# the country rows: lines that start with a quoted rank or empty rank followed by a country name
start = next(i for i, l in enumerate(lines) if l.startswith('"Rank"')) + 2
rows = [l for l in lines[start:] if l.count('","') >= 8]
target = mb * 1024 * 1024
with open(dst, "w", encoding="utf-8") as out:
    out.write("\ufeff" + text)
    written = len(text.encode("utf-8"))
    block = "\n".join(rows) + "\n"
    size = len(block.encode("utf-8"))
    while written < target:
        out.write(block)
        written += size
