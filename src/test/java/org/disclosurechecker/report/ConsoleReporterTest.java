package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.Severity;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

    private static List<String> lines(org.disclosurechecker.findings.CheckResult r) {
        return Fixtures.render(Reporters.get("console"), r).lines().toList();
    }

    @Test
    void oneLinePerFindingThenStatusThenSummary() {
        List<String> lines = lines(Fixtures.result());
        assertEquals(List.of(
                "reports/2023 县政府.txt:12: [SUM-MISMATCH] 错误 " + Fixtures.MESSAGE_A_CLEAN,
                "reports/2023 县政府.txt:30: [DATE-FORMAT] 警告 日期“2024.1.15”写法不规范 （表2 第4行）",
                "reports/2023 县政府.txt:40: [PUNCTUATION] 提示 使用了英文逗号",
                "reports/2023 县政府.txt:50: [DATE-FORMAT] 已豁免 日期“2024-01-15”写法不规范（理由：落款日期沿用上级模板）",
                "报告 reports/2023 县政府.txt：未通过。某某县人民政府，2023 年度，G2 格式；错误 1 个，警告 1 个，提示 1 个，已豁免 1 个。",
                "报告 reports/clean.txt：通过。某某镇人民政府，2022 年度，G1 格式；错误 0 个，警告 0 个，提示 0 个，已豁免 0 个。",
                "共检查 2 份报告：通过 1 份，未通过 1 份；错误 1 个，警告 1 个，提示 1 个（已豁免 1 个）。检查结果：未通过（按“错误”判定：违规 1 个）"),
                lines);
    }

    @Test
    void findingLinesKeepTheCompilerStylePrefix() {
        for (String line : lines(Fixtures.result())) {
            if (line.startsWith("reports/")) {
                assertTrue(line.matches("reports/2023 县政府\\.txt:\\d+: \\[[A-Z-]+] (错误|警告|提示|已豁免) .+"), line);
            }
        }
    }

    @Test
    void thresholdAndAllowedCountAreStated() {
        List<String> lines = lines(Fixtures.lenient());
        assertEquals("共检查 2 份报告：通过 1 份，未通过 1 份；错误 1 个，警告 1 个，提示 1 个（已豁免 1 个）。"
                + "检查结果：通过（按“警告及以上”判定：违规 2 个，允许 5 个）", lines.get(lines.size() - 1));
    }

    @Test
    void wholeFileFindingAndUnknownIdentity() {
        List<String> lines = lines(Fixtures.unreadable());
        assertEquals("C:\\报告\\损坏 文件.docx:0: [READ-ERROR] 错误 无法读取文件：格式损坏", lines.get(0));
        assertEquals("报告 C:\\报告\\损坏 文件.docx：未通过。单位未识别，年度未识别，格式版本未识别；"
                + "错误 1 个，警告 0 个，提示 0 个，已豁免 0 个。", lines.get(1));
    }

    @Test
    void reportTextCannotBreakLinesOrDriveTheTerminal() {
        Finding f = new Finding("PUNCTUATION", Severity.INFO, 3, "第2页\n", null, null, null,
                "第一行\n第二行\u001b[31m红色\u0007", null, null, null, null, null, false, null);
        assertEquals("a.txt:3: [PUNCTUATION] 提示 第一行 第二行[31m红色 （第2页 ）", ConsoleReporter.findingLine("a.txt", f));
        String out = Fixtures.render(Reporters.get("console"), Fixtures.result());
        assertFalse(out.contains("\u0001"));
    }
}
