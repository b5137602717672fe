package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Severity;

class HtmlReporterTest {

    private static final String HTML = Fixtures.render(Reporters.get("html"), Fixtures.result());

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void reportTextIsEscaped() {
        assertFalse(HTML.toLowerCase().contains("<script>alert"), "markup from a draft must not reach the page");
        assertEquals(1, occurrences(HTML.toLowerCase(), "<script"), "only our own filter script");
        assertTrue(HTML.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;"));
        assertFalse(HTML.contains("\u0001"));
        assertFalse(HTML.contains("\"引号\""), "quotes from report text are escaped everywhere");
    }

    @Test
    void decisionsAreKeptUnderTheRunsKeyAHashOfItsFindings() {
        String key = HtmlReporter.runKey(Fixtures.result());
        assertTrue(key.matches("[0-9a-f]{32}"), key);
        assertTrue(HTML.contains("data-run=\"" + key + "\""));
        assertTrue(HTML.contains("<button type=\"button\" id=\"d-clear\">清除本页决定</button>"));
        assertEquals(key, HtmlReporter.runKey(Fixtures.lenient()), "the same findings: the same key");
        assertFalse(key.equals(HtmlReporter.runKey(Fixtures.unreadable())), "other findings: another key");
        CheckResult oneLess = new CheckResult("1.2.3", Fixtures.RULES, java.util.List.of(Fixtures.A), Severity.ERROR, 0, 1,
                false);
        assertFalse(key.equals(HtmlReporter.runKey(oneLess)), "a report fewer: another key");
        assertTrue(HtmlReporter.SCRIPT.contains("localStorage") && !HtmlReporter.SCRIPT.contains("innerHTML")
                && !HtmlReporter.SCRIPT.contains("eval("), "kept as data, restored as values and text");
    }

    @Test
    void selfContainedAndLocked() {
        assertTrue(HTML.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertTrue(HTML.contains("<meta charset=\"utf-8\">"));
        // no script runs but the page's own, named by its hash: not an injected <script>, not an onerror=
        assertTrue(HTML.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src '" + HtmlReporter.scriptHash() + "'; img-src 'none'\">"));
        assertTrue(HTML.contains("<script>\n" + HtmlReporter.SCRIPT + "</script>"), "the hash is of the script as written");
        assertFalse(HTML.contains("script-src 'unsafe-inline'"));
        assertTrue(HTML.contains("<title>政府信息公开年报检查结果</title>"));
        assertFalse(HTML.contains("http://"));
        assertFalse(HTML.contains("https://"));
        assertFalse(Pattern.compile("\\ssrc\\s*=", Pattern.CASE_INSENSITIVE).matcher(HTML).find());
        assertFalse(HTML.contains("@import"));
        assertFalse(HTML.contains("url("));
        assertFalse(HTML.contains("innerHTML"));
        assertFalse(HTML.contains("eval("));
        assertFalse(HTML.contains("document.write"));
        assertTrue(HTML.contains("@media print"));
    }

    @Test
    void summaryTableHasEveryReport() {
        Matcher rows = Pattern.compile("<tr class=\"(pass|fail)\" data-report=[^>]*>(.*?)</tr>").matcher(HTML);
        assertTrue(rows.find());
        String a = rows.group(2);
        assertEquals("fail", rows.group(1));
        assertTrue(HTML.contains("下列文件均在 <code>reports/</code> 之下"), "the shared directory is said once");
        assertTrue(a.contains(">2023 县政府.txt</a>") && a.contains("某某县人民政府") && a.contains("2023")
                && a.contains("G2") && a.contains("未通过"), a);
        assertTrue(a.contains("<td class=\"num sev-error\">1</td><td class=\"num sev-warning\">1</td>"
                + "<td class=\"num sev-info\">1</td><td class=\"num suppressed\">1</td>"), a);
        assertTrue(rows.find());
        assertEquals("pass", rows.group(1));
        assertTrue(rows.group(2).contains("某某镇人民政府") && rows.group(2).contains("通过"));
        assertFalse(rows.find());
        assertTrue(HTML.contains("检查结果：未通过"));
    }

    @Test
    void everyFindingIsShownWithItsDetailsAndFilterData() {
        assertEquals(4, occurrences(HTML, "<li class=\"finding"));
        for (String rule : new String[] {"SUM-MISMATCH", "DATE-FORMAT", "PUNCTUATION"}) {
            assertTrue(HTML.contains("data-rule=\"" + rule + "\""), rule);
            assertTrue(HTML.contains("<code class=\"rule\">" + rule + "</code>"), rule);
            assertTrue(HTML.contains("<option value=\"" + rule + "\">"), rule);
        }
        assertTrue(HTML.contains("data-severity=\"ERROR\""));
        assertTrue(HTML.contains("data-severity=\"WARNING\""));
        assertTrue(HTML.contains("data-severity=\"INFO\""));
        assertTrue(HTML.contains("data-suppressed=\"true\""));
        assertTrue(HTML.contains("<option value=\"r1\">") && HTML.contains("<option value=\"r2\">"));
        assertTrue(HTML.contains("第 12 行"));
        assertTrue(HTML.contains("第 30 行 · 表2 第4行"));
        assertTrue(HTML.contains("<dt>表格行</dt><dd>（一）收到申请数</dd>"));
        assertTrue(HTML.contains("<dt>应为</dt><dd>12</dd>") && HTML.contains("<dt>实为</dt><dd>11</dd>"));
        assertTrue(HTML.contains("<pre class=\"excerpt\">收到申请数\t12 &lt;script&gt;"));
        assertTrue(HTML.contains("<b>依据：</b>" + Fixtures.BASIS_SUM));
        assertTrue(HTML.contains("<b>修改建议：</b>" + Fixtures.HINT_SUM));
        assertTrue(HTML.contains("<b>豁免理由：</b>落款日期沿用上级模板"));
        assertTrue(HTML.contains("未发现问题。"), "the clean report says so");
    }

    @Test
    void findingsOfAReportComeBySeverityWithDecisionButtons() {
        int error = HTML.indexOf("data-rule=\"SUM-MISMATCH\" data-report=\"r1\"");
        int warning = HTML.indexOf("data-line=\"30\"");
        int info = HTML.indexOf("data-rule=\"PUNCTUATION\" data-report=\"r1\"");
        int suppressed = HTML.indexOf("data-line=\"50\"");
        assertTrue(error > 0 && error < warning && warning < info && info < suppressed, error + " " + warning + " " + info
                + " " + suppressed);
        assertEquals(4, occurrences(HTML, "<button type=\"button\" class=\"d-dismiss\">忽略</button>"));
        assertEquals(4, occurrences(HTML, "<button type=\"button\" class=\"d-confirm\">确认</button>"));
        assertTrue(HTML.contains("data-file=\"reports/2023 县政府.txt\""));
        assertTrue(HTML.contains("<button type=\"button\" id=\"d-export\">导出豁免文件</button>"));
        // a suppressed finding starts out dismissed with its justification
        assertTrue(HTML.contains("data-justification=\"落款日期沿用上级模板\""));
    }

    @Test
    void countsPerRuleAndSkippedFilesAndWholeFileFindings() {
        Matcher sum = Pattern.compile("<tr data-rule=\"SUM-MISMATCH\">(.*?)</tr>").matcher(HTML);
        assertTrue(sum.find());
        assertTrue(sum.group(1).contains("<td class=\"num sev-error\">1</td><td class=\"num\">0</td>"), sum.group(1));
        Matcher date = Pattern.compile("<tr data-rule=\"DATE-FORMAT\">(.*?)</tr>").matcher(HTML);
        assertTrue(date.find());
        assertTrue(date.group(1).contains("<td class=\"num sev-warning\">1</td><td class=\"num\">0</td>"
                + "<td class=\"num suppressed\">1</td><td class=\"num\">1</td>"), date.group(1));

        CheckResult withSkipped = new CheckResult("1.2.3", Fixtures.RULES, Fixtures.unreadable().reports(),
                Severity.ERROR, 0, 1, false, java.util.List.of("C:\\报告\\说明.xlsx"));
        String html = Fixtures.render(Reporters.get("html"), withSkipped);
        assertTrue(html.contains("<h2>已跳过的文件（1 个）</h2>") && html.contains("<li>说明.xlsx</li>")
                || html.contains("<li>C:\\报告\\说明.xlsx</li>"), html);
        assertTrue(html.contains("<span class=\"where\">全文</span>"));
        assertFalse(html.contains("第 0 行"));
        assertFalse(html.contains("第0行"));
    }
}
