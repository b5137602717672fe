package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;

/**
 * A finding suppressed by a real configuration file carries its justification in every output: JSON
 * {@code justification}, SARIF {@code suppressions[]} of kind "external" with the justification, JUnit
 * (the rule's case skipped with the reason, the finding in system-out with it), the HTML page (the
 * reason shown, escaped) and the console (marked 已豁免 with the reason).
 */
class SuppressedEverywhereTest {

    static final String RULE = "DATE-CONFLICT";
    static final String WHY = "复核：<b>沿用</b> & \"旧\"模板";

    @TempDir
    static Path dir;
    static CheckResult result;
    static List<Finding> suppressed;

    @BeforeAll
    static void run() throws Exception {
        Path config = Files.writeString(dir.resolve("decisions.yaml"), "suppressions:\n  - rule: " + RULE
                + "\n    justification: '" + WHY + "'\n", StandardCharsets.UTF_8);
        result = TestSupport.check(CheckRequest.builder().input(Path.of("sample-reports/2016-jichang-town.txt"))
                .configFile(config).build());
        suppressed = result.reports().get(0).findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
        assertFalse(suppressed.isEmpty(), "the sample has " + RULE + " errors");
        assertTrue(suppressed.stream().allMatch(f -> f.suppressed() && WHY.equals(f.justification())));
    }

    static String render(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reporters.get(format).write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void json() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        new ObjectMapper().readTree(render("json")).at("/reports/0/findings")
                .forEach(f -> { if (f.path("ruleId").asText().equals(RULE)) { found.add(f); } });
        assertEquals(suppressed.size(), found.size());
        for (JsonNode f : found) {
            assertTrue(f.path("suppressed").asBoolean(), f.toString());
            assertEquals(WHY, f.path("justification").asText(), f.toString());
        }
    }

    @Test
    void sarif() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        new ObjectMapper().readTree(render("sarif")).at("/runs/0/results")
                .forEach(r -> { if (r.path("ruleId").asText().equals(RULE)) { found.add(r); } });
        assertEquals(suppressed.size(), found.size());
        for (JsonNode r : found) {
            assertEquals(1, r.path("suppressions").size(), r.toString());
            assertEquals("external", r.at("/suppressions/0/kind").asText());
            assertEquals(WHY, r.at("/suppressions/0/justification").asText());
        }
    }

    @Test
    void junit() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(render("junit").getBytes(StandardCharsets.UTF_8)));
        NodeList cases = xml.getElementsByTagName("testcase");
        Element testcase = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(RULE)) {
                testcase = e;
            }
        }
        assertTrue(testcase != null, "a test case for the rule");
        assertEquals(0, testcase.getElementsByTagName("failure").getLength(), "suppressed: no failure");
        Element skipped = (Element) testcase.getElementsByTagName("skipped").item(0);
        assertEquals("已豁免：" + WHY, skipped.getAttribute("message"));
        String out = testcase.getElementsByTagName("system-out").item(0).getTextContent();
        assertEquals(suppressed.size(), out.split(java.util.regex.Pattern.quote("[已豁免]"), -1).length - 1, out);
        assertTrue(out.contains("（理由：" + WHY + "）"), out);
        Element suite = (Element) testcase.getParentNode();
        assertTrue(Integer.parseInt(suite.getAttribute("skipped")) >= 1);
    }

    @Test
    void html() throws Exception {
        String html = render("html");
        String escaped = "复核：&lt;b&gt;沿用&lt;/b&gt; &amp; &quot;旧&quot;模板";
        assertTrue(html.contains("<p class=\"justification\"><b>豁免理由：</b>" + escaped + "</p>"), "shown, escaped");
        assertFalse(html.contains(WHY), "never as markup");
        assertEquals(suppressed.size(), html.split(java.util.regex.Pattern.quote("data-justification=\"" + escaped
                + "\""), -1).length - 1);
    }

    @Test
    void console() throws Exception {
        List<String> lines = render("console").lines().filter(l -> l.contains("[" + RULE + "]")).toList();
        assertEquals(suppressed.size(), lines.size());
        assertTrue(lines.stream().allMatch(l -> l.contains("] 已豁免 ") && l.contains("（理由：" + WHY + "）")),
                lines.toString());
    }
}
