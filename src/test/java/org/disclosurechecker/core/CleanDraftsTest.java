package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;

/** Clean drafts of every edition and organ kind get no ERROR and no WARNING. */
class CleanDraftsTest {

    static Stream<Path> drafts() throws IOException {
        try (Stream<Path> s = Files.list(TestSupport.CLEAN)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void noErrorNoWarning(Path draft) {
        ReportResult r = TestSupport.check(draft);
        List<Finding> serious = r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertTrue(serious.isEmpty(), draft + ": " + serious.stream()
                .map(f -> f.line() + " [" + f.ruleId() + "] " + f.message()).collect(Collectors.joining("\n")));
        assertTrue(r.passed());
        assertTrue(r.edition() != null && r.year() != null && r.organ() != null, "identity recognised");
    }

    @Test
    void breakingOneIdentityGivesExactlyThatFinding(@TempDir Path tmp) throws IOException {
        Path clean = TestSupport.CLEAN.resolve("g3-county-government-2025.txt");
        List<String> lines = Files.readAllLines(clean, StandardCharsets.UTF_8);
        int group = indexOf(lines, "\t复议后起诉", 0);
        int data = -1;
        for (int i = group; i < lines.size(); i++) {
            if (lines.get(i).matches("\\t\\d+")) {
                data = i;
                break;
            }
        }
        // table 四's 15 values, one per line: 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5; index 11 = 复议后起诉 · 结果纠正
        int cell = data + 11;
        assertEquals("\t0", lines.get(cell));
        lines.set(cell, "\t1");
        Path broken = tmp.resolve("g3-broken.txt");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        List<Finding> serious = TestSupport.check(broken).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(1, serious.size(), serious.toString());
        assertEquals("SUM-MISMATCH", serious.get(0).ruleId());
        assertEquals("行政诉讼（复议后起诉）", serious.get(0).row());
        assertEquals(data + 14 + 1, serious.get(0).line(), "reported on the group's 总计 cell");
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
