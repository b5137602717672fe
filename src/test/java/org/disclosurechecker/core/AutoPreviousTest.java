package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.report.Reporters;

/** Without --previous, reports of one organ for consecutive years in one run are compared. */
class AutoPreviousTest {

    static final Path FIXTURES = TestSupport.RESOURCES.resolve("rules/CARRY-OVER-MISMATCH");

    static List<Integer> lines(CheckResult r, String file, String rule) {
        return r.report(file).findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::line).toList();
    }

    @Test
    void consecutiveYearsOfOneOrganArePairedAndSaySo(@TempDir Path dir) throws IOException {
        Files.copy(FIXTURES.resolve("fail-carried-differs.txt"), dir.resolve("青岚县-2025.txt"));
        Files.copy(FIXTURES.resolve("previous-2024-forward-changed.txt"), dir.resolve("青岚县-2024.txt"));
        Files.copy(TestSupport.CLEAN.resolve("g3-county-department-2025.txt"), dir.resolve("桐溪县市场监管-2025.txt"));
        CheckResult auto = TestSupport.check(CheckRequest.builder().baseDir(dir).input(dir).build());
        CheckResult explicit = TestSupport.check(CheckRequest.builder().baseDir(dir).input(dir.resolve("青岚县-2025.txt"))
                .previousReport(dir.resolve("青岚县-2024.txt")).build());

        assertEquals(List.of(111, 116), lines(auto, "青岚县-2025.txt", "CARRY-OVER-MISMATCH"));
        assertEquals(explicit.report("青岚县-2025.txt").findings(), auto.report("青岚县-2025.txt").findings(),
                "the same findings as with --previous");
        assertEquals("青岚县-2024.txt", auto.report("青岚县-2025.txt").previous());
        assertEquals("青岚县-2024.txt", explicit.report("青岚县-2025.txt").previous());
        assertNull(auto.report("青岚县-2024.txt").previous(), "no 2023 report in the run");
        assertNull(auto.report("桐溪县市场监管-2025.txt").previous(), "another organ is never paired");

        JsonNode json = new ObjectMapper().readTree(write(auto, "json"));
        for (JsonNode r : json.get("reports")) {
            String want = r.get("file").asText().equals("青岚县-2025.txt") ? "青岚县-2024.txt" : null;
            assertEquals(want, r.get("previous").isNull() ? null : r.get("previous").asText(), r.toString());
        }
        assertTrue(write(auto, "console").contains("报告 青岚县-2025.txt 与上一年度报告 青岚县-2024.txt 作了跨年度比对。"));
        assertTrue(write(auto, "html").contains("跨年度比对所用的上一年度报告：青岚县-2024.txt"));
    }

    @Test
    void twoCandidatesForLastYearPairNothing(@TempDir Path dir) throws IOException {
        Files.copy(FIXTURES.resolve("fail-carried-differs.txt"), dir.resolve("2025.txt"));
        Files.copy(FIXTURES.resolve("previous-2024-forward-changed.txt"), dir.resolve("2024-a.txt"));
        Files.copy(TestSupport.CLEAN.resolve("g3-county-government-2024.txt"), dir.resolve("2024-b.txt"));
        CheckResult r = TestSupport.check(CheckRequest.builder().baseDir(dir).input(dir).build());
        assertNull(r.report("2025.txt").previous());
        assertEquals(List.of(), lines(r, "2025.txt", "CARRY-OVER-MISMATCH"));
    }

    @Test
    void theCleanPairStaysClean(@TempDir Path dir) throws IOException {
        Files.copy(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"), dir.resolve("a.txt"));
        Files.copy(TestSupport.CLEAN.resolve("g3-county-government-2024.txt"), dir.resolve("b.txt"));
        CheckResult r = TestSupport.check(CheckRequest.builder().baseDir(dir).input(dir).build());
        assertEquals("b.txt", r.report("a.txt").previous());
        assertEquals(List.of(), r.report("a.txt").findings());
        assertFalse(r.reports().stream().anyMatch(x -> !x.passed()));
    }

    static String write(CheckResult r, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reporters.get(format).write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
