#!/usr/bin/env python3
"""Turns plain-text drafts into the same report as a web page, a .docx, a .doc and a .pdf.

The cross-format tests (FormatEqualityTest) check each report in every format and expect the same
findings. The files here are made by real office software, not by our own code: this script writes an
HTML page with real <table> elements (merged header cells with rowspan/colspan like the official
G1/G2/G3 tables), wraps it in a plausible government CMS page (navigation, breadcrumbs, 发布日期,
footer), and lets LibreOffice turn the article into .docx, .doc (Word 97) and .pdf.

    python3 src/test/tools/make-format-fixtures.py            # all reports listed in REPORTS
    python3 src/test/tools/make-format-fixtures.py g1-county-department-2017

Needs Python 3 (stdlib only) and LibreOffice (`soffice`, e.g. Debian `libreoffice-writer-nogui`)
with a CJK font (`fonts-noto-cjk` or `fonts-wqy-microhei`). CI does not run it: the generated files
are committed under src/test/resources/formats/.

How the text is read: the flattened form of Word tables that the plain-text reader understands (one
cell per line after a TAB, rows separated by a blank line, a cell wrapped onto a following line
without a TAB, a horizontally merged cell written once, a vertically merged continuation written as
an empty cell). Tables are laid out on a grid as wide as their widest row; known header rows of the
official tables get their official spans, other rows give the spare width to their last label cell
(or copy the spans of the row above when they have as many cells), and leading empty cells under a
label become rowspans of that label.
"""

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
RES = ROOT / "src" / "test" / "resources"
OUT = RES / "formats"

# name -> (source draft, page charset, page style, published date override or None)
#   style "modern": div-based CMS page with <meta charset>; "table": an older table-layout CMS page;
#   headings "h3" puts the numbered part headings in <h3> (HTML heading hints), else <p><strong>.
REPORTS = {
    "g3-county-government-2025": (RES / "drafts/clean/g3-county-government-2025.txt", "utf-8", "modern", "p"),
    "g3-town-government-2024": (RES / "drafts/clean/g3-town-government-2024.txt", "gbk", "modern", "p"),
    "g3-subdistrict-2023": (RES / "drafts/clean/g3-subdistrict-2023.txt", "gb2312", "table", "p"),
    "g2-district-department-2020": (RES / "drafts/clean/g2-district-department-2020.txt", "utf-8", "modern", "h3"),
    "g1-county-department-2017": (RES / "drafts/clean/g1-county-department-2017.txt", "gbk-nometa", "table", "p"),
    "fail-sum-t3-column-total": (RES / "rules/SUM-MISMATCH/fail-t3-column-total.txt", "utf-8", "modern", "h3"),
    "fail-section-no-problems-heading": (RES / "rules/SECTION-MISSING/fail-g3-no-problems-heading.txt", "utf-8",
                                         "modern", "p"),
    "fail-date-header-differs": (RES / "rules/DATE-CONFLICT/fail-header-differs.txt", "gbk", "modern", "p"),
}

# Reports made only as a PDF printed straight from the HTML article, table rows free to break over a
# page (LibreOffice's default, as Word's): a row of table 三 splits at a page break.
PDF_ONLY = {
    "g3-county-government-2025-rowsplit": (RES / "drafts/clean/g3-county-government-2025.txt", "utf-8", "modern", "p"),
}

# ---------------------------------------------------------------------------------------------
# Reading the flattened text (a port of the essentials of FlattenedTextParser.java)


def normalize(s):
    out = []
    for c in s:
        o = ord(c)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            out.append(chr(o - 0xFEE0))
        elif c in "\u3000\u00a0":
            out.append(" ")
        elif c in "\u200b\ufeff":
            continue
        else:
            out.append(c)
    return "".join(out)


def is_cell(line):
    return re.match(r"^ *\t", line) is not None


def is_tsv(line):
    t = line.find("\t")
    return t > 0 and line[:t].strip() and line[t + 1:].strip()


def open_bracket(s):
    depth = 0
    for c in s:
        if c in "（(《【〔":
            depth += 1
        elif c in "）)》】〕" and depth > 0:
            depth -= 1
    return depth > 0


