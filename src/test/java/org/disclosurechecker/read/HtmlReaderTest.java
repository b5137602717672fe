package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.ReadNote;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.Table;

/** The web-page reader: the article out of a CMS page, charsets, rowspan/colspan, the page's date. */
class HtmlReaderTest {

    static Document read(Path p) throws ReadException {
        return new HtmlReader().read(p, p.getFileName().toString(), ReadOptions.defaults());
    }

    static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void gbkCmsPageGivesTheArticleOnly() throws ReadException {
        Document d = read(FormatFixtures.file("g3-town-government-2024", "html"));
        assertEquals("GB18030", d.encoding(), "charset=gbk from the meta tag, read as its superset");
        assertEquals("2025-01-21", d.metadata().get(Document.META_PUBLISHED_DATE), "the PubDate meta");
        assertEquals("南屏县枫坪镇人民政府2024年政府信息公开工作年度报告", d.paragraphs().get(0).text(),
                "the title, which sits above the article body, comes first");
        for (String nav : List.of("首页", "无障碍", "当前位置", "发布日期", "浏览次数", "友情链接", "网站标识码", "打印本页",
                "相关链接", "政府信息公开指南")) {
            assertTrue(d.lines().stream().noneMatch(l -> l.contains(nav)), nav + " is page furniture, not the report");
        }
        Paragraph last = d.paragraphs().get(d.paragraphs().size() - 1);
        assertEquals("2025年1月21日", last.text());
        assertTrue(last.location().locator().matches("第\\d+段"));
    }

