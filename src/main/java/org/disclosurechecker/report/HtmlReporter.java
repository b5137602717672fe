package org.disclosurechecker.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * One self-contained HTML page for supervisors: the verdict, a table of all reports, then every
 * finding with its excerpt, basis and hint, filterable by severity, rule and report.
 *
 * <p>Safety: every piece of text from the result (which comes from the drafts, and may contain
 * markup) goes through {@link #esc}; the page loads nothing (a Content-Security-Policy forbids any
 * network access); the filter script only reads {@code data-*} attributes and toggles {@code hidden},
 * it never builds markup or evaluates text. Element ids are generated ({@code r1}, {@code r2}, …),
 * never taken from report text.
 */
final class HtmlReporter implements Reporter {

    static final String TITLE = "政府信息公开年报检查结果";
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String defaultFileName() {
        return "report.html";
    }

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        for (RuleDescriptor d : result.rules()) {
            rules.putIfAbsent(d.id(), d);
        }
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n");
        w.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>" + TITLE + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");

        header(w, result);
        w.write("<main>\n");
        units(w, result);
        overview(w, result);
        filters(w, result, rules);
        details(w, result, rules);
        w.write("</main>\n");
        w.write("<footer>由 disclosure-checker" + (result.toolVersion() == null ? "" : " " + esc(result.toolVersion()))
                + " 生成。本页面不连接网络，所有内容均来自本次检查。</footer>\n");
        w.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
        w.flush();
    }

    private static void header(Writer w, CheckResult result) throws IOException {
        w.write("<header>\n<h1>" + TITLE + "</h1>\n");
        w.write("<p class=\"verdict " + (result.passed() ? "pass" : "fail") + "\">检查结果：" + Texts.verdict(result.passed())
                + "</p>\n");
        w.write("<p class=\"summary\">" + esc(Texts.summary(result)) + "</p>\n");
        Severity failOn = result.failOn() == null ? Severity.ERROR : result.failOn();
        w.write("<p class=\"meta\">判定标准：未豁免的“" + esc(Texts.threshold(failOn)) + "”级问题超过 "
                + result.maxAllowedViolations() + " 个即为未通过；单份报告出现此类问题即标为未通过。已豁免的问题仍列出，但不影响结论。</p>\n");
        w.write("</header>\n");
    }

    private static void overview(Writer w, CheckResult result) throws IOException {
        w.write("<section id=\"overview\">\n<h2>各报告检查情况</h2>\n");
        if (result.reports().isEmpty()) {
            w.write("<p>没有检查任何报告。</p>\n</section>\n");
            return;
        }
        w.write("<table class=\"overview\">\n<thead><tr><th>序号</th><th>报告文件</th><th>单位</th><th>年度</th>"
                + "<th>格式版本</th><th>结论</th><th>错误</th><th>警告</th><th>提示</th><th>已豁免</th></tr></thead>\n<tbody>\n");
        int i = 0;
        for (ReportResult r : result.reports()) {
            i++;
            w.write("<tr class=\"" + (r.passed() ? "pass" : "fail") + "\"><td class=\"num\">" + i + "</td>"
                    + "<td><a href=\"#r" + i + "\">" + esc(r.file()) + "</a></td>"
                    + "<td>" + orUnknown(r.organ()) + "</td>"
                    + "<td>" + (r.year() == null ? unknown() : r.year().toString()) + "</td>"
                    + "<td>" + orUnknown(r.edition()) + "</td>"
                    + "<td>" + status(r.passed()) + "</td>"
                    + count(r.count(Severity.ERROR), "sev-error") + count(r.count(Severity.WARNING), "sev-warning")
                    + count(r.count(Severity.INFO), "sev-info") + count(r.suppressedCount(), "suppressed")
                    + "</tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private static void units(Writer w, CheckResult result) throws IOException {
        UnitRollup u = result.units();
        if (u == null) {
            return;
        }
        w.write("<section id=\"units\">\n<h2>各单位提交情况</h2>\n<p class=\"summary\">" + esc(Texts.unitSummary(u))
                + "</p>\n");
        w.write("<table class=\"overview units\">\n<thead><tr><th>序号</th><th>单位</th><th>提交情况</th><th>报告文件</th>"
                + "<th>结论</th><th>错误</th><th>警告</th><th>提示</th></tr></thead>\n<tbody>\n");
        int i = 0;
        for (UnitRollup.Unit x : u.units()) {
            i++;
            boolean passed = Texts.unitPassed(result, x);
            w.write("<tr class=\"" + (passed ? "pass" : "fail") + "\" data-status=\"" + esc(x.status()) + "\">"
                    + "<td class=\"num\">" + i + "</td><td>" + esc(x.name()) + "</td><td>"
                    + esc(Texts.unitStatus(x.status())) + "</td><td>" + esc(String.join("、", x.reports())) + "</td>"
                    + "<td>" + (x.reports().isEmpty() ? "—" : status(passed)) + "</td>"
                    + count(Texts.unitCount(result, x, Severity.ERROR), "sev-error")
                    + count(Texts.unitCount(result, x, Severity.WARNING), "sev-warning")
                    + count(Texts.unitCount(result, x, Severity.INFO), "sev-info") + "</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
        if (!u.unlisted().isEmpty()) {
            w.write("<p>不在名单中的报告：" + esc(String.join("、", u.unlisted())) + "</p>\n");
        }
        w.write("</section>\n");
    }

    private static void filters(Writer w, CheckResult result, Map<String, RuleDescriptor> rules) throws IOException {
        // the rules that occur, in catalogue order, then ids the catalogue does not know
        Set<String> seen = new LinkedHashSet<>();
        result.reports().forEach(r -> r.findings().forEach(f -> seen.add(Texts.nz(f.ruleId()))));
        Set<String> ordered = new LinkedHashSet<>();
        rules.keySet().stream().filter(seen::contains).forEach(ordered::add);
        ordered.addAll(seen);

        // hidden until the script runs: without script the filters would do nothing
        w.write("<section id=\"filters\" class=\"filters\" hidden>\n<h2>筛选问题</h2>\n<div class=\"filter-row\">\n");
        w.write("<label>严重程度 <select id=\"f-severity\"><option value=\"\">全部</option>");
        for (Severity s : Severity.values()) {
            w.write("<option value=\"" + s.name() + "\">" + s.chinese() + "</option>");
        }
        w.write("</select></label>\n<label>规则 <select id=\"f-rule\"><option value=\"\">全部</option>");
        for (String id : ordered) {
            RuleDescriptor d = rules.get(id);
            w.write("<option value=\"" + esc(id) + "\">" + esc(id)
                    + (d == null || d.title() == null ? "" : " " + esc(d.title())) + "</option>");
        }
        w.write("</select></label>\n<label>报告 <select id=\"f-report\"><option value=\"\">全部</option>");
        int i = 0;
        for (ReportResult r : result.reports()) {
            i++;
            w.write("<option value=\"r" + i + "\">" + esc(r.file()) + (r.organ() == null ? "" : "（" + esc(r.organ()) + "）")
                    + "</option>");
        }
        w.write("</select></label>\n<label><input type=\"checkbox\" id=\"f-suppressed\" checked> 显示已豁免的问题</label>\n");
        w.write("<button type=\"button\" id=\"f-reset\">清除筛选</button>\n</div>\n");
        w.write("<p id=\"f-count\" class=\"count\" aria-live=\"polite\"></p>\n</section>\n");
    }

    private static void details(Writer w, CheckResult result, Map<String, RuleDescriptor> rules) throws IOException {
        w.write("<section id=\"details\">\n<h2>问题明细</h2>\n");
        int i = 0;
        for (ReportResult r : result.reports()) {
            i++;
            String rid = "r" + i;
            w.write("<article class=\"report\" id=\"" + rid + "\" data-report=\"" + rid + "\">\n");
            w.write("<h3>" + status(r.passed()) + " " + esc(r.file()) + "</h3>\n");
            w.write("<p class=\"report-meta\">单位：" + orUnknown(r.organ()) + "；年度："
                    + (r.year() == null ? unknown() : r.year().toString()) + "；格式版本：" + orUnknown(r.edition())
                    + "；" + esc(Texts.counts(r)) + "，已豁免 " + r.suppressedCount() + " 个。</p>\n");
            if (r.findings().isEmpty()) {
                w.write("<p class=\"clean\">未发现问题。</p>\n");
            } else {
                w.write("<ol class=\"findings\">\n");
                for (Finding f : r.findings()) {
                    finding(w, f, rid, rules.get(f.ruleId()));
                }
                w.write("</ol>\n<p class=\"none-visible\" hidden>该报告没有符合筛选条件的问题。</p>\n");
            }
            w.write("</article>\n");
        }
        w.write("</section>\n");
    }

    private static void finding(Writer w, Finding f, String rid, RuleDescriptor d) throws IOException {
        String sev = f.severity() == null ? "" : f.severity().name();
        String css = "sev-" + sev.toLowerCase(Locale.ROOT);
        w.write("<li class=\"finding " + css + (f.suppressed() ? " suppressed" : "") + "\" data-severity=\"" + sev
                + "\" data-rule=\"" + esc(f.ruleId()) + "\" data-report=\"" + rid + "\" data-suppressed=\""
                + f.suppressed() + "\">\n");
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
        return "<td class=\"num" + (n > 0 ? " " + css : "") + "\">" + n + "</td>";
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
            .filters { background: #f5f6f8; border: 1px solid var(--line); padding: .2rem 1rem .6rem; margin-top: 1.5rem; }
            .filters h2 { border: 0; margin: .4rem 0; font-size: 1.05rem; }
            .filter-row { display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; align-items: center; }
            select { max-width: 22rem; font: inherit; }
            article.report { border: 1px solid var(--line); border-radius: 4px; padding: .8rem 1rem; margin: 1rem 0; }
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
              .filters { display: none !important; }
              a { color: inherit; text-decoration: none; }
              h2 { break-after: avoid; }
              li.finding, table.overview tr { break-inside: avoid; }
              article.report { border: 0; padding: 0; }
              article.report + article.report { border-top: 1px solid #999; padding-top: .5rem; }
              table.overview thead { display: table-header-group; }
              li.finding, table.overview thead th { background: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    /**
     * The filters: reads data-* attributes and the selects' values, toggles the hidden attribute and
     * writes a number with textContent. Nothing else; no markup is built, no text is evaluated.
     */
    private static final String SCRIPT = """
            (function () {
              'use strict';
              var byId = function (id) { return document.getElementById(id); };
              var sev = byId('f-severity'), rule = byId('f-rule'), rep = byId('f-report');
              var sup = byId('f-suppressed'), reset = byId('f-reset'), count = byId('f-count');
              if (!sev || !rule || !rep || !sup || !reset || !count) { return; }
              var findings = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
              var reports = Array.prototype.slice.call(document.querySelectorAll('article.report'));
              function apply() {
                var shown = 0;
                findings.forEach(function (li) {
                  var ok = (!sev.value || li.getAttribute('data-severity') === sev.value)
                    && (!rule.value || li.getAttribute('data-rule') === rule.value)
                    && (!rep.value || li.getAttribute('data-report') === rep.value)
                    && (sup.checked || li.getAttribute('data-suppressed') !== 'true');
                  li.hidden = !ok;
                  if (ok) { shown++; }
                });
                var narrowing = !!(sev.value || rule.value);
                reports.forEach(function (article) {
                  var all = article.querySelectorAll('li.finding').length;
                  var visible = article.querySelectorAll('li.finding:not([hidden])').length;
                  var other = rep.value && article.getAttribute('data-report') !== rep.value;
                  article.hidden = !!other || (narrowing && visible === 0);
                  var none = article.querySelector('.none-visible');
                  if (none) { none.hidden = !(all > 0 && visible === 0); }
                });
                count.textContent = '显示 ' + shown + ' 个问题，共 ' + findings.length + ' 个';
              }
              [sev, rule, rep, sup].forEach(function (el) { el.addEventListener('change', apply); });
              reset.addEventListener('click', function () {
                sev.value = ''; rule.value = ''; rep.value = ''; sup.checked = true; apply();
              });
              byId('filters').hidden = false;
              apply();
            })();
            """;
}