def parse(lines):
    """Blocks: ("p", text) or ("t", rows) with rows a list of lists of cell texts (raw, unstripped)."""
    blocks = []
    n = len(lines)

    def is_text(i):
        return i < n and lines[i].strip() and not is_cell(lines[i])

    def run_end(i):
        while is_text(i):
            i += 1
        return i

    i = 0
    while i < n:
        line = lines[i]
        if is_cell(line):
            rows, row, last = [], [], None
            j = i
            while j < n:
                ln = lines[j]
                if is_cell(ln):
                    for part in ln[ln.index("\t") + 1:].split("\t"):
                        row.append([part])
                        last = row[-1]
                    j += 1
                    continue
                if not ln.strip():
                    k = j
                    while k < n and not lines[k].strip() and not is_cell(lines[k]):
                        k += 1
                    if k < n and is_cell(lines[k]):
                        if row:
                            rows.append(row)
                            row = []
                        j = k
                        continue
                    if k == j + 1 and last is not None and open_bracket(last[0]) and is_text(k):
                        e = run_end(k)
                        if e < n and is_cell(lines[e]):
                            for t in range(k, e):
                                last[0] += lines[t].strip()
                            j = e
                            continue
                    break
                e = run_end(j)
                if last is not None and e < n and is_cell(lines[e]):
                    for t in range(j, e):
                        last[0] += lines[t].strip()
                    j = e
                    continue
                break
            if row:
                rows.append(row)
            emit_table(blocks, [[c[0] for c in r] for r in rows])
            i = j
        elif is_tsv(line):
            rows = []
            while i < n and is_tsv(lines[i]):
                rows.append(lines[i].split("\t"))
                i += 1
            emit_table(blocks, rows)
        elif not line.strip():
            i += 1
        else:
            blocks.append(("p", line))
            i += 1
    return blocks


def emit_table(blocks, rows):
    non_empty = [c for r in rows for c in r if c.strip()]
    if not non_empty:
        return
    if len(non_empty) == 1 and len(rows) == 1:
        blocks.append(("p", non_empty[0]))
        return
    blocks.append(("t", rows))


# ---------------------------------------------------------------------------------------------
# Laying tables out on a grid

NUMBER = re.compile(r"^[+-]?\d[\d,]*(\.\d+)?\s*(万元|元|%|条|件|个|人次|人|次|篇|项|期)?$")


def is_value(text):
    t = normalize(text).strip()
    return t == "" or NUMBER.match(t) is not None or t in ("——", "—", "-", "/")


def key(text):
    return re.sub(r"\s+", "", normalize(text))


# Header rows of the official tables: spans per flattened cell, "c" = continuation of the cell above.
# (colspan, rowspan) for origins; rowspans are recomputed from the continuations anyway.
KNOWN_ROWS = [
    # table 三 (G2/G3), 10 grid columns
    (lambda r: len(r) == 2 and key(r[1]) == "申请人情况", [3, 7]),
    (lambda r: len(r) == 4 and key(r[1]) == "自然人" and key(r[2]) == "法人或其他组织", ["c", 1, 5, 1]),
    (lambda r: len(r) == 8 and key(r[2]) == "商业企业", ["c", "c", 1, 1, 1, 1, 1, "c"]),
    # table 四 (G2/G3), 15 grid columns
    (lambda r: len(r) == 2 and key(r[0]) == "行政复议" and key(r[1]) == "行政诉讼", [5, 10]),
    (lambda r: len(r) == 7 and key(r[0]) == "结果维持" and key(r[5]) == "未经复议直接起诉", [1, 1, 1, 1, 1, 5, 5]),
]


class Cell:
    def __init__(self, text, col, span):
        self.text = text
        self.col = col
        self.span = span
        self.rowspan = 1


def layout(rows):
    """Returns a list of HTML rows: each a list of Cell (origins only) and the grid width."""
    width = max(len(r) for r in rows)
    # the official widths: 三 has 10 columns, 四 has 15
    if any(len(r) == 4 and key(r[1]) == "自然人" for r in rows):
        width = max(width, 10)
    if any(len(r) == 2 and key(r[0]) == "行政复议" for r in rows):
        width = 15
    above = [None] * width  # grid column -> origin Cell occupying it in the previous row
    out = []
    prev_spans = None
    for r in rows:
        spans = None
        for pred, known in KNOWN_ROWS:
            if pred(r):
                spans = list(known)
                break
        row_cells = []
        here = [None] * width
        g = 0
        if spans is None:
            spans = plan(r, width, above, prev_spans)
        for text, s in zip(r, spans):
            if s == "c":
                origin = above[g]
                origin.rowspan += 1
                for k in range(origin.span):
                    here[g + k] = origin
                g += origin.span
                continue
            c = Cell(text, g, s)
            row_cells.append(c)
            for k in range(s):
                here[g + k] = c
            g += s
        if g != width:
            raise SystemExit("table row does not fill the grid (%d of %d): %r" % (g, width, r))
        out.append(row_cells)
        above = here
        prev_spans = spans
    return out, width


