package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;

/** The configuration file: severity overrides, disabled rules, deadlines, suppressions, and its errors. */
class ConfigurationTest {

    static final Path SAMPLE = Path.of("sample-reports/2016-jichang-town.txt");

    ReportResult check(Path config) throws CheckException {
        CheckRequest r = CheckRequest.builder().input(SAMPLE).configFile(config).build();
        return TestSupport.checker().check(r).reports().get(0);
    }

    @Test
    void severityOverridesAndDisabledRules(@TempDir Path tmp) throws Exception {
        Path cfg = Files.writeString(tmp.resolve("c.yaml"), """
                rules:
                  DATE-CONFLICT:
                    severity: info
                  DATE-FORMAT:
                    enabled: false
                """);
        ReportResult r = check(cfg);
        assertEquals(Severity.INFO, of(r, "DATE-CONFLICT").get(0).severity());
        assertTrue(of(r, "DATE-FORMAT").isEmpty());
        assertFalse(of(r, "DATE-BEFORE-PERIOD-END").isEmpty(), "other rules still run");
    }

    @Test
    void suppressedFindingsStayVisibleAndNeverFail(@TempDir Path tmp) throws Exception {
        Path cfg = Files.writeString(tmp.resolve("c.yaml"), """
                suppressions:
                  - rule: DATE-BEFORE-PERIOD-END
                    files: "sample-reports/2016-*.txt"
                    justification: "已发布的旧报告"
                  - rule: DATE-CONFLICT
                    justification: "已发布的旧报告"
                  - rule: TEXT-TABLE-MISMATCH
                    justification: "已发布的旧报告"
                """);
        ReportResult r = check(cfg);
        Finding f = of(r, "DATE-BEFORE-PERIOD-END").get(0);
        assertTrue(f.suppressed());
        assertEquals("已发布的旧报告", f.justification());
        assertTrue(r.passed(), "only suppressed errors left: " + r.findings());
    }

    @Test
    void mistakesInTheFileAreErrorsThatNameThem(@TempDir Path tmp) throws IOException {
        assertMessage(tmp, "rules:\n  NO-SUCH-RULE:\n    severity: error\n", "NO-SUCH-RULE");
        assertMessage(tmp, "rulez: {}\n", "rulez");
        assertMessage(tmp, "suppressions:\n  - rule: PUNCTUATION\n", "justification");
        assertMessage(tmp, "deadlines:\n  township: \"02-30\"\n", "township");
        assertMessage(tmp, "rules:\n  PUNCTUATION:\n    severity: fatal\n", "fatal");
        CheckException missing = assertThrows(CheckException.class, () -> check(tmp.resolve("none.yaml")));
        assertTrue(missing.getMessage().contains("none.yaml"));
    }

    @Test
    void brokenYamlIsAChineseMessageWithLineAndColumn(@TempDir Path tmp) throws IOException {
        // a tab-less but mis-indented mapping: the second key is deeper than the first
        assertMessage(tmp, "rules:\n  PUNCTUATION:\n    severity: warning\n   enabled: false\n", "第4行第");
        assertMessage(tmp, "rules:\n  PUNCTUATION:\n    severity: warning\n   enabled: false\n", "不是有效的 YAML");
        // an unclosed quote
        assertMessage(tmp, "deadlines:\n  township: \"02-20\n", "不是有效的 YAML");
        // a list where a value is expected: the place and the setting are named
        assertMessage(tmp, "similarityThreshold:\n  - 0.5\n", "第2行第");
        assertMessage(tmp, "similarityThreshold:\n  - 0.5\n", "“similarityThreshold”取值类型不对");
        assertMessage(tmp, "rulez: {}\n", "第1行第1列");
    }

