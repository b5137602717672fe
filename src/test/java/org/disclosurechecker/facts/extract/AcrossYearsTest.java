package org.disclosurechecker.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.facts.FactOptions;
import org.disclosurechecker.facts.PriorCell;
import org.disclosurechecker.facts.ProseSimilarity;
import org.disclosurechecker.facts.RecycledParagraph;
import org.disclosurechecker.facts.ReportFacts;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.read.ReadOptions;
import org.disclosurechecker.read.TextReader;

/** How this year's report is related to last year's: reused prose, last year's cells. */
class AcrossYearsTest {

    static final FactExtractor EXTRACTOR = new FactExtractor(Templates.loadBundled());

    record Read(Document doc, ReportFacts facts) {
    }

    static Read read(Path p) throws Exception {
        Document d = new TextReader().read(p, p.toString(), ReadOptions.defaults());
        return new Read(d, EXTRACTOR.extract(d, FactOptions.defaults()));
    }

    static List<Object> facts(Path now, Path before) throws Exception {
        Read a = read(now);
        Read b = read(before);
        return AcrossYears.facts(a.doc(), a.facts(), b.doc(), b.facts(), 0.85);
    }

    static ProseSimilarity similarity(List<Object> facts) {
        return facts.stream().filter(ProseSimilarity.class::isInstance).map(ProseSimilarity.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void aReportWrittenAnewSharesLittleWithLastYearsThoughTheVocabularyIsTheSame() throws Exception {
        List<Object> f = facts(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"),
                TestSupport.CLEAN.resolve("g3-county-government-2024.txt"));
        assertTrue(similarity(f).score() < 0.2, "score " + similarity(f).score());
        assertTrue(f.stream().noneMatch(RecycledParagraph.class::isInstance));
    }

    @Test
    void aReportWithOnlyTheYearsChangedIsAllReused() throws Exception {
        Path copy = TestSupport.RESOURCES.resolve("rules/COPY-PASTE/previous-2024-copied.txt");
        List<Object> f = facts(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"), copy);
        assertTrue(similarity(f).score() > 0.95, "score " + similarity(f).score());
    }

    @Test
    void lastYearsCellsCarryTheirValues() throws Exception {
        List<Object> f = facts(TestSupport.CLEAN.resolve("g3-county-government-2025.txt"),
                TestSupport.CLEAN.resolve("g3-county-government-2024.txt"));
        PriorCell forward = f.stream().filter(PriorCell.class::isInstance).map(PriorCell.class::cast)
                .filter(c -> c.tableKey().equals("t3") && c.rowKey().equals("forward") && c.columnKey().equals("tot"))
                .findFirst().orElseThrow();
        assertEquals(0, forward.value().compareTo(java.math.BigDecimal.valueOf(3)));
    }

    @Test
    void maskingIgnoresYearsAndFiguresButNotWords() {
        assertEquals(AcrossYears.masked("2024年办结45件"), AcrossYears.masked("2025年办结58件"));
        assertTrue(!AcrossYears.masked("办结45件").equals(AcrossYears.masked("受理45件")));
    }
}