def plan(r, width, above, prev_spans):
    """Spans for an ordinary row."""
    spans = []
    g = 0
    leading = True
    for i, text in enumerate(r):
        origin = above[g] if g < width else None
        if leading and not text.strip() and origin is not None and origin.col == g and not is_value(origin.text):
            spans.append("c")
            g += origin.span
            continue
        leading = False
        spans.append(None)
        g += 1
    fixed = sum(above_span(above, spans, r))
    rest = width - fixed
    todo = [i for i, s in enumerate(spans) if s is None]
    if prev_spans is not None and len(prev_spans) == len(spans):
        cand = [prev_spans[i] if spans[i] is None else "c" for i in range(len(spans))]
        if all(isinstance(cand[i], int) for i in todo) and sum(cand[i] for i in todo) == rest:
            return [cand[i] if spans[i] is None else "c" for i in range(len(spans))]
    for i in todo:
        spans[i] = 1
    extra = rest - len(todo)
    if extra > 0:
        labels = [i for i in todo if not is_value(r[i])]
        target = labels[-1] if labels else todo[-1]
        spans[target] += extra
    return spans


def above_span(above, spans, r):
    g = 0
    for s in spans:
        if s == "c":
            yield above[g].span
            g += above[g].span
        else:
            g += 1


# ---------------------------------------------------------------------------------------------
# HTML

DATE_ONLY = re.compile(r"^\s*[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]?\s*$")
ORGAN = re.compile(r"(政府|局|委员会|委|办公室|办事处|街道|镇|乡|厅|中心|院|署|办)$")
TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")


def text_html(s):
    """Escapes text; keeps runs of spaces (as &nbsp;) and ideographic spaces."""
    s = html.escape(s, quote=False)
    return re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), s)


