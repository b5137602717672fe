package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.UnitRollup;
import org.disclosurechecker.report.Reporters;

/**
 * --units: 30 listed departments, reports generated from one clean draft by changing the organ's
 * name; 3 units do not report and one reports twice. Exactly those findings, in every format.
 */
class UnitListTest {

    static final Path DRAFT = TestSupport.CLEAN.resolve("g3-county-department-2025.txt");
    static final String ORGAN = "桐溪县市场监督管理局";
    static final List<String> UNITS = List.of("教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局",
            "财政局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
            "商务局", "文化广电旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "统计局",
            "医疗保障局", "林业局", "市场监督管理局", "发展和改革委员会", "城市管理局", "行政审批局", "信访局",
            "体育局", "民族宗教事务局", "粮食和物资储备局").stream().map(s -> "桐溪县" + s).toList();
    static final List<String> MISSING = List.of("桐溪县司法局", "桐溪县水利局", "桐溪县体育局");
    static final String TWICE = "桐溪县审计局";

    @TempDir
    static Path dir;
    static CheckResult result;

    @BeforeAll
    static void run() throws IOException {
        String draft = Files.readString(DRAFT, StandardCharsets.UTF_8);
        Path reports = Files.createDirectories(dir.resolve("reports"));
        int n = 0;
        for (String unit : UNITS) {
            n++;
            if (MISSING.contains(unit)) {
                continue;
            }
            Files.writeString(reports.resolve(String.format("%02d.txt", n)), draft.replace(ORGAN, unit));
            if (unit.equals(TWICE)) {
                Files.writeString(reports.resolve(String.format("%02d-修改稿.txt", n)), draft.replace(ORGAN, unit));
            }
        }
        StringBuilder csv = new StringBuilder("名称,类型,文件\n# 本级部门\n");
        UNITS.forEach(u -> csv.append(u).append(",部门\n"));
        Files.writeString(dir.resolve("units.csv"), csv);
        result = TestSupport.check(CheckRequest.builder().baseDir(dir).input(Path.of("reports"))
                .unitsFile(Path.of("units.csv")).build());
    }

    /** rule id → files it was reported on (sorted), over all reports. */
    static Map<String, List<String>> byRule(CheckResult r) {
        Map<String, List<String>> out = new TreeMap<>();
        for (ReportResult rr : r.reports()) {
            for (Finding f : rr.findings()) {
                out.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(rr.file());
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    static final Map<String, List<String>> EXPECTED = Map.of(
            "REPORT-MISSING", List.of("units.csv", "units.csv", "units.csv"),
            "REPORT-DUPLICATE", List.of("reports/19-修改稿.txt", "reports/19.txt"));

    @Test
    void exactlyTheMissingAndTheDuplicate() {
        assertEquals(EXPECTED, byRule(result));
        ReportResult list = result.report("units.csv");
        assertEquals(MISSING, list.findings().stream().map(Finding::excerpt).map(e -> e.split(",")[0]).toList());
        assertEquals(List.of(8, 14, 30), list.findings().stream().map(Finding::line).toList());
        assertTrue(list.findings().get(0).message().contains("桐溪县司法局"), list.findings().get(0).message());
        assertTrue(list.findings().get(0).message().contains("2025年度"), list.findings().get(0).message());
        assertFalse(result.passed(), "a missing report is an ERROR by default");

        UnitRollup u = result.units();
        assertEquals(2025, u.year());
        assertEquals(30, u.units().size());
        assertEquals(26, u.count(UnitRollup.SUBMITTED));
        assertEquals(3, u.count(UnitRollup.MISSING));
        assertEquals(1, u.count(UnitRollup.DUPLICATE));
        assertEquals(List.of(), u.unlisted());
        assertEquals(List.of("reports/19-修改稿.txt", "reports/19.txt"), u.units().stream()
                .filter(x -> x.name().equals(TWICE)).findFirst().orElseThrow().reports());
    }

    @Test
    void jsonCarriesTheFindingsAndTheRollUp() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write("json"));
        Map<String, List<String>> seen = new TreeMap<>();
        for (JsonNode r : json.get("reports")) {
            for (JsonNode f : r.get("findings")) {
                seen.computeIfAbsent(f.get("ruleId").asText(), k -> new ArrayList<>()).add(r.get("file").asText());
            }
        }
        seen.values().forEach(l -> l.sort(null));
        assertEquals(EXPECTED, seen);
        assertEquals(28, json.get("summary").get("reports").asInt(), "the unit list is not counted as a report");
        assertEquals(0, json.get("summary").get("failed").asInt(), "every report passes");
        assertEquals("FAIL", json.get("summary").get("status").asText(), "the missing reports fail the run");
        assertEquals(3, json.get("summary").get("errors").asInt());
        for (JsonNode r : json.get("reports")) {
            assertEquals(r.get("file").asText().equals("units.csv") ? "units" : "report", r.get("role").asText());
        }
        JsonNode units = json.get("units");
        assertEquals("units.csv", units.get("file").asText());
        assertEquals(30, units.get("total").asInt());
        assertEquals(3, units.get("missing").asInt());
        assertEquals(1, units.get("duplicate").asInt());
        assertEquals(26, units.get("submitted").asInt());
        JsonNode first = units.get("list").get(0);
        assertEquals("桐溪县教育局", first.get("name").asText());
        assertEquals("SUBMITTED", first.get("status").asText());
        assertEquals("reports/01.txt", first.get("reports").get(0).asText());
        assertTrue(first.get("passed").asBoolean());
    }

    @Test
    void sarifCarriesTheFindings() throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(write("sarif"));
        Map<String, List<String>> seen = new TreeMap<>();
        for (JsonNode res : sarif.get("runs").get(0).get("results")) {
            String uri = res.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
            seen.computeIfAbsent(res.get("ruleId").asText(), k -> new ArrayList<>())
                    .add(java.net.URLDecoder.decode(uri, StandardCharsets.UTF_8));
        }
        seen.values().forEach(l -> l.sort(null));
        assertEquals(EXPECTED.keySet(), seen.keySet());
        assertEquals(3, seen.get("REPORT-MISSING").size());
        assertTrue(seen.get("REPORT-MISSING").stream().allMatch(s -> s.endsWith("units.csv")), seen.toString());
        assertEquals(2, seen.get("REPORT-DUPLICATE").size());
    }

