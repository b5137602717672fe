package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.cli.Main;
import org.disclosurechecker.config.Baseline;
import org.disclosurechecker.config.Settings;
import org.disclosurechecker.config.SettingsLoader;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;

/** --write-baseline: every finding of a run as a suppression; read back, exactly those are suppressed. */
class BaselineTest {

    @Test
    void readBackTheBaselineSuppressesExactlyTheFindingsItWasWrittenFrom(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports [2017]"));
        try (Stream<Path> s = Files.list(TestSupport.SAMPLES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, reports.resolve(p.getFileName()));
            }
        }
        CheckRequest request = CheckRequest.builder().baseDir(dir).input(dir.resolve("reports [2017]")).build();
        CheckResult before = TestSupport.check(request);
        int findings = before.reports().stream().mapToInt(r -> r.findings().size()).sum();
        assertFalse(before.passed());
        assertTrue(findings > 20, "the samples have real findings: " + findings);

        Path baseline = dir.resolve("baseline.yaml");
        Baseline.write(baseline, before, Baseline.defaultJustification(LocalDate.of(2026, 12, 3)));
        Settings settings = SettingsLoader.load(baseline, TestSupport.checker().rules().catalogue()::contains);
        assertTrue(settings.suppressions().stream()
                .allMatch(s -> s.justification().equals("基线：采用检查前已有的问题（2026-12-03）")));
        assertTrue(settings.suppressions().stream().allMatch(s -> s.files().startsWith("reports \\[2017\\]/")),
                "glob characters in paths are escaped");

        // a new problem appears in one report after the baseline
        Path changed = reports.resolve("2017-baizhang-town.txt");
        List<String> lines = Files.readAllLines(changed, StandardCharsets.UTF_8);
        int target = 5;
        lines.set(target - 1, lines.get(target - 1) + "详见XX县门户网站。");
        Files.write(changed, lines, StandardCharsets.UTF_8);

        CheckResult after = TestSupport.check(CheckRequest.builder().baseDir(dir).input(dir.resolve("reports [2017]"))
                .configFile(baseline).build());
        List<Finding> open = after.reports().stream().flatMap(r -> r.findings().stream()).filter(f -> !f.suppressed())
                .toList();
        assertEquals(1, open.size(), open.toString());
        assertEquals("PLACEHOLDER", open.get(0).ruleId());
        assertEquals(target, open.get(0).line());
        assertEquals(findings + 1, after.reports().stream().mapToInt(r -> r.findings().size()).sum());
        for (ReportResult r : after.reports()) {
            assertEquals(r.file().endsWith("baizhang-town.txt") && open.get(0).severity().atLeast(after.failOn()),
                    !r.passed(), r.file());
        }
    }

    @Test
    void theCommandLineWritesTheBaselineWithItsJustification(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("sub/baseline.yaml");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--write-baseline", baseline.toString(), "--baseline-justification",
                "省里同意分两年整改", "--fail-on", "info", "sample-reports/2017-xiangshan-county-office.txt"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status, "the check itself still fails");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("已写出基线"), err.toString(StandardCharsets.UTF_8));
        Settings s = SettingsLoader.load(baseline, TestSupport.checker().rules().catalogue()::contains);
        assertFalse(s.suppressions().isEmpty());
        assertTrue(s.suppressions().stream().allMatch(x -> x.justification().equals("省里同意分两年整改")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        status = Main.run(new String[] {"--config", baseline.toString(), "--fail-on", "info",
                "sample-reports/2017-xiangshan-county-office.txt"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
    }
}
