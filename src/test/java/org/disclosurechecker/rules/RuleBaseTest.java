package org.disclosurechecker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.core.Checker;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.facts.ReadFailure;
import org.disclosurechecker.findings.Finding;

/** The rulebase and the catalogue agree, user rules load with their own catalogue, DRL errors are readable. */
class RuleBaseTest {

    @Test
    void everyBundledRuleIsCatalogued() {
        RuleBase rb = TestSupport.checker().rules();
        assertEquals(rb.catalogue().all().size(), rb.rulesById().size(), "each catalogue id has DRL");
        assertTrue(rb.rulesById().get("SUM-MISMATCH").size() >= 1);
    }

    @Test
    void skippedRulesDoNotFire() {
        RuleBase rb = TestSupport.checker().rules();
        List<Object> facts = List.of(new ReadFailure("empty", "文件为空"));
        assertEquals(1, rb.run(facts, Set.of()).size());
        assertTrue(rb.run(facts, Set.of("READ-ERROR")).isEmpty());
    }

    @Test
    void userRulesWithTheirOwnCatalogue(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("local.drl"), """
                package local.zhejiang;
                import org.disclosurechecker.facts.Report;
                import static org.disclosurechecker.rules.Emit.finding;
                rule "ZJ-001: 浙江要求写明机关全称"
                    @id("ZJ-001")
                when
                    Report(organ == null)
                then
                    finding(drools).line(0).message("未识别到机关名称").emit();
                end
                """);
        Files.writeString(dir.resolve("catalogue.json"), """
                {"rules": [{"id": "ZJ-001", "family": "地方要求", "editions": ["G3"], "severity": "WARNING",
                  "title": "机关名称", "description": "浙江省要求", "basis": "浙江省通知", "hint": "写明机关全称"}]}
                """);
        RuleBase rb = RuleBase.load(dir);
        assertTrue(rb.catalogue().contains("ZJ-001"));
        assertTrue(rb.catalogue().contains("SUM-MISMATCH"));
    }

    /**
     * User DRL compiled at run time joins the precompiled bundled rules in one KieBase: the bundled findings
     * stay exactly the same, and the user's rules fire beside them, in the bundled rules' own package too.
     */
    @Test
    void userRulesFireAlongsideThePrecompiledOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-same-package.drl"), """
                package rules;
                import org.disclosurechecker.facts.*;
                import static org.disclosurechecker.rules.Emit.finding;
                rule "LOCAL-CELLS: every table cell written in yuan"
                    @id("LOCAL-CELLS")
                when
                    $c : TableCell(unit == "元")
                then
                    finding(drools).line($c.line()).message("单元格写了“元”").emit();
                end
                """);
        Files.writeString(dir.resolve("b-own-package.drl"), """
                package local.zhejiang;
                import org.disclosurechecker.facts.Report;
                import static org.disclosurechecker.rules.Emit.finding;
                rule "LOCAL-YEAR: the report year"
                    @id("LOCAL-YEAR")
                when
                    Report(year != null, $y : year)
                then
                    finding(drools).line(0).message("年度" + $y).emit();
                end
                """);
        Files.writeString(dir.resolve("catalogue.json"), """
                {"rules": [
                  {"id": "LOCAL-CELLS", "family": "地方要求", "editions": ["G3"], "severity": "INFO", "title": "元"},
                  {"id": "LOCAL-YEAR", "family": "地方要求", "editions": ["G3"], "severity": "INFO", "title": "年度"}]}
                """);
        RuleBase both = RuleBase.load(dir);
        assertEquals(RuleBase.bundled().rulesById().size() + 2, both.rulesById().size());

        Path draft = TestSupport.RESOURCES.resolve("rules/CELL-UNIT/fail-fee-in-yuan.txt");
        List<Path> drafts = new java.util.ArrayList<>(List.of(draft));
        try (var s = Files.list(TestSupport.CLEAN)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).forEach(drafts::add);
        }
        CheckRequest request = CheckRequest.builder().inputs(drafts).build();
        List<ReportResult> plain = TestSupport.check(request).reports();
        List<ReportResult> withUser = new Checker(both).check(request).reports();
        assertEquals(plain.size(), withUser.size());
        for (int i = 0; i < plain.size(); i++) {
            List<String> bundledOnly = withUser.get(i).findings().stream().filter(f -> !f.ruleId().startsWith("LOCAL-"))
                    .map(RuleBaseTest::describe).toList();
            assertEquals(plain.get(i).findings().stream().map(RuleBaseTest::describe).toList(), bundledOnly,
                    "bundled findings unchanged on " + plain.get(i).file());
            assertEquals(1, withUser.get(i).findings().stream().filter(f -> f.ruleId().equals("LOCAL-YEAR")).count(),
                    withUser.get(i).file());
        }
        List<Finding> yuan = withUser.get(0).findings().stream().filter(f -> f.ruleId().equals("LOCAL-CELLS")).toList();
        assertEquals(1, yuan.size(), "the user rule sees the same facts: the one cell written in 元");
        assertTrue(withUser.get(0).findings().stream().anyMatch(f -> f.ruleId().equals("CELL-UNIT")
                && f.line() == yuan.get(0).line()), "beside the bundled CELL-UNIT on the same cell");
    }

    @Test
    void aUserRuleMayNotReplaceABundledOneOfTheSameName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.drl"), """
                package rules;
                import org.disclosurechecker.facts.ReadFailure;
                rule "READ-ERROR: the file could not be read" @id("READ-ERROR") when ReadFailure() then end
                """);
        RuleEngineException e = assertThrows(RuleEngineException.class, () -> RuleBase.load(dir));
        assertTrue(e.getMessage().contains("rules.READ-ERROR: the file could not be read"), e.getMessage());
    }

    private static String describe(Finding f) {
        return f.ruleId() + "@" + f.line() + ":" + f.severity() + ":" + f.message();
    }

    @Test
    void aUserRuleWithoutCatalogueEntryIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.drl"), """
                package local;
                import org.disclosurechecker.facts.Report;
                rule "no entry" @id("X-404") when Report() then end
                """);
        RuleEngineException e = assertThrows(RuleEngineException.class, () -> RuleBase.load(dir));
        assertTrue(e.getMessage().contains("X-404"), e.getMessage());
    }

    @Test
    void drlSyntaxErrorsNameTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.drl");
        Files.writeString(bad, "package local;\nrule \"broken\" @id(\"X\")\nwhen\n  Report(\nthen\nend\n");
        RuleEngineException e = assertThrows(RuleEngineException.class, () -> RuleBase.load(dir));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }

    @Test
    void findingsCarryTheRuleIdFromMetadata() {
        List<Finding> f = TestSupport.checker().rules().run(List.of(new ReadFailure("x", "坏文件")), Set.of());
        assertEquals("READ-ERROR", f.get(0).ruleId());
        assertEquals("坏文件", f.get(0).message());
    }
}
