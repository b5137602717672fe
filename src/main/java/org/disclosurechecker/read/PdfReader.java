package org.disclosurechecker.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.ReadNote;
import org.disclosurechecker.model.SourceFormat;
import org.disclosurechecker.model.Table;
import org.disclosurechecker.read.PdfPage.Glyph;
import org.disclosurechecker.read.PdfText.Line;

/**
 * Reads PDF reports with PDFBox from their text layer, in reading order: bordered tables rebuilt from
 * the ruling lines and the glyphs inside them (a table continued on the next page stays one table;
 * a repeated header row is dropped), the lines outside tables joined into paragraphs (a line that
 * reaches the right margin continues on the next unless that one is indented or further down than a
 * line step), page numbers in the margins dropped. A PDF without a text layer (a scan) cannot be
 * checked and says so. Tables without borders are rebuilt from where their figures stand
 * ({@link PdfColumns}) when the columns line up, else read as text lines and reported as unread; a
 * grid that does not fit its text is doubted (a TABLE_DOUBT note, see {@link PdfLattice.Grid#doubts}).
 * Limits: multi-column layouts are read line by line across the page.
 */
public final class PdfReader implements DocumentReader {

    static final String WHAT = "PDF 文件";
    static final int MAX_PAGES = 2000;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*(第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|[-—－]?\\s*\\d{1,4}\\s*[-—－]?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}|page\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?)\\s*$");

    /** A part heading ("四、政府信息公开行政复议…"): it ends a borderless table. */
    private static final Pattern PART_HEADING = Pattern.compile("[一二三四五六七八九十]{1,3}、");

    /** The start of a numbered label: "（四）", "四、", "2.", "3、". */
    private static final Pattern ENUMERATED = Pattern.compile(
            "\\s*([（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．])");

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    @Override
    public Document read(Path file, String displayPath, ReadOptions options) throws ReadException {
        FileBytes.checkSize(file, options);
        FileKind kind = FileKind.of(file);
        if (kind != FileKind.PDF) {
            throw kind.mismatch("pdf", WHAT);
        }
        return Guard.read(WHAT, () -> {
            PDDocument doc;
            try {
                doc = Loader.loadPDF(file.toFile(), "", MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache);
            } catch (InvalidPasswordException e) {
                throw new ReadException("encrypted", "文件已加密（设置了打开密码），无法读取。请取消密码、另存为未加密的 PDF，"
                        + "或提供可编辑版本（.docx 或 .txt）后再检查。", e);
            }
            try (doc) {
                if (doc.getNumberOfPages() > MAX_PAGES) {
                    throw new ReadException("too-large", "PDF 共 " + doc.getNumberOfPages() + " 页，超过 " + MAX_PAGES
                            + " 页的上限，未读取。年报通常只有几页到几十页，请确认文件是否正确。");
                }
                List<PdfPage> pages = PdfPage.read(doc);
                checkTextLayer(pages);
                FlatDocumentBuilder out = new FlatDocumentBuilder();
                Assembler assembler = new Assembler(out);
                assembler.assemble(pages);
                Document d = out.build(displayPath, SourceFormat.PDF, "PDF", List.of(), Map.of());
                return withUnsureTables(d, assembler.unsure);
            }
        });
    }

    /**
     * A TABLE_UNREAD note for each table whose grid was not drawn (rows rebuilt from the figures on text
     * lines): the checker reports it once (READ-TABLE) and holds none of its cells to the template.
     */
    private static Document withUnsureTables(Document d, Set<String> unsure) {
        if (unsure.isEmpty()) {
            return d;
        }
        List<ReadNote> notes = new ArrayList<>(d.notes());
        for (Table t : d.tables()) {
            if (unsure.contains(t.location().locator())) {
                String page = t.location().locator().replaceAll("\\s.*", "");
                notes.add(new ReadNote(UNREAD_NOTE, page + "的表格没有框线（或框线不全），只能按文字行读出各行的数字，未能可靠地逐格"
                        + "对应到表头：该表的行列和勾稽关系未检查，请人工核对，或提供 .docx、.txt 版本后重新检查。",
                        t.location().line()));
            }
        }
        return new Document(d.source(), d.format(), d.encoding(), d.lines(), d.blocks(), notes, d.metadata());
    }

    /** Same as TableExtractor.UNREAD_NOTE (the facts stage reads it; the reader does not depend on it). */
    static final String UNREAD_NOTE = "TABLE_UNREAD";
    /** Same as TableExtractor.REBUILT_NOTE. */
    static final String REBUILT_NOTE = "TABLE_REBUILT";
    /** A scan has no text; a PDF whose fonts lack Unicode maps gives only private-use or replacement characters. */
    private static void checkTextLayer(List<PdfPage> pages) throws ReadException {
        int visible = 0;
        int garbage = 0;
        for (PdfPage p : pages) {
            for (Glyph g : p.glyphs) {
                if (g.text().isBlank()) {
                    continue;
                }
                visible++;
                char c = g.text().charAt(0);
                if (c >= '\uE000' && c <= '\uF8FF' || c == '\uFFFD' || c < ' ') {
                    garbage++;
                }
            }
        }
        if (visible == 0) {
            throw new ReadException("no-text-layer", "PDF 没有文本层（可能是扫描件或图片），无法检查，请提供可编辑版本（.docx 或 .txt）。");
        }
        if (garbage * 10 > visible * 3) {
            throw new ReadException("no-text-layer", "PDF 中的文字无法正确提取（字体缺少编码信息），无法检查，"
                    + "请提供可编辑版本（.docx 或 .txt）。");
        }
    }

    /** Orders a document's lines and tables and makes paragraphs of the lines. */
    static final class Assembler {
        private final FlatDocumentBuilder out;
        private float left;
        private float right;
        private float pitch;

        Assembler(FlatDocumentBuilder out) {
            this.out = out;
        }

        private record Item(int page, float y, Line line, PdfLattice.Grid grid, boolean firstOnPage,
                            boolean lastOnPage) {
        }

        void assemble(List<PdfPage> pages) {
            List<Item> items = new ArrayList<>();
            List<List<Line>> linesByPage = new ArrayList<>();
            for (PdfPage p : pages) {
                List<PdfLattice.Grid> grids = p.rotated ? List.of() : PdfLattice.find(p.segments);
                gridCache.put(p, grids);
                List<Glyph> body = new ArrayList<>();
                for (Glyph g : p.glyphs) {
                    PdfLattice.Grid in = null;
                    for (PdfLattice.Grid grid : grids) {
                        if (grid.contains(g)) {
                            in = grid;
                            break;
                        }
                    }
                    if (in != null) {
                        in.add(g);
                    } else {
                        body.add(g);
                    }
                }
                linesByPage.add(PdfText.lines(p.number, body));
            }
            Set<String> furniture = runningHeads(pages, linesByPage);
            for (int i = 0; i < pages.size(); i++) {
                PdfPage p = pages.get(i);
                List<Item> pageItems = new ArrayList<>();
                for (Line l : linesByPage.get(i)) {
                    boolean margin = l.baseline() < p.height * 0.08f || l.baseline() > p.height * 0.92f;
                    if (margin && (PAGE_NUMBER.matcher(l.text()).matches() || furniture.contains(key(l.text())))) {
                        continue;
                    }
                    pageItems.add(new Item(p.number, l.baseline(), l, null, false, false));
                }
                for (PdfLattice.Grid g : gridsOf(p)) {
                    pageItems.add(new Item(p.number, g.top(), null, g, false, false));
                }
                pageItems.sort((a, b) -> Float.compare(a.y(), b.y()));
                for (int k = 0; k < pageItems.size(); k++) {
                    Item it = pageItems.get(k);
                    items.add(new Item(it.page(), it.y(), it.line(), it.grid(), k == 0, k == pageItems.size() - 1));
                }
            }
            measure(items);
            emit(items);
        }

        private final Map<PdfPage, List<PdfLattice.Grid>> gridCache = new HashMap<>();

        private List<PdfLattice.Grid> gridsOf(PdfPage p) {
            return gridCache.getOrDefault(p, List.of());
        }

        /** Text lines repeated in the top or bottom margin of most pages: running headers and footers. */
        private static Set<String> runningHeads(List<PdfPage> pages, List<List<Line>> lines) {
            if (pages.size() < 3) {
                return Set.of();
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                Set<String> onPage = new java.util.HashSet<>();
                for (Line l : lines.get(i)) {
                    float h = pages.get(i).height;
                    if (l.baseline() < h * 0.08f || l.baseline() > h * 0.92f) {
                        onPage.add(key(l.text()));
                    }
                }
                onPage.forEach(k -> seen.merge(k, 1, Integer::sum));
            }
            Set<String> out = new java.util.HashSet<>();
            seen.forEach((k, n) -> {
                if (n * 10 >= pages.size() * 6) {
                    out.add(k);
                }
            });
            return out;
        }

        /** A line's text with its digits taken out, so that "第1页" and "第2页" are the same running foot. */
        private static String key(String text) {
            return text.replaceAll("\\d+", "#").strip();
        }

        /** The text block's left and right edges and the usual line step, from the lines themselves. */
        private void measure(List<Item> items) {
            float minLeft = Float.MAX_VALUE;
            float maxRight = -Float.MAX_VALUE;
            for (Item it : items) {
                if (it.line() != null) {
                    minLeft = Math.min(minLeft, it.line().left());
                    maxRight = Math.max(maxRight, it.line().right());
                }
            }
            // the margins: where long lines start, and where most of them end (a line may overhang the
            // right margin by a comma or a few digits, so the most common right edge, not the largest)
            float width = maxRight - minLeft;
            left = Float.MAX_VALUE;
            Map<Integer, Integer> rights = new HashMap<>();
            for (Item it : items) {
                Line l = it.line();
                if (l != null && l.right() - l.left() >= width * 0.5f) {
                    left = Math.min(left, l.left());
                    rights.merge(Math.round(l.right()), 1, Integer::sum);
                }
            }
            if (left == Float.MAX_VALUE) {
                left = minLeft;
                right = maxRight;
            } else {
                int best = rights.entrySet().stream()
                        .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                                : Integer.compare(a.getValue(), b.getValue()))
                        .map(Map.Entry::getKey).orElse(Math.round(maxRight));
                right = best;
            }
            List<Float> steps = new ArrayList<>();
            Line prev = null;
            for (Item it : items) {
                Line l = it.line();
                if (l == null) {
                    prev = null;
                    continue;
                }
                if (prev != null && prev.page() == l.page()) {
                    float d = l.baseline() - prev.baseline();
                    if (d > 0 && d < 3 * l.fs()) {
                        steps.add(d);
                    }
                }
                prev = l;
            }
            steps.sort(Float::compare);
            pitch = steps.isEmpty() ? 0 : steps.get(steps.size() / 2);
        }

        private boolean continues(Item a, Item b) {
            Line x = a.line();
            Line y = b.line();
            if (Math.abs(x.fs() - y.fs()) > 0.6f) {
                return false;
            }
            // the line above ran to the right margin, or stopped short because the next word did not fit
            boolean full = x.right() >= right - 1.5f * x.fs() || y.firstWord() > right - x.right() + 0.5f * x.fs();
            boolean wide = x.left() <= left + 3f * x.fs();
            boolean flushLeft = y.left() <= left + 0.6f * y.fs();
            // a centred title that wraps: a full-width line, then a centred one (as far in from the left
            // as from the right: an indented first line of the next paragraph is not centred)
            boolean centred = Math.abs((y.left() + y.right()) / 2 - (left + right) / 2) < 2 * y.fs()
                    && Math.abs((y.left() - left) - (right - y.right())) < 1.2f * y.fs()
                    && Math.abs((x.left() + x.right()) / 2 - (left + right) / 2) < 2 * x.fs();
            if (!full || !wide || !(flushLeft || centred)) {
                return false;
            }
            if (x.page() == y.page()) {
                float d = y.baseline() - x.baseline();
                return d > 0 && (pitch == 0 || d <= pitch * 1.25f);
            }
            return y.page() == x.page() + 1 && a.lastOnPage() && b.firstOnPage();
        }

        /** What the reader doubts about a table's grid, by the table's number. */
        final Map<Integer, String> doubts = new java.util.TreeMap<>();

        /** Locators of the tables rebuilt from text lines (no ruling lines): read, but not with confidence. */
        final Set<String> unsure = new java.util.HashSet<>();

        /**
         * Lines from {@code i} on that read as rows of a table without borders: a label and figures apart,
         * with the short label lines between them (a wrapped label, a header line); none when fewer than
         * three rows have figures.
         */
        private static int spacedRun(List<Item> items, int i) {
            if (!spaced(items, i)) {
                return i;
            }
            int end = i + 1;
            int rows = 1;
            int j = i + 1;
            while (j < items.size() && items.get(j).line() != null) {
                if (spaced(items, j)) {
                    rows++;
                    end = ++j;
                    continue;
                }
                int k = j;
                while (k < items.size() && k - j < 4 && !spaced(items, k) && items.get(k).line() != null
                        && labelLine(items.get(k).line())) {
                    k++;
                }
                if (k == j || !spaced(items, k)) {
                    break;
                }
                j = k;
            }
            return rows >= 3 ? end : i;
        }

        private static boolean spaced(List<Item> items, int i) {
            return i < items.size() && items.get(i).line() != null
                    && FlattenedTextParser.spacedCells(items.get(i).line().text()) != null;
        }

        /** A short line of a label or a header inside a borderless table (not a part heading, not prose). */
        private static boolean labelLine(Line l) {
            String t = l.text().strip();
            return t.length() <= 60 && t.indexOf('。') < 0 && !PART_HEADING.matcher(t).lookingAt();
        }

        /**
         * A table without borders whose header starts at {@code idx}: its header lines, then rows of figures
         * that line up in columns under them ({@link PdfColumns}). When the columns are told with
         * confidence, its rows (read cell for cell) and where it ends; otherwise null (the lines are read
         * as before: paragraphs, and a table reported as unread).
         */
        private record Rebuilt(List<List<String>> rows, int end) {
        }

        private Rebuilt rebuiltTable(List<Item> items, int idx) {
            int k = idx;
            while (k < items.size() && k - idx < 6 && items.get(k).line() != null && !spaced(items, k)
                    && headerLine(items.get(k).line()) && items.get(k).page() == items.get(idx).page()) {
                k++;
            }
            if (k == idx || !spaced(items, k)) {
                return null;
            }
            int end = Math.max(spacedRun(items, k), k + 1);
            List<Line> header = new ArrayList<>();
            for (int i = idx; i < k; i++) {
                header.add(items.get(i).line());
            }
            List<Line> body = new ArrayList<>();
            for (int i = k; i < end; i++) {
                body.add(items.get(i).line());
            }
            List<List<String>> rows = PdfColumns.rebuild(header, body);
            return rows == null ? null : new Rebuilt(rows, end);
        }

        /** A line of a borderless table's header: no sentence, no numbered heading; short, or cells far apart. */
        private static boolean headerLine(Line l) {
            String t = l.text().strip();
            if (t.isEmpty() || t.indexOf('。') >= 0 || t.endsWith("：") || t.endsWith(":")
                    || PART_HEADING.matcher(t).lookingAt() || ENUMERATED.matcher(t).lookingAt()) {
                return false;
            }
            if (t.length() <= 16) {
                return true;
            }
            Glyph prev = null;
            for (Glyph g : l.glyphs()) {
                if (g.text().isBlank()) {
                    continue;
                }
                if (prev != null && g.x() - prev.right() > 2f * g.fs()) {
                    return true;
                }
                prev = g;
            }
            return false;
        }

        private void emit(List<Item> items) {
            StringBuilder para = new StringBuilder();
            int paraPage = 0;
            Item last = null;
            Item lastTable = null;
            for (int idx = 0; idx < items.size(); idx++) {
                Item it = items.get(idx);
                Rebuilt rebuilt = it.line() != null && !(last != null && last.line() != null && continues(last, it))
                        ? rebuiltTable(items, idx) : null;
                if (rebuilt != null) {
                    flush(para, paraPage);
                    flushTable();
                    tables++;
                    String at = "第" + it.page() + "页 表" + tables;
                    List<FlatDocumentBuilder.SourceRow> src = new ArrayList<>();
                    for (int r = 0; r < rebuilt.rows().size(); r++) {
                        src.add(new FlatDocumentBuilder.SourceRow(rebuilt.rows().get(r), at + " 第" + (r + 1) + "行"));
                    }
                    out.table(src, at, null, REBUILT_NOTE);
                    idx = rebuilt.end() - 1;
                    last = null;
                    lastTable = null;
                    continue;
                }
                int end = it.line() != null ? spacedRun(items, idx) : idx;
                if (end > idx) {
                    // a borderless table: each line a row, cells where the figures stand apart
                    flush(para, paraPage);
                    flushTable();
                    tables++;
                    String locator = "第" + it.page() + "页 表" + tables;
                    List<FlatDocumentBuilder.SourceRow> src = new ArrayList<>();
                    for (int k = idx; k < end; k++) {
                        Line l = items.get(k).line();
                        List<String> cells = FlattenedTextParser.spacedCells(l.text());
                        src.add(new FlatDocumentBuilder.SourceRow(cells != null ? cells : List.of(l.text().strip()),
                                "第" + l.page() + "页 表" + tables + " 第" + (k - idx + 1) + "行"));
                    }
                    out.table(src, locator);
                    unsure.add(locator);
                    last = null;
                    lastTable = null;
                    idx = end - 1;
                    continue;
                }
                if (it.grid() != null) {
                    flush(para, paraPage);
                    boolean continued = lastTable != null && last == lastTable && lastTable.lastOnPage()
                            && it.firstOnPage() && it.page() == lastTable.page() + 1;
                    if (!continued) {
                        flushTable();
                        tables++;
                    }
                    addFragment(it.grid().flattened(), it.page(), continued);
                    for (String why : it.grid().doubts) {
                        doubts.merge(tables, "第" + it.page() + "页" + why, (a, b) -> a.contains(b) ? a : a + "；" + b);
                    }
                    last = it;
                    lastTable = it;
                    continue;
                }
                flushTable();
                if (last != null && last.line() != null && continues(last, it)) {
                    para.append(PdfText.joinWrapped(para.toString(), it.line().text()));
                } else {
                    flush(para, paraPage);
                    para.append(it.line().text());
                    paraPage = it.page();
                }
                last = it;
            }
            flush(para, paraPage);
            flushTable();
        }

        // the table being read, kept until it ends so that a row split over a page break can be rejoined
        private int tables;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> rowPages = new ArrayList<>();
        private List<PdfLattice.Grid.FlatRow> head;
        private PdfLattice.Grid.FlatRow lastRow;

        private void addFragment(List<PdfLattice.Grid.FlatRow> fragment, int page, boolean continued) {
            List<PdfLattice.Grid.FlatRow> frag = fragment;
            if (!continued) {
                head = frag;
            } else {
                frag = dropRepeatedHead(frag, head);
                if (!frag.isEmpty() && lastRow != null && isSplitRow(lastRow, frag.get(0))) {
                    // the row broke over the page: its second part continues its cells
                    List<String> joined = new ArrayList<>(rows.get(rows.size() - 1));
                    for (int i = 0; i < joined.size(); i++) {
                        joined.set(i, joined.get(i) + PdfText.joinWrapped(joined.get(i), frag.get(0).cells().get(i)));
                    }
                    rows.set(rows.size() - 1, joined);
                    frag = frag.subList(1, frag.size());
                } else if (!frag.isEmpty() && lastRow != null) {
                    frag = carryCutLabels(frag);
                }
            }
            for (PdfLattice.Grid.FlatRow r : frag) {
                rows.add(r.cells());
                rowPages.add("第" + page + "页");
                lastRow = r;
            }
        }

        /**
         * A merged label cell cut by the page break ("（四）无" at the foot of one page, "法提供" at the top
         * of the next, beside the numbers of the next row): the cut-off text goes back to the cell it
         * continues. Only text that ran to its cell's edge before the break and that does not itself start
         * a numbered label, and that is merged down over further rows on the new page, is taken as cut.
         */
        private List<PdfLattice.Grid.FlatRow> carryCutLabels(List<PdfLattice.Grid.FlatRow> frag) {
            PdfLattice.Grid.FlatRow after = frag.get(0);
            List<String> before = rows.get(rows.size() - 1);
            if (before.size() != after.cells().size()) {
                return frag;
            }
            List<String> joined = new ArrayList<>(before);
            List<String> rest = new ArrayList<>(after.cells());
            boolean moved = false;
            for (int i = 0; i < rest.size(); i++) {
                String t = rest.get(i);
                if (!t.isEmpty() && !joined.get(i).isEmpty() && lastRow.wrapped().get(i) && after.tall().get(i)
                        && !t.matches("[-+]?\\d[\\d,.]*%?") && !ENUMERATED.matcher(t).lookingAt()) {
                    joined.set(i, joined.get(i) + PdfText.joinWrapped(joined.get(i), t));
                    rest.set(i, "");
                    moved = true;
                }
            }
            if (!moved) {
                return frag;
            }
            rows.set(rows.size() - 1, joined);
            List<PdfLattice.Grid.FlatRow> out = new ArrayList<>(frag);
            out.set(0, new PdfLattice.Grid.FlatRow(rest, after.wrapped(), after.tall()));
            return out;
        }

        private void flushTable() {
            if (rows.isEmpty()) {
                return;
            }
            List<FlatDocumentBuilder.SourceRow> src = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                src.add(new FlatDocumentBuilder.SourceRow(rows.get(i), rowPages.get(i) + " 表" + tables + " 第" + (i + 1) + "行"));
            }
            out.table(src, rowPages.get(0) + " 表" + tables, doubts.get(tables));
            rows.clear();
            rowPages.clear();
            head = null;
            lastRow = null;
        }

        /**
         * The first row on a new page is the rest of the last row on the previous one when it has the same
         * cells, holds text only where the previous row's text ran to the cell's edge, and has no number.
         */
        static boolean isSplitRow(PdfLattice.Grid.FlatRow before, PdfLattice.Grid.FlatRow after) {
            if (before.cells().size() != after.cells().size()) {
                return false;
            }
            boolean any = false;
            for (int i = 0; i < after.cells().size(); i++) {
                String t = after.cells().get(i);
                if (t.isEmpty()) {
                    continue;
                }
                any = true;
                if (before.cells().get(i).isEmpty() || !before.wrapped().get(i) || t.matches("[-+]?\\d[\\d,.]*%?")) {
                    return false;
                }
            }
            return any;
        }

        private void flush(StringBuilder para, int page) {
            if (!para.isEmpty()) {
                out.paragraph(para.toString(), "第" + page + "页", false);
                para.setLength(0);
            }
        }

        /** The rows a table repeats at the top of each page (Word's "repeat header rows") are read once. */
        private static List<PdfLattice.Grid.FlatRow> dropRepeatedHead(List<PdfLattice.Grid.FlatRow> rows,
                                                                      List<PdfLattice.Grid.FlatRow> head) {
            if (head == null) {
                return rows;
            }
            int k = 0;
            while (k < rows.size() - 1 && k < head.size() && k < 4 && rows.get(k).cells().equals(head.get(k).cells())
                    && rows.get(k).cells().stream().anyMatch(s -> !s.isEmpty())) {
                k++;
            }
            return rows.subList(k, rows.size());
        }
    }
}
