package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.ReadNote;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.SourceFormat;
import org.disclosurechecker.model.Table;
import org.disclosurechecker.read.PdfPage.Glyph;
import org.disclosurechecker.read.PdfPage.Segment;

/** The PDF reader: tables from ruling lines, paragraphs from wrapped lines, page furniture dropped. */
class PdfReaderTest {

    static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void tableThreeFromRulingLinesAcrossAPageBreak() throws ReadException {
        Document txt = FormatFixtures.read("g3-county-government-2025", "txt");
        Document pdf = FormatFixtures.read("g3-county-government-2025", "pdf");
        assertEquals(SourceFormat.PDF, pdf.format());
        Table t3 = pdf.tables().get(1);
        assertEquals(txt.tables().get(1).rows().stream().map(PdfReaderTest::texts).toList(),
                t3.rows().stream().map(PdfReaderTest::texts).toList());
        assertEquals(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""), texts(t3.rows().get(2)));
        String first = t3.rows().get(0).cell(0).location().locator();
        String last = t3.rows().get(t3.rows().size() - 1).cell(7).location().locator();
        assertTrue(first.matches("第\\d+页 表2 第1行 第1列"), first);
        assertTrue(last.matches("第\\d+页 表2 第\\d+行 第8列"), last);
        assertTrue(!first.substring(0, 3).equals(last.substring(0, 3)), "the table runs over a page break: " + first + " / " + last);
        Paragraph p = pdf.paragraphs().get(3);
        assertTrue(p.location().locator().matches("第\\d+页"), p.location().locator());
        assertEquals(p.text(), pdf.line(p.location().line()));
    }

    /** Printed without "keep rows together", a row of table 三 breaks over a page: it is read as one row. */
    /** WPS leaves out a table's bottom border where it breaks over a page: the vertical lines still close the last row. */
    @Test
    void aGridWithoutItsBottomBorderKeepsItsLastRow() {
        List<Segment> segments = List.of(
                new Segment(true, 100, 50, 250), new Segment(true, 120, 50, 250),
                new Segment(false, 50, 100, 141), new Segment(false, 150, 100, 141), new Segment(false, 250, 100, 141));
        List<PdfLattice.Grid> grids = PdfLattice.find(segments);
        assertEquals(1, grids.size());
        assertEquals(2, grids.get(0).rows, "the row below the last horizontal line is a row");
        assertEquals(141f, grids.get(0).bottom(), 0.01f);
        // lines that merely overhang the last border by a few points (line caps) make no row
        List<Segment> overhang = List.of(
                new Segment(true, 100, 50, 250), new Segment(true, 120, 50, 250),
                new Segment(false, 50, 99, 123), new Segment(false, 250, 99, 123));
        assertEquals(1, PdfLattice.find(overhang).get(0).rows);
    }

    /**
     * Tables printed without any border, their figures lined up in columns: rebuilt from where the figures
     * stand under the header lines, and read as the .txt reads them (the same findings, every figure of
     * table 三 in its row and column).
     */
    @Test
    void aBorderlessTableIsRebuiltFromWhereItsFiguresStand() throws Exception {
        Path pdf = TestSupport.RESOURCES.resolve("read/g3-county-government-2025-borderless.pdf");
        Path txt = TestSupport.RESOURCES.resolve("drafts/clean/g3-county-government-2025.txt");
        assertEquals(FormatFixtures.ruleCounts(TestSupport.check(txt)), FormatFixtures.ruleCounts(TestSupport.check(pdf)));
        Document d = Readers.standard().read(pdf, pdf.toString(), ReadOptions.defaults());
        Document t = Readers.standard().read(txt, txt.toString(), ReadOptions.defaults());
        assertEquals(figureRows(t.tables().get(1)), figureRows(d.tables().get(1)));
        assertEquals(figureRows(t.tables().get(2)), figureRows(d.tables().get(2)));
        // tables 二, 三 and 四 (one row of figures) rebuilt; none doubted or unread
        assertEquals(List.of("TABLE_REBUILT", "TABLE_REBUILT", "TABLE_REBUILT"),
                d.notes().stream().map(ReadNote::kind).toList());
    }

    /** Each row that has figures: its last label and its figures, in order. */
    private static List<List<String>> figureRows(Table t) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : t.rows()) {
            List<String> cells = texts(r);
            int k = cells.size();
            while (k > 0 && (cells.get(k - 1).matches("[\\d.]+") || cells.get(k - 1).isEmpty())) {
                k--;
            }
            if (k > 0 && cells.subList(k, cells.size()).stream().anyMatch(c -> !c.isEmpty())) {
                List<String> row = new ArrayList<>(List.of(cells.get(k - 1)));
                row.addAll(cells.subList(k, cells.size()));
                out.add(row);
            }
        }
        return out;
    }

    /** One text line of glyphs at baseline y (several runs, each from its x). */
    private static PdfText.Line textLine(float y, Object... runs) {
        List<Glyph> g = new ArrayList<>();
        for (int i = 0; i < runs.length; i += 2) {
            g.addAll(line((String) runs[i + 1], ((Number) runs[i]).floatValue(), y));
        }
        return PdfText.lines(1, g).get(0);
    }

    /** The columns of a table without borders are trusted only when the figures fit them. */
    @Test
    void borderlessColumnsAreTrustedOnlyWhenTheFiguresFit() {
        List<PdfText.Line> header = List.of(textLine(100, 200, "自然人", 260, "法人", 320, "总计"));
        List<PdfText.Line> body = List.of(
                textLine(120, 50, "一、本年新收", 205, "3", 262, "10", 325, "13"),
                textLine(140, 50, "二、上年结转", 205, "0", 262, "1", 325, "1"));
        assertEquals(List.of(List.of("", "自然人", "法人", "总计"), List.of("一、本年新收", "3", "10", "13"),
                List.of("二、上年结转", "0", "1", "1")), PdfColumns.rebuild(header, body));
        // a blank cell stays in its column
        List<PdfText.Line> blank = List.of(body.get(0), textLine(140, 50, "二、上年结转", 205, "0", 325, "1"));
        assertEquals(List.of("二、上年结转", "0", "", "1"), PdfColumns.rebuild(header, blank).get(2));
        // figures of a row not under each other: a figure between two columns makes a column no header names
        List<PdfText.Line> shifted = List.of(body.get(0), textLine(140, 50, "二、上年结转", 205, "0", 290, "1", 325, "1"));
        assertEquals(null, PdfColumns.rebuild(header, shifted));
        // text among the figures
        List<PdfText.Line> text = List.of(body.get(0), textLine(140, 50, "二、上年结转", 205, "0", 262, "无", 325, "1"));
        assertEquals(null, PdfColumns.rebuild(header, text));
        // no header over the figures
        assertEquals(null, PdfColumns.rebuild(List.of(textLine(100, 50, "单位：件")), body));
    }

    /** Tables printed without any border whose figures do not line up: reported once each, nothing checked on them. */
    @Test
    void aBorderlessTableIsReportedOnceAndNothingIsCheckedOnIt() {
        Path pdf = TestSupport.RESOURCES.resolve("rules/READ-TABLE/fail-borderless-ragged.pdf");
        ReportResult r = TestSupport.check(pdf);
        List<String> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.message()).toList();
        assertEquals(List.of(), errors);
        assertEquals(2, r.findings().stream().filter(f -> f.ruleId().equals("READ-TABLE")).count());
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("TABLE-") || f.ruleId().startsWith("CELL-")
                || f.ruleId().endsWith("-MISMATCH")), () -> r.findings().toString());
    }

    /**
     * Table 四 with its row of figures drawn without the ruling line above it (each figure in the header
     * cell above it): the grid read has no data row. The reader doubts the grid, so the table is reported
     * once as not read cell for cell, and nothing is an ERROR.
     */
    @Test
    void aDoubtedTableFourGivesOneReadingFindingAndNoError() {
        ReportResult r = TestSupport.check(TestSupport.RESOURCES.resolve("rules/READ-TABLE/fail-t4-open-row.pdf"));
        assertEquals(List.of(), errors(r));
        assertEquals(List.of("READ-TABLE/WARNING"), findingsOn(r, "四、政府信息公开行政复议"), () -> r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("READ-TABLE") && f.message().contains("结果")),
                "the reading finding shows the doubtful cell");
    }

    /**
     * Table 三 with rows （一） and （二） in one box per column: the header maps, one row cannot be told. The
     * row is one warning beside the reading finding; no figure of the table is checked, nothing is an ERROR.
     */
    @Test
    void aDoubtedTableThreeGivesAShapeWarningAndNoError() {
        ReportResult r = TestSupport.check(TestSupport.RESOURCES.resolve("rules/TABLE-SHAPE/fail-t3-open-row.pdf"));
        assertEquals(List.of(), errors(r));
        assertEquals(List.of("READ-TABLE/WARNING", "TABLE-SHAPE/WARNING"), findingsOn(r, "三、收到和处理政府信息公开申请情况"),
                () -> r.findings().toString());
    }

    private static List<String> errors(ReportResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId() + " " + f.message())
                .toList();
    }

    private static List<String> findingsOn(ReportResult r, String table) {
        return r.findings().stream().filter(f -> f.message().contains(table)).map(f -> f.ruleId() + "/" + f.severity())
                .sorted().toList();
    }

    /** A cell holding a label above a figure, or two figures, and text across a border make a grid doubtful. */
    @Test
    void gridDoubts() {
        float[] xs = {50, 150, 200, 240};
        float[] ys = {100, 140};
        PdfLattice.Grid clean = PdfLattice.find(grid(xs, ys)).get(0);
        line("（一）予以公开", 55, 115).forEach(clean::add);
        line("3", 170, 115).forEach(clean::add);
        line("1234", 202, 115).forEach(clean::add); // fills its narrow cell,
        line("5", 202, 128).forEach(clean::add); // wraps: one figure broken over two lines
        clean.flattened();
        assertEquals(List.of(), clean.doubts);

        PdfLattice.Grid stacked = PdfLattice.find(grid(xs, ys)).get(0);
        line("（一）予以公开", 55, 115).forEach(stacked::add);
        line("（二）部分公开", 55, 130).forEach(stacked::add);
        line("3", 170, 115).forEach(stacked::add);
        line("5", 170, 130).forEach(stacked::add);
        stacked.flattened();
        assertEquals(1, stacked.doubts.size(), stacked.doubts::toString);

        PdfLattice.Grid labelled = PdfLattice.find(grid(xs, ys)).get(0);
        line("总计", 160, 115).forEach(labelled::add);
        line("3", 170, 130).forEach(labelled::add);
        labelled.flattened();
        assertTrue(labelled.doubts.get(0).contains("总计 3"), labelled.doubts::toString);

        PdfLattice.Grid across = PdfLattice.find(grid(xs, ys)).get(0);
        line("本年新收申请数量", 85, 115).forEach(across::add); // a glyph drawn across the border at 150
        assertEquals(1, across.doubts.size(), across.doubts::toString);
    }

    /**
     * Table 三 printed with its header rows repeated at the top of the next page (Writer's repeating
     * heading, Word's "repeat as header row"): the page shows the header twice, the table reads it once,
     * exactly as the .txt (FormatEqualityTest checks every block and finding).
     */
    @Test
    void aHeaderRepeatedOnTheNextPageIsReadOnce() throws Exception {
        Path pdf = FormatFixtures.file("g3-county-government-2025-repeated-header", "pdf");
        int headers = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PdfPage p : PdfPage.read(doc)) {
                String text = PdfText.lines(p.number, p.glyphs).stream().map(PdfText.Line::text)
                        .reduce("", String::concat);
                headers += text.contains("申请人情况") ? 1 : 0;
            }
        }
        assertEquals(2, headers, "the fixture prints table 三's header on two pages");
        Document d = FormatFixtures.read("g3-county-government-2025-repeated-header", "pdf");
        Document txt = FormatFixtures.read("g3-county-government-2025-repeated-header", "txt");
        assertEquals(FormatFixtures.tables(txt), FormatFixtures.tables(d));
        long heads = d.tables().get(1).rows().stream().filter(r -> texts(r).contains("申请人情况")).count();
        assertEquals(1, heads);
    }

    @Test
    void aRowSplitOverAPageBreakIsOneRow() throws Exception {
        Path pdf = FormatFixtures.file("g3-county-government-2025-rowsplit", "pdf");
        int splits = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PdfPage> pages = PdfPage.read(doc);
            for (int i = 0; i + 1 < pages.size(); i++) {
                List<PdfLattice.Grid> here = PdfLattice.find(pages.get(i).segments);
                List<PdfLattice.Grid> next = PdfLattice.find(pages.get(i + 1).segments);
                if (here.isEmpty() || next.isEmpty()) {
                    continue;
                }
                PdfLattice.Grid a = here.get(here.size() - 1);
                PdfLattice.Grid b = next.get(0);
                pages.get(i).glyphs.stream().filter(a::contains).forEach(a::add);
                pages.get(i + 1).glyphs.stream().filter(b::contains).forEach(b::add);
                List<PdfLattice.Grid.FlatRow> ra = a.flattened();
                if (PdfReader.Assembler.isSplitRow(ra.get(ra.size() - 1), b.flattened().get(0))) {
                    splits++;
                }
            }
        }
        assertEquals(1, splits, "the fixture has one row broken over a page");
        Document d = FormatFixtures.read("g3-county-government-2025-rowsplit", "pdf");
        Document txt = FormatFixtures.read("g3-county-government-2025-rowsplit", "txt");
        assertEquals(FormatFixtures.tables(txt), FormatFixtures.tables(d));
    }

    // ------------------------------------------------------------------------------------------
    // synthetic pages: glyphs and lines placed by hand

    private static final float FS = 10f;

    /** Glyphs of a line of text from x at baseline y: Chinese a full em wide, Latin and digits half. */
    static List<Glyph> line(String text, float x, float y) {
        List<Glyph> out = new ArrayList<>();
        float at = x;
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            float w = PdfText.wide(c) ? FS : FS / 2;
            out.add(new Glyph(c, at, y, w, FS));
            at += w;
        }
        return out;
    }

    /** Ruling lines of a grid with all borders at the given positions. */
    static List<Segment> grid(float[] xs, float[] ys) {
        List<Segment> s = new ArrayList<>();
        for (float y : ys) {
            s.add(new Segment(true, y, xs[0], xs[xs.length - 1]));
        }
        for (float x : xs) {
            s.add(new Segment(false, x, ys[0], ys[ys.length - 1]));
        }
        return s;
    }

    static PdfPage page(int n) {
        return new PdfPage(n, 595, 842);
    }

    @Test
    void paragraphsTablesAndPageFurniture() throws ReadException {
        PdfPage p1 = page(1);
        // a centred title, an indented paragraph over three lines (the second stops short: the e-mail
        // address did not fit), a heading, a page number at the foot
        p1.glyphs.addAll(line("某某县人民政府2025年政府信息公开工作年度报告", 140, 80));
        p1.glyphs.addAll(line("本报告根据《中华人民共和国政府信息公开条例》编制，全文共分六个部分，数据", 80, 110)); // 36 em: right 440, the margin
        p1.glyphs.addAll(line("统计期限自2025年1月1日起至2025年12月31日止。如有疑问请发邮件至", 60, 125));
        p1.glyphs.addAll(line("ask-the-office@example.gov.cn。", 60, 140));
        p1.glyphs.addAll(line("一、总体情况", 80, 170));
        p1.glyphs.addAll(line("- 1 -", 290, 800));
        // a table: header row and two rows; a merged label over the two rows
        float[] xs = {60, 200, 300, 400};
        float[] ys = {600, 620, 640, 660};
        p1.segments.addAll(grid(xs, ys));
        p1.segments.removeIf(s -> s.horizontal() && s.pos() == 640); // no line between rows 2 and 3 ...
        p1.segments.add(new Segment(true, 640, 200, 400)); // ... except right of the merged label
        p1.glyphs.addAll(line("项目", 65, 615));
        p1.glyphs.addAll(line("数量", 205, 615));
        p1.glyphs.addAll(line("金额", 305, 615));
        p1.glyphs.addAll(line("收费", 65, 635));
        p1.glyphs.addAll(line("3", 205, 635));
        p1.glyphs.addAll(line("1.5", 305, 635));
        p1.glyphs.addAll(line("2", 205, 655));
        p1.glyphs.addAll(line("0.5", 305, 655));

        // page 2: the table goes on under its repeated header row, then a paragraph
        PdfPage p2 = page(2);
        p2.segments.addAll(grid(xs, new float[] {60, 80, 100}));
        p2.glyphs.addAll(line("项目", 65, 75));
        p2.glyphs.addAll(line("数量", 205, 75));
        p2.glyphs.addAll(line("金额", 305, 75));
        p2.glyphs.addAll(line("减免", 65, 95));
        p2.glyphs.addAll(line("0", 205, 95));
        p2.glyphs.addAll(line("0", 305, 95));
        p2.glyphs.addAll(line("某某县人民政府", 330, 140));
        p2.glyphs.addAll(line("2026年3月18日", 340, 155));
        p2.glyphs.addAll(line("第2页", 285, 810));

        FlatDocumentBuilder out = new FlatDocumentBuilder();
        new PdfReader.Assembler(out).assemble(List.of(p1, p2));
        Document d = out.build("x.pdf", SourceFormat.PDF, "PDF", List.of(), java.util.Map.of());

        assertEquals(List.of(
                "某某县人民政府2025年政府信息公开工作年度报告",
                "本报告根据《中华人民共和国政府信息公开条例》编制，全文共分六个部分，数据统计期限自2025年1月1日起至2025年12月31日止。"
                        + "如有疑问请发邮件至ask-the-office@example.gov.cn。",
                "一、总体情况",
                "某某县人民政府",
                "2026年3月18日"), d.paragraphs().stream().map(Paragraph::text).toList(),
                "wrapped lines joined (also the one that stopped short before an unbreakable address), page numbers gone");
        assertEquals(1, d.tables().size(), "the table continued on page 2 is one table");
        Table t = d.tables().get(0);
        assertEquals(List.of(List.of("项目", "数量", "金额"), List.of("收费", "3", "1.5"), List.of("", "2", "0.5"),
                List.of("减免", "0", "0")), t.rows().stream().map(PdfReaderTest::texts).toList(),
                "the merged label once, an empty cell under it, the repeated header row read once");
        assertEquals("第1页 表1 第3行 第1列", t.rows().get(2).cell(0).location().locator());
        assertEquals("第2页 表1 第4行 第2列", t.rows().get(3).cell(1).location().locator());
        assertEquals("第2页", d.paragraphs().get(3).location().locator());
    }

    /** Glyphs of a line with {@code spread} points added after every character (a justified line). */
    static List<Glyph> spread(String text, float x, float y, float spread) {
        List<Glyph> out = new ArrayList<>();
        float at = x;
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            float w = PdfText.wide(c) ? FS : FS / 2;
            if (!c.equals(" ")) {
                out.add(new Glyph(c, at, y, w, FS));
            }
            at += w + (PdfText.wide(c) || i + 1 < text.length() && PdfText.wide(text.substring(i + 1, i + 2)) ? spread : 0);
        }
        return out;
    }

    /**
     * WPS justifies a short line letter by letter: the same gap of a quarter em after every Chinese
     * character is letter spacing, not a space, so "邮 编 ：" reads "邮编："; a gap wider by a space, Latin
     * words and the cells of a table without borders keep their spaces.
     */
    @Test
    void letterSpacedLinesAreJoined() {
        assertEquals("地址：洪泽区东风路1号，邮编：223100，电话：0517-87222589",
                PdfText.join(spread("地址：洪泽区东风路1号，邮编：223100，电话：0517-87222589", 0, 10, 2.3f)));
        // a real space in a spread line: the gap is wider than the letter spacing by a space
        List<Glyph> g = new ArrayList<>(spread("联系电话：", 0, 10, 2.3f));
        g.addAll(spread("办公室工作时间", 60 + 2.3f + 6f, 10, 2.3f));
        assertEquals("联系电话： 办公室工作时间", PdfText.join(g));
        // Latin words in a spread line stay apart
        List<Glyph> w = new ArrayList<>(spread("网址为政府门户网站", 0, 10, 2.3f));
        w.addAll(line("Hongze", 90 + 2.3f + 4f, 10));
        w.addAll(line("gov", 90 + 2.3f + 4f + 33f, 10));
        assertTrue(PdfText.join(w).endsWith("Hongze gov"), PdfText.join(w));
        // a row of a table without borders: characters of a cell close together, cells far apart
        List<Glyph> row = new ArrayList<>(line("行政规范性文件", 0, 10));
        row.addAll(line("7", 120, 10));
        row.addAll(line("3", 160, 10));
        row.addAll(line("46", 200, 10));
        assertEquals("行政规范性文件 7 3 46", PdfText.join(row));
        assertEquals(0f, PdfText.letterSpacing(row));
        // ordinary Chinese text set tight has no letter spacing
        assertEquals(0f, PdfText.letterSpacing(line("本年度未发生因政府信息公开工作引发的责任追究情况", 0, 10)));
    }

    @Test
    void spacesFromGaps() {
        List<Glyph> g = new ArrayList<>(line("Annual", 0, 10));
        g.addAll(line("report", 33, 10)); // a 3 pt gap after 30 pt of "Annual": a space
        g.addAll(line("2025", 66, 10));
        g.addAll(line("年", 88, 10)); // 2 pt autospacing between a digit and a Chinese character: no space
        assertEquals("Annual report 2025年", PdfText.join(g));
    }
}
