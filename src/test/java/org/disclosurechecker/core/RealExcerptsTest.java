package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;

/**
 * Beginnings of real published reports (paraphrased: organs, places and figures changed consistently,
 * the phrasing of each figure kept; see src/test/resources/real-excerpts/README.md). Each is a correct
 * report, cut off after its first parts, so only the rules whose evidence lies inside such a beginning
 * are asserted: the prose, declared-parts and activity rules give neither an ERROR nor a WARNING; the
 * contact, period, title, year and date rules give no ERROR (a real report may well deserve a WARNING of
 * style from them, such as a telephone number without its area code).
 */
class RealExcerptsTest {

    static final Path DIR = TestSupport.RESOURCES.resolve("real-excerpts");

    /** Rules of this issue: no ERROR and no WARNING on a correct report. */
    static final Set<String> PROSE = Set.of("TEXT-TABLE-MISMATCH", "TEXT-ACTIVITY-ZERO", "TEXT-PART-EXCEEDS-TOTAL",
            "DECLARED-PARTS");
    /** Other rules whose whole evidence is in a report's beginning: no ERROR on a correct report. */
    static final Set<String> OTHERS = Set.of("CONTACT-FORMAT", "PERIOD-MISMATCH", "YEAR-MISMATCH", "TITLE-FORM",
            "DATE-INVALID", "DATE-CONFLICT", "EDITION-MISMATCH");

    static Stream<Path> excerpts() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastFortyExcerptsOfSeveralEditions() throws IOException {
        List<Path> all = excerpts().toList();
        assertTrue(all.size() >= 40, "real excerpts: " + all.size());
        for (String edition : List.of("g1-", "g2-", "g3-")) {
            assertTrue(all.stream().anyMatch(p -> p.getFileName().toString().startsWith(edition)), edition);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void noErrorNoWarningFromTheRulesWhoseEvidenceIsInside(Path excerpt) {
        ReportResult r = TestSupport.check(excerpt);
        List<Finding> serious = r.findings().stream()
                .filter(f -> PROSE.contains(f.ruleId()) && f.severity() != Severity.INFO
                        || OTHERS.contains(f.ruleId()) && f.severity() == Severity.ERROR).toList();
        assertTrue(serious.isEmpty(), excerpt + ":\n" + serious.stream()
                .map(f -> f.line() + " [" + f.ruleId() + "/" + f.severity() + "] " + f.message())
                .collect(Collectors.joining("\n")));
    }
}
