package org.disclosurechecker.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.SourceFormat;

/**
 * Reads reports published as web pages (government CMS article pages, or a draft saved as HTML) with
 * jsoup: the charset from the BOM or the meta tag, else detected (UTF-8, else GB18030, which covers
 * the GBK/GB2312 pages that are common); the article body found by where the page's running text is
 * (navigation, link lists, headers and footers left out), the article title put back in front of it;
 * tables with rowspan/colspan laid out in the flattened shape (a spanned cell once, a cell covered by
 * a rowspan as one empty cell); the page's publication date (meta PubDate or "发布日期：") as
 * {@link Document#META_PUBLISHED_DATE}.
 */
public final class HtmlReader implements DocumentReader {

    static final String WHAT = "网页（HTML）";
    /**
     * Bounds of a table's grid, far beyond any report's (its widest table has about a dozen columns):
     * colspan/rowspan stop at this column, so the cells they cover stay few; and a table of more cells
     * (counting those a span covers) is refused, not built, so a few MB of spans cannot fill the heap.
     */
    static final int MAX_GRID_COLUMNS = 256;
    static final int MAX_TABLE_CELLS = 200_000;

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(发布|发文|公开|成文|更新)?(日期|时间)\\s*[:：]\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern ANY_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Set<String> DATE_METAS = Set.of("pubdate", "publishdate", "publish_date", "publishtime",
            "firstpublishedtime", "article:published_time", "og:published_time", "dc.date", "dc.date.issued",
            "dcterms.issued", "date", "releasedate");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "select", "option", "button", "input", "textarea", "map", "audio", "video",
            "head", "title", "meta", "link");
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "section", "article", "header", "footer", "main", "aside", "nav",
            "center", "address", "figure", "figcaption", "form", "fieldset", "legend", "hr", "pre", "body", "html",
            "caption", "tr", "td", "th", "tbody", "thead", "tfoot");
    private static final Pattern TITLE_CLASS = Pattern.compile("(?i)(title|^bt$|\\bbt\\b|biaoti|headline|tit$)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}|[〇零一二三四五六七八九]{4}");
    private static final Pattern HIDDEN = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm");
    }

    @Override
    public Document read(Path file, String displayPath, ReadOptions options) throws ReadException {
        byte[] bytes = FileBytes.read(file, options);
        FileKind kind = FileKind.of(bytes, Math.min(bytes.length, 2048));
        if (kind != FileKind.HTML && kind != FileKind.TEXT) {
            throw kind.mismatch("html", "网页");
        }
        Decoded decoded = decode(bytes, options.encoding());
        return Guard.read(WHAT, () -> {
            org.jsoup.nodes.Document page = Jsoup.parse(decoded.text, "", Parser.htmlParser());
            Map<String, String> metadata = new TreeMap<>();
            String published = publishedDate(page);
            clean(page);
            Element body = page.body();
            Element root = contentRoot(body);
            if (published == null) {
                published = labelledDate(page.body(), root);
            }
            if (published != null) {
                metadata.put(Document.META_PUBLISHED_DATE, published);
            }
            FlatDocumentBuilder out = new FlatDocumentBuilder();
            Walker w = new Walker(out);
            String title = title(page, root);
            if (title != null) {
                metadata.put(Document.META_TITLE, title);
                if (!startsWithTitle(root, title)) {
                    w.paragraph(title, false);
                }
            }
            w.walk(root);
            w.flush();
            return out.build(displayPath, SourceFormat.HTML, decoded.charset.name(), List.of(), metadata);
        });
    }

    // ------------------------------------------------------------------------------------------
    // charset

    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes, Charset forced) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException("empty", "文件为空（0 字节），没有可检查的内容。");
        }
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFE);
        if (forced == null && !bom) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                Charset declared = charset(m.group(1));
                if (declared != null) {
                    String text = strict(bytes, declared);
                    if (text != null) {
                        return new Decoded(text, declared);
                    }
                    // the page lies about its charset: fall through to detection
                }
            }
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes, forced);
        return new Decoded(d.text(), d.charset());
    }

    /** The Java charset for a declared name; the GB family becomes GB18030, a superset that decodes them all. */
    static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("ms936")
                || n.equals("euc-cn") || n.equals("gb_2312-80") || n.equals("csgb2312") || n.equals("gb18030")) {
            return TextDecoder.GB18030;
        }
        if (n.equals("big5")) {
            n = "Big5-HKSCS";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            int skip = cs.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                    && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------
    // the page: metadata, clean-up, the article body

    /** The page's publication date from its meta tags (政府网站 "PubDate", Open Graph, Dublin Core), ISO. */
    static String publishedDate(org.jsoup.nodes.Document page) {
        for (Element meta : page.select("meta[content]")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (DATE_METAS.contains(name.strip().toLowerCase(Locale.ROOT))) {
                String iso = iso(ANY_DATE.matcher(meta.attr("content")));
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
    }

    /** "发布日期：2026-03-18" on the page, outside the article body first. */
    private static String labelledDate(Element body, Element root) {
        String outside = textOutside(body, root);
        String iso = iso(LABELLED_DATE.matcher(outside), 3);
        return iso;
    }

    private static String textOutside(Element body, Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == root) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    sb.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return TextNormalizer.normalize(sb.toString());
    }

    private static String iso(Matcher m) {
        return iso(m, 1);
    }

    private static String iso(Matcher m, int firstGroup) {
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(firstGroup)), Integer.parseInt(m.group(firstGroup + 1)),
                        Integer.parseInt(m.group(firstGroup + 2)));
                return d.toString();
            } catch (DateTimeException | NumberFormatException e) {
                // not a date: look further
            }
        }
        return null;
    }

    /** Removes what a reader never sees: scripts, styles, form controls, hidden elements. */
    private static void clean(org.jsoup.nodes.Document page) {
        List<Element> drop = new ArrayList<>();
        for (Element e : page.body().getAllElements()) {
            if (DROP.contains(e.normalName()) || e.hasAttr("hidden")
                    || e.hasAttr("style") && HIDDEN.matcher(e.attr("style")).find()) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    /**
     * The element that holds the article: from the body, go down into the child that holds most of the
     * page's running text (Chinese characters not inside links) as long as one holds at least 3/4 of it;
     * never into a data table (a report's statistics table is part of the article, not the article).
     */
    static Element contentRoot(Element body) {
        Map<Element, Integer> counts = hanOutsideLinks(body);
        int total = counts.getOrDefault(body, 0);
        Element at = body;
        while (true) {
            Element next = null;
            for (Element c : at.children()) {
                if (counts.getOrDefault(c, 0) * 4 >= total * 3 && total > 0) {
                    next = c;
                    break;
                }
            }
            if (next == null || isDataTablePart(next)) {
                return at;
            }
            at = next;
        }
    }

    private static boolean isDataTablePart(Element e) {
        Element table = e.normalName().equals("table") ? e : null;
        if (table == null && Set.of("tbody", "thead", "tfoot", "tr", "td", "th").contains(e.normalName())) {
            table = e.closest("table");
        }
        return table != null && !isLayoutTable(table);
    }

    /** A table used for page layout: it holds other tables, or one column of long text. */
    static boolean isLayoutTable(Element table) {
        for (Element cell : table.select("td, th")) {
            if (cell.closest("table") == table && !cell.select("table").isEmpty()) {
                return true;
            }
        }
        int maxCells = 0;
        int longest = 0;
        for (Element tr : rows(table)) {
            maxCells = Math.max(maxCells, tr.children().size());
            for (Element cell : tr.children()) {
                longest = Math.max(longest, han(cell.text()));
            }
        }
        return maxCells <= 1 && longest > 200;
    }

    /**
     * Chinese characters outside links, per element (sums over descendants), without recursion and in one
     * pass: each element adds its sum to its parent when the traversal leaves it, so a deeply nested page
     * costs time linear in its size (walking up from every text node was quadratic in the depth).
     */
    private static Map<Element, Integer> hanOutsideLinks(Element body) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int links;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    links++;
                } else if (node instanceof TextNode t && links == 0 && t.parent() != null) {
                    int n = han(t.getWholeText());
                    if (n > 0) {
                        counts.merge(t.parent(), n, Integer::sum);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        links--;
                    }
                    Integer n = counts.get(e);
                    if (n != null && e != body && e.parent() != null) {
                        counts.merge(e.parent(), n, Integer::sum);
                    }
                }
            }
        }, body);
        return counts;
    }

    private static final Pattern FIGURE = Pattern.compile("[-+]?\\d[\\d,.]*%?");

    static boolean figure(String s) {
        return FIGURE.matcher(s.strip()).matches();
    }

    static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    /**
     * The article's title: the title-like element (h1-h3 or class "title"/"bt") nearest before the article
     * body that names a report, else the ArticleTitle meta, else the page title's part that names a report.
     */
    static String title(org.jsoup.nodes.Document page, Element root) {
        String found = null;
        for (Element e : page.body().getAllElements()) {
            if (e == root) {
                break;
            }
            if (root.parents().contains(e) || e.closest("a") != null) {
                continue;
            }
            boolean titleLike = e.normalName().matches("h[1-3]")
                    || TITLE_CLASS.matcher(e.className()).find() || TITLE_CLASS.matcher(e.id()).find();
            if (!titleLike) {
                continue;
            }
            String t = FlatDocumentBuilder.clean(e.text());
            if (namesAReport(t)) {
                found = t;
            }
        }
        if (found != null) {
            return found;
        }
        for (Element meta : page.select("meta[name=ArticleTitle], meta[property=og:title]")) {
            String t = FlatDocumentBuilder.clean(meta.attr("content"));
            if (namesAReport(t)) {
                return t;
            }
        }
        for (String part : page.title().split("[_|｜]|\\s[-—–]\\s")) {
            String t = FlatDocumentBuilder.clean(part);
            if (namesAReport(t)) {
                return t;
            }
        }
        return null;
    }

    /** A report's title names a report and a year ("……2025年……年度报告"); a column heading does not. */
    private static boolean namesAReport(String t) {
        return t.length() >= 6 && t.length() <= 80 && (t.contains("报告") || t.contains("年报"))
                && YEAR.matcher(t).find();
    }

    private static boolean startsWithTitle(Element root, String title) {
        String start = FlatDocumentBuilder.clean(root.text());
        String t = title.replace(" ", "");
        return start.replace(" ", "").startsWith(t);
    }

    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element c : table.children()) {
            switch (c.normalName()) {
                case "tr" -> rows.add(c);
                case "thead", "tbody", "tfoot" -> {
                    for (Element r : c.children()) {
                        if (r.normalName().equals("tr")) {
                            rows.add(r);
                        }
                    }
                }
                default -> {
                    // caption, colgroup
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------
    // the article: paragraphs and tables

    /** Turns the article's DOM into paragraphs and tables, with browser-like whitespace handling. */
    static final class Walker {
        /** Null when collecting the text of one table cell. */
        private final FlatDocumentBuilder out;
        private final StringBuilder buf = new StringBuilder();
        private boolean bufHeading;
        private int paragraphs;
        private int tables;
        private boolean seenText;

        Walker(FlatDocumentBuilder out) {
            this.out = out;
        }

        void walk(Element e) {
            for (Node n : e.childNodes()) {
                node(n, false);
            }
        }

        private void node(Node n, boolean pre) {
            if (n instanceof TextNode t) {
                text(t.getWholeText(), pre);
                return;
            }
            if (!(n instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            if (name.equals("br")) {
                buf.append('\n');
                return;
            }
            if (name.equals("table")) {
                if (out == null) {
                    nestedTable(e);
                    return;
                }
                flush();
                if (isLayoutTable(e)) {
                    for (Element tr : rows(e)) {
                        for (Element cell : tr.children()) {
                            walk(cell);
                            flush();
                        }
                    }
                } else {
                    table(e);
                }
                return;
            }
            boolean block = BLOCK.contains(name);
            if (block) {
                flush();
            }
            if (name.matches("h[1-6]")) {
                bufHeading = true;
            }
            boolean inPre = pre || name.equals("pre");
            for (Node c : e.childNodes()) {
                node(c, inPre);
            }
            if (block) {
                flush();
            }
        }

        /**
         * HTML whitespace: a run of spaces, tabs and line breaks is one space, and nothing at the start of
         * a block or where a line break falls between two Chinese characters (CSS Text segment-break rule).
         */
        private void text(String s, boolean pre) {
            if (pre) {
                buf.append(s);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (" \t\n\r\f".indexOf(c) < 0) {
                    buf.append(c);
                    continue;
                }
                boolean lineBreak = false;
                int j = i;
                while (j < s.length() && " \t\n\r\f".indexOf(s.charAt(j)) >= 0) {
                    lineBreak |= s.charAt(j) == '\n' || s.charAt(j) == '\r';
                    j++;
                }
                char before = buf.isEmpty() ? '\n' : buf.charAt(buf.length() - 1);
                char after = j < s.length() ? s.charAt(j) : 0;
                boolean join = lineBreak && wide(before) && (after == 0 || wide(after));
                if (before != ' ' && before != '\n' && !join) {
                    buf.append(' ');
                }
                i = j - 1;
            }
        }

        private static boolean wide(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
        }

        void paragraph(String text, boolean heading) {
            if (FlatDocumentBuilder.clean(text).isEmpty()) {
                return;
            }
            paragraphs++;
            out.paragraph(text, "第" + paragraphs + "段", heading && seenText);
            seenText = true;
        }

        /** Ends the current block: its text becomes a paragraph (a line per {@code <br>}). */
        void flush() {
            if (out == null) {
                // collecting a cell: its blocks run together (a cell is one line); mark the boundary so
                // that the whitespace between two blocks does not become a space
                if (!buf.isEmpty() && buf.charAt(buf.length() - 1) != '\n') {
                    buf.append('\n');
                }
                return;
            }
            if (!buf.isEmpty()) {
                for (String line : buf.toString().split("\n")) {
                    paragraph(line, bufHeading);
                }
                buf.setLength(0);
            }
            bufHeading = false;
        }

        private void table(Element table) {
            tables++;
            String name = "表" + tables;
            for (Element c : table.children()) {
                if (c.normalName().equals("caption")) {
                    paragraph(cellText(c), false);
                }
            }
            List<FlatDocumentBuilder.SourceRow> rows = new ArrayList<>();
            // grid column -> {rows it is still covered for, id of the cell covering it}
            Map<Integer, int[]> covered = new TreeMap<>();
            List<Element> trs = rows(table);
            Set<Integer> spacers = spacerColumns(trs);
            int origin = 0;
            Map<Integer, Integer> figureRowWidths = new TreeMap<>(); // row → grid columns it fills
            long total = 0;
            String stacked = null; // a cell of two figures on lines of their own
            for (int r = 0; r < trs.size(); r++) {
                List<String> cells = new ArrayList<>();
                int g = 0;
                for (Element td : trs.get(r).children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    g = emitCovered(covered, g, cells);
                    int colspan = span(td.attr("colspan"), MAX_GRID_COLUMNS - g);
                    int rowspan = td.attr("rowspan").strip().equals("0") ? trs.size() - r
                            : span(td.attr("rowspan"), trs.size() - r);
                    if (colspan == 1 && spacers.contains(g)) {
                        g++; // an empty spacer column of the page's layout: no cell of the table
                        continue;
                    }
                    String raw = cellLines(td);
                    if (stacked == null) {
                        stacked = FlatDocumentBuilder.stackedFigures(raw, "第" + (r + 1) + "行");
                    }
                    cells.add(raw.replace("\n", ""));
                    origin++;
                    if (rowspan > 1) {
                        for (int k = 0; k < colspan && g + k < MAX_GRID_COLUMNS; k++) {
                            covered.put(g + k, new int[] {rowspan, origin});
                        }
                    }
                    g += colspan;
                }
                // columns covered from above after this row's last cell
                for (int col : new ArrayList<>(covered.keySet())) {
                    if (col >= g) {
                        g = emitCovered(covered, col, cells);
                    }
                }
                for (int[] c : covered.values()) {
                    c[0]--;
                }
                covered.values().removeIf(c -> c[0] <= 0);
                total += cells.size();
                if (total > MAX_TABLE_CELLS) {
                    throw new Guard.Refusal(new ReadException("too-large", "网页中的" + name + "过大（连同合并单元格超过 "
                            + MAX_TABLE_CELLS + " 个单元格），为安全起见未读取。请确认网页是否正常，或提供 Word 原件。"));
                }
                rows.add(new FlatDocumentBuilder.SourceRow(cells, name + " 第" + (r + 1) + "行"));
                if (cells.stream().anyMatch(HtmlReader::figure)) {
                    figureRowWidths.put(r, g);
                }
            }
            out.table(rows, name, stacked != null ? stacked : raggedRows(figureRowWidths));
        }

        /**
         * A row of figures narrower than another: the page shows its figures from the left, under other
         * headers than the ones the flattened shape (figures at the right end) would give them, so which
         * column each belongs to cannot be told.
         */
        private static String raggedRows(Map<Integer, Integer> widths) {
            int widest = widths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
                if (e.getValue() < widest) {
                    return "第" + (e.getKey() + 1) + "行只有" + e.getValue() + "格，比其他有数字的行少" + (widest - e.getValue())
                            + "格，其中的数字对应哪一栏无法确定";
                }
            }
            return null;
        }

        /**
         * Grid columns that hold no text in any row, only empty single-column cells (a CMS page's spacer
         * column, or cells holding only "&amp;nbsp;" beside the table): the table has no such column, and
         * reading one would shift every value cell after it. A column a header names, or one under a
         * wider cell only, is kept.
         */
        private static Set<Integer> spacerColumns(List<Element> trs) {
            Map<Integer, Integer> empty = new HashMap<>();
            Set<Integer> used = new HashSet<>();
            Map<Integer, Integer> rowspanLeft = new HashMap<>();
            for (Element tr : trs) {
                int g = 0;
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    while (rowspanLeft.getOrDefault(g, 0) > 0) {
                        g++;
                    }
                    int colspan = span(td.attr("colspan"), 1000);
                    int rowspan = span(td.attr("rowspan"), trs.size());
                    boolean blank = cellText(td).replace('\u00a0', ' ').replace('\u3000', ' ').isBlank();
                    for (int k = 0; k < colspan && g + k < 10_000; k++) {
                        if (!blank && colspan == 1 || rowspan > 1) {
                            used.add(g + k);
                        }
                        if (blank && colspan == 1) {
                            empty.merge(g, 1, Integer::sum);
                        }
                        if (rowspan > 1) {
                            rowspanLeft.put(g + k, rowspan);
                        }
                    }
                    g += colspan;
                }
                rowspanLeft.replaceAll((k, v) -> v - 1);
            }
            Set<Integer> out = new HashSet<>();
            if (trs.size() >= 3) {
                empty.forEach((g, n) -> {
                    if (!used.contains(g) && n * 2 >= trs.size()) {
                        out.add(g);
                    }
                });
            }
            return out;
        }

        /** One empty cell per cell above whose rowspan covers the grid at column {@code g} (and on). */
        private static int emitCovered(Map<Integer, int[]> covered, int g, List<String> cells) {
            int[] c;
            while ((c = covered.get(g)) != null && c[0] > 0) {
                int id = c[1];
                cells.add("");
                while (covered.containsKey(g) && covered.get(g)[1] == id) {
                    g++;
                }
            }
            return g;
        }

        private static int span(String attr, int max) {
            try {
                int v = Integer.parseInt(attr.strip());
                return Math.max(1, Math.min(v, Math.max(1, max)));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** A table inside a cell: its cells' texts, separated by spaces. */
        private void nestedTable(Element table) {
            for (Element tr : rows(table)) {
                for (Element td : tr.children()) {
                    if (!buf.isEmpty() && buf.charAt(buf.length() - 1) != ' ') {
                        buf.append(' ');
                    }
                    buf.append(cellText(td));
                }
            }
        }

        /** A cell's text on one line: its paragraphs and line breaks joined without a separator. */
        private static String cellText(Element cell) {
            return cellLines(cell).replace("\n", "");
        }

        /** A cell's text, a line per paragraph or line break. */
        private static String cellLines(Element cell) {
            Walker w = new Walker(null);
            w.walk(cell);
            return w.buf.toString();
        }
    }
}
