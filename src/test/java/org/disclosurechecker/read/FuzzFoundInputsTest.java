package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;

/**
 * Inputs the fuzz sessions found (docs/fuzzing.md), checked as a user meets them: one READ-ERROR for
 * the file, and the good report beside it still checked. (ReadersFuzzTest replays them too.)
 */
class FuzzFoundInputsTest {

    static final Path INPUTS = TestSupport.RESOURCES.resolve("org/disclosurechecker/read/ReadersFuzzTestInputs");

    /** A .docx with an entry packed with Zstandard: Commons Compress threw NoClassDefFoundError, past Guard. */
    static final Path ZSTD_DOCX = INPUTS.resolve("docx/crash-zstd-entry-ecc402c35d0e.docx");

    @Test
    void aZipEntryInACompressionWordNeverUsesIsACorruptFile() {
        ReadException e = assertThrows(ReadException.class,
                () -> Readers.standard().read(ZSTD_DOCX, "x.docx", ReadOptions.defaults()));
        assertEquals("corrupt", e.reason());
        assertTrue(e.getMessage().contains("压缩方式"), e.getMessage());
    }

    @Test
    void theRunGoesOnPastIt(@TempDir Path dir) throws IOException {
        Files.copy(ZSTD_DOCX, dir.resolve("zstd.docx"));
        Files.copy(HostileInputsTest.GOOD_DOCX, dir.resolve("good.docx"));
        CheckResult result = TestSupport.check(CheckRequest.builder().input(dir).baseDir(dir).build());
        List<ReportResult> reports = result.reports();
        assertEquals(2, reports.size());
        ReportResult bad = reports.stream().filter(r -> r.file().equals("zstd.docx")).findFirst().orElseThrow();
        assertEquals(List.of("READ-ERROR"), bad.findings().stream().map(Finding::ruleId).toList());
        ReportResult good = reports.stream().filter(r -> r.file().equals("good.docx")).findFirst().orElseThrow();
        assertTrue(good.passed(), good.findings().toString());
    }
}
