#!/usr/bin/env python3
"""Prints our own drafts to PDF the way offices' word processors lay them out, for the PDF reader.

Real published PDFs (WPS or Word "print to PDF") differ from the plain LibreOffice fixtures of
make-format-fixtures.py: narrow value columns whose header labels wrap inside the cell (商业/企业),
header cells drawn as shaded (filled) rectangles, rows of table 三 broken over a page, and tables
without any borders. This script lays the article of a clean draft out in those ways and has
LibreOffice Writer print it to PDF:

    wordlike   narrow value columns (labels wrap in their cells), shaded header rows drawn as filled
               rectangles under the ruling lines, rows free to break over a page. The PDF must read
               exactly as the .txt (FormatEqualityTest), so it goes to src/test/resources/formats/.
    repeated-header  the header rows of each table marked as repeating (<thead>): Writer prints them
               again at the top of each page the table runs onto. The repeated rows are read once, so the
               PDF reads exactly as the .txt (FormatEqualityTest); it goes to src/test/resources/formats/.
    borderless the same tables with no border at all (cellspacing 0, border 0). The reader cannot
               rebuild a grid from ruling lines; it rebuilds the columns from where the figures stand
               and the header lines over them, and must find what the .txt gives (PdfReaderTest). It
               goes to src/test/resources/read/.
    borderless-ragged  the same, with the figures of every other row aligned right instead of left,
               so that a column's figures do not stand one under another. The columns cannot be told:
               one reading finding per table (READ-TABLE), no table rule runs on it. It goes to
               src/test/resources/rules/READ-TABLE/ as a failing fixture.
    t4-open-row  table 四 with its row of figures drawn without the ruling line above it (each figure
               under its label in the header cell). The grid read has no data row; the reader doubts it
               (READ-TABLE), and nothing on the table is an ERROR.
    t3-open-row  table 三 with the line between rows （一） and （二） left out (both rows in one box per
               column). The header maps; the reader doubts the grid (READ-TABLE) and the row not found is
               one TABLE-SHAPE WARNING. It goes to src/test/resources/rules/TABLE-SHAPE/.

    python3 src/test/tools/make-office-pdfs.py [wordlike|repeated-header|borderless|borderless-ragged|t4-open-row|t3-open-row ...]

Needs what make-format-fixtures.py needs (Python 3, LibreOffice, a CJK font). CI does not run it; the
PDFs are committed. LibreOffice output is not byte-for-byte reproducible: commit them only when this
script changed.
"""

import argparse
import importlib.util
import os
import re
import shutil
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("fixtures", HERE / "make-format-fixtures.py")
fx = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fx)

DRAFT = fx.RES / "drafts/clean/g3-county-government-2025.txt"
TARGETS = {
    "wordlike": fx.OUT / "g3-county-government-2025-wordlike",
    "borderless": fx.RES / "read/g3-county-government-2025-borderless",
    "borderless-ragged": fx.RES / "rules/READ-TABLE/fail-borderless-ragged",
    "t4-open-row": fx.RES / "rules/READ-TABLE/fail-t4-open-row",
    "t3-open-row": fx.RES / "rules/TABLE-SHAPE/fail-t3-open-row",
    "repeated-header": fx.OUT / "g3-county-government-2025-repeated-header",
}


def narrow_columns(body):
    """Word-like widths: the label columns take the room, each value column is just wide enough for
    three or four digits, so that 商业企业, 科研机构, 社会公益组织, 法律服务机构 wrap in their cells."""
    return body.replace('style="border-collapse:collapse;width:100%"',
                        'style="border-collapse:collapse;width:100%;table-layout:fixed"')


def shaded_headers(body):
    """The header rows of each table (up to the first row holding a figure) shaded, as drafters do:
    LibreOffice draws the fill as a filled rectangle under the ruling lines."""
    out = []
    for table in re.split(r"(?=<table )", body):
        if not table.startswith("<table "):
            out.append(table)
            continue
        rows = table.split("<tr>")
        shaded = [rows[0]]
        header = True
        for r in rows[1:]:
            if re.search(r"<td[^>]*>\s*\d", r):
                header = False
            if header:
                r = r.replace("<td", '<td bgcolor="#d9e2f3"')
            shaded.append(r)
        out.append("<tr>".join(shaded))
    return "".join(out)


def borderless(body):
    body = body.replace('border="1"', 'border="0"')
    return body.replace('style="border-collapse:collapse;width:100%"', 'style="border:none;width:100%"')


def value_widths(body):
    """Sets each value cell (a figure, or empty) to a narrow width."""
    return re.sub(r"<td((?: (?:colspan|rowspan|bgcolor)=\"[^\"]*\")*)>(\d*)</td>",
                  lambda m: '<td%s width="34">%s</td>' % (m.group(1), m.group(2)), body)


