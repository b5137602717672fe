package org.disclosurechecker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.RuleDescriptor;

/**
 * The rig that ties every catalogue rule to its fixtures: src/test/resources/rules/&lt;RULE-ID&gt;/ holds
 * fail-*.* drafts (each with one defect) and pass-*.* drafts (near misses that must stay silent), or
 * pass-*.ref files naming a shared draft. expected-lines.properties gives, per failing draft, the lines
 * of the rule's findings (0 = the whole file). A fixture X may have a sidecar X.previous naming (relative
 * to src/test/resources) last year's report for the across-year rules, a sidecar X.units a unit list
 * (--units) and X.also more reports checked in the same run (one a line); the findings of the draft and
 * of the unit list count. A catalogue id without a failing
 * and a passing fixture fails the build.
 */
class RuleFixturesTest {

    static final Path ROOT = TestSupport.RESOURCES.resolve("rules");

    @Test
    void everyCatalogueRuleHasFailingAndPassingFixtures() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleDescriptor d : TestSupport.checker().rules().catalogue().all()) {
            Path dir = ROOT.resolve(d.id());
            if (!Files.isDirectory(dir)) {
                problems.add(d.id() + ": no fixture directory");
                continue;
            }
            if (files(dir, "fail-").isEmpty()) {
                problems.add(d.id() + ": no fail-* fixture");
            }
            if (files(dir, "pass-").isEmpty()) {
                problems.add(d.id() + ": no pass-* fixture");
            }
        }
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String id = dir.getFileName().toString();
                if (TestSupport.checker().rules().catalogue().get(id).isEmpty()) {
                    problems.add(id + ": fixture directory for an id the catalogue does not have");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @TestFactory
    Stream<DynamicTest> failingFixturesReportTheRuleAtTheExpectedLines() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : ruleDirs()) {
            String id = dir.getFileName().toString();
            Properties expected = expected(dir);
            for (Path f : files(dir, "fail-")) {
                tests.add(DynamicTest.dynamicTest(id + " fires on " + f.getFileName(), () -> {
                    String spec = expected.getProperty(f.getFileName().toString());
                    assertTrue(spec != null, "no expected lines for " + f + " in expected-lines.properties");
                    Set<Integer> want = Stream.of(spec.split(",")).map(String::strip).map(Integer::valueOf)
                            .collect(Collectors.toCollection(TreeSet::new));
                    List<Finding> got = findings(f, f, id);
                    Set<Integer> lines = got.stream().map(Finding::line).collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(want, lines, id + " on " + f.getFileName() + ": " + messages(got));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> passingFixturesStaySilent() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : ruleDirs()) {
            String id = dir.getFileName().toString();
            for (Path f : files(dir, "pass-")) {
                Path draft = f.toString().endsWith(".ref")
                        ? TestSupport.RESOURCES.resolve(Files.readString(f, StandardCharsets.UTF_8).strip())
                        : f;
                tests.add(DynamicTest.dynamicTest(id + " stays silent on " + f.getFileName(), () -> {
                    assertTrue(Files.isRegularFile(draft), "missing draft " + draft);
                    List<Finding> got = findings(f, draft, id);
                    assertFalse(!got.isEmpty(), id + " fired on " + draft + ": " + messages(got));
                }));
            }
        }
        return tests.stream();
    }

    /** The rule's findings on a draft, with last year's report when the fixture names one. */
    static List<Finding> findings(Path fixture, Path draft, String id) throws IOException {
        Path sidecar = fixture.resolveSibling(fixture.getFileName() + ".previous");
        CheckRequest.Builder b = CheckRequest.builder().input(draft);
        if (Files.exists(sidecar)) {
            b.previousReport(TestSupport.RESOURCES.resolve(Files.readString(sidecar, StandardCharsets.UTF_8).strip())
                    .toAbsolutePath());
        }
        Path units = fixture.resolveSibling(fixture.getFileName() + ".units");
        if (Files.exists(units)) {
            b.unitsFile(TestSupport.RESOURCES.resolve(Files.readString(units, StandardCharsets.UTF_8).strip())
                    .toAbsolutePath());
        }
        Path also = fixture.resolveSibling(fixture.getFileName() + ".also");
        if (Files.exists(also)) {
            for (String line : Files.readAllLines(also, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    b.input(TestSupport.RESOURCES.resolve(line.strip()).toAbsolutePath());
                }
            }
        }
        CheckResult result = TestSupport.check(b.build());
        List<Finding> out = new ArrayList<>(result.reports().get(0).findings());
        if (result.units() != null) {
            out.addAll(result.report(result.units().file()).findings());
        }
        return out.stream().filter(x -> x.ruleId().equals(id)).toList();
    }

    static List<Path> ruleDirs() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    static List<Path> files(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && !p.getFileName().toString().endsWith(".previous") && !p.getFileName().toString().endsWith(".units")
                    && !p.getFileName().toString().endsWith(".also")).sorted().toList();
        }
    }

    private static Properties expected(Path dir) throws IOException {
        Properties p = new Properties();
        Path file = dir.resolve("expected-lines.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static String messages(List<Finding> fs) {
        return fs.stream().map(f -> f.line() + ": " + f.message()).collect(Collectors.joining(" | "));
    }
}