    @Test
    void junitCarriesTheFindings() throws IOException {
        Document xml = Jsoup.parse(write("junit"), "", Parser.xmlParser());
        var missing = xml.select("testsuite[name=units.csv] testcase[name=REPORT-MISSING] failure");
        assertEquals(1, missing.size());
        assertEquals(3, missing.get(0).wholeText().lines().filter(l -> l.matches("\\d+: .*")).count(),
                missing.get(0).wholeText());
        var dup = xml.select("testcase[name=REPORT-DUPLICATE] system-out");
        assertEquals(2, dup.size());
        assertEquals(0, xml.select("testsuite:not([name=units.csv]) failure").size());
    }

    @Test
    void consoleAndHtmlCarryTheFindingsAndTheRollUp() throws IOException {
        String console = write("console");
        Map<String, Long> lines = console.lines().filter(l -> l.contains(": [REPORT-"))
                .collect(Collectors.groupingBy(l -> l.replaceAll(".*\\[(REPORT-[A-Z]+)].*", "$1"), TreeMap::new,
                        Collectors.counting()));
        assertEquals(Map.of("REPORT-MISSING", 3L, "REPORT-DUPLICATE", 2L), lines);
        assertEquals(1, console.lines().filter(l -> l.startsWith("units.csv:8: [REPORT-MISSING]")).count(), console);
        assertTrue(console.contains("共检查 28 份报告：通过 28 份，未通过 0 份；错误 3 个，警告 2 个"), console);
        assertTrue(console.contains("应报单位 30 个（2025年度）：已提交 26 个，未提交 3 个，重复提交 1 个；不在名单中的报告 0 份。"),
                console);
        assertTrue(console.contains("单位 桐溪县司法局：未提交。"), console);

        Document html = Jsoup.parse(write("html"));
        assertEquals(3, html.select("li.finding[data-rule=REPORT-MISSING]").size());
        assertEquals(2, html.select("li.finding[data-rule=REPORT-DUPLICATE]").size());
        assertEquals(30, html.select("#units tbody tr").size());
        assertEquals(3, html.select("#units tbody tr[data-status=MISSING]").size());
        assertTrue(html.select("#t-reports tbody tr").last().text().contains("（应报单位名单）"));
    }

