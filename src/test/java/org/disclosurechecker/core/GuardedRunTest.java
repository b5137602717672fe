package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.read.DocumentReader;
import org.disclosurechecker.read.ReadOptions;
import org.disclosurechecker.read.Readers;

/**
 * The per-file guard through the whole checker: in a run of several files, one whose reader never
 * finishes and one whose reader exhausts its stack each become exactly one READ-ERROR, and the others
 * are checked as in a run without them. Test seam: the checker's package-private constructor takes the
 * readers (the standard text reader plus stubs for two test-only extensions) and a tiny time limit for
 * the stubs' files, so the test costs a fraction of a second; the production path (standard readers, {@link FileGuard#limitFor})
 * is the same code with other arguments.
 */
class GuardedRunTest {

    /** Computes until it is interrupted, as a parser caught in a loop (FileGuard interrupts on timeout). */
    static final class Hanging implements DocumentReader {
        final AtomicInteger started = new AtomicInteger();

        @Override
        public Set<String> extensions() {
            return Set.of("hang");
        }

        @Override
        public Document read(Path file, String displayPath, ReadOptions options) {
            started.incrementAndGet();
            long spins = 0;
            while (!Thread.currentThread().isInterrupted()) {
                spins++;
            }
            throw new IllegalStateException("interrupted after " + spins + " spins");
        }
    }

    /** Recurses without end, as a reader of a maliciously nested file would without its depth bound. */
    static final class Bottomless implements DocumentReader {
        @Override
        public Set<String> extensions() {
            return Set.of("deep");
        }

        @Override
        public Document read(Path file, String displayPath, ReadOptions options) {
            return descend(0);
        }

        private static Document descend(int depth) {
            Document d = descend(depth + 1);
            return depth < 0 ? null : d;
        }
    }

    /**
     * The stub files are smaller than this and get a tiny limit; the real drafts (kilobytes) keep the
     * production limit, so a cold JIT on a busy machine never turns one of them into a false timeout.
     */
    static final long STUB_BYTES = 64;

    @Test
    void aHangingAndAnExhaustedFileAreOneReadErrorEachAndTheOthersAreCheckedNormally(@TempDir Path dir)
            throws Exception {
        List<String> drafts = List.of("g3-county-government-2025.txt", "g3-subdistrict-2023.txt",
                "g2-district-department-2020.txt");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (String d : drafts) {
            Files.copy(TestSupport.CLEAN.resolve(d), reports.resolve(d));
        }
        Files.writeString(reports.resolve("b-stuck.hang"), "whatever");
        Files.writeString(reports.resolve("c-nested.deep"), "whatever");

        Hanging hanging = new Hanging();
        DocumentReader text = Readers.standard().forFile(Path.of("x.txt")).orElseThrow();
        Checker guarded = new Checker(TestSupport.checker().rules(), new Readers(List.of(text, hanging,
                new Bottomless())), size -> size < STUB_BYTES ? Duration.ofMillis(200) : FileGuard.limitFor(size));
        CheckRequest request = CheckRequest.builder().baseDir(dir).input(Path.of("reports")).build();
        CheckResult result = guarded.check(request);

        assertEquals(5, result.reports().size(), result.reports().stream().map(ReportResult::file).toList().toString());
        assertEquals(1, hanging.started.get(), "read once");
        ReportResult stuck = result.report("reports/b-stuck.hang");
        assertEquals(1, stuck.findings().size(), stuck.findings().toString());
        Finding timeout = stuck.findings().get(0);
        assertEquals("READ-ERROR", timeout.ruleId());
        assertTrue(timeout.message().contains("仍未完成，已放弃该文件"), timeout.message());
        ReportResult nested = result.report("reports/c-nested.deep");
        assertEquals(1, nested.findings().size(), nested.findings().toString());
        assertEquals("READ-ERROR", nested.findings().get(0).ruleId());
        assertTrue(nested.findings().get(0).message().contains("嵌套过深"), nested.findings().get(0).message());
        assertEquals(2, result.reports().stream().filter(r -> !r.passed()).count(), "only the two bad files fail");

        CheckResult alone = TestSupport.check(CheckRequest.builder().baseDir(dir).input(Path.of("reports"))
                .excludes(List.of("**/*.hang", "**/*.deep")).build());
        assertEquals(drafts.size(), alone.reports().size());
        for (ReportResult r : alone.reports()) {
            ReportResult same = result.report(r.file());
            assertEquals(r.findings(), same.findings(), r.file());
            assertEquals(r.year(), same.year(), r.file());
            assertTrue(same.passed(), r.file() + " " + same.findings());
        }
    }
}
