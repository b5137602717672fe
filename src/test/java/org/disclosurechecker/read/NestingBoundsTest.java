package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Table;

/**
 * Structures nested or spanned far beyond any real report: each is refused with one clear ReadException
 * or read within its bounds, never by a stack overflow (found while fuzzing the readers, docs/fuzzing.md).
 */
class NestingBoundsTest {

    /** A .docx whose body starts with a paragraph of {@code depth} nested hyperlinks, stored uncompressed (no zip-bomb ratio). */
    static Path deepDocx(Path dir, int depth) throws IOException {
        Path out = dir.resolve("deep.docx");
        try (ZipFile in = new ZipFile(HostileInputsTest.GOOD_DOCX.toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            z.setLevel(0);
            for (ZipEntry e : Collections.list(in.entries())) {
                z.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    data = (xml.substring(0, body) + "<w:p>" + "<w:hyperlink>".repeat(depth) + "<w:r><w:t>深层链接</w:t></w:r>"
                            + "</w:hyperlink>".repeat(depth) + "</w:p>" + xml.substring(body)).getBytes(StandardCharsets.UTF_8);
                }
                z.write(data);
                z.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aDocxNestedFiftyThousandDeepIsRefusedWithoutAStackOverflow(@TempDir Path dir) throws IOException {
        Path f = deepDocx(dir, 50_000);
        ReadException e = assertThrows(ReadException.class, () -> new DocxReader().read(f, "deep.docx", ReadOptions.defaults()));
        assertEquals("corrupt", e.reason());
        assertTrue(e.getMessage().contains("嵌套过深"), e.getMessage());
        assertFalse(e.getCause() instanceof StackOverflowError, "refused before POI's recursive depth check");
    }

    @Test
    void aDocxNestedWithinTheLimitIsRead(@TempDir Path dir) throws IOException, ReadException {
        Document d = new DocxReader().read(deepDocx(dir, 900), "deep.docx", ReadOptions.defaults());
        assertEquals("深层链接", d.lines().get(0));
    }

    @Test
    void anHtmlPageNestedFarBeyondJsoupsDepthCapIsRead(@TempDir Path dir) throws IOException, ReadException {
        Path f = dir.resolve("deep.html");
        Files.writeString(f, "<html><body><p>2025年度政府信息公开工作年度报告</p>" + "<div>层".repeat(20_000)
                + "</body></html>", StandardCharsets.UTF_8);
        Document d = new HtmlReader().read(f, "deep.html", ReadOptions.defaults());
        assertTrue(d.lines().stream().filter(l -> l.equals("层")).count() > 10_000, "the nested text is read");
    }

    @Test
    void absurdRowAndColumnSpansAreBoundedByTheTable(@TempDir Path dir) throws IOException, ReadException {
        Path f = dir.resolve("spans.html");
        Files.writeString(f, "<html><body><div><p>年度报告</p><table>"
                + "<tr><td rowspan=\"2147483647\" colspan=\"2147483647\">申请事项</td><td>数量统计</td></tr>"
                + "<tr><td>49</td></tr></table></div></body></html>", StandardCharsets.UTF_8);
        Document d = new HtmlReader().read(f, "spans.html", ReadOptions.defaults());
        List<Table> tables = d.tables();
        assertEquals(1, tables.size());
        List<List<String>> rows = tables.get(0).rows().stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
        assertEquals(List.of(List.of("申请事项", "数量统计"), List.of("", "49")), rows);
    }

    /** Found fuzzing: spans that push each row's cells beyond the last made the grid grow quadratically. */
    @Test
    void spansThatWidenEveryRowStopAtTheGridsLastColumn(@TempDir Path dir) throws IOException, ReadException {
        StringBuilder html = new StringBuilder("<html><body><div><p>年度报告</p><table>");
        for (int r = 0; r < 40; r++) {
            html.append("<tr>").append("<td colspan=\"1000\" rowspan=\"1000\">项目</td>".repeat(20)).append("</tr>");
        }
        Path f = dir.resolve("wide.html");
        Files.writeString(f, html.append("</table></div></body></html>").toString(), StandardCharsets.UTF_8);
        Table t = new HtmlReader().read(f, "wide.html", ReadOptions.defaults()).tables().get(0);
        assertEquals(40, t.rows().size());
        // row r: one empty cell per cell above still covering its columns, then its own 20
        int covering = HtmlReader.MAX_GRID_COLUMNS / 1000 + 1;
        assertEquals(20, t.rows().get(0).cells().size());
        assertTrue(t.rows().get(39).cells().size() <= covering + 20, t.rows().get(39).cells().size() + " cells");
    }

    @Test
    void aTableOfMoreCellsThanAnyReportIsRefused(@TempDir Path dir) throws IOException {
        StringBuilder html = new StringBuilder("<html><body><div><p>年度报告</p><table><tr>");
        html.append("<td rowspan=\"5000\">项目</td>".repeat(200)).append("</tr>");
        html.append("<tr><td>1</td></tr>".repeat(1500));
        Path f = dir.resolve("tall.html");
        Files.writeString(f, html.append("</table></div></body></html>").toString(), StandardCharsets.UTF_8);
        ReadException e = assertThrows(ReadException.class, () -> new HtmlReader().read(f, "tall.html", ReadOptions.defaults()));
        assertEquals("too-large", e.reason());
        assertTrue(e.getMessage().contains("表1过大"), e.getMessage());
    }
}
