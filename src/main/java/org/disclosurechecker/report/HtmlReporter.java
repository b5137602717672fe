package org.disclosurechecker.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.StringEscapeUtils;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.RuleDescriptor;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.findings.UnitRollup;

/**
 * One self-contained HTML page for supervisors: the verdict; filters (search, severity, rule, report,
 * "only failed", suppressed); the units' roll-up (with --units), the reports' table and the counts per
 * rule, all sortable; the skipped files; then every report's findings ordered by severity, each with its
 * excerpt, expected and actual values, basis, hint and the buttons 确认 / 忽略 (with a reason). "导出"
 * writes the decisions as a suppressions file in the configuration format (docs/configuration.md) that
 * the next run reads with --config. The decisions are kept in the browser (localStorage, under a key
 * made of a hash of the run's findings, so another run's page never gets them) and restored when the
 * page is opened again; "清除本页决定" forgets them.
 *
 * <p>Safety: every piece of text from the result (which comes from the drafts, and may contain
 * markup) goes through {@link #esc}; the page loads nothing and runs only its own script: the
 * Content-Security-Policy allows no network access and no script but the one whose SHA-256 it names
 * (so neither an injected {@code <script>} nor an {@code onerror=} handler could run even if text were
 * ever left unescaped). The script reads {@code data-*} attributes and text, toggles {@code hidden},
 * moves existing rows to sort them and writes text with {@code textContent}/{@code value}; it never builds
 * markup from text or evaluates it. Element ids are generated ({@code r1}, {@code r2}, …), never taken
 * from report text.
 */
final class HtmlReporter implements Reporter {

    static final String TITLE = "政府信息公开年报检查结果";

