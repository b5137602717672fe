package org.disclosurechecker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Severity;

/**
 * TITLE-FORM's severity when the report's name is written with other words of its kind: published reports
 * of every edition are titled "……政府信息公开年度报告", "……政府信息公开工作报告" or "……工作情况报告" (a hint,
 * INFO; see real-excerpts/README.md); a title naming another kind of document is a WARNING.
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
    void aG3TitleWithoutGongzuoIsAHintToo() {
        assertEquals(List.of(Severity.INFO), severities("fail-g3-without-gongzuo.txt"));
    }

    @Test
    void aTitleWithAnotherNameIsAWarningInEveryEdition() {
        // 政务公开 instead of 政府信息公开 is no accepted variant in any edition
        assertEquals(List.of(Severity.WARNING), severities("fail-wrong-name.txt"));
        assertEquals(List.of(Severity.WARNING), severities("fail-g1-wrong-name.txt"));
    }
}
