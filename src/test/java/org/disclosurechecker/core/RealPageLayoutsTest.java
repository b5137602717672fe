package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.disclosurechecker.TestSupport;

/**
 * Table layouts seen on real published pages (src/test/resources/real-excerpts), applied to a clean
 * draft copied row per line: a correct table laid out the way a real page lays it out gets no finding
 * it did not get before.
 */
class RealPageLayoutsTest {

    @TempDir
    Path tmp;

    private static final String HEADER = "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n";

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("header cells that wrap inside the cell (商业<br>企业)",
                        new String[] {HEADER, "\t\t商业\n企业\t科研\n机构\t社会公益组织\t法律服务机构\t其他\t\n"}),
                Arguments.of("the header's second line set in a row of its own",
                        new String[] {HEADER, "\t\t商业\t科研\t社会公益组织\t法律服务机构\t其他\t\n\t\t企业\t机构\n"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void aRealPageLayoutOfTableThreeGivesNoFinding(String what, String[] replacements) throws IOException {
        String text = cleanRowPerLine();
        for (int i = 0; i < replacements.length; i += 2) {
            String changed = text.replace(replacements[i], replacements[i + 1]);
            assertNotEquals(text, changed, "replacement did not apply: " + replacements[i]);
            text = changed;
        }
        assertEquals(Map.of(), counts(text), what);
    }

    /** Every row of table 三 ends in two empty cells (the page's grid is wider than its columns). */
    @Test
    void trailingEmptyCellsAfterEveryRowOfTableThreeGiveNoFinding() throws IOException {
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        for (String line : cleanRowPerLine().split("\n", -1)) {
            if (line.startsWith("一、本年新收")) {
                inTable = true;
            }
            out.add(inTable ? line + "\t\t" : line);
            if (line.startsWith("四、结转下年度")) {
                inTable = false;
            }
        }
        assertEquals(Map.of(), counts(String.join("\n", out)));
    }

    /** The same for table 四's row of figures. */
    @Test
    void trailingEmptyCellsAfterTableFourGiveNoFinding() throws IOException {
        String text = cleanRowPerLine();
        String row = "1\t0\t1\t1\t3\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0\n";
        String changed = text.replace(row, row.strip() + "\t\t\n");
        assertNotEquals(text, changed);
        assertEquals(Map.of(), counts(changed));
    }

    /** A row whose cells are all left blank, copied as its label and tabs, stays a row of the table. */
    @Test
    void aRowOfBlankCellsStaysInTheTable() throws IOException {
        String text = cleanRowPerLine();
        String changed = text.replace("\t\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n", "8.属于行政查询事项\t\t\t\t\t\t\t\t\n");
        assertNotEquals(text, changed);
        assertEquals(Set.of("CELL-BLANK/WARNING"), counts(changed).keySet());
    }

    /** G2's 本年增/减 column filled with a word for the sign ("减2" for -2), as real pages do. */
    @Test
    void aChangeWrittenWithAWordIsANumber() throws IOException {
        Path draft = TestSupport.CLEAN.resolve("g2-district-department-2020.txt");
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        String changed = text.replace("\t23\n\t-2\n\t1385", "\t23\n\t减2\n\t1385");
        assertNotEquals(text, changed);
        Path variant = tmp.resolve("g2-word-sign.txt");
        Files.writeString(variant, changed, StandardCharsets.UTF_8);
        assertEquals(LayoutVariantsTest.ruleCounts(draft), LayoutVariantsTest.ruleCounts(variant));
    }

    /**
     * Table 四 copied out of a PDF whose header is set in vertical text (one character of each column per
     * line): the table is found (no TABLE-MISSING ERROR); its header cannot be matched, which is a READ-TABLE
     * WARNING, and nothing is held against its cells.
     */
    @Test
    void tableFourWithAHeaderInVerticalTextIsAReadingWarningNotAMissingTable() throws IOException {
        String text = LayoutVariantsTest.spaceSeparated(Files.readString(
                TestSupport.CLEAN.resolve("g3-county-government-2025.txt"), StandardCharsets.UTF_8));
        String header = "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
                + "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n";
        String vertical = "未经复议直接起诉 复议后起诉\n结 结 其 尚\n结 结 其 尚 结 结 其 尚\n果 果 他 未\n"
                + "总计 果 果 他 未 总 果 果 他 未 总\n维 纠 结 审\n维 纠 结 审 计 维 纠 结 审 计\n持 正 果 结\n"
                + "持 正 果 结 持 正 果 结\n";
        String changed = text.replace(header, vertical);
        assertNotEquals(text, changed, "the space-separated header of table 四 was not found");
        Map<String, Integer> counts = counts(changed);
        assertEquals(Map.of("READ-TABLE/WARNING", 1), counts);
    }

    /**
     * Parts 四 and 五 headed in the words of 条例第五十条, as many real reports do: a variant of the fixed
     * heading (INFO), not a WARNING.
     */
    @Test
    void headingsInTheWordsOfArticleFiftyAreVariants() throws IOException {
        String text = Files.readString(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"), StandardCharsets.UTF_8);
        String four = text.replace("\n四、政府信息公开行政复议、行政诉讼情况\n", "\n四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况\n");
        assertNotEquals(text, four);
        String changed = four.replace("\n五、存在的主要问题及改进情况\n", "\n五、政府信息公开工作存在的主要问题及改进情况\n");
        assertNotEquals(four, changed);
        assertEquals(Map.of("SECTION-TITLE-VARIANT/INFO", 2), counts(changed));
    }

    /**
     * A page that leaves its zeros blank, copied row per line: the many blank cells are one CELL-BLANK
     * warning for the table, not one per blank cell of its first row (they share that row's line).
     */
    @Test
    void blankCellsCopiedRowPerLineAreOneWarning() throws IOException {
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        for (String line : cleanRowPerLine().split("\n", -1)) {
            if (line.startsWith("一、本年新收")) {
                inTable = true;
            }
            out.add(inTable ? String.join("\t", Stream.of(line.split("\t", -1)).map(c -> c.equals("0") ? "" : c).toList())
                    : line);
            if (line.startsWith("四、结转下年度")) {
                inTable = false;
            }
        }
        assertEquals(Map.of("CELL-BLANK/WARNING", 1), counts(String.join("\n", out)));
    }

    /**
     * Sub-rows of 本年度办理结果 numbered otherwise than "1.": "1、", "（1）", "1）" or ①. A sub-row not
     * recognised drops its figures from 总计's sum (a false SUM-MISMATCH ERROR) and from the prose check.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("numberings")
    void subRowsNumberedOtherwiseGiveNoFinding(String what, String circledOrFormat) throws IOException {
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("(?<=\t)(\\d)\\.");
        for (String line : cleanRowPerLine().split("\n", -1)) {
            if (line.startsWith("（本列数据")) {
                inTable = true;
            }
            if (inTable) {
                line = number.matcher(line).replaceAll(m -> circledOrFormat.startsWith("①")
                        ? String.valueOf(circledOrFormat.charAt(Integer.parseInt(m.group(1)) - 1))
                        : circledOrFormat.replace("N", m.group(1)));
            }
            out.add(line);
            if (line.startsWith("四、结转下年度")) {
                inTable = false;
            }
        }
        assertEquals(Map.of(), counts(String.join("\n", out)), what);
    }

    static Stream<Arguments> numberings() {
        return Stream.of(Arguments.of("1、", "N、"), Arguments.of("（1）", "（N）"), Arguments.of("1）", "N）"),
                Arguments.of("①", "①②③④⑤⑥⑦⑧⑨"));
    }

    /**
     * Subtotal rows for （三）（四）（五）（六）, written as the group's label followed by 小计 and its sums, the
     * sub-rows below: the 小计 label is no 小计 column (taking it for one moved every figure over).
     */
    @Test
    void subtotalRowsLabelledXiaojiAreNoColumn() throws IOException {
        List<String> lines = new ArrayList<>(List.of(cleanRowPerLine().split("\n", -1)));
        Map<String, Integer> groups = Map.of("（三）不予公开", 8, "（四）无法提供", 3, "（五）不予处理", 5, "（六）其他处理", 3);
        for (Map.Entry<String, Integer> g : groups.entrySet()) {
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("\t" + g.getKey() + "\t")) {
                    at = i;
                }
            }
            int[] sum = new int[7];
            for (int r = at; r < at + g.getValue(); r++) {
                String[] cells = lines.get(r).split("\t");
                for (int c = 0; c < 7; c++) {
                    sum[c] += Integer.parseInt(cells[cells.length - 7 + c]);
                }
            }
            lines.set(at, lines.get(at).replaceFirst("\t" + java.util.regex.Pattern.quote(g.getKey()), "\t"));
            lines.add(at, "\t" + g.getKey() + "\t小计\t" + String.join("\t",
                    java.util.Arrays.stream(sum).mapToObj(String::valueOf).toList()));
        }
        assertEquals(Map.of(), counts(String.join("\n", lines)));
    }

    /** A 小计 column the header does name is still read: a right one gives nothing, a wrong one its ERROR. */
    @Test
    void aXiaojiColumnInTheHeaderIsStillRead() throws IOException {
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        for (String line : cleanRowPerLine().split("\n", -1)) {
            if (line.equals(HEADER.substring(0, HEADER.length() - 1))) {
                line = line + "小计\t";
            }
            if (line.startsWith("一、本年新收")) {
                inTable = true;
            }
            if (inTable) {
                String[] cells = line.split("\t");
                int sub = 0;
                for (int c = cells.length - 6; c < cells.length - 1; c++) {
                    sub += Integer.parseInt(cells[c]);
                }
                int last = line.lastIndexOf('\t');
                line = line.substring(0, last) + "\t" + sub + line.substring(last);
            }
            out.add(line);
            if (line.startsWith("四、结转下年度")) {
                inTable = false;
            }
        }
        String text = String.join("\n", out);
        assertEquals(Map.of(), counts(text));
        String wrong = text.replace("一、本年新收政府信息公开申请数量\t49\t6\t0\t0\t3\t1\t10\t59",
                "一、本年新收政府信息公开申请数量\t49\t6\t0\t0\t3\t1\t11\t59");
        assertNotEquals(text, wrong);
        assertTrue(counts(wrong).containsKey("ROW-TOTAL-MISMATCH/ERROR"), "the 小计 column is checked");
    }

    /**
     * Table 四 set a row per group (行政复议, 未经复议直接起诉, 复议后起诉) under one header of 结果维持…总计:
     * its figures are read, so a right table gives nothing (it was a TABLE-SHAPE ERROR for want of the
     * 15-figure row) and a wrong 总计 its SUM-MISMATCH.
     */
    @Test
    void tableFourWithARowPerGroupIsRead() throws IOException {
        String text = cleanRowPerLine();
        String flat = "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
                + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                + "1\t0\t1\t1\t3\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0";
        String rows = "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n行政复议\t1\t0\t1\t1\t3\n"
                + "行政诉讼（未经复议直接起诉）\t1\t0\t0\t1\t2\n行政诉讼（复议后起诉）\t0\t0\t0\t0\t0";
        String changed = text.replace(flat, rows);
        assertNotEquals(text, changed);
        assertEquals(Map.of(), counts(changed));
        String wrong = changed.replace("行政复议\t1\t0\t1\t1\t3", "行政复议\t1\t0\t1\t1\t4");
        assertTrue(counts(wrong).containsKey("SUM-MISMATCH/ERROR"), "the figures are read");
    }

    private static String cleanRowPerLine() throws IOException {
        return LayoutVariantsTest.rowPerLine(Files.readString(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"),
                StandardCharsets.UTF_8));
    }

    private Map<String, Integer> counts(String text) throws IOException {
        Path variant = tmp.resolve("variant.txt");
        Files.writeString(variant, text, StandardCharsets.UTF_8);
        return LayoutVariantsTest.ruleCounts(variant);
    }
}
