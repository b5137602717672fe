package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.Table;

/** The .docx reader on a LibreOffice-made report and on edge cases built with POI. */
class DocxReaderTest {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    static Document read(Path p) throws ReadException {
        return new DocxReader().read(p, p.getFileName().toString(), ReadOptions.defaults());
    }

    @Test
    void officialTableThreeKeepsTheFlattenedShape() throws ReadException {
        Document d = read(FormatFixtures.file("g3-county-government-2025", "docx"));
        assertEquals(3, d.tables().size());
        Table t3 = d.tables().get(1);
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"), texts(t3.rows().get(0)),
                "the 3-column, 3-row corner cell and 申请人情况 (7 columns) once each");
        assertEquals(List.of("", "自然人", "法人或其他组织", "总计"), texts(t3.rows().get(1)));
        assertEquals(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""), texts(t3.rows().get(2)));
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "21", "3", "0", "0", "1", "1", "26"), texts(t3.rows().get(5)));
        assertEquals(List.of("", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"), texts(t3.rows().get(8)),
                "rows under 三、本年度办理结果 and （三）不予公开 start with one empty cell per vertical merge");

        Row row = t3.rows().get(5);
        assertEquals("表2 第6行", row.location().locator());
        assertEquals("表2 第6行 第3列", row.cell(2).location().locator());
        assertEquals("\t21", d.line(row.cell(2).location().line()), "the cell's line in the extracted text");

        Table t4 = d.tables().get(2);
        assertEquals(List.of("行政复议", "行政诉讼"), texts(t4.rows().get(0)));
        assertEquals(15, t4.rows().get(2).size(), "the five 行政复议 headers continue as five empty cells");
        assertEquals("", t4.rows().get(2).cell(4).text());
    }

    @Test
    void paragraphsHaveNumbersLinesAndHeadingHints() throws ReadException {
        Document d = read(FormatFixtures.file("g3-county-government-2025", "docx"));
        Paragraph title = d.paragraphs().get(0);
        assertEquals("青岚县人民政府2025年政府信息公开工作年度报告", title.text());
        assertEquals("第1段", title.location().locator());
        assertFalse(title.headingHint(), "the title is not a section heading even in a heading style");
        assertEquals(1, title.location().line());
        Paragraph last = d.paragraphs().get(d.paragraphs().size() - 1);
        assertEquals("2026年3月18日", last.text());
        assertEquals(last.text(), d.line(last.location().line()));
        assertTrue(last.location().locator().matches("第\\d+段"));
    }

    // ------------------------------------------------------------------------------------------
    // edge cases built with POI

    private static final String ABSTRACT_NUM = """
            <w:numbering xmlns:w="%s"><w:abstractNum w:abstractNumId="7">
              <w:multiLevelType w:val="multilevel"/>
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%%2）"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%3."/><w:lvlJc w:val="left"/></w:lvl>
            </w:abstractNum></w:numbering>""".formatted(W);

    private static final String TEXT_BOX = """
            <w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
            xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
            xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
            xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
            xmlns:v="urn:schemas-microsoft-com:vml"><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" \
            distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">\
            <wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3000000</wp:posOffset></wp:positionH>\
            <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" \
            cy="600000"/><wp:wrapNone/><wp:docPr id="9" name="落款"/><a:graphic><a:graphicData \
            uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr/><wps:txbx>\
            <w:txbxContent><w:p><w:r><w:t>青岚县人民政府</w:t></w:r></w:p><w:p><w:r><w:t>2026年3月18日</w:t></w:r></w:p>\
            </w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>\
            </mc:Choice><mc:Fallback><w:pict><v:shape style="width:160pt;height:48pt"><v:textbox><w:txbxContent><w:p>\
            <w:r><w:t>青岚县人民政府</w:t></w:r></w:p><w:p><w:r><w:t>2026年3月18日</w:t></w:r></w:p></w:txbxContent>\
            </v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>""";

    private static final String DELETED = "<w:del w:id=\"91\" w:author=\"审核人\" w:date=\"2026-03-01T00:00:00Z\">"
            + "<w:r><w:delText>（已删除的旧表述）</w:delText></w:r></w:del>";

    /** A report with list numbering defined only in numbering.xml, a heading style, merged cells, a text box. */
    static Path edgeCases(Path dir) throws IOException, XmlException {
        Path raw = dir.resolve("raw.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            CTStyle h1 = CTStyle.Factory.newInstance();
            h1.setStyleId("Heading1");
            h1.setType(STStyleType.PARAGRAPH);
            h1.addNewName().setVal("heading 1");
            styles.addStyle(new XWPFStyle(h1));

            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(
                    NumberingDocument.Factory.parse(ABSTRACT_NUM).getNumbering().getAbstractNumArray(0)));
            BigInteger num = numbering.addNum(abs);

            para(doc, "青岚县人民政府2025年政府信息公开工作年度报告", null, -1).setStyle("Heading1");
            para(doc, "总体情况", num, 0).setStyle("Heading1");
            para(doc, "主动公开", num, 1);
            para(doc, "依申请公开", num, 1);
            XWPFParagraph hidden = doc.createParagraph();
            hidden.createRun().setText("正文");
            XWPFRun secret = hidden.createRun();
            secret.setText("（隐藏文字）");
            secret.setVanish(true);
            hidden.createRun().setText("@@DELETED@@");
            para(doc, "主动公开政府信息情况", num, 0).setStyle("Heading1");
            para(doc, "规章", num, 1);
            para(doc, "第一项", num, 2);
            para(doc, "第二项", num, 2);

            // 7 rows: a gridSpan header, a label merged down five rows, empty value cells
            XWPFTable t = doc.createTable(7, 4);
            String[][] text = {
                {"统计指标", null, "自然人", "总计"},
                {"三、本年度办理结果", "（一）予以公开", "1", "2"},
                {null, "（二）部分公开", "", "3"},
                {null, "（三）不予公开", "", "3"},
                {null, "（四）无法提供", "", "3"},
                {null, "（五）不予处理", "", "3"},
                {"四、结转下年度继续办理", null, "", "5"},
            };
            for (int r = 0; r < 7; r++) {
                XWPFTableRow row = t.getRow(r);
                for (int c = 0; c < 4; c++) {
                    if (text[r][c] != null) {
                        row.getCell(c).setText(text[r][c]);
                    }
                }
            }
            for (int r = 1; r <= 5; r++) {
                CTTcPr pr = tcPr(t.getRow(r).getCell(0));
                pr.addNewVMerge().setVal(r == 1 ? STMerge.RESTART : STMerge.CONTINUE);
            }
            for (int r : new int[] {0, 6}) {
                tcPr(t.getRow(r).getCell(0)).addNewGridSpan().setVal(BigInteger.TWO);
                t.getRow(r).removeCell(1);
            }

            XWPFParagraph signing = doc.createParagraph();
            signing.createRun().setText("@@TEXTBOX@@");
            XWPFParagraph broken = doc.createParagraph();
            XWPFRun run = broken.createRun();
            run.setText("联系电话：0736-7325018");
            run.addBreak();
            run.setText("传真：0736-7325019");

            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("青岚县人民政府办公室（页眉）");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("第 1 页");
            try (OutputStream out = Files.newOutputStream(raw)) {
                doc.write(out);
            }
        }
        Path docx = dir.resolve("edge.docx");
        rewriteDocumentXml(raw, docx, xml -> xml
                .replaceFirst("<w:r>(<w:rPr/>)?<w:t>@@TEXTBOX@@</w:t></w:r>", TEXT_BOX)
                .replaceFirst("<w:r>(<w:rPr/>)?<w:t>@@DELETED@@</w:t></w:r>", DELETED));
        return docx;
    }

    private static XWPFParagraph para(XWPFDocument doc, String text, BigInteger num, int level) {
        XWPFParagraph p = doc.createParagraph();
        if (num != null) {
            p.setNumID(num);
            p.setNumILvl(BigInteger.valueOf(level));
        }
        p.createRun().setText(text);
        return p;
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    static void rewriteDocumentXml(Path in, Path out, java.util.function.UnaryOperator<String> edit) throws IOException {
        try (ZipFile zin = new ZipFile(in.toFile()); ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(zin.entries())) {
                byte[] data = zin.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = edit.apply(new String(data, StandardCharsets.UTF_8));
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
    }

    @Test
    void edgeCasesBuiltWithPoi(@TempDir Path dir) throws Exception {
        Path docx = edgeCases(dir);
        String xml;
        try (ZipFile z = new ZipFile(docx.toFile())) {
            xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("txbxContent") && xml.contains("w:delText"), "the fixture has its text box and deletion");
        assertFalse(xml.contains("一、"), "the numbers are not in the text: numbering.xml makes them");

        Document d = read(docx);
        List<String> paragraphs = d.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of(
                "青岚县人民政府2025年政府信息公开工作年度报告",
                "一、总体情况",
                "（一）主动公开",
                "（二）依申请公开",
                "正文",
                "二、主动公开政府信息情况",
                "（一）规章",
                "1.第一项",
                "2.第二项",
                "青岚县人民政府",
                "2026年3月18日",
                "联系电话：0736-7325018",
                "传真：0736-7325019"), paragraphs,
                "numbering resolved (level 2 restarts under a new level 1), hidden and deleted text left out, the text box's "
                        + "落款 after its paragraph, a soft line break a new line, header and footer left out");
        assertTrue(d.lines().stream().noneMatch(l -> l.contains("页眉") || l.contains("第 1 页")));
        assertFalse(d.paragraphs().get(0).headingHint());
        assertTrue(d.paragraphs().get(1).headingHint(), "Heading 1 style");
        assertFalse(d.paragraphs().get(2).headingHint());
        assertTrue(d.paragraphs().get(9).location().locator().contains("文本框"), d.paragraphs().get(9).location().locator());

        Table t = d.tables().get(0);
        assertEquals(List.of("统计指标", "自然人", "总计"), texts(t.rows().get(0)), "a gridSpan cell once");
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "1", "2"), texts(t.rows().get(1)));
        for (int r = 2; r <= 5; r++) {
            assertEquals("", t.rows().get(r).cell(0).text(), "vMerge continuation in row " + r);
            assertEquals(4, t.rows().get(r).size());
            assertEquals("", t.rows().get(r).cell(2).text(), "an empty cell stays an empty cell");
        }
        assertEquals(List.of("四、结转下年度继续办理", "", "5"), texts(t.rows().get(6)));
        assertEquals("表1 第3行 第1列", t.rows().get(2).cell(0).location().locator());
        assertEquals("\t", d.line(t.rows().get(2).cell(0).location().line()));

        // the same shape as the flattened text of this table read by the plain-text reader
        List<String> flat = List.of("\t统计指标", "\t自然人", "\t总计", "",
                "\t三、本年度办理结果", "\t（一）予以公开", "\t1", "\t2", "",
                "\t", "\t（二）部分公开", "\t", "\t3", "",
                "\t", "\t（三）不予公开", "\t", "\t3", "",
                "\t", "\t（四）无法提供", "\t", "\t3", "",
                "\t", "\t（五）不予处理", "\t", "\t3", "",
                "\t四、结转下年度继续办理", "\t", "\t5");
        Table fromText = (Table) FlattenedTextParser.parse(flat).get(0);
        assertEquals(fromText.rows().stream().map(DocxReaderTest::texts).toList(),
                t.rows().stream().map(DocxReaderTest::texts).toList());
    }

    /**
     * A value cell of two paragraphs that are each a figure ("3" over "5") reads as one figure ("35"): the
     * table is doubted (a TABLE_DOUBT note); a header cell of two paragraphs of words is not.
     */
    @Test
    void aCellOfTwoFiguresInParagraphsOfTheirOwnIsDoubted(@TempDir Path dir) throws Exception {
        for (boolean stacked : new boolean[] {true, false}) {
            Path docx = dir.resolve(stacked + ".docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
                doc.createParagraph().createRun().setText("某某县人民政府2025年政府信息公开工作年度报告");
                XWPFTable t = doc.createTable(2, 2);
                t.getRow(0).getCell(0).setText("本年新收");
                t.getRow(0).getCell(0).addParagraph().createRun().setText("申请数量");
                t.getRow(0).getCell(1).setText("总计");
                t.getRow(1).getCell(0).setText("一、本年新收");
                t.getRow(1).getCell(1).setText("3");
                if (stacked) {
                    t.getRow(1).getCell(1).addParagraph().createRun().setText("5");
                }
                doc.write(out);
            }
            Document d = read(docx);
            List<org.disclosurechecker.model.ReadNote> doubts = d.notes().stream()
                    .filter(n -> n.kind().equals("TABLE_DOUBT")).toList();
            assertEquals("本年新收申请数量", d.tables().get(0).rows().get(0).cell(0).text());
            if (stacked) {
                assertEquals(1, doubts.size(), d.notes()::toString);
                assertTrue(doubts.get(0).detail().contains("第2行") && doubts.get(0).detail().contains("3、5"),
                        doubts.get(0).detail());
                assertEquals("35", d.tables().get(0).rows().get(1).cell(1).text());
            } else {
                assertEquals(List.of(), doubts);
            }
        }
    }

    @Test
    void chineseCountingNumbers() {
        assertEquals("一", ListNumbers.format(1, "chineseCounting"));
        assertEquals("十", ListNumbers.format(10, "chineseCounting"));
        assertEquals("十一", ListNumbers.format(11, "chineseCounting"));
        assertEquals("二十", ListNumbers.format(20, "chineseCounting"));
        assertEquals("二十三", ListNumbers.format(23, "chineseCountingThousand"));
        assertEquals("一百一十", ListNumbers.format(110, "chineseCounting"));
        assertEquals("壹", ListNumbers.format(1, "chineseLegalSimplified"));
        assertEquals("③", ListNumbers.format(3, "decimalEnclosedCircle"));
        assertEquals("iv", ListNumbers.format(4, "lowerRoman"));
        assertEquals("丙", ListNumbers.format(3, "ideographTraditional"));
        assertEquals("（二）", ListNumbers.expand("（%1）", new int[] {2, 0, 0, 0, 0, 0, 0, 0, 0},
                new String[] {"chineseCounting", null, null, null, null, null, null, null, null}, 0, false));
        assertEquals("1.2", ListNumbers.expand("%1.%2", new int[] {1, 2, 0, 0, 0, 0, 0, 0, 0},
                new String[] {"chineseCounting", "decimal", null, null, null, null, null, null, null}, 1, true));
    }
}
