package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.Table;

/** The plain-text reader rebuilds the samples' flattened tables cell by cell, with lines. */
class TextReaderTest {

    static Document read(String sample) throws ReadException {
        Path p = TestSupport.SAMPLES.resolve(sample);
        return new TextReader().read(p, sample, ReadOptions.defaults());
    }

    static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    static Row rowStartingWith(Table t, String label) {
        return t.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> c.text().startsWith(label)))
                .findFirst().orElseThrow(() -> new AssertionError(label));
    }

    @Test
    void nationalTableOfS000WithWrappedCellsAndABlankValue() throws ReadException {
        Document d = read("2017-xianxiang-town.txt");
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertEquals(62, t.location().line());
        assertEquals(List.of("统 计 指 标", "单位", "统计数"), texts(t.rows().get(0)));
        Row total = rowStartingWith(t, "（一）主动公开政府信息数");
        assertEquals(List.of("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "315"), texts(total),
                "a cell wrapped onto the next line is joined");
        assertEquals(70, total.location().line());
        assertEquals(73, total.cell(2).location().line());
        assertEquals(List.of("1.政府网站公开政府信息数", "条", "40"), texts(rowStartingWith(t, "1.政府网站")));
        Row fulltime = rowStartingWith(t, "1.专职人员数");
        assertEquals("", fulltime.cell(2).text(), "a blank value stays blank");
        assertEquals(298, fulltime.cell(2).location().line());
        Row funds = rowStartingWith(t, "（四）政府信息公开专项经费");
        assertEquals("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", funds.cell(0).text(),
                "a cell split by a blank line while a bracket is open is joined");
        assertEquals(List.of("万元", "5"), texts(funds).subList(1, 3));
        assertEquals(List.of("（三）接受培训人员数", "人次", "0"), texts(t.rows().get(t.rows().size() - 1)));
    }

    @Test
    void localVariantOfS001WithTwoValueColumnsAndAMissingCell() throws ReadException {
        Document d = read("2017-baizhang-town.txt");
        Table t = d.tables().get(0);
        assertEquals(List.of("指 标 名 称", "单位", "2017年", "历年累计"), texts(t.rows().get(0)));
        assertEquals(List.of("主动公开文件数", "条", "49", "1265"), texts(t.rows().get(1)));
        assertEquals(List.of("4.其他类型答复数", "条", "0"), texts(rowStartingWith(t, "4.其他类型答复数")),
                "the row whose separator was lost keeps its three cells");
        assertEquals(List.of("接受行政申诉、举报数", "件", "0", "0"), texts(rowStartingWith(t, "接受行政申诉")));
        assertEquals(16, t.rows().size());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().isBlank()), "the lone tab line is dropped");
    }

    @Test
    void g2TablesOfS004() throws ReadException {
        Document d = read("2019-sangzhou-town.txt");
        assertEquals(3, d.tables().size());
        Table t2 = d.tables().get(0);
        assertEquals(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), texts(t2.rows().get(1)),
                "header cells wrapped without a tab are joined");
        assertEquals(List.of("政府集中采购", "27", "9.2万元"), texts(t2.rows().get(t2.rows().size() - 1)));

        Table t3 = d.tables().get(1);
        Row secret = rowStartingWith(t3, "1.属于国家秘密");
        assertEquals(10, secret.size());
        assertEquals("（三）不予公开", secret.cell(1).text());
        Row law = rowStartingWith(t3, "2.其他法律行政法规禁止公开");
        assertEquals(List.of("", ""), texts(law).subList(0, 2), "merged label cells stay empty");
        assertTrue(texts(law).subList(3, 10).stream().allMatch(String::isEmpty), "seven empty values");
        Row total = rowStartingWith(t3, "（七）总计");
        assertEquals("0", total.cell(2).text());
        assertEquals("0", total.cell(8).text());

        Table t4 = d.tables().get(2);
        Row data = t4.rows().get(t4.rows().size() - 1);
        assertEquals(15, data.size());
        assertEquals(List.of("", "", "", "", "0"), texts(data).subList(0, 5));
        assertEquals(382, data.location().line());
    }

    @Test
    void headingsAndParagraphsKeepTheirLines() throws ReadException {
        Document d = read("2019-sangzhou-town.txt");
        Paragraph first = d.paragraphs().get(0);
        assertEquals("2019年度桑洲镇政府信息公开工作年度报告", first.text());
        assertEquals(1, first.location().line());
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().equals("二、主动公开政府信息情况")
                && p.location().line() == 15), "the trailing ideographic space is normalised away");
    }

    @Test
    void gb18030CrlfAndFullWidthDigits(@TempDir Path tmp) throws Exception {
        String text = "某县２０２４年政府信息公开工作年度报告\r\n\r\n一、总体情况\r\n\t收到申请\r\n\t１２\r\n";
        Path f = tmp.resolve("gbk.txt");
        Files.write(f, text.getBytes(TextDecoder.GB18030));
        Document d = new TextReader().read(f, "gbk.txt", ReadOptions.defaults());
        assertEquals("GB18030", d.encoding());
        assertEquals(1, d.notes().size(), "the encoding fallback is noted");
        assertEquals("某县2024年政府信息公开工作年度报告", d.line(1));
        assertEquals(List.of("收到申请", "12"), texts(d.tables().get(0).rows().get(0)));
    }

    @Test
    void utf8BomIsNotAFallback(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("bom.txt");
        Files.write(f, ("\uFEFF标题报告\n正文").getBytes(StandardCharsets.UTF_8));
        Document d = new TextReader().read(f, "bom.txt", ReadOptions.defaults());
        assertEquals("标题报告", d.line(1));
        assertTrue(d.notes().isEmpty());
    }

    @Test
    void badInputGivesAClearReadException(@TempDir Path tmp) throws IOException {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        assertEquals("empty", assertThrows(ReadException.class, () -> read(empty)).reason());
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
        ReadException e = assertThrows(ReadException.class, () -> read(binary));
        assertEquals("binary", e.reason());
        assertTrue(e.getMessage().contains("二进制"));
        Path latin = Files.writeString(tmp.resolve("latin.txt"), "just some text");
        assertEquals("no-chinese", assertThrows(ReadException.class, () -> read(latin)).reason());
        Path big = Files.write(tmp.resolve("big.txt"), new byte[2048]);
        assertEquals("too-large", assertThrows(ReadException.class,
                () -> new TextReader().read(big, "big.txt", new ReadOptions(1024, null))).reason());
    }

    private static Document read(Path p) throws ReadException {
        return new TextReader().read(p, p.getFileName().toString(), ReadOptions.defaults());
    }

    /**
     * A draft pasted without line breaks is one huge line. Not a speed measurement (see
     * docs/benchmarks.md) but a guard against a pattern that backtracks quadratically: the whole check
     * of such a file took over two minutes once; now it takes about a second.
     */
    @Test
    void aDraftOnOneHugeLineIsCheckedNotHung(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("one-line.txt");
        Files.writeString(f, "青岚县人民政府2025年政府信息公开工作年度报告\n" + "政府信息公开".repeat(200_000) + " 12 13 14\n",
                StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> TestSupport.check(f));
    }
}
