package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.rules.RuleBase;

/**
 * A run keeps at most {@link Checker#KEPT_DOCUMENTS} documents between its two passes; the reports beyond
 * that whose result depends on other reports (paired across years, or given unit facts) are read again.
 * Both ways must give the same result, which is checked here by keeping no document at all.
 */
class BoundedMemoryTest {

    static final Path PAIR = TestSupport.RESOURCES.resolve("rules/CARRY-OVER-MISMATCH");

    @Test
    void readingAgainGivesTheSameResultAsKeepingTheDocuments(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.copy(PAIR.resolve("fail-carried-differs.txt"), reports.resolve("青岚县-2025.txt"));
        Files.copy(PAIR.resolve("previous-2024-forward-changed.txt"), reports.resolve("青岚县-2024.txt"));
        String draft = Files.readString(TestSupport.CLEAN.resolve("g3-county-department-2025.txt"), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("a.txt"), draft);
        Files.writeString(reports.resolve("a-修改稿.txt"), draft);
        Files.writeString(reports.resolve("broken.txt"), "");
        Files.writeString(dir.resolve("units.csv"), "名称\n桐溪县市场监督管理局\n青岚县人民政府\n桐溪县教育局\n");
        CheckRequest withUnits = CheckRequest.builder().baseDir(dir).input(Path.of("reports"))
                .unitsFile(Path.of("units.csv")).build();
        CheckRequest withoutUnits = CheckRequest.builder().baseDir(dir).input(Path.of("reports")).build();

        for (CheckRequest req : List.of(withUnits, withoutUnits)) {
            CheckResult keeping = TestSupport.check(req);
            CheckResult reading;
            try {
                reading = new Checker(RuleBase.bundled(), 0).check(req);
            } catch (CheckException e) {
                throw new AssertionError(e);
            }
            assertEquals(keeping.reports().size(), reading.reports().size());
            for (ReportResult r : keeping.reports()) {
                assertEquals(r, reading.report(r.file()), r.file());
            }
            assertEquals(keeping.units(), reading.units());
            // the run really depended on the other reports: a pair and, with units, a duplicate
            assertEquals("reports/青岚县-2024.txt", reading.report("reports/青岚县-2025.txt").previous());
            assertTrue(reading.report("reports/青岚县-2025.txt").findings().stream()
                    .anyMatch(f -> f.ruleId().equals("CARRY-OVER-MISMATCH")));
        }
        assertTrue(TestSupport.check(withUnits).report("reports/a.txt").findings().stream()
                .anyMatch(f -> f.ruleId().equals("REPORT-DUPLICATE")));
    }
}
