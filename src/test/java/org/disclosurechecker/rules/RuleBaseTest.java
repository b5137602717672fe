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
