package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class JsonReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(org.disclosurechecker.findings.CheckResult r) throws Exception {
        return MAPPER.readTree(Fixtures.render(Reporters.get("json"), r));
    }

    @Test
    void toolAndSummary() throws Exception {
        JsonNode root = parse(Fixtures.result());
        assertEquals("disclosure-checker", root.at("/tool/name").asText());
        assertEquals("1.2.3", root.at("/tool/version").asText());
        JsonNode s = root.get("summary");
        assertEquals(2, s.get("reports").asInt());
        assertEquals(1, s.get("passed").asInt());
        assertEquals(1, s.get("failed").asInt());
        assertEquals(1, s.get("errors").asInt());
        assertEquals(1, s.get("warnings").asInt(), "the suppressed warning is not counted");
        assertEquals(1, s.get("infos").asInt());
        assertEquals(1, s.get("suppressed").asInt());
        assertEquals("ERROR", s.get("failOn").asText());
        assertEquals(1, s.get("violations").asInt());
        assertEquals("FAIL", s.get("status").asText());
    }

    @Test
    void reportsAndFindingsCarryTheContractFields() throws Exception {
        JsonNode reports = parse(Fixtures.result()).get("reports");
        assertEquals(2, reports.size());
        JsonNode a = reports.get(0);
        assertEquals(Fixtures.FILE_A, a.get("file").asText());
        assertEquals("FAIL", a.get("status").asText());
        assertEquals("G2", a.get("edition").asText());
        assertEquals(2023, a.get("year").asInt());
        assertTrue(a.get("year").isInt());
        assertEquals("某某县人民政府", a.get("organ").asText());
        assertEquals(4, a.get("findings").size());

        JsonNode f = a.get("findings").get(0);
        List<String> names = new ArrayList<>();
        f.fieldNames().forEachRemaining(names::add);
        assertTrue(names.containsAll(List.of("ruleId", "severity", "line", "section", "row", "column", "message",
                "expected", "actual", "excerpt", "basis", "hint", "suppressed")), names.toString());
        assertEquals("SUM-MISMATCH", f.get("ruleId").asText());
        assertEquals("ERROR", f.get("severity").asText());
        assertEquals(12, f.get("line").asInt());
        assertEquals("三、收到和处理政府信息公开申请情况", f.get("section").asText());
        assertEquals("（一）收到申请数", f.get("row").asText());
        assertEquals("统计数", f.get("column").asText());
        assertEquals(Fixtures.MESSAGE_A, f.get("message").asText(), "JSON keeps the text exactly (escaped)");
        assertEquals("12", f.get("expected").asText());
        assertEquals("11", f.get("actual").asText());
        assertEquals(Fixtures.EXCERPT_A, f.get("excerpt").asText());
        assertEquals(Fixtures.BASIS_SUM, f.get("basis").asText());
        assertEquals(Fixtures.HINT_SUM, f.get("hint").asText());
        assertFalse(f.get("suppressed").asBoolean());
        assertTrue(f.get("justification").isNull());

        JsonNode w = a.get("findings").get(1);
        assertEquals("WARNING", w.get("severity").asText());
        assertEquals("表2 第4行", w.get("location").asText());
        assertTrue(w.get("section").isNull());
        assertTrue(w.get("expected").isNull());

        JsonNode sup = a.get("findings").get(3);
        assertTrue(sup.get("suppressed").asBoolean());
        assertEquals("落款日期沿用上级模板", sup.get("justification").asText());

        JsonNode b = reports.get(1);
        assertEquals("PASS", b.get("status").asText());
        assertEquals(0, b.get("findings").size());
        assertTrue(b.get("findings").isArray());
    }

    @Test
    void unknownIdentityIsNull() throws Exception {
        JsonNode root = parse(Fixtures.unreadable());
        JsonNode r = root.at("/reports/0");
        assertTrue(r.get("edition").isNull());
        assertTrue(r.get("year").isNull());
        assertTrue(r.get("organ").isNull());
        assertEquals(0, r.at("/findings/0/line").asInt());
        assertTrue(r.at("/findings/0/excerpt").isNull());
    }

    @Test
    void lenientRunPasses() throws Exception {
        JsonNode s = parse(Fixtures.lenient()).get("summary");
        assertEquals("PASS", s.get("status").asText());
        assertEquals("WARNING", s.get("failOn").asText());
        assertEquals(5, s.get("maxAllowedViolations").asInt());
    }

    @Test
    void prettyUtf8WithoutUnicodeEscapes() {
        String text = Fixtures.render(Reporters.get("json"), Fixtures.result());
        assertTrue(text.contains("\"organ\": \"某某县人民政府\""), text);
        assertTrue(text.startsWith("{\n  \"tool\""), text.substring(0, 40));
        // the control character must be escaped (JSON forbids it raw), nothing else
        assertFalse(text.contains("\u0001"));
        assertTrue(text.contains("\\u0001"));
        assertFalse(text.contains("\\u67d0"), "Chinese must not be \\u-escaped");
    }
}
