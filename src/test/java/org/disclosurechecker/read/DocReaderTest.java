package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.SourceFormat;
import org.disclosurechecker.model.Table;

/** The Word 97-2003 reader on a report LibreOffice saved as "MS Word 97". */
class DocReaderTest {

    static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void paragraphsAndMergedCells() throws ReadException {
        Document d = FormatFixtures.read("g2-district-department-2020", "doc");
        assertEquals(SourceFormat.DOC, d.format());
        Paragraph title = d.paragraphs().get(0);
        assertEquals("宁川市望海区卫生健康局2020年政府信息公开工作年度报告", title.text());
        assertEquals("第1段", title.location().locator());

        Table t3 = d.tables().get(1);
        assertEquals(List.of("", "自然人", "法人或其他组织", "总计"), texts(t3.rows().get(1)), "vertically merged cells continue empty");
        assertEquals(List.of("", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"), texts(t3.rows().get(7)));
        Cell c = t3.rows().get(7).cell(2);
        assertEquals("表2 第8行 第3列", c.location().locator());
        assertEquals("\t1.属于国家秘密", d.line(c.location().line()));

        Table t4 = d.tables().get(2);
        assertEquals(List.of("行政复议", "行政诉讼"), texts(t4.rows().get(0)), "horizontally merged cells once");
        assertTrue(d.lines().stream().noneMatch(l -> l.indexOf('\u0007') >= 0 || l.indexOf('\r') >= 0),
                "Word's cell and paragraph marks are gone");
    }

    @Test
    void listNumbersMergesHiddenTextAndTextBoxes() throws ReadException {
        java.nio.file.Path p = org.disclosurechecker.TestSupport.RESOURCES.resolve("read/edge-cases.doc");
        Document d = new DocReader().read(p, "edge-cases.doc", ReadOptions.defaults());
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
                "联系电话：0736-7325018",
                "传真：0736-7325019",
                "青岚县人民政府",
                "2026年3月18日"), d.paragraphs().stream().map(Paragraph::text).toList(),
                "Word's list numbers resolved, hidden and deleted text out, a line break a new line, text boxes last");
        assertEquals("文本框", d.paragraphs().get(11).location().locator());
        Table t = d.tables().get(0);
        assertEquals(List.of("统计指标", "自然人", "总计"), texts(t.rows().get(0)));
        for (int r = 2; r <= 5; r++) {
            assertEquals(4, t.rows().get(r).size());
            assertEquals("", t.rows().get(r).cell(0).text());
        }
        assertEquals(List.of("四、结转下年度继续办理", "", "5"), texts(t.rows().get(6)));
    }
}