    @Test
    void aConfigurationSavedByWindowsNotepadIsReadToo(@TempDir Path tmp) throws Exception {
        String yaml = "suppressions:\n  - rule: DATE-BEFORE-PERIOD-END\n    justification: \"已发布的旧报告\"\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = yaml.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        for (byte[] bytes : List.of(withBom, yaml.getBytes(java.nio.charset.Charset.forName("GBK")))) {
            Path cfg = Files.write(tmp.resolve("c.yaml"), bytes);
            var r = TestSupport.check(CheckRequest.builder().input(SAMPLE).configFile(cfg).build()).reports().get(0);
            assertEquals("已发布的旧报告", of(r, "DATE-BEFORE-PERIOD-END").get(0).justification());
        }
    }

    @Test
    void townshipDeadlineFromTheConfiguration(@TempDir Path tmp) throws Exception {
        Path draft = TestSupport.RESOURCES.resolve("drafts/clean/g3-town-government-2024.txt");
        String text = Files.readString(draft).replace("2025年1月21日", "2025年2月15日");
        Path late = Files.writeString(tmp.resolve("town.txt"), text);
        var plain = TestSupport.check(CheckRequest.builder().input(late).build()).reports().get(0);
        assertEquals(Severity.WARNING, of(plain, "DATE-AFTER-DEADLINE").get(0).severity(), "乡镇: a warning");
        Path cfg = Files.writeString(tmp.resolve("c.yaml"), "deadlines:\n  township: \"02-20\"\n");
        var local = TestSupport.check(CheckRequest.builder().input(late).configFile(cfg).build()).reports().get(0);
        assertTrue(of(local, "DATE-AFTER-DEADLINE").isEmpty());
    }

    @Test
    void severalFilesMergeInOrderSuppressionsAddUpAndALaterSettingWins(@TempDir Path tmp) throws Exception {
        Path unit = Files.writeString(tmp.resolve("unit.yaml"), """
                rules:
                  DATE-CONFLICT:
                    severity: info
                  DATE-FORMAT:
                    enabled: false
                  PUNCTUATION:
                    severity: warning
                deadlines:
                  township: "02-20"
                similarityThreshold: 0.7
                suppressions:
                  - rule: DATE-BEFORE-PERIOD-END
                    justification: "甲：已发布的旧报告"
                """);
        Path exported = Files.writeString(tmp.resolve("exported.yaml"), """
                rules:
                  DATE-FORMAT:
                    enabled: true
                  PUNCTUATION:
                    severity: info
                similarityThreshold: 0.9
                suppressions:
                  - rule: DATE-BEFORE-PERIOD-END
                    justification: "乙：复核后忽略"
                  - rule: TEXT-TABLE-MISMATCH
                    justification: "乙：复核后忽略"
                """);
        var known = TestSupport.checker().rules().catalogue();
        org.disclosurechecker.config.Settings s =
                org.disclosurechecker.config.SettingsLoader.load(List.of(unit, exported), known::contains);
        assertEquals(java.util.Map.of("DATE-CONFLICT", Severity.INFO, "PUNCTUATION", Severity.INFO), s.severities());
        assertEquals(Set.of(), s.disabled(), "enabled: true in the later file switches the rule back on");
        assertEquals(java.time.MonthDay.of(2, 20), s.townshipDeadline(), "kept: the later file does not set it");
        assertEquals(0.9, s.similarityThreshold());
        assertEquals(List.of("甲：已发布的旧报告", "乙：复核后忽略", "乙：复核后忽略"),
                s.suppressions().stream().map(org.disclosurechecker.config.Suppression::justification).toList());
        org.disclosurechecker.config.Settings reversed =
                org.disclosurechecker.config.SettingsLoader.load(List.of(exported, unit), known::contains);
        assertEquals(Severity.WARNING, reversed.severities().get("PUNCTUATION"));
        assertEquals(Set.of("DATE-FORMAT"), reversed.disabled());
        assertEquals(0.7, reversed.similarityThreshold());

        ReportResult r = TestSupport.check(CheckRequest.builder().input(SAMPLE).configFile(unit).configFile(exported)
                .build()).reports().get(0);
        assertTrue(of(r, "DATE-CONFLICT").stream().allMatch(f -> f.severity() == Severity.INFO), "the unit's file");
        assertEquals("甲：已发布的旧报告", of(r, "DATE-BEFORE-PERIOD-END").get(0).justification(),
                "the first matching suppression gives the justification");
        assertFalse(of(r, "TEXT-TABLE-MISMATCH").isEmpty());
        assertTrue(of(r, "TEXT-TABLE-MISMATCH").stream().allMatch(f -> f.suppressed()
                && f.justification().equals("乙：复核后忽略")), "the exported file");
        Path broken = Files.writeString(tmp.resolve("broken.yaml"), "rulez: {}\n");
        CheckException e = assertThrows(CheckException.class, () -> TestSupport.checker().check(CheckRequest
                .builder().input(SAMPLE).configFile(unit).configFile(broken).build()));
        assertTrue(e.getMessage().contains("broken.yaml") && e.getMessage().contains("rulez"), e.getMessage());
    }

    @Test
    void unknownSkippedRuleIsAnError() {
        CheckRequest r = CheckRequest.builder().input(SAMPLE).skipRules(Set.of("NOPE")).build();
        assertThrows(CheckException.class, () -> TestSupport.checker().check(r));
    }

    private void assertMessage(Path tmp, String yaml, String expected) throws IOException {
        Path cfg = Files.writeString(tmp.resolve("bad.yaml"), yaml);
        CheckException e = assertThrows(CheckException.class, () -> check(cfg));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static List<Finding> of(ReportResult r, String id) {
        return r.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    }
}