def article(blocks, headings):
    """(title, inner HTML of the article body without the title, signing date ISO or None)."""
    title = blocks[0][1].strip() if blocks and blocks[0][0] == "p" else ""
    body = blocks[1:] if title else blocks
    # the 落款: the last date-only paragraph right under an organ's name
    sign_at = None
    for idx in range(1, len(body)):
        if (body[idx][0] == "p" and DATE_ONLY.match(normalize(body[idx][1])) and body[idx - 1][0] == "p"
                and ORGAN.search(body[idx - 1][1].strip())):
            sign_at = idx
    signing = None
    if sign_at is not None:
        m = DATE_ONLY.match(normalize(body[sign_at][1]))
        signing = "%04d-%02d-%02d" % (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    parts = []
    for idx, (kind, val) in enumerate(body):
        if kind == "t":
            rows, width = layout(val)
            parts.append('<table class="report-table" border="1" cellspacing="0" cellpadding="4" '
                         'style="border-collapse:collapse;width:100%">')
            for cells in rows:
                tds = []
                for c in cells:
                    attrs = ""
                    if c.span > 1:
                        attrs += ' colspan="%d"' % c.span
                    if c.rowspan > 1:
                        attrs += ' rowspan="%d"' % c.rowspan
                    tds.append("<td%s>%s</td>" % (attrs, text_html(c.text.strip())))
                parts.append("<tr>" + "".join(tds) + "</tr>")
            parts.append("</table>")
            continue
        text = val.strip()
        if sign_at is not None and idx in (sign_at - 1, sign_at):
            parts.append('<p style="text-align:right">%s</p>' % text_html(text))
        elif TOP_HEADING.match(text) and len(text) <= 40:
            if headings == "h3":
                parts.append("<h3>%s</h3>" % text_html(text))
            else:
                parts.append('<p style="text-indent:24pt"><strong>%s</strong></p>' % text_html(text))
        else:
            parts.append('<p style="text-indent:24pt">%s</p>' % text_html(text))
    return title, "\n".join(parts), signing


STYLE = """body{font-family:"SimSun","宋体","Noto Serif CJK SC","WenQuanYi Micro Hei",serif;font-size:12pt}
h1{font-size:18pt;text-align:center} h3{font-size:12pt}
p{margin:0 0 8pt 0;line-height:150%} td{font-size:10.5pt}"""


def standalone(title, body):
    """The article alone, as a drafter's document: what LibreOffice turns into .docx/.doc/.pdf."""
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>
<style>%s</style></head>
<body>
<h1>%s</h1>
%s
</body></html>
""" % (html.escape(title), STYLE, html.escape(title), body)


NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏"]


def site_of(title):
    m = re.match(r"^(.*?(?:市|县|区))", title)
    return (m.group(1) if m else "本地") + "人民政府"


def modern_page(title, body, date, organ, charset):
    site = site_of(title)
    meta_charset = "" if charset == "gbk-nometa" else '<meta charset="%s">\n' % charset
    if charset == "gbk":
        meta_charset = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
    nav = "".join('<li><a href="/%d/">%s</a></li>' % (i, n) for i, n in enumerate(NAV))
    pub = "" if date is None else '<meta name="PubDate" content="%s 09:30">\n' % date
    info_date = "" if date is None else "<span>发布日期：%s</span>" % date
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
%s<title>%s_政府信息公开年报_%s</title>
<meta name="SiteName" content="%s">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="%s">
%s<meta name="ContentSource" content="%s">
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function(){ /* 统计代码 */ })();</script>
<style>%s</style>
</head>
<body>
<div class="topbar"><div class="wrap"><span>欢迎访问%s门户网站！</span><a href="/wza/">无障碍</a> | <a href="/older/">长者模式</a> | <a href="/login">登录</a></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="%s"></a></div>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><ul>%s</ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/1/">政务公开</a> &gt; <a href="/1/ndbg/">政府信息公开年报</a></div>
<div class="main wrap">
<div class="sidebar"><h3>政府信息公开</h3><ul><li><a href="/1/zn/">政府信息公开指南</a></li><li><a href="/1/zd/">政府信息公开制度</a></li><li><a href="/1/ml/">法定主动公开内容</a></li><li><a href="/1/ndbg/">政府信息公开年报</a></li></ul></div>
<div class="article">
<h1 class="article-title">%s</h1>
<div class="article-info">%s<span>来源：%s</span><span>浏览次数：<script>document.write(1024)</script></span><span>字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>
<div class="article-content" id="zoom">
%s
</div>
<div class="article-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/1/ndbg/1.html">往年政府信息公开工作年度报告</a></li><li><a href="/1/zn/">政府信息公开指南</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="links">友情链接：<a href="https://www.gov.cn/">中国政府网</a> <a href="/prov">省人民政府</a> <a href="/city">市人民政府</a></div>
<p>主办：%s办公室　承办：%s大数据中心　网站标识码：3600000001</p>
<p><a href="https://beian.miit.gov.cn/">ICP备12345678号</a>　公安机关备案号：36010002000001　联系电话：0791-1234567</p>
</div>
</body>
</html>
""" % (meta_charset, html.escape(title), site, site, html.escape(title), pub, organ, STYLE, site, site, nav,
       html.escape(title), info_date, organ, body, site, site)


def table_page(title, body, date, organ, charset):
    """An older CMS: layout tables, a gb2312/gbk charset, the date in a table cell."""
    site = site_of(title)
    if charset == "gbk-nometa":
        meta = ""
    else:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset
    date_cell = "" if date is None else "发布日期：%s　　" % date
    nav = "".join('<td><a href="/%d/">%s</a></td>' % (i, n) for i, n in enumerate(NAV))
    return """<html>
<head>
%s<title>%s</title>
<style>%s</style>
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg" alt="%s"></td></tr></table>
<table width="1000" align="center" class="nav"><tr>%s</tr></table>
<table width="1000" align="center"><tr><td class="crumbs">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/1/">信息公开</a> &gt;&gt; <a href="/1/ndbg/">年度报告</a></td></tr></table>
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" class="left"><table><tr><td><a href="/1/zn/">信息公开指南</a></td></tr><tr><td><a href="/1/zd/">信息公开制度</a></td></tr><tr><td><a href="/1/ndbg/">信息公开年报</a></td></tr></table></td>
<td valign="top">
<table width="100%%">
<tr><td class="bt" align="center"><b>%s</b></td></tr>
<tr><td align="center" class="info">%s信息来源：%s　　点击数：<span id="hits">88</span></td></tr>
<tr><td class="content" id="UCAP-CONTENT">
%s
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" align="center" class="footer"><tr><td>版权所有：%s　地址：%s人民路1号　技术支持：某某网络科技有限公司<br>网站标识码：3601000001　<a href="https://beian.miit.gov.cn/">ICP备87654321号</a></td></tr></table>
</body>
</html>
""" % (meta, html.escape(title), STYLE, site, nav, html.escape(title), date_cell, organ, body, site, site)


# ---------------------------------------------------------------------------------------------
# LibreOffice


def soffice(binary, src, target, outdir):
    cmd = [binary, "--headless", "--norestore", "--infilter=HTML (StarWriter)", "--convert-to", target,
           "--outdir", str(outdir), str(src)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise SystemExit("soffice failed: %s\n%s%s" % (" ".join(cmd), r.stdout, r.stderr))


def cant_split_rows(docx, out):
    """Marks every table row "do not break across pages" (as drafters do for the statistics tables),
    so that the PDF made from it has whole rows on each page."""
    with zipfile.ZipFile(docx) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                s = data.decode("utf-8")
                s = s.replace("<w:trPr></w:trPr>", "<w:trPr><w:cantSplit/></w:trPr>")
                s = s.replace("<w:trPr/>", "<w:trPr><w:cantSplit/></w:trPr>")
                s = re.sub(r"<w:tr>(?!<w:trPr)", "<w:tr><w:trPr><w:cantSplit/></w:trPr>", s)
                data = s.encode("utf-8")
            zout.writestr(item, data)


def convert(binary, name, standalone_html, outdir):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (name + ".html")
        src.write_text(standalone_html, encoding="utf-8")
        soffice(binary, src, 'docx:"MS Word 2007 XML"'.replace('"', ""), tmp)
        soffice(binary, src, "doc:MS Word 97", tmp)
        shutil.copy(tmp / (name + ".docx"), outdir / (name + ".docx"))
        shutil.copy(tmp / (name + ".doc"), outdir / (name + ".doc"))
        # the PDF is printed from the Word version, rows kept whole
        pdf_src = tmp / "pdf"
        pdf_src.mkdir()
        cant_split_rows(tmp / (name + ".docx"), pdf_src / (name + ".docx"))
        cmd = [binary, "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp),
               str(pdf_src / (name + ".docx"))]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        if r.returncode != 0 or not (tmp / (name + ".pdf")).exists():
            raise SystemExit("soffice pdf failed: %s%s" % (r.stdout, r.stderr))
        shutil.copy(tmp / (name + ".pdf"), outdir / (name + ".pdf"))


def read_text(path):
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def make_pdf_only(name, spec, binary, outdir):
    src = spec[0]
    text = read_text(src)
    blocks = parse(re.split(r"\r\n|\r|\n", text))
    title, body, _ = article(blocks, spec[3])
    (outdir / (name + ".txt")).write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        html_file = tmp / (name + ".html")
        html_file.write_text(standalone(title, body), encoding="utf-8")
        soffice(binary, html_file, "pdf:writer_pdf_Export", tmp)
        shutil.copy(tmp / (name + ".pdf"), outdir / (name + ".pdf"))
    print("%-36s pdf printed from the HTML, rows may split" % name)


def make(name, spec, binary, outdir, office=True):
    src, charset, style, headings = spec
    text = read_text(src)
    lines = re.split(r"\r\n|\r|\n", text)
    blocks = parse(lines)
    title, body, signing = article(blocks, headings)
    organ = site_of(title)
    for i in range(1, len(blocks)):
        if (blocks[i][0] == "p" and DATE_ONLY.match(normalize(blocks[i][1])) and blocks[i - 1][0] == "p"
                and ORGAN.search(blocks[i - 1][1].strip())):
            organ = blocks[i - 1][1].strip()
    page = (table_page if style == "table" else modern_page)(title, body, signing, organ, charset)
    enc = {"utf-8": "utf-8", "gbk": "gbk", "gb2312": "gbk", "gbk-nometa": "gbk"}[charset]
    (outdir / (name + ".txt")).write_text(text, encoding="utf-8")
    (outdir / (name + ".html")).write_bytes(page.encode(enc, errors="xmlcharrefreplace"))
    if office:
        convert(binary, name, standalone(title, body), outdir)
    print("%-36s %s page, %s, %d blocks, 发布日期 %s" % (name, style, charset, len(blocks), signing))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="reports to make (default: all)")
    ap.add_argument("--soffice", default=os.environ.get("SOFFICE", "soffice"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--html-only", action="store_true", help="do not run LibreOffice")
    args = ap.parse_args()
    outdir = Path(args.out)
    outdir.mkdir(parents=True, exist_ok=True)
    names = args.names or list(REPORTS) + list(PDF_ONLY)
    for n in names:
        if n in PDF_ONLY:
            if not args.html_only:
                make_pdf_only(n, PDF_ONLY[n], args.soffice, outdir)
        elif n in REPORTS:
            make(n, REPORTS[n], args.soffice, outdir, office=not args.html_only)
        else:
            sys.exit("unknown report %s (known: %s)" % (n, ", ".join(list(REPORTS) + list(PDF_ONLY))))


if __name__ == "__main__":
    main()