    @Test
    void oldTableLayoutPageWithoutCharsetAndWithADateInTheText() throws ReadException, IOException {
        Path p = FormatFixtures.file("g1-county-department-2017", "html");
        assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains("charset"));
        Document d = read(p);
        assertEquals("GB18030", d.encoding(), "no charset declared: not UTF-8, so GB18030");
        assertEquals("2018-03-16", d.metadata().get(Document.META_PUBLISHED_DATE), "from 发布日期：2018-03-16 in a cell");
        assertEquals("梓川县交通运输局2017年政府信息公开工作年度报告", d.paragraphs().get(0).text());
        assertTrue(d.lines().stream().noneMatch(l -> l.contains("版权所有") || l.contains("信息来源")));
        assertEquals(1, d.tables().size(), "the layout tables are not report tables");
    }

    @Test
    void rowspanAndColspanInTheFlattenedShape() throws ReadException {
        Document d = read(FormatFixtures.file("g3-county-government-2025", "html"));
        Table t3 = d.tables().get(1);
        assertEquals(List.of("", "自然人", "法人或其他组织", "总计"), texts(t3.rows().get(1)));
        assertEquals(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""), texts(t3.rows().get(2)),
                "the corner cell (rowspan 3, colspan 3) and 自然人/总计 (rowspan 2) continue as one empty cell each");
        assertEquals(List.of("", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"), texts(t3.rows().get(8)));
        assertEquals("表2 第9行 第3列", t3.rows().get(8).cell(2).location().locator());
        assertEquals("\t2.其他法律行政法规禁止公开", d.line(t3.rows().get(8).cell(2).location().line()));
    }

    private static Document readHtml(Path dir, String html, Charset cs) throws IOException, ReadException {
        Path p = dir.resolve("page.html");
        Files.write(p, html.getBytes(cs));
        return read(p);
    }

    @Test
    void gridWithSpansEverywhere(@TempDir Path dir) throws Exception {
        String html = """
                <html><head><meta charset="utf-8"><title>测试</title></head><body>
                <div id="content"><p>某某县人民政府2025年政府信息公开工作年度报告</p>
                <table border="1">
                <tr><td rowspan="2">甲</td><td colspan="2">乙</td><td rowspan="3">丙</td></tr>
                <tr><td>一</td><td>二</td></tr>
                <tr><td colspan="2">三</td><td>四</td></tr>
                <tr><td>五</td><td>六</td><td rowspan="0">七</td><td>八</td></tr>
                <tr><td>九</td><td>十</td><td>十一</td></tr>
                </table><p>正文第二段。</p></div></body></html>""";
        Document d = readHtml(dir, html, StandardCharsets.UTF_8);
        Table t = d.tables().get(0);
        assertEquals(List.of("甲", "乙", "丙"), texts(t.rows().get(0)));
        assertEquals(List.of("", "一", "二", ""), texts(t.rows().get(1)));
        assertEquals(List.of("三", "四", ""), texts(t.rows().get(2)), "a cell covered after the row's last cell");
        assertEquals(List.of("五", "六", "七", "八"), texts(t.rows().get(3)));
        assertEquals(List.of("九", "十", "", "十一"), texts(t.rows().get(4)), "rowspan=0 runs to the end");
    }

    /** CMS pages pad tables with empty spacer columns (cells holding only &nbsp;): the table has no such column. */
    @Test
    void emptySpacerColumnsAreNoColumns(@TempDir Path dir) throws Exception {
        String html = """
                <html><head><meta charset="utf-8"><title>测试</title></head><body>
                <div id="content"><p>某某县人民政府2025年政府信息公开工作年度报告</p>
                <table border="1">
                <tr><td>&nbsp;</td><td colspan="2" rowspan="2">（注）</td><td colspan="3">申请人情况</td><td>&nbsp;</td></tr>
                <tr><td>&nbsp;</td><td>自然人</td><td>法人</td><td>总计</td><td>&nbsp;</td></tr>
                <tr><td>&nbsp;</td><td colspan="2">一、本年新收</td><td>3</td><td>&nbsp;</td><td>3</td><td>&nbsp;</td></tr>
                <tr><td>&nbsp;</td><td rowspan="2">三、结果</td><td>（一）予以公开</td><td>2</td><td>0</td><td>2</td><td>&nbsp;</td></tr>
                <tr><td>&nbsp;</td><td>（二）部分公开</td><td>1</td><td>0</td><td>1</td><td>&nbsp;</td></tr>
                </table><p>正文第二段。</p></div></body></html>""";
        Table t = readHtml(dir, html, StandardCharsets.UTF_8).tables().get(0);
        assertEquals(List.of("（注）", "申请人情况"), texts(t.rows().get(0)));
        assertEquals(List.of("", "自然人", "法人", "总计"), texts(t.rows().get(1)));
        assertEquals(List.of("一、本年新收", "3", "", "3"), texts(t.rows().get(2)), "an &nbsp; value cell stays, blank");
        assertEquals(List.of("三、结果", "（一）予以公开", "2", "0", "2"), texts(t.rows().get(3)));
        assertEquals(List.of("", "（二）部分公开", "1", "0", "1"), texts(t.rows().get(4)));
    }

    /**
     * A row of figures with a cell fewer than the others: the page shows its figures from the left, under
     * other headers, so the reader doubts the table (a TABLE_DOUBT note at its first row); rows of equal
     * width, however their headers are spanned, give none.
     */
    @Test
    void aRowOfFiguresNarrowerThanTheOthersIsDoubted(@TempDir Path dir) throws Exception {
        String page = """
                <html><head><meta charset="utf-8"><title>测试</title></head><body>
                <div id="content"><p>某某县人民政府2025年政府信息公开工作年度报告</p>
                <table border="1">
                <tr><td colspan="2" rowspan="2">（注）</td><td colspan="3">申请人情况</td></tr>
                <tr><td>自然人</td><td>法人</td><td>总计</td></tr>
                <tr><td colspan="2">一、本年新收</td><td>3</td><td>0</td><td>3</td></tr>
                <tr><td rowspan="2">三、结果</td><td>（一）予以公开</td><td>2</td><td>0</td><td>2</td></tr>
                <tr><td>（二）部分公开</td><td>1</td><td>1</td>%s</tr>
                </table><p>正文第二段。</p></div></body></html>""";
        Document ragged = readHtml(dir, page.formatted(""), StandardCharsets.UTF_8);
        List<ReadNote> doubts = ragged.notes().stream().filter(n -> n.kind().equals("TABLE_DOUBT")).toList();
        assertEquals(1, doubts.size(), ragged.notes()::toString);
        assertTrue(doubts.get(0).detail().contains("第5行"), doubts.get(0).detail());
        assertEquals(ragged.tables().get(0).location().line(), doubts.get(0).line());
        Document even = readHtml(dir, page.formatted("<td>2</td>"), StandardCharsets.UTF_8);
        assertEquals(List.of(), even.notes());
    }

    /**
     * A value cell holding two figures on lines of their own ("3<br>5", as CMS editors merge two rows) reads
     * as one figure ("35"): the table is doubted; a header cell wrapped over two lines, or one figure, is not.
     */
    @Test
    void aCellOfTwoFiguresOnLinesOfTheirOwnIsDoubted(@TempDir Path dir) throws Exception {
        String page = """
                <html><head><meta charset="utf-8"><title>测试</title></head><body>
                <div id="content"><p>某某县人民政府2025年政府信息公开工作年度报告</p>
                <table border="1">
                <tr><td>（注）</td><td>自然人<br>（个人）</td><td>总计</td></tr>
                <tr><td>一、本年新收<br>申请数量</td><td>3</td><td>%s</td></tr>
                </table><p>正文第二段。</p></div></body></html>""";
        Document stacked = readHtml(dir, page.formatted("3<br>5"), StandardCharsets.UTF_8);
        List<ReadNote> doubts = stacked.notes().stream().filter(n -> n.kind().equals("TABLE_DOUBT")).toList();
        assertEquals(1, doubts.size(), stacked.notes()::toString);
        assertTrue(doubts.get(0).detail().contains("第2行") && doubts.get(0).detail().contains("3、5"),
                doubts.get(0).detail());
        assertEquals("35", stacked.tables().get(0).rows().get(1).cell(2).text(), "the cell's text is kept as it was read");
        assertEquals(List.of(), readHtml(dir, page.formatted("3"), StandardCharsets.UTF_8).notes());
        assertEquals(List.of(), readHtml(dir, page.formatted("<p>3</p>"), StandardCharsets.UTF_8).notes());
    }

    /** End to end: the misread total ("59<br>0" read as 590) gives one READ-TABLE warning, not arithmetic errors. */
    @Test
    void aMisreadStackedTotalIsAReadingWarningNotAnArithmeticError(@TempDir Path dir) throws Exception {
        Path clean = org.disclosurechecker.TestSupport.RESOURCES.resolve("formats/g3-county-government-2025.html");
        String html = Files.readString(clean, StandardCharsets.UTF_8);
        String total = "<td>1</td><td>59</td></tr>";
        assertTrue(html.contains(total), "the fixture's row 一、本年新收 ends with its total 59");
        Path page = dir.resolve("stacked.html");
        Files.writeString(page, html.replaceFirst(java.util.regex.Pattern.quote(total), "<td>1</td><td>59<br>0</td></tr>"),
                StandardCharsets.UTF_8);
        var before = org.disclosurechecker.TestSupport.check(clean).findings();
        var after = org.disclosurechecker.TestSupport.check(page).findings();
        assertTrue(before.stream().noneMatch(f -> f.ruleId().equals("READ-TABLE")), before::toString);
        assertEquals(1, after.stream().filter(f -> f.ruleId().equals("READ-TABLE")).count(), after::toString);
        assertTrue(after.stream().noneMatch(f -> f.severity() == org.disclosurechecker.findings.Severity.ERROR),
                after::toString);
    }

    @Test
    void whitespaceBreaksHiddenTextAndHeadings(@TempDir Path dir) throws Exception {
        String html = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
                <meta name="PubDate" content="2026/3/18 10:20"></head><body>
                <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a></div>
                <div class="TRS_Editor">
                <h1>某某县人民政府2025年政府信息公开工作年度报告</h1>
                <h2>一、总体情况</h2>
                <p>县政府
                坚持以公开为常态、不公开为例外，  全年公开信息 4127 条。<span style="display:none">隐藏的统计代码</span></p>
                <p>某某县人民政府<br>2026年3月18日</p>
                <script>document.write("脚本里的文字");</script>
                <table><tr><td><p>本年新</p><p>制作数量</p></td><td>1<br>2</td></tr><tr><td>规章</td><td>0</td></tr></table>
                </div></body></html>""";
        Document d = readHtml(dir, html, Charset.forName("GB18030"));
        assertEquals("2026-03-18", d.metadata().get(Document.META_PUBLISHED_DATE));
        List<String> p = d.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of("某某县人民政府2025年政府信息公开工作年度报告", "一、总体情况",
                "县政府坚持以公开为常态、不公开为例外， 全年公开信息 4127 条。", "某某县人民政府", "2026年3月18日"), p,
                "a line break between Chinese characters is no space; <br> makes a new line; hidden and script text out");
        assertFalse(d.paragraphs().get(0).headingHint(), "the title");
        assertTrue(d.paragraphs().get(1).headingHint(), "an h2");
        assertEquals(List.of("本年新制作数量", "12"), texts(d.tables().get(0).rows().get(0)),
                "a cell's paragraphs and breaks join into one line");
    }

    @Test
    void aPageWithoutAnyDate(@TempDir Path dir) throws Exception {
        Document d = readHtml(dir, "<html><body><p>某某镇2025年政府信息公开工作年度报告</p><p>正文。</p></body></html>",
                StandardCharsets.UTF_8);
        assertNull(d.metadata().get(Document.META_PUBLISHED_DATE));
        assertEquals("UTF-8", d.encoding());
    }

    @Test
    void aMislabelledCharsetIsDetected(@TempDir Path dir) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>某某镇2025年政府信息公开工作年度报告</p></body></html>";
        Document d = readHtml(dir, html, Charset.forName("GB18030"));
        assertEquals("某某镇2025年政府信息公开工作年度报告", d.paragraphs().get(0).text());
    }
}
