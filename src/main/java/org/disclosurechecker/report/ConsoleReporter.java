package org.disclosurechecker.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.findings.UnitRollup;

/**
 * Plain text for a terminal or a build log: one line per finding in the compiler style
 * {@code path:line: [RULE-ID] 错误 message}, a status line per report, a summary line for the run.
 * Report text is flattened to one line and stripped of control characters.
 */
public final class ConsoleReporter implements Reporter {

    @Override
    public String name() {
        return "console";
    }

    @Override
    public String defaultFileName() {
        return null;
    }

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String nl = System.lineSeparator();
        for (ReportResult r : result.reports()) {
            for (Finding f : r.findings()) {
                w.write(findingLine(r.file(), f));
                w.write(nl);
            }
            w.write(result.isUnitList(r)
                    ? "应报单位名单 " + Texts.line(r.file()) + "：未提交报告的单位 " + result.units().count(UnitRollup.MISSING) + " 个。"
                    : reportLine(r));
            w.write(nl);
        }
        for (String skipped : result.skippedFiles()) {
            w.write(skippedLine(skipped));
            w.write(nl);
        }
        if (result.units() != null) {
            for (UnitRollup.Unit u : result.units().units()) {
                w.write(unitLine(result, u));
                w.write(nl);
            }
            for (String f : result.units().unlisted()) {
                w.write("不在名单中 " + Texts.line(f));
                w.write(nl);
            }
            w.write(unitSummaryLine(result.units()));
            w.write(nl);
        }
        if (result.reports().size() > 0) {
            for (ReportResult r : result.reports()) {
                if (r.previous() != null) {
                    w.write(previousLine(r));
                    w.write(nl);
                }
            }
        }
        w.write(summaryLine(result));
        w.write(nl);
        w.flush();
    }

    /**
     * One finding: {@code path:line: [RULE-ID] 错误 message （location）}, or for a suppressed one
     * {@code path:line: [RULE-ID] 已豁免 message（理由：justification） （location）}. Line 0 means the whole file.
     */
    public static String findingLine(String file, Finding f) {
        StringBuilder b = new StringBuilder().append(Texts.line(file)).append(':').append(f.line()).append(": [")
                .append(Texts.line(f.ruleId())).append("] ");
        if (f.suppressed()) {
            b.append("已豁免 ").append(Texts.line(f.message())).append("（理由：")
                    .append(f.justification() == null || f.justification().isBlank() ? "未说明"
                            : Texts.line(f.justification()))
                    .append('）');
        } else {
            b.append(f.severity() == null ? "" : f.severity().chinese() + " ").append(Texts.line(f.message()));
        }
        if (!f.location().isBlank()) {
            b.append(" （").append(Texts.line(f.location())).append('）');
        }
        return b.toString();
    }

    /**
     * One unit of the unit list, e.g. {@code 单位 桐溪县教育局：已提交 a.txt；未通过，错误 1 个，警告 0 个，提示 0 个。}
     */
    public static String unitLine(CheckResult result, UnitRollup.Unit u) {
        StringBuilder b = new StringBuilder("单位 ").append(Texts.line(u.name())).append("：")
                .append(Texts.unitStatus(u.status()));
        if (!u.reports().isEmpty()) {
            b.append(' ').append(Texts.line(String.join("、", u.reports()))).append("；")
                    .append(Texts.verdict(Texts.unitPassed(result, u))).append("，")
                    .append(Texts.counts(Texts.unitCount(result, u, Severity.ERROR),
                            Texts.unitCount(result, u, Severity.WARNING), Texts.unitCount(result, u, Severity.INFO)));
        }
        return b.append("。").toString();
    }

    /** The unit list's summary, e.g. {@code 应报单位 30 个（2025年度）：已提交 26 个，未提交 3 个，…}. */
    public static String unitSummaryLine(UnitRollup units) {
        return Texts.unitSummary(units);
    }

    /** Which report the across-year rules compared a report with. */
    public static String previousLine(ReportResult r) {
        return "报告 " + Texts.line(r.file()) + " 与上一年度报告 " + Texts.line(r.previous()) + " 作了跨年度比对。";
    }

    /** A file found in a directory that is not a report of a supported format. */
    public static String skippedLine(String file) {
        return "已跳过 " + Texts.line(file) + "：不是支持的报告格式（.txt .docx .doc .html .htm .pdf），未检查。";
    }

    /**
     * One report's status, e.g. {@code 报告 a.txt：未通过。咸祥镇人民政府，2017 年度，G1 格式；错误 1 个，警告 0 个，提示 0 个，已豁免 0 个。}
     */
    public static String reportLine(ReportResult r) {
        return "报告 " + Texts.line(r.file()) + "：" + Texts.verdict(r.passed()) + "。"
                + (r.organ() == null || r.organ().isBlank() ? "单位未识别" : Texts.line(r.organ())) + "，"
                + (r.year() == null ? "年度未识别" : r.year() + " 年度") + "，"
                + (r.edition() == null || r.edition().isBlank() ? "格式版本未识别" : Texts.line(r.edition()) + " 格式")
                + "；" + Texts.counts(r) + "，已豁免 " + r.suppressedCount() + " 个。";
    }

    /**
     * The run's summary, e.g. {@code 共检查 5 份报告：通过 1 份，未通过 4 份；错误 12 个，警告 20 个，提示 3 个（已豁免 0 个）。检查结果：未通过（按“错误”判定：违规 12 个）}.
     */
    public static String summaryLine(CheckResult result) {
        return Texts.summary(result);
    }
}
