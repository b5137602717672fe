package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * style from them, such as a telephone number without its area code). The rules of the precision sweep
 * over real text give no WARNING either, the table rules give no ERROR on a correct table, and three rules whose findings on an excerpt can be right (the
 * excerpt may really lack a contact block, a definition, a topic) are checked against the text itself:
 * CONTACT-MISSING stays silent where the text has an address and a telephone, ABBREVIATION-UNDEFINED
 * where the text defines the short title, OVERVIEW-COVERAGE never names a topic the part writes out.
 */
class RealExcerptsTest {

    static final Path DIR = TestSupport.RESOURCES.resolve("real-excerpts");

    /** Rules of this issue: no ERROR and no WARNING on a correct report. */
    static final Set<String> PROSE = Set.of("TEXT-TABLE-MISMATCH", "TEXT-ACTIVITY-ZERO", "TEXT-PART-EXCEEDS-TOTAL",
            "DECLARED-PARTS");
    /** Other rules whose whole evidence is in a report's beginning: no ERROR on a correct report. */
    static final Set<String> OTHERS = Set.of("CONTACT-FORMAT", "PERIOD-MISMATCH", "YEAR-MISMATCH", "TITLE-FORM",
            "DATE-INVALID", "DATE-CONFLICT", "EDITION-MISMATCH");
    /**
     * Table rules: a correct table, laid out as its page lays it out (headers that wrap, empty trailing
     * cells, blank cells, a header in vertical text), gets no ERROR from them; a table that cannot be read
     * gets at most a READ-TABLE WARNING. (CELL-BLANK is a WARNING that is right where a page leaves cells blank.)
     */
    static final Set<String> TABLES = Set.of("ROW-TOTAL-MISMATCH", "SUM-MISMATCH", "BALANCE-MISMATCH", "TABLE-SHAPE",
            "SUBSET-EXCEEDS", "CELL-NOT-NUMBER", "CELL-NEGATIVE", "READ-TABLE", "READ-TABLE-SPACES");
    /** Rules made precise on real text (titles, headings, hygiene): no ERROR and no WARNING on a correct report. */
    static final Set<String> SWEPT = Set.of("TITLE-FORM", "SECTION-ORDER", "SECTION-NUMBERING", "SECTION-TITLE",
            "DATE-FORMAT", "PLACEHOLDER", "ORGAN-MISMATCH", "PUNCTUATION", "PAGE-ARTIFACT");

    private static final Pattern ADDRESS = Pattern.compile("地址[:：]");
    private static final Pattern PHONE = Pattern.compile("电话[^:：，。]{0,4}[:：]\\s*[0-9（(]");
    /** A topic OVERVIEW-COVERAGE names as missing, and words that show the part does write about it. */
    private static final Map<String, String> TOPIC_WORDS = Map.of("主动公开", "主动公开", "依申请公开", "依申请",
            "政府信息管理", "信息管理", "政府信息公开平台建设", "平台", "监督保障", "监督");

    /**
     * Findings that are right about the real page itself (a heading the page really words otherwise, a
     * title the page really shortens): {@code file = RULE-ID/SEVERITY, ...} in true-findings.properties,
     * each with the page's words that justify it. They are left out of the assertions below, and each
     * must still be found, so that an entry does not outlive its finding.
     */
    static Map<String, Set<String>> trueFindings() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve("true-findings.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames().stream().collect(Collectors.toMap(k -> k,
                k -> Set.of(p.getProperty(k).trim().split("\\s*,\\s*"))));
    }

    @Test
    void eachTrueFindingIsStillFound() throws IOException {
        for (Map.Entry<String, Set<String>> e : trueFindings().entrySet()) {
            Path excerpt = DIR.resolve(e.getKey());
            assertTrue(Files.exists(excerpt), "true-findings.properties names a missing file: " + e.getKey());
            Set<String> found = TestSupport.check(excerpt).findings().stream()
                    .map(f -> f.ruleId() + "/" + f.severity()).collect(Collectors.toSet());
            for (String expected : e.getValue()) {
                assertTrue(found.contains(expected), e.getKey() + ": " + expected + " is no longer found");
            }
        }
    }

    static Stream<Path> excerpts() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastSeventyExcerptsOfSeveralEditions() throws IOException {
        List<Path> all = excerpts().toList();
        assertTrue(all.size() >= 70, "real excerpts: " + all.size());
        for (String edition : List.of("g1-", "g2-", "g3-")) {
            assertTrue(all.stream().anyMatch(p -> p.getFileName().toString().startsWith(edition)), edition);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void noErrorNoWarningFromTheRulesWhoseEvidenceIsInside(Path excerpt) throws IOException {
        ReportResult r = TestSupport.check(excerpt);
        Set<String> allowed = trueFindings().getOrDefault(excerpt.getFileName().toString(), Set.of());
        List<Finding> serious = r.findings().stream()
                .filter(f -> (PROSE.contains(f.ruleId()) || SWEPT.contains(f.ruleId())) && f.severity() != Severity.INFO
                        || (OTHERS.contains(f.ruleId()) || TABLES.contains(f.ruleId())) && f.severity() == Severity.ERROR)
                .filter(f -> !allowed.contains(f.ruleId() + "/" + f.severity())).toList();
        assertTrue(serious.isEmpty(), excerpt + ":\n" + describe(serious));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void noFindingTheTextItselfContradicts(Path excerpt) throws IOException {
        String text = Files.readString(excerpt, StandardCharsets.UTF_8);
        List<Finding> contradicted = TestSupport.check(excerpt).findings().stream().filter(f -> switch (f.ruleId()) {
            case "CONTACT-MISSING" -> ADDRESS.matcher(text).find() && PHONE.matcher(text).find();
            case "ABBREVIATION-UNDEFINED" -> f.actual() != null && Pattern.compile(
                    "(简称|称)[^，。；）)]{0,3}" + Pattern.quote(f.actual().replaceAll("[《》]", ""))).matcher(text).find();
            case "OVERVIEW-COVERAGE" -> f.actual() != null && List.of(f.actual().split("、")).stream()
                    .anyMatch(topic -> overview(text).contains(TOPIC_WORDS.getOrDefault(topic, topic)));
            default -> false;
        }).toList();
        assertTrue(contradicted.isEmpty(), excerpt + ":\n" + describe(contradicted));
    }

    /** The text of part 一 (from its heading to the next top-level heading). */
    static String overview(String text) {
        Matcher m = Pattern.compile("(?ms)^一、[^\\n]*\\n(.*?)(?=^[二三四五六七]、|\\z)").matcher(text);
        return m.find() ? m.group(1) : "";
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + " [" + f.ruleId() + "/" + f.severity() + "] " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
