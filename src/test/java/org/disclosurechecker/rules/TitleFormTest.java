package org.disclosurechecker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Severity;

/**
 * TITLE-FORM's severity when only 工作 is left out of the report's name: G1 reports were often titled
 * "……政府信息公开年度报告" (a hint, INFO); the G2/G3 formats name the report (a WARNING).
 */
class TitleFormTest {

    static final Path DIR = TestSupport.RESOURCES.resolve("rules/TITLE-FORM");

    static List<Severity> severities(String fixture) {
        return TestSupport.check(DIR.resolve(fixture)).findings().stream()
                .filter(f -> f.ruleId().equals("TITLE-FORM")).map(f -> f.severity()).toList();
    }

    @Test
    void aG1TitleWithoutGongzuoIsAHint() {
        assertEquals(List.of(Severity.INFO), severities("fail-g1-without-gongzuo.txt"));
    }

    @Test
    void aG3TitleWithoutGongzuoIsAWarning() {
        assertEquals(List.of(Severity.WARNING), severities("fail-g3-without-gongzuo.txt"));
    }

    @Test
    void aTitleWithAnotherNameIsAWarningInEveryEdition() {
        // 政务公开 instead of 政府信息公开 is no accepted variant in any edition
        assertEquals(List.of(Severity.WARNING), severities("fail-wrong-name.txt"));
        assertEquals(List.of(Severity.WARNING), severities("fail-g1-wrong-name.txt"));
    }
}