def repeated_header(body):
    """The header rows of each table (up to the first row holding a figure) in <thead>: Writer repeats
    them at the top of every page the table runs onto, as Word's "repeat as header row" does."""
    out = []
    for table in re.split(r"(?=<table )", body):
        if not table.startswith("<table "):
            out.append(table)
            continue
        start = table.index(">") + 1
        rows = table[start:].split("<tr>")
        k = 1
        while k < len(rows) and not re.search(r"<td[^>]*>\s*\d", rows[k]):
            k += 1
        if 1 < k < len(rows):
            head = "<tr>".join([""] + rows[1:k])
            rest = "<tr>".join([""] + rows[k:])
            table = table[:start] + rows[0] + "<thead>" + head + "</thead><tbody>" + rest.replace("</table>", "</tbody></table>", 1)
        out.append(table)
    return "".join(out)


def ragged(body):
    """Every other row of figures aligned right: a column's figures no longer stand one under another."""
    rows = body.split("<tr>")
    for k in range(1, len(rows), 2):
        rows[k] = re.sub(r"<td([^>]*)>(\d[\d.,]*)</td>", r'<td\1 align="right">\2</td>', rows[k])
    return "<tr>".join(rows)


def t4_open_row(body):
    """Table 四 with its row of figures drawn without the ruling line above it: each figure stands in the
    header cell above it, under its label, as a page shows a row whose line the producer left out. The
    reader rebuilds a grid without a data row and must doubt it rather than report the row missing."""
    out = []
    for table in re.split(r"(?=<table )", body):
        if not table.startswith("<table ") or "行政复议</td>" not in table[:table.find("</table>")]:
            out.append(table)
            continue
        end = table.index("</table>")
        rows = table[:end].split("<tr>")
        cell = re.compile(r"<td([^>]*)>(.*?)</td>")
        figures = [m.group(2) for m in cell.finditer(rows[-1])]
        assert len(figures) == 15, figures
        it = iter(figures)
        for k in (2, 3):  # the five labels of 行政复议 (two rows high), then the ten of 行政诉讼
            rows[k] = cell.sub(lambda m: m.group(0) if "colspan" in m.group(1)
                               else "<td%s>%s<br>%s</td>" % (m.group(1), m.group(2), next(it)), rows[k])
        out.append("<tr>".join(rows[:-1]) + table[end:])
    return "".join(out)


def t3_open_row(body):
    """Table 三 with the ruling line between （一）予以公开 and （二）部分公开 left out: the two rows share one
    box per column, their labels and figures on two lines in it. The header maps, row （二） cannot be
    found, and the reader doubts the grid: a warning, never an ERROR, and no figure of the table checked."""
    cell = re.compile(r"<td([^>]*)>(.*?)</td>")
    rows = body.split("<tr>")
    a = next(i for i, r in enumerate(rows) if "（一）予以公开</td>" in r)
    first, second = cell.findall(rows[a]), cell.findall(rows[a + 1])
    lead = first[:len(first) - len(second)]
    lead = [(re.sub(r'rowspan="(\d+)"', lambda m: 'rowspan="%d"' % (int(m.group(1)) - 1), at), t) for at, t in lead]
    both = [(at, "%s<br>%s" % (t, u)) for (at, t), (_, u) in zip(first[len(lead):], second)]
    rows[a] = "".join("<td%s>%s</td>" % c for c in lead + both) + "</tr>\n"
    del rows[a + 1]
    return "<tr>".join(rows)


def make(kind, binary):
    text = fx.read_text(DRAFT)
    blocks = fx.parse(re.split(r"\r\n|\r|\n", text))
    title, body, _ = fx.article(blocks, "p")
    if kind == "wordlike":
        body = shaded_headers(value_widths(narrow_columns(body)))
    elif kind == "t4-open-row":
        body = t4_open_row(body)
    elif kind == "t3-open-row":
        body = t3_open_row(body)
    elif kind == "repeated-header":
        body = repeated_header(body)
    elif kind == "borderless-ragged":
        body = ragged(borderless(body))
    else:
        body = borderless(body)
    target = TARGETS[kind]
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (target.name + ".html")
        src.write_text(fx.standalone(title, body), encoding="utf-8")
        fx.soffice(binary, src, "pdf:writer_pdf_Export", tmp)
        shutil.copy(tmp / (target.name + ".pdf"), target.with_suffix(".pdf"))
    if kind in ("wordlike", "repeated-header"):
        target.with_suffix(".txt").write_text(text, encoding="utf-8")
    print("%-12s -> %s" % (kind, target.with_suffix(".pdf").relative_to(fx.ROOT)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kinds", nargs="*", help="what to make (default: all)")
    ap.add_argument("--soffice", default=os.environ.get("SOFFICE", "soffice"))
    args = ap.parse_args()
    for k in args.kinds or list(TARGETS):
        if k not in TARGETS:
            raise SystemExit("unknown kind %s (known: %s)" % (k, ", ".join(TARGETS)))
        make(k, args.soffice)


if __name__ == "__main__":
    main()