    /** Findings inside a report: unsuppressed before suppressed, then by severity, then in reading order. */
    static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::suppressed)
            .thenComparing(f -> f.severity() == null ? Severity.INFO : f.severity())
            .thenComparingInt(Finding::line);

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String defaultFileName() {
        return "report.html";
    }

    static String csp() {
        return "default-src 'none'; style-src 'unsafe-inline'; script-src '" + scriptHash() + "'; img-src 'none'";
    }

    static String scriptHash() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("\n" + SCRIPT).getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        for (RuleDescriptor d : result.rules()) {
            rules.putIfAbsent(d.id(), d);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        int n = 0;
        for (ReportResult r : result.reports()) {
            ids.putIfAbsent(r.file(), "r" + (++n));
        }
        String common = commonDirectory(result);
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp() + "\">\n");
        w.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>" + TITLE + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");

        header(w, result, common);
        w.write("<main>\n");
        filters(w, result, rules, ids, common);
        units(w, result, ids, common);
        overview(w, result, ids, common);
        ruleCounts(w, result, rules);
        skipped(w, result, common);
        details(w, result, rules, ids, common);
        w.write("</main>\n");
        w.write("<footer>由 disclosure-checker" + (result.toolVersion() == null ? "" : " " + esc(result.toolVersion()))
                + " 生成。本页面不连接网络，所有内容均来自本次检查。</footer>\n");
        w.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
        w.flush();
    }

    /** The directory all shown paths share ("reports/2025/"), shown once instead of in every row; "" when none. */
    static String commonDirectory(CheckResult result) {
        List<String> files = new ArrayList<>();
        result.reports().forEach(r -> files.add(r.file()));
        result.skippedFiles().forEach(files::add);
        if (files.size() < 2) {
            return "";
        }
        String prefix = files.get(0);
        for (String f : files) {
            int i = 0;
            while (i < prefix.length() && i < f.length() && prefix.charAt(i) == f.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        int slash = prefix.lastIndexOf('/');
        return slash < 0 ? "" : prefix.substring(0, slash + 1);
    }

    private static String shortPath(String file, String common) {
        String f = Texts.nz(file);
        return !common.isEmpty() && f.startsWith(common) ? f.substring(common.length()) : f;
    }

    private static void header(Writer w, CheckResult result, String common) throws IOException {
        w.write("<header>\n<h1>" + TITLE + "</h1>\n");
        w.write("<p class=\"verdict " + (result.passed() ? "pass" : "fail") + "\">检查结果：" + Texts.verdict(result.passed())
                + "</p>\n");
        w.write("<p class=\"summary\">" + esc(Texts.summary(result)) + "</p>\n");
        if (result.units() != null) {
            w.write("<p class=\"summary\" id=\"units-summary\">" + esc(Texts.unitSummary(result.units())) + "</p>\n");
        }
        Severity failOn = result.failOn() == null ? Severity.ERROR : result.failOn();
        w.write("<p class=\"meta\">判定标准：未豁免的“" + esc(Texts.threshold(failOn)) + "”级问题超过 "
                + result.maxAllowedViolations() + " 个即为未通过；单份报告出现此类问题即标为未通过。已豁免的问题仍列出，但不影响结论。</p>\n");
        if (!common.isEmpty()) {
            w.write("<p class=\"meta\">下列文件均在 <code>" + esc(common) + "</code> 之下，表中只写其后的部分。</p>\n");
        }
        w.write("</header>\n");
    }

    private static void filters(Writer w, CheckResult result, Map<String, RuleDescriptor> rules,
                                Map<String, String> ids, String common) throws IOException {
        // hidden until the script runs: without script the filters would do nothing
        w.write("<section id=\"filters\" class=\"filters\" data-run=\"" + runKey(result) + "\" hidden>\n"
                + "<div class=\"filter-row\">\n");
        w.write("<label>搜索 <input type=\"search\" id=\"f-search\" placeholder=\"单位、文件名\"></label>\n");
        w.write("<label>严重程度 <select id=\"f-severity\"><option value=\"\">全部</option>");
        for (Severity s : Severity.values()) {
            w.write("<option value=\"" + s.name() + "\">" + s.chinese() + "</option>");
        }
        w.write("</select></label>\n<label>规则 <select id=\"f-rule\"><option value=\"\">全部</option>");
        for (String id : rulesSeen(result, rules)) {
            RuleDescriptor d = rules.get(id);
            w.write("<option value=\"" + esc(id) + "\">" + esc(id)
                    + (d == null || d.title() == null ? "" : " " + esc(d.title())) + "</option>");
        }
        w.write("</select></label>\n<label>报告 <select id=\"f-report\"><option value=\"\">全部</option>");
        for (ReportResult r : result.reports()) {
            w.write("<option value=\"" + ids.get(r.file()) + "\">" + esc(shortPath(r.file(), common))
                    + (r.organ() == null ? "" : "（" + esc(r.organ()) + "）") + "</option>");
        }
        w.write("</select></label>\n<label><input type=\"checkbox\" id=\"f-failed\"> 只看未通过</label>\n");
        w.write("<label><input type=\"checkbox\" id=\"f-suppressed\" checked> 显示已豁免的问题</label>\n");
        w.write("<button type=\"button\" id=\"f-reset\">清除筛选</button>\n</div>\n");
        w.write("<p id=\"f-count\" class=\"count\" aria-live=\"polite\"></p>\n");
        w.write("<div class=\"filter-row decisions\"><span id=\"d-count\" class=\"count\" aria-live=\"polite\"></span>"
                + "<button type=\"button\" id=\"d-export\">导出豁免文件</button>"
                + "<button type=\"button\" id=\"d-clear\">清除本页决定</button>"
                + "<span id=\"d-message\" class=\"count\" aria-live=\"polite\"></span></div>\n");
        w.write("<textarea id=\"d-yaml\" readonly hidden rows=\"8\" aria-label=\"导出的豁免文件\"></textarea>\n");
        w.write("<p class=\"meta\">在问题上点“确认”或“忽略”（忽略须写理由），再点“导出豁免文件”：得到的 YAML 文件用作下次检查的配置文件"
                + "（与原有配置文件同用：再加一个 --config 本文件，Maven 把它加进 configLocation，逗号分隔），被忽略的问题仍会列出、标为已豁免，但不再导致未通过。</p>\n</section>\n");
    }

    /**
     * The run's identity for the decisions kept in the browser: a SHA-256 over every report's path and
     * its findings (rule, line, severity, suppressed, message, excerpt), so a page of another run, or of
     * this run after a change, does not pick up decisions about other findings.
     */
    static String runKey(CheckResult result) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (ReportResult r : result.reports()) {
                md.update(("R\u0000" + r.file() + "\u0000").getBytes(StandardCharsets.UTF_8));
                for (Finding f : r.findings()) {
                    md.update(("F\u0000" + f.ruleId() + "\u0000" + f.line() + "\u0000" + f.severity() + "\u0000"
                            + f.suppressed() + "\u0000" + f.message() + "\u0000" + f.excerpt() + "\u0000")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rules that occur, in catalogue order, then ids the catalogue does not know. */
    private static Set<String> rulesSeen(CheckResult result, Map<String, RuleDescriptor> rules) {
        Set<String> seen = new LinkedHashSet<>();
        result.reports().forEach(r -> r.findings().forEach(f -> seen.add(Texts.nz(f.ruleId()))));
        Set<String> ordered = new LinkedHashSet<>();
        rules.keySet().stream().filter(seen::contains).forEach(ordered::add);
        ordered.addAll(seen);
        return ordered;
    }

    private static String th(String label, boolean numeric) {
        return "<th" + (numeric ? " class=\"num\"" : "") + "><button type=\"button\" class=\"sort\">" + label
                + "</button></th>";
    }

    private static void units(Writer w, CheckResult result, Map<String, String> ids, String common)
            throws IOException {
        UnitRollup u = result.units();
        if (u == null) {
            return;
        }
        w.write("<section id=\"units\">\n<h2>各单位提交情况</h2>\n");
        w.write("<table class=\"overview sortable\" id=\"t-units\">\n<thead><tr>" + th("序号", true) + th("单位", false)
                + th("提交情况", false) + th("报告文件", false) + th("结论", false) + th("错误", true) + th("警告", true)
                + th("提示", true) + "</tr></thead>\n<tbody>\n");
        int i = 0;
        for (UnitRollup.Unit x : u.units()) {
            i++;
            boolean passed = Texts.unitPassed(result, x);
            StringBuilder files = new StringBuilder();
            StringBuilder refs = new StringBuilder();
            for (String f : x.reports()) {
                String id = ids.get(f);
                files.append(files.isEmpty() ? "" : "<br>").append(id == null ? esc(shortPath(f, common))
                        : "<a href=\"#" + id + "\">" + esc(shortPath(f, common)) + "</a>");
                refs.append(refs.isEmpty() ? "" : " ").append(id == null ? "" : id);
            }
            if (!x.otherYears().isEmpty()) {
                files.append("<br><span class=\"unknown\">其他年度：" + esc(String.join("、",
                        x.otherYears().stream().map(f -> shortPath(f, common)).toList())) + "</span>");
            }
            w.write("<tr class=\"" + (passed ? "pass" : "fail") + "\" data-status=\"" + esc(x.status())
                    + "\" data-failed=\"" + !passed + "\" data-reports=\"" + refs + "\" data-search=\""
                    + esc(x.name() + " " + String.join(" ", x.reports())) + "\">"
                    + "<td class=\"num\">" + i + "</td><td>" + esc(x.name()) + "</td><td><span class=\"status "
                    + (x.status().equals(UnitRollup.SUBMITTED) ? "pass" : "fail") + "\">" + esc(Texts.unitStatus(x.status()))
                    + "</span></td><td>" + (files.isEmpty() ? "—" : files) + "</td>"
                    + "<td>" + (x.reports().isEmpty() ? "—" : status(passed)) + "</td>"
                    + count(Texts.unitCount(result, x, Severity.ERROR), "sev-error")
                    + count(Texts.unitCount(result, x, Severity.WARNING), "sev-warning")
                    + count(Texts.unitCount(result, x, Severity.INFO), "sev-info") + "</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
        if (!u.unlisted().isEmpty()) {
            w.write("<p id=\"unlisted\">不在名单中的报告：" + esc(String.join("、",
                    u.unlisted().stream().map(f -> shortPath(f, common)).toList())) + "</p>\n");
        }
        w.write("</section>\n");
    }

    private static void overview(Writer w, CheckResult result, Map<String, String> ids, String common)
            throws IOException {
        w.write("<section id=\"overview\">\n<h2>各报告检查情况</h2>\n");
        if (result.reports().isEmpty()) {
            w.write("<p>没有检查任何报告。</p>\n</section>\n");
            return;
        }
        w.write("<table class=\"overview sortable\" id=\"t-reports\">\n<thead><tr>" + th("序号", true)
                + th("报告文件", false) + th("单位", false) + th("年度", true) + th("格式版本", false) + th("结论", false)
                + th("错误", true) + th("警告", true) + th("提示", true) + th("已豁免", true) + "</tr></thead>\n<tbody>\n");
        int i = 0;
        for (ReportResult r : result.reports()) {
            i++;
            String id = ids.get(r.file());
            w.write("<tr class=\"" + (r.passed() ? "pass" : "fail") + "\" data-report=\"" + id + "\" data-failed=\""
                    + !r.passed() + "\" data-search=\"" + esc(r.file() + " " + Texts.nz(r.organ())) + "\">"
                    + "<td class=\"num\">" + i + "</td>"
                    + "<td><a href=\"#" + id + "\">" + esc(shortPath(r.file(), common)) + "</a></td>"
                    + "<td>" + (result.isUnitList(r) ? "（应报单位名单）" : orUnknown(r.organ())) + "</td>"
                    + "<td>" + (r.year() == null ? unknown() : r.year().toString()) + "</td>"
                    + "<td>" + orUnknown(r.edition()) + "</td>"
                    + "<td>" + status(r.passed()) + "</td>"
                    + count(r.count(Severity.ERROR), "sev-error") + count(r.count(Severity.WARNING), "sev-warning")
                    + count(r.count(Severity.INFO), "sev-info") + count(r.suppressedCount(), "suppressed")
                    + "</tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private static void ruleCounts(Writer w, CheckResult result, Map<String, RuleDescriptor> rules)
            throws IOException {
        Set<String> seen = rulesSeen(result, rules);
        if (seen.isEmpty()) {
            return;
        }
        w.write("<section id=\"rules\">\n<h2>各规则问题数</h2>\n<table class=\"overview sortable\" id=\"t-rules\">\n"
                + "<thead><tr>" + th("规则", false) + th("名称", false) + th("错误", true) + th("警告", true)
                + th("提示", true) + th("已豁免", true) + th("涉及报告", true) + "</tr></thead>\n<tbody>\n");
        for (String id : seen) {
            long[] c = new long[4];
            long reports = 0;
            for (ReportResult r : result.reports()) {
                boolean any = false;
                for (Finding f : r.findings()) {
                    if (Texts.nz(f.ruleId()).equals(id)) {
                        any = true;
                        c[f.suppressed() ? 3 : (f.severity() == null ? Severity.INFO : f.severity()).ordinal()]++;
                    }
                }
                reports += any ? 1 : 0;
            }
            RuleDescriptor d = rules.get(id);
            w.write("<tr data-rule=\"" + esc(id) + "\"><td><button type=\"button\" class=\"rule-pick\" data-rule=\""
                    + esc(id) + "\"><code>" + esc(id) + "</code></button></td><td>"
                    + (d == null || d.title() == null ? "" : esc(d.title())) + "</td>" + count(c[0], "sev-error")
                    + count(c[1], "sev-warning") + count(c[2], "sev-info") + count(c[3], "suppressed")
                    + count(reports, "") + "</tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private static void skipped(Writer w, CheckResult result, String common) throws IOException {
        if (result.skippedFiles().isEmpty()) {
            return;
        }
        w.write("<section id=\"skipped\">\n<h2>已跳过的文件（" + result.skippedFiles().size() + " 个）</h2>\n"
                + "<p class=\"meta\">不是支持的报告格式（.txt .docx .doc .html .htm .pdf），未检查。</p>\n<ul>\n");
        for (String f : result.skippedFiles()) {
            w.write("<li>" + esc(shortPath(f, common)) + "</li>\n");
        }
        w.write("</ul>\n</section>\n");
    }

    private static void details(Writer w, CheckResult result, Map<String, RuleDescriptor> rules,
                                Map<String, String> ids, String common) throws IOException {
        w.write("<section id=\"details\">\n<h2>问题明细</h2>\n");
        for (ReportResult r : result.reports()) {
            String rid = ids.get(r.file());
            w.write("<article class=\"report\" id=\"" + rid + "\" data-report=\"" + rid + "\" data-failed=\""
                    + !r.passed() + "\" data-search=\"" + esc(r.file() + " " + Texts.nz(r.organ())) + "\">\n");
            w.write("<h3>" + status(r.passed()) + " " + esc(shortPath(r.file(), common)) + "</h3>\n");
            if (result.isUnitList(r)) {
                w.write("<p class=\"report-meta\">应报单位名单：未提交报告的单位 " + result.units().count(UnitRollup.MISSING)
                        + " 个，每个一条 REPORT-MISSING（行号为名单文件中的行）。</p>\n");
            } else {
                w.write("<p class=\"report-meta\">单位：" + orUnknown(r.organ()) + "；年度："
                        + (r.year() == null ? unknown() : r.year().toString()) + "；格式版本：" + orUnknown(r.edition())
                        + "；" + esc(Texts.counts(r)) + "，已豁免 " + r.suppressedCount() + " 个。</p>\n");
            }
            if (r.previous() != null) {
                w.write("<p class=\"report-meta previous\">跨年度比对所用的上一年度报告：" + esc(r.previous()) + "</p>\n");
            }
            if (r.findings().isEmpty()) {
                w.write("<p class=\"clean\">未发现问题。</p>\n");
            } else {
                w.write("<ol class=\"findings\">\n");
                for (Finding f : r.findings().stream().sorted(BY_SEVERITY).toList()) {
                    finding(w, f, r.file(), rid, rules.get(f.ruleId()));
                }
                w.write("</ol>\n<p class=\"none-visible\" hidden>该报告没有符合筛选条件的问题。</p>\n");
            }
            w.write("</article>\n");
        }
        w.write("</section>\n");
    }

    private static void finding(Writer w, Finding f, String file, String rid, RuleDescriptor d) throws IOException {
        String sev = f.severity() == null ? "" : f.severity().name();
        String css = "sev-" + sev.toLowerCase(Locale.ROOT);
        String match = f.excerpt() != null && !f.excerpt().isBlank() ? f.excerpt() : Texts.nz(f.message());
        w.write("<li class=\"finding " + css + (f.suppressed() ? " suppressed" : "") + "\" data-severity=\"" + sev
                + "\" data-rule=\"" + esc(f.ruleId()) + "\" data-report=\"" + rid + "\" data-suppressed=\""
                + f.suppressed() + "\" data-file=\"" + esc(file) + "\" data-line=\"" + f.line() + "\" data-match=\""
                + esc(match) + "\"" + (f.suppressed() ? " data-justification=\"" + esc(f.justification()) + "\"" : "")
                + ">\n");
        w.write("<div class=\"finding-head\">");
        if (f.suppressed()) {
            w.write("<span class=\"badge suppressed\">已豁免</span> ");
        }
        if (f.severity() != null) {
            w.write("<span class=\"badge " + css + "\">" + f.severity().chinese() + "</span> ");
        }
        w.write("<code class=\"rule\">" + esc(f.ruleId()) + "</code>");
        if (d != null && d.title() != null) {
            w.write(" <span class=\"rule-title\">" + esc(d.title()) + "</span>");
        }
        w.write(" <span class=\"where\">" + (f.line() > 0 ? "第 " + f.line() + " 行" : "全文")
                + (f.location().isBlank() ? "" : " · " + esc(f.location())) + "</span></div>\n");
        w.write("<p class=\"message\">" + esc(f.message()) + "</p>\n");

        StringBuilder facts = new StringBuilder();
        fact(facts, "所属部分", f.section());
        fact(facts, "表格行", f.row());
        fact(facts, "表格列", f.column());
        fact(facts, "应为", f.expected());
        fact(facts, "实为", f.actual());
        if (!facts.isEmpty()) {
            w.write("<dl class=\"facts\">" + facts + "</dl>\n");
        }
        if (f.excerpt() != null && !f.excerpt().isBlank()) {
            w.write("<pre class=\"excerpt\">" + esc(f.excerpt()) + "</pre>\n");
        }
        if (f.basis() != null && !f.basis().isBlank()) {
            w.write("<p class=\"basis\"><b>依据：</b>" + esc(f.basis()) + "</p>\n");
        }
        if (f.hint() != null && !f.hint().isBlank()) {
            w.write("<p class=\"hint\"><b>修改建议：</b>" + esc(f.hint()) + "</p>\n");
        }
        if (f.suppressed()) {
            w.write("<p class=\"justification\"><b>豁免理由：</b>"
                    + (f.justification() == null || f.justification().isBlank() ? "未说明" : esc(f.justification()))
                    + "</p>\n");
        }
        w.write("<div class=\"decide\"><button type=\"button\" class=\"d-confirm\">确认</button>"
                + "<button type=\"button\" class=\"d-dismiss\">忽略</button>"
                + "<input type=\"text\" class=\"d-reason\" placeholder=\"忽略的理由（必填）\" aria-label=\"忽略的理由\""
                + (f.suppressed() ? " value=\"" + esc(f.justification()) + "\"" : "") + ">"
                + "<span class=\"d-state\" aria-live=\"polite\"></span></div>\n");
        w.write("</li>\n");
    }

    private static void fact(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<div><dt>").append(label).append("</dt><dd>").append(esc(value)).append("</dd></div>");
        }
    }

    private static String status(boolean passed) {
        return "<span class=\"status " + (passed ? "pass" : "fail") + "\">" + Texts.verdict(passed) + "</span>";
    }

    private static String count(long n, String css) {
        return "<td class=\"num" + (n > 0 && !css.isEmpty() ? " " + css : "") + "\">" + n + "</td>";
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? unknown() : esc(s);
    }

    private static String unknown() {
        return "<span class=\"unknown\">未识别</span>";
    }

    /** Text from the result as HTML text or a double-quoted attribute value. Null → "". */
    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(Texts.xml(s));
    }

    private static final String CSS = """
            :root { --error: #b3261e; --warning: #8a5a00; --info: #1f5fa8; --ok: #1e6b35; --line: #c9ccd1; }
            * { box-sizing: border-box; }
            [hidden] { display: none !important; }
            body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; color: #1b1b1b; background: #fff;
              font: 15px/1.6 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", SimSun, sans-serif; }
            h1 { font-size: 1.6rem; margin: .5rem 0; }
            h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
            h3 { font-size: 1.05rem; margin: 0 0 .3rem; word-break: break-all; }
            .verdict { font-size: 1.2rem; font-weight: bold; display: inline-block; padding: .1rem .8rem; border: 2px solid; }
            .verdict.pass, .status.pass { color: var(--ok); }
            .verdict.fail, .status.fail { color: var(--error); }
            .summary { font-size: 1.05rem; }
            .meta, .report-meta, footer, .count { color: #4a4a4a; font-size: .9rem; }
            table.overview { border-collapse: collapse; width: 100%; font-size: .92rem; }
            table.overview th, table.overview td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
            table.overview td:nth-child(2) { word-break: break-all; }
            table.overview thead th { background: #eef0f3; }
            table.overview tr.fail td:first-child { border-left: 4px solid var(--error); }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.sev-error { color: var(--error); font-weight: bold; }
            td.sev-warning { color: var(--warning); font-weight: bold; }
            td.sev-info { color: var(--info); }
            .status { font-weight: bold; white-space: nowrap; }
            .unknown { color: #777; }
            .filters { background: #f5f6f8; border: 1px solid var(--line); padding: .4rem 1rem .6rem; margin-top: 1rem; }
            .filters p.meta { margin: .2rem 0 0; }
            .filters textarea { width: 100%; font: .85rem Consolas, "Courier New", monospace; }
            th button.sort { all: unset; cursor: pointer; font-weight: bold; }
            th button.sort::after { content: " ⇅"; color: #888; }
            th[aria-sort=ascending] button.sort::after { content: " ▲"; color: inherit; }
            th[aria-sort=descending] button.sort::after { content: " ▼"; color: inherit; }
            button.rule-pick { all: unset; cursor: pointer; text-decoration: underline; }
            tr.picked td { background: #fff7d6; }
            #d-clear { margin-left: .3rem; }
            .decide { display: flex; flex-wrap: wrap; gap: .3rem .5rem; align-items: center; margin-top: .3rem; }
            .decide input { min-width: 16rem; font: inherit; }
            li.confirmed { outline: 2px solid var(--error); }
            li.dismissed { opacity: .7; }
            .d-state { font-weight: bold; color: #4a4a4a; }
            .filters h2 { border: 0; margin: .4rem 0; font-size: 1.05rem; }
            .filter-row { display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; align-items: center; }
            select { max-width: 22rem; font: inherit; }
            article.report { border: 1px solid var(--line); border-radius: 4px; padding: .8rem 1rem; margin: 1rem 0;
              content-visibility: auto; contain-intrinsic-size: auto 40rem; }
            ol.findings { list-style: none; padding: 0; margin: .5rem 0 0; }
            li.finding { border-left: 4px solid var(--line); padding: .4rem .8rem; margin: .7rem 0; background: #fafbfc; }
            li.sev-error { border-left-color: var(--error); }
            li.sev-warning { border-left-color: var(--warning); }
            li.sev-info { border-left-color: var(--info); }
            li.suppressed { opacity: .75; border-left-style: dashed; }
            .finding-head { display: flex; flex-wrap: wrap; gap: .2rem .5rem; align-items: baseline; }
            .badge { display: inline-block; padding: 0 .45rem; border: 1px solid; border-radius: 3px; font-size: .85rem; font-weight: bold; }
            .badge.sev-error { color: var(--error); }
            .badge.sev-warning { color: var(--warning); }
            .badge.sev-info { color: var(--info); }
            .badge.suppressed { color: #555; border-style: dashed; }
            code.rule { font: bold .9rem Consolas, "Courier New", monospace; }
            .rule-title { font-weight: bold; }
            .where { color: #4a4a4a; font-size: .9rem; }
            .message { margin: .3rem 0; font-size: 1.02rem; }
            dl.facts { display: flex; flex-wrap: wrap; gap: .2rem 1.5rem; margin: .3rem 0; font-size: .92rem; }
            dl.facts div { display: flex; gap: .4rem; }
            dl.facts dt { color: #4a4a4a; }
            dl.facts dt::after { content: "："; }
            dl.facts dd { margin: 0; font-weight: bold; }
            pre.excerpt { white-space: pre-wrap; word-break: break-all; background: #fff; border: 1px solid var(--line);
              padding: .3rem .6rem; margin: .3rem 0; font: .9rem/1.5 Consolas, "Courier New", SimSun, monospace; }
            .basis, .hint, .justification { margin: .2rem 0; font-size: .92rem; }
            .clean { color: var(--ok); font-weight: bold; }
            footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: .5rem; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              .filters, .decide { display: none !important; }
              a { color: inherit; text-decoration: none; }
              h2 { break-after: avoid; }
              li.finding, table.overview tr { break-inside: avoid; }
              article.report { border: 0; padding: 0; content-visibility: visible; }
              article.report + article.report { border-top: 1px solid #999; padding-top: .5rem; }
              table.overview thead { display: table-header-group; }
              li.finding, table.overview thead th { background: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    /**
     * The page's behaviour: filters, sorting, decisions and their export. It reads data-* attributes,
     * text and the controls' values, toggles the hidden attribute, moves existing rows, and writes text
     * with textContent / value. No markup is built, no text is evaluated.
     */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var byId = function (id) { return document.getElementById(id); };
              var all = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
              var search = byId('f-search'), sev = byId('f-severity'), rule = byId('f-rule'), rep = byId('f-report');
              var failed = byId('f-failed'), sup = byId('f-suppressed'), reset = byId('f-reset'), count = byId('f-count');
              if (!search || !sev || !rule || !rep || !failed || !sup || !reset || !count) { return; }
              var findings = all('li.finding');
              var articles = all('article.report');
              var reportRows = all('#t-reports tbody tr');
              var unitRows = all('#t-units tbody tr');
              var ruleRows = all('#t-rules tbody tr');
              function has(el, q) { return !q || (el.getAttribute('data-search') || '').toLowerCase().indexOf(q) >= 0; }
              function apply() {
                var q = search.value.trim().toLowerCase();
                var narrowing = !!(sev.value || rule.value);
                var shown = 0, visibleByReport = {};
                findings.forEach(function (li) {
                  var ok = (!sev.value || li.getAttribute('data-severity') === sev.value)
                    && (!rule.value || li.getAttribute('data-rule') === rule.value)
                    && (sup.checked || li.getAttribute('data-suppressed') !== 'true');
                  li.hidden = !ok;
                  if (ok) { visibleByReport[li.getAttribute('data-report')] = true; }
                });
                function reportShown(el) {
                  var id = el.getAttribute('data-report');
                  return (!rep.value || id === rep.value) && has(el, q)
                    && (!failed.checked || el.getAttribute('data-failed') === 'true')
                    && (!narrowing || visibleByReport[id] === true);
                }
                articles.forEach(function (article) {
                  article.hidden = !reportShown(article);
                  var items = all('li.finding', article);
                  var visible = items.filter(function (li) { return !li.hidden; }).length;
                  if (!article.hidden) { shown += visible; }
                  var none = article.querySelector('.none-visible');
                  if (none) { none.hidden = !(items.length > 0 && visible === 0); }
                });
                reportRows.forEach(function (tr) { tr.hidden = !reportShown(tr); });
                unitRows.forEach(function (tr) {
                  var ids = (tr.getAttribute('data-reports') || '').split(' ').filter(Boolean);
                  tr.hidden = !has(tr, q) || (failed.checked && tr.getAttribute('data-failed') !== 'true')
                    || (!!rep.value && ids.indexOf(rep.value) < 0);
                });
                ruleRows.forEach(function (tr) { tr.classList.toggle('picked', tr.getAttribute('data-rule') === rule.value); });
                count.textContent = '显示 ' + shown + ' 个问题，共 ' + findings.length + ' 个';
              }
              [sev, rule, rep, failed, sup].forEach(function (el) { el.addEventListener('change', apply); });
              search.addEventListener('input', apply);
              reset.addEventListener('click', function () {
                search.value = ''; sev.value = ''; rule.value = ''; rep.value = ''; failed.checked = false; sup.checked = true;
                apply();
              });
              all('button.rule-pick').forEach(function (b) {
                b.addEventListener('click', function () {
                  rule.value = rule.value === b.getAttribute('data-rule') ? '' : b.getAttribute('data-rule');
                  apply();
                  byId('details').scrollIntoView();
                });
              });

              // sorting: a header button sorts its table's rows by that column (numbers as numbers)
              all('table.sortable').forEach(function (table) {
                all('thead th', table).forEach(function (th, col) {
                  var b = th.querySelector('button.sort');
                  if (!b) { return; }
                  b.addEventListener('click', function () {
                    var asc = th.getAttribute('aria-sort') !== 'ascending';
                    all('thead th', table).forEach(function (o) { o.removeAttribute('aria-sort'); });
                    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                    var body = table.tBodies[0];
                    var rows = Array.prototype.slice.call(body.rows);
                    var key = function (tr) { return tr.cells[col] ? tr.cells[col].textContent.trim() : ''; };
                    rows.sort(function (x, y) {
                      var a = key(x), c = key(y), na = parseFloat(a), nc = parseFloat(c);
                      var r = (!isNaN(na) && !isNaN(nc) && String(na) === a && String(nc) === c) ? na - nc
                        : a.localeCompare(c, 'zh-CN');
                      return asc ? r : -r;
                    });
                    rows.forEach(function (tr) { body.appendChild(tr); });
                  });
                });
              });

              // decisions: 确认 / 忽略 with a reason, exported as suppressions (docs/configuration.md), kept in
              // localStorage under this run's key (a hash of its findings) and restored on load
              var dcount = byId('d-count'), dmsg = byId('d-message'), yaml = byId('d-yaml'), exp = byId('d-export');
              var clear = byId('d-clear');
              var storeKey = 'disclosure-checker.decisions.' + (byId('filters').getAttribute('data-run') || '');
              var ids = {};
              findings.forEach(function (li) {
                var k = [li.getAttribute('data-file'), li.getAttribute('data-rule'), li.getAttribute('data-line'),
                  li.getAttribute('data-match')].join('\\u0000');
                ids[k] = (ids[k] || 0) + 1;
                li.__key = k + '\\u0000' + ids[k];
              });
              function stored() {
                try { return JSON.parse(window.localStorage.getItem(storeKey) || '{}') || {}; } catch (e) { return {}; }
              }
              function save() {
                var data = {};
                findings.forEach(function (li) {
                  var d = li.getAttribute('data-decision') || '', r = li.querySelector('.d-reason');
                  if (d !== (li.getAttribute('data-suppressed') === 'true' ? 'dismiss' : '') || r.value !== r.defaultValue) {
                    data[li.__key] = { d: d, r: r.value };
                  }
                });
                try {
                  if (Object.keys(data).length) { window.localStorage.setItem(storeKey, JSON.stringify(data)); }
                  else { window.localStorage.removeItem(storeKey); }
                } catch (e) {
                  dmsg.textContent = '浏览器不允许在本机保存决定：关闭页面前请先导出豁免文件';
                }
              }
              function state(li) {
                var s = li.querySelector('.d-state'), d = li.getAttribute('data-decision');
                var reason = li.querySelector('.d-reason').value.trim();
                s.textContent = d === 'confirm' ? '已确认' : d === 'dismiss' ? '已忽略（理由：' + reason + '）' : '';
                li.classList.toggle('confirmed', d === 'confirm');
                li.classList.toggle('dismissed', d === 'dismiss');
              }
              function tally() {
                var c = findings.filter(function (li) { return li.getAttribute('data-decision') === 'confirm'; }).length;
                var d = findings.filter(function (li) { return li.getAttribute('data-decision') === 'dismiss'; }).length;
                dcount.textContent = '已确认 ' + c + ' 个，已忽略 ' + d + ' 个';
              }
              function initial(li) {
                var reason = li.querySelector('.d-reason');
                reason.value = reason.defaultValue;
                if (li.getAttribute('data-suppressed') === 'true') { li.setAttribute('data-decision', 'dismiss'); }
                else { li.removeAttribute('data-decision'); }
                state(li);
              }
              var kept = stored();
              findings.forEach(function (li) {
                var reason = li.querySelector('.d-reason');
                initial(li);
                var k = kept[li.__key];
                if (k && typeof k === 'object') {
                  reason.value = typeof k.r === 'string' ? k.r : reason.value;
                  if (k.d === 'confirm' || (k.d === 'dismiss' && reason.value.trim())) { li.setAttribute('data-decision', k.d); }
                  else { li.removeAttribute('data-decision'); }
                  state(li);
                }
                li.querySelector('.d-confirm').addEventListener('click', function () {
                  li.setAttribute('data-decision', 'confirm'); state(li); tally(); save();
                });
                li.querySelector('.d-dismiss').addEventListener('click', function () {
                  if (!reason.value.trim()) {
                    li.querySelector('.d-state').textContent = '请先填写忽略的理由';
                    reason.focus();
                    return;
                  }
                  li.setAttribute('data-decision', 'dismiss'); state(li); tally(); save();
                });
                reason.addEventListener('input', function () {
                  if (li.getAttribute('data-decision') === 'dismiss') {
                    if (!reason.value.trim()) { li.removeAttribute('data-decision'); }
                    state(li); tally();
                  }
                  save();
                });
              });
              clear.addEventListener('click', function () {
                findings.forEach(initial);
                try { window.localStorage.removeItem(storeKey); } catch (e) { /* nothing was kept */ }
                tally();
                dmsg.textContent = '已清除本页的全部决定（已豁免的问题恢复为配置文件中的理由）';
              });
              function q(s) { return JSON.stringify(String(s)); }
              function glob(path) { return path.replace(/[\\\\*?\\[\\]{}]/g, '\\\\$&'); }
              function oneLine(s) { return String(s).replace(/[\\r\\n\\u2028\\u2029]+/g, ' '); }
              exp.addEventListener('click', function () {
                var out = ['# disclosure-checker 检查结果页面导出的豁免（' + new Date().toISOString().slice(0, 10) + '）。',
                  '# 用作下次检查的配置文件，与原有配置文件同用：--config 原配置.yaml --config 本文件（Maven：configLocation 逗号分隔列出两者）。',
                  'suppressions:'];
                var seen = {}, n = 0, confirmed = [];
                findings.forEach(function (li) {
                  var d = li.getAttribute('data-decision');
                  var where = oneLine(li.getAttribute('data-file')) + ' 第' + li.getAttribute('data-line') + '行';
                  if (d === 'confirm') { confirmed.push('#   ' + li.getAttribute('data-rule') + ' ' + where); }
                  if (d !== 'dismiss') { return; }
                  var entry = ['  - rule: ' + q(li.getAttribute('data-rule')),
                    '    files: ' + q(glob(li.getAttribute('data-file'))),
                    '    excerpt: ' + q(li.getAttribute('data-match')),
                    '    justification: ' + q(li.querySelector('.d-reason').value.trim())];
                  var k = entry.slice(0, 3).join('\\n');
                  if (seen[k]) { return; }
                  seen[k] = true; n++;
                  out.push('  # ' + where);
                  out = out.concat(entry);
                });
                if (n === 0) { out[out.length - 1] = 'suppressions: []'; }
                if (confirmed.length) { out.push('# 已确认的问题（不豁免）：'); out = out.concat(confirmed); }
                var text = out.join('\\n') + '\\n';
                yaml.value = text;
                yaml.hidden = false;
                var a = document.createElement('a');
                a.download = 'disclosure-suppressions.yaml';
                a.href = URL.createObjectURL(new Blob([text], { type: 'application/x-yaml;charset=utf-8' }));
                a.hidden = true;
                document.body.appendChild(a);
                a.click();
                document.body.removeChild(a);
                dmsg.textContent = '已导出 ' + n + ' 条豁免：disclosure-suppressions.yaml（内容也显示在下方）';
              });
              tally();
              byId('filters').hidden = false;
              apply();
            })();
            """;
}