    @Test
    void aGovernmentsReportSignedByItsOfficeAndAnUnlistedReport(@TempDir Path tmp) throws IOException {
        String gov = Files.readString(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"), StandardCharsets.UTF_8);
        String title = gov.lines().findFirst().orElseThrow();
        assertTrue(title.startsWith("青岚县人民政府"), title);
        // the title names no organ; the 落款 is the government's office
        String untitled = gov.replaceFirst("^青岚县人民政府", "").replaceAll("\n青岚县人民政府\n", "\n青岚县人民政府办公室\n");
        assertTrue(untitled.contains("\n青岚县人民政府办公室\n"));
        Files.writeString(tmp.resolve("gov.txt"), untitled);
        Files.writeString(tmp.resolve("other.txt"), Files.readString(DRAFT, StandardCharsets.UTF_8)
                .replace(ORGAN, "桐溪县气象局"));
        Files.writeString(tmp.resolve("units.csv"), "青岚县政府,政府\n" + ORGAN + "\n");
        CheckResult r = TestSupport.check(CheckRequest.builder().baseDir(tmp).input(tmp.resolve("gov.txt"))
                .input(tmp.resolve("other.txt")).unitsFile(tmp.resolve("units.csv")).build());
        UnitRollup u = r.units();
        assertEquals(List.of("gov.txt"), u.units().get(0).reports());
        assertEquals(UnitRollup.MISSING, u.units().get(1).status());
        assertEquals(List.of("other.txt"), u.unlisted());
        List<Finding> unlisted = r.report("other.txt").findings().stream()
                .filter(f -> f.ruleId().equals("REPORT-UNLISTED")).toList();
        assertEquals(1, unlisted.size());
        assertEquals("桐溪县气象局", unlisted.get(0).actual());
        assertEquals(1, unlisted.get(0).line());
        assertTrue(r.report("gov.txt").findings().stream().noneMatch(f -> f.ruleId().startsWith("REPORT-")));
    }

    @Test
    void theOfficeIsNotTheGovernmentWhenItIsListedItselfOrNamedInTheTitle() {
        List<org.disclosurechecker.config.UnitList.Unit> both = List.of(
                new org.disclosurechecker.config.UnitList.Unit("桐溪县人民政府", null, null, 1),
                new org.disclosurechecker.config.UnitList.Unit("桐溪县人民政府办公室", null, null, 2));
        assertEquals("桐溪县人民政府办公室", UnitMatcher.byName(both, "桐溪县人民政府办公室", true).name());
        List<org.disclosurechecker.config.UnitList.Unit> gov = both.subList(0, 1);
        assertEquals("桐溪县人民政府", UnitMatcher.byName(gov, "桐溪县人民政府办公室", true).name());
        assertNull(UnitMatcher.byName(gov, "桐溪县人民政府办公室", false), "a title naming the office is the office's");
        assertNull(UnitMatcher.byName(gov, "桐溪县财政局", true));
        assertNull(UnitMatcher.byName(gov, "溪县人民政府", true), "no partial names");
        assertEquals("桐溪县人民政府", UnitMatcher.byName(gov, "桐溪县 政府", false).name());
    }

    @Test
    void theConfigurationSetsTheSeverityOfAMissingReport(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("config.yaml"), "rules:\n  REPORT-MISSING:\n    severity: warning\n");
        CheckResult r = TestSupport.check(CheckRequest.builder().baseDir(dir).input(Path.of("reports"))
                .unitsFile(Path.of("units.csv")).configFile(tmp.resolve("config.yaml")).build());
        List<Finding> missing = r.report("units.csv").findings();
        assertEquals(3, missing.size());
        assertTrue(missing.stream().allMatch(f -> f.severity() == org.disclosurechecker.findings.Severity.WARNING));
        assertTrue(r.passed(), "warnings do not fail the run at the default threshold");
    }

    @Test
    void aBrokenUnitListStopsTheRun(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("u.csv"), "桐溪县教育局,机构\n");
        CheckException e = assertThrows(CheckException.class, () -> TestSupport.checker().check(CheckRequest.builder()
                .baseDir(tmp).input(DRAFT.toAbsolutePath()).unitsFile(tmp.resolve("u.csv")).build()));
        assertTrue(e.getMessage().contains("第1行") && e.getMessage().contains("机构"), e.getMessage());
        Files.writeString(tmp.resolve("u.csv"), "桐溪县教育局\n桐溪县教育局\n");
        e = assertThrows(CheckException.class, () -> TestSupport.checker().check(CheckRequest.builder()
                .baseDir(tmp).input(DRAFT.toAbsolutePath()).unitsFile(tmp.resolve("u.csv")).build()));
        assertTrue(e.getMessage().contains("重复"), e.getMessage());
    }

    static String write(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reporters.get(format).write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
