package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class JunitReporterTest {

    private static Document parse(CheckResult r) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Fixtures.bytes(Reporters.get("junit"), r)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element testcase(Element suite, String rule) {
        return children(suite, "testcase").stream().filter(t -> t.getAttribute("name").equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no testcase " + rule));
    }

    private static Element child(Element e, String name) {
        List<Element> c = children(e, name);
        return c.isEmpty() ? null : c.get(0);
    }

    @Test
    void aSuitePerReportACasePerRule() throws Exception {
        Element root = parse(Fixtures.result()).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(2, suites.size());
        assertEquals(Fixtures.FILE_A, suites.get(0).getAttribute("name"));
        assertEquals(Fixtures.FILE_B, suites.get(1).getAttribute("name"));
        for (Element s : suites) {
            assertEquals(5, children(s, "testcase").size());
            assertEquals("5", s.getAttribute("tests"));
            assertEquals("0", s.getAttribute("errors"));
            for (Element t : children(s, "testcase")) {
                assertEquals(s.getAttribute("name"), t.getAttribute("classname"));
            }
        }
        assertEquals("10", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        assertEquals(1, root.getElementsByTagName("failure").getLength());
    }

    @Test
    void findingsAtTheThresholdFailTheirRuleOthersGoToSystemOut() throws Exception {
        Element a = children(parse(Fixtures.result()).getDocumentElement(), "testsuite").get(0);
        assertEquals("1", a.getAttribute("failures"));
        assertEquals("0", a.getAttribute("skipped"));

        Element failure = child(testcase(a, "SUM-MISMATCH"), "failure");
        assertNotNull(failure);
        assertEquals("ERROR", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").contains("合计数与分项之和不符"));
        // the markup survives as text, the control character is gone
        assertEquals("12: " + Fixtures.MESSAGE_A_CLEAN + "\n", failure.getTextContent());

        Element date = testcase(a, "DATE-FORMAT");
        assertNull(child(date, "failure"), "a warning does not fail at threshold ERROR");
        String out = child(date, "system-out").getTextContent();
        assertTrue(out.contains("30: [警告] 日期“2024.1.15”写法不规范 （表2 第4行）"), out);
        assertTrue(out.contains("50: [已豁免] 日期“2024-01-15”写法不规范（理由：落款日期沿用上级模板）"), out);

        assertTrue(child(testcase(a, "PUNCTUATION"), "system-out").getTextContent().contains("40: [提示] 使用了英文逗号"));
        Element passing = testcase(a, "SECTION-ORDER");
        assertEquals(0, passing.getChildNodes().getLength(), "a passing test case is empty");
    }

    @Test
    void cleanReportHasPassingCases() throws Exception {
        Element b = children(parse(Fixtures.result()).getDocumentElement(), "testsuite").get(1);
        assertEquals("0", b.getAttribute("failures"));
        assertEquals(0, b.getElementsByTagName("failure").getLength());
        assertEquals(0, testcase(b, "SUM-MISMATCH").getChildNodes().getLength());
        // report B is G1, SECTION-ORDER is a G2/G3 rule
        assertNotNull(child(testcase(b, "SECTION-ORDER"), "skipped"));
        assertEquals("1", b.getAttribute("skipped"));
        long passing = children(b, "testcase").stream().filter(t -> !t.hasChildNodes()).count();
        assertEquals(4, passing);
    }

    @Test
    void thresholdWarningAlsoFailsOnUnsuppressedWarnings() throws Exception {
        Element a = children(parse(Fixtures.lenient()).getDocumentElement(), "testsuite").get(0);
        assertEquals("2", a.getAttribute("failures"));
        Element date = testcase(a, "DATE-FORMAT");
        Element failure = child(date, "failure");
        assertEquals("WARNING", failure.getAttribute("type"));
        assertEquals("30: 日期“2024.1.15”写法不规范 （表2 第4行）\n", failure.getTextContent());
        assertTrue(child(date, "system-out").getTextContent().contains("[已豁免]"), "suppressed never fails");
        assertNull(child(testcase(a, "PUNCTUATION"), "failure"));
    }

    @Test
    void findingOfARuleMissingFromTheCatalogueIsNotLost() throws Exception {
        CheckResult r = Fixtures.unreadable();
        CheckResult noCatalogue = new CheckResult(r.toolVersion(), List.of(), r.reports(), r.failOn(), 0, 1, false);
        Element s = children(parse(noCatalogue).getDocumentElement(), "testsuite").get(0);
        assertEquals(1, children(s, "testcase").size());
        Node failure = child(testcase(s, "READ-ERROR"), "failure");
        assertEquals("0: 无法读取文件：格式损坏\n", failure.getTextContent());
    }

    @Test
    void charactersXmlForbidsAreDroppedEverywhere() throws Exception {
        Finding bad = new Finding("PUNCTUATION", Severity.ERROR, 7, "第\uFFFE2页", null, null, null,
                "坏\uFFFF字符\uD800结束\u0002", null, null, null, null, null, false, null);
        ReportResult r = new ReportResult("x\uFFFE.txt", false, "G3", 2024, "某\uD800局", List.of(bad));
        Document doc = parse(new CheckResult("1", Fixtures.RULES, List.of(r), Severity.ERROR, 0, 1, false));
        Element suite = children(doc.getDocumentElement(), "testsuite").get(0);
        assertEquals("x.txt", suite.getAttribute("name"));
        Element failure = child(testcase(suite, "PUNCTUATION"), "failure");
        assertEquals("坏字符结束", failure.getAttribute("message"));
        assertEquals("7: 坏字符结束 （第2页）\n", failure.getTextContent());
    }
}
