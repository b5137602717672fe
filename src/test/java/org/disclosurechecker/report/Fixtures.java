package org.disclosurechecker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.RuleDescriptor;
import org.disclosurechecker.findings.Severity;

/**
 * Hand-built results for the reporter tests: report A (G2) has an error, a warning, an info and a
 * suppressed warning; report B (G1) is clean. The error's texts carry markup, an ampersand, quotes, a
 * control character and Chinese.
 */
final class Fixtures {

    static final String FILE_A = "reports/2023 县政府.txt";
    static final String FILE_B = "reports/clean.txt";
    static final String NASTY = "<script>alert(1)</script> & \"引号\" '单引号' \u0001控制符";
    static final String MESSAGE_A = "合计数与分项之和不符：" + NASTY;
    static final String MESSAGE_A_CLEAN = "合计数与分项之和不符：<script>alert(1)</script> & \"引号\" '单引号' 控制符";
    static final String EXCERPT_A = "收到申请数\t12 " + NASTY;
    static final String HINT_SUM = "核对各分项数字与合计数。";
    static final String BASIS_SUM = "国办公开办函〔2021〕30号";

    static final RuleDescriptor SUM = new RuleDescriptor("SUM-MISMATCH", "统计表数字", List.of("G1", "G2", "G3"),
            Severity.ERROR, "合计数与分项之和不符", "检查统计表的合计数是否等于分项之和。", BASIS_SUM, HINT_SUM);
    static final RuleDescriptor ORDER = new RuleDescriptor("SECTION-ORDER", "结构", List.of("G2", "G3"),
            Severity.ERROR, "部分顺序不符", "检查各部分的顺序。", "30号文", "按规定顺序排列各部分。");
    static final RuleDescriptor DATE = new RuleDescriptor("DATE-FORMAT", "日期", List.of("G1", "G2", "G3"),
            Severity.WARNING, "日期写法不规范", "检查日期写法。", "公文格式", "写成“2024年1月15日”。");
    static final RuleDescriptor PUNCT = new RuleDescriptor("PUNCTUATION", "文字", List.of("G1", "G2", "G3"),
            Severity.INFO, "标点不规范", "检查标点。", "标点符号用法", "改用中文标点。");
    static final RuleDescriptor READ = new RuleDescriptor("READ-ERROR", "读取", List.of(), Severity.ERROR,
            "无法读取文件", "文件无法读取。", "—", "检查文件格式。");
    static final List<RuleDescriptor> RULES = List.of(SUM, ORDER, DATE, PUNCT, READ);

    static final Finding ERROR_A = new Finding("SUM-MISMATCH", Severity.ERROR, 12, "",
            "三、收到和处理政府信息公开申请情况", "（一）收到申请数", "统计数", MESSAGE_A, "12", "11", EXCERPT_A,
            BASIS_SUM, HINT_SUM, false, null);
    static final Finding WARNING_A = new Finding("DATE-FORMAT", Severity.WARNING, 30, "表2 第4行", null, null, null,
            "日期“2024.1.15”写法不规范", null, null, "2024.1.15", "公文格式", "写成“2024年1月15日”。", false, null);
    static final Finding INFO_A = new Finding("PUNCTUATION", Severity.INFO, 40, "", null, null, null,
            "使用了英文逗号", null, null, "收到申请,处理申请", "标点符号用法", "改用中文标点。", false, null);
    static final Finding SUPPRESSED_A = new Finding("DATE-FORMAT", Severity.WARNING, 50, "", null, null, null,
            "日期“2024-01-15”写法不规范", null, null, "2024-01-15", "公文格式", "写成“2024年1月15日”。", true,
            "落款日期沿用上级模板");

    static final ReportResult A = new ReportResult(FILE_A, false, "G2", 2023, "某某县人民政府",
            List.of(ERROR_A, WARNING_A, INFO_A, SUPPRESSED_A));
    static final ReportResult B = new ReportResult(FILE_B, true, "G1", 2022, "某某镇人民政府", List.of());

    private Fixtures() {
    }

    /** Both reports, threshold ERROR, none allowed: one violation, the run fails. */
    static CheckResult result() {
        return new CheckResult("1.2.3", RULES, List.of(A, B), Severity.ERROR, 0, 1, false);
    }

    /** Both reports, threshold WARNING with 5 allowed: two violations, the run passes. */
    static CheckResult lenient() {
        return new CheckResult("1.2.3", RULES, List.of(A, B), Severity.WARNING, 5, 2, true);
    }

    /** A report nothing could be read from: no edition, year or organ, a whole-file finding. */
    static CheckResult unreadable() {
        Finding f = new Finding("READ-ERROR", Severity.ERROR, 0, "", null, null, null, "无法读取文件：格式损坏", null, null,
                null, "—", "检查文件格式。", false, null);
        ReportResult r = new ReportResult("C:\\报告\\损坏 文件.docx", false, null, null, null, List.of(f));
        return new CheckResult("1.2.3", RULES, List.of(r), Severity.ERROR, 0, 1, false);
    }

    static String render(Reporter reporter, CheckResult result) {
        return new String(bytes(reporter, result), StandardCharsets.UTF_8);
    }

    static byte[] bytes(Reporter reporter, CheckResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Remembers whether it was closed, and refuses writes after that. */
    static final class CloseTracking extends OutputStream {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public void write(int b) throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            data.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            data.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
