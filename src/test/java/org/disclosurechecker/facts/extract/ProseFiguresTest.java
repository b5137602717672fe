package org.disclosurechecker.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.facts.DeclaredParts;
import org.disclosurechecker.facts.FactOptions;
import org.disclosurechecker.facts.ProseFigure;
import org.disclosurechecker.facts.ReportFacts;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.read.ReadOptions;
import org.disclosurechecker.read.TextReader;

/** What a figure of the prose is compared with: a cell, a sum of cells, or nothing; and what the intro's part list says. */
class ProseFiguresTest {

    static final FactExtractor EXTRACTOR = new FactExtractor(Templates.loadBundled());

    static ReportFacts facts(Path p) throws Exception {
        return EXTRACTOR.extract(new TextReader().read(p, p.toString(), ReadOptions.defaults()), FactOptions.defaults());
    }

    static List<ProseFigure> figures(ReportFacts f) {
        return f.facts().stream().filter(ProseFigure.class::isInstance).map(ProseFigure.class::cast).toList();
    }

    static ProseFigure figure(List<ProseFigure> all, String context) {
        return all.stream().filter(p -> p.context().contains(context)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure in “" + context + "”: " + all));
    }

    @Test
    void aGroupIsComparedWithTheSumOfItsColumns() throws Exception {
        List<ProseFigure> g3 = figures(facts(TestSupport.CLEAN.resolve("g3-city-housing-2022.txt")));
        ProseFigure group = figure(g3, "法人或其他组织申请66件");
        assertEquals("t3.new.org", group.indicator());
        assertEquals(0, group.tableValue().compareTo(java.math.BigDecimal.valueOf(66)));
        assertTrue(group.tableLabel().contains("（商业企业+科研机构+社会公益组织+法律服务机构+其他）之和"), group.tableLabel());

        List<ProseFigure> real = figures(facts(TestSupport.RESOURCES.resolve(
                "real-excerpts/g3-2024-city-office-groups-and-sums.txt")));
        ProseFigure both = figure(real, "予以公开及部分公开的39件");
        assertEquals("t3.public+partial", both.indicator());
        assertEquals(39, both.tableValue().intValue());
        ProseFigure unable = figure(real, "等原因无法提供的45件");
        assertEquals("t3.unable", unable.indicator(), "the nearer 无法提供 names the figure, not 不掌握");
        assertEquals(45, unable.tableValue().intValue());
    }

    @Test
    void aParenthesisAfterTheFigureQualifiesIt() throws Exception {
        List<ProseFigure> g3 = figures(facts(TestSupport.CLEAN.resolve("g3-city-housing-2022.txt")));
        ProseFigure direct = figure(g3, "其中4件（未经复议直接起诉）");
        assertEquals("t4.direct", direct.indicator());
        assertEquals(4, direct.tableValue().intValue());
        ProseFigure after = g3.stream().filter(p -> p.text().equals("2件") && p.context().contains("2件（复议后起诉）"))
                .findFirst().orElseThrow();
        assertEquals("t4.after", after.indicator());
        assertEquals(2, after.tableValue().intValue());
        ProseFigure all = figure(g3, "被提起行政诉讼6件");
        assertEquals("t4.litigation", all.indicator());
        assertEquals(6, all.tableValue().intValue());

        List<ProseFigure> g2 = figures(facts(TestSupport.CLEAN.resolve("g2-district-education-2020.txt")));
        assertEquals("t4.direct", figure(g2, "被提起行政诉讼1件（未经复议直接起诉）").indicator());
    }

    @Test
    void aDifferentQuantityIsComparedWithNothing() throws Exception {
        List<ProseFigure> g3 = figures(facts(TestSupport.CLEAN.resolve("g3-city-housing-2022.txt")));
        assertTrue(g3.stream().noneMatch(p -> p.context().contains("缴费通知3件")), "fee notices sent");
        assertTrue(g3.stream().noneMatch(p -> p.text().equals("148件")),
                "the result of one applicant column is not the 予以公开 总计 (172)");
        assertTrue(g3.stream().noneMatch(p -> p.text().equals("1件") && p.context().startsWith("申请人撤回复议申请")),
                "a withdrawn review");
        List<ProseFigure> real = figures(facts(TestSupport.RESOURCES.resolve(
                "real-excerpts/g3-2023-county-office-six-parts-suffix.txt")));
        assertTrue(real.stream().noneMatch(p -> p.context().contains("信箱")), "letters to a mailbox: " + real);
        List<ProseFigure> shanghai = figures(facts(TestSupport.RESOURCES.resolve(
                "real-excerpts/g3-2022-municipality-includes-yiji.txt")));
        assertTrue(shanghai.stream().noneMatch(p -> p.indicator().startsWith("t2.normdocs")),
                "废止4件 inside 规章13件（…）is not about 行政规范性文件: " + shanghai);
    }

    @Test
    void aFigureAfterAListOfIndicatorsIsTheirTotalAndComparedWithNeither() throws Exception {
        List<ProseFigure> g1 = figures(facts(TestSupport.RESOURCES.resolve(
                "rules/TEXT-TABLE-MISMATCH/pass-g1-channels-listed-together.txt")));
        assertTrue(g1.stream().noneMatch(p -> p.text().equals("338条")), "网站和微信 together: " + g1);
        assertEquals("g1.active.ch.website", figure(g1, "其中通过县政府门户网站公开241条").indicator());
    }

    @Test
    void aCountPhraseIsACountNotAName() throws Exception {
        for (String draft : List.of("g3-city-housing-2022.txt", "g2-district-education-2020.txt")) {
            DeclaredParts d = facts(TestSupport.CLEAN.resolve(draft)).facts().stream()
                    .filter(DeclaredParts.class::isInstance).map(DeclaredParts.class::cast).findFirst().orElseThrow();
            assertEquals(6, d.declaredCount(), draft);
            assertTrue(d.names().stream().noneMatch(n -> n.contains("部分") || n.contains("方面")), draft + ": " + d.names());
            assertTrue(d.notInBody().isEmpty() && d.notDeclared().isEmpty(), draft + ": " + d);
        }
    }
}
