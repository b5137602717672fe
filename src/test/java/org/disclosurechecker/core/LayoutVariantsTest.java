package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Finding;

/**
 * The same draft flattened the other common way (a table copied out of a web page or a spreadsheet:
 * one row per line, cells separated by tabs, a merged title row as a bare line), or saved as GB18030
 * with CRLF, gives the same findings as the cell-per-line UTF-8 original.
 */
class LayoutVariantsTest {

    @TempDir
    Path tmp;

    static Stream<Path> drafts() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestSupport.CLEAN)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
        }
        for (String f : List.of("rules/SUM-MISMATCH/fail-t3-column-total.txt", "rules/SUM-MISMATCH/fail-t4-review-total.txt",
                "rules/TEXT-TABLE-MISMATCH", "rules/BALANCE-MISMATCH", "rules/SUBSET-EXCEEDS", "rules/CELL-BLANK")) {
            Path p = TestSupport.RESOURCES.resolve(f);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(x -> x.getFileName().toString().startsWith("fail-") && x.toString().endsWith(".txt"))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out.stream();
    }

    /** Rows of cell-per-line tables joined into one tab-separated line each. */
    static String rowPerLine(String text) {
        List<String> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                row.add(line.substring(1));
                inTable = true;
            } else if (line.isBlank() && inTable) {
                flush(row, out);
            } else {
                flush(row, out);
                if (inTable) {
                    out.add("");
                }
                inTable = false;
                out.add(line);
            }
        }
        flush(row, out);
        return String.join("\n", out);
    }

    private static void flush(List<String> row, List<String> out) {
        if (row.isEmpty()) {
            return;
        }
        // a row of one non-empty cell is a merged title row: a bare line, as a browser copies it
        out.add(row.size() == 1 ? row.get(0) : String.join("\t", row));
        row.clear();
    }

    static Map<String, Integer> ruleCounts(Path file) {
        Map<String, Integer> m = new TreeMap<>();
        for (Finding f : TestSupport.check(file).findings()) {
            if (!f.ruleId().equals("READ-ENCODING")) {
                m.merge(f.ruleId() + "/" + f.severity(), 1, Integer::sum);
            }
        }
        return m;
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void rowPerLineTablesGiveTheSameFindings(Path draft) throws IOException {
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        Path variant = tmp.resolve(draft.getFileName());
        Files.writeString(variant, rowPerLine(text), StandardCharsets.UTF_8);
        assertEquals(ruleCounts(draft), ruleCounts(variant), draft.toString());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> wordings() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("sub-headings numbered 1. 2. under 一、总体情况",
                        new String[] {"（一）主动公开\n", "1.主动公开\n", "（二）依申请公开\n", "2.依申请公开\n",
                                "（三）政府信息管理\n", "3.政府信息管理\n"}),
                org.junit.jupiter.params.provider.Arguments.of("（七）合计 for （七）总计",
                        new String[] {"\t（七）总计", "\t（七）合计"}),
                org.junit.jupiter.params.provider.Arguments.of("title with 年度",
                        new String[] {"青岚县人民政府2025年政府信息公开工作年度报告", "青岚县人民政府2025年度政府信息公开工作年度报告"}),
                org.junit.jupiter.params.provider.Arguments.of("a county government's report signed by its office",
                        new String[] {"\n青岚县人民政府\n2026年3月18日", "\n青岚县人民政府办公室\n2026年3月18日"}),
                org.junit.jupiter.params.provider.Arguments.of("contact and period wording",
                        new String[] {"电话：0736-7325018", "联系电话：（0736）7325018", "邮编：415600", "邮政编码：415600",
                                "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止",
                                "本报告所列数据统计期限为2025年1月1日至12月31日"}),
                org.junit.jupiter.params.provider.Arguments.of("one blank line less around a heading",
                        new String[] {"\n\n一、总体情况\n\n", "\n一、总体情况\n"}));
    }

    /** Wording and layout a real drafter uses that the format allows: still no ERROR and no WARNING. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wordings")
    void allowedVariationsOfACleanDraftStayClean(String what, String[] replacements) throws IOException {
        String text = Files.readString(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < replacements.length; i += 2) {
            String changed = text.replace(replacements[i], replacements[i + 1]);
            assertEquals(false, changed.equals(text), "replacement " + replacements[i] + " did not apply");
            text = changed;
        }
        Path variant = tmp.resolve("variant.txt");
        Files.writeString(variant, text, StandardCharsets.UTF_8);
        assertEquals(Map.of(), ruleCounts(variant), what);
    }

    @org.junit.jupiter.api.Test
    void aHeadingNumberedWithADotIsAWarningOfStyleNotAnError() throws IOException {
        String text = Files.readString(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"), StandardCharsets.UTF_8)
                .replace("一、总体情况", "一．总体情况");
        Path variant = tmp.resolve("dot.txt");
        Files.writeString(variant, text, StandardCharsets.UTF_8);
        assertEquals(Map.of("SECTION-TITLE/WARNING", 1), ruleCounts(variant));
    }

    /** Rows of cell-per-line tables joined into one line each, non-empty cells separated by a space. */
    static String spaceSeparated(String text) {
        List<String> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                if (!line.isBlank()) {
                    row.add(line.strip());
                }
                inTable = true;
            } else if (line.isBlank() && inTable) {
                if (!row.isEmpty()) {
                    out.add(String.join(" ", row));
                    row.clear();
                }
            } else {
                if (!row.isEmpty()) {
                    out.add(String.join(" ", row));
                    row.clear();
                }
                if (inTable) {
                    out.add("");
                }
                inTable = false;
                out.add(line);
            }
        }
        if (!row.isEmpty()) {
            out.add(String.join(" ", row));
        }
        return String.join("\n", out);
    }

    /**
     * As text copied out of a PDF comes: a table row per line, the cells separated by spaces. A blank
     * cell leaves no trace in that form, so the CELL-BLANK fixtures cannot give the same findings.
     */
    @ParameterizedTest
    @MethodSource("drafts")
    void spaceSeparatedTablesGiveTheSameFindings(Path draft) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(draft.toString().contains("CELL-BLANK"),
                "a blank cell cannot be written with spaces");
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        Path variant = tmp.resolve(draft.getFileName());
        Files.writeString(variant, spaceSeparated(text), StandardCharsets.UTF_8);
        assertEquals(ruleCounts(draft), ruleCounts(variant), draft.toString());
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void gb18030WithCrlfGivesTheSameFindings(Path draft) throws IOException {
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        Path variant = tmp.resolve(draft.getFileName());
        Files.write(variant, text.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
        assertEquals(ruleCounts(draft), ruleCounts(variant), draft.toString());
    }
}
