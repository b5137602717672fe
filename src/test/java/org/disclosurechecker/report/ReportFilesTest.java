package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.disclosurechecker.findings.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    private List<Path> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void createsParentsAndWritesTheWholeReport() throws IOException {
        Path target = dir.resolve("out/disclosure/report.json");
        ReportFiles.writeAtomically(target, Reporters.get("json"), Fixtures.result());
        assertArrayEquals(Fixtures.bytes(Reporters.get("json"), Fixtures.result()), Files.readAllBytes(target));
        assertEquals(List.of(target), files(target.getParent()), "no temporary file left behind");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("report.html");
        Files.writeString(target, "old report, much longer than nothing ".repeat(10_000));
        ReportFiles.writeAtomically(target, Reporters.get("html"), Fixtures.result());
        assertEquals(Fixtures.render(Reporters.get("html"), Fixtures.result()),
                Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void aFailingReporterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.sarif");
        Files.writeString(target, "previous");
        Reporter failing = new Reporter() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public String defaultFileName() {
                return "x";
            }

            @Override
            public void write(CheckResult result, OutputStream out) throws IOException {
                out.write("half a report".getBytes(StandardCharsets.UTF_8));
                out.flush();
                throw new IOException("disk full");
            }
        };
        IOException e = assertThrows(IOException.class,
                () -> ReportFiles.writeAtomically(target, failing, Fixtures.result()));
        assertEquals("disk full", e.getMessage());
        assertEquals("previous", Files.readString(target));
        assertEquals(List.of(target), files(dir));

        Reporter crashing = new Reporter() {
            @Override
            public String name() {
                return "crashing";
            }

            @Override
            public String defaultFileName() {
                return "x";
            }

            @Override
            public void write(CheckResult result, OutputStream out) throws IOException {
                out.write(1);
                throw new IllegalStateException("bug");
            }
        };
        assertThrows(IllegalStateException.class,
                () -> ReportFiles.writeAtomically(target, crashing, Fixtures.result()));
        assertEquals("previous", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void aDirectoryIsNotOverwritten() throws IOException {
        Path target = Files.createDirectory(dir.resolve("report.json"));
        IOException e = assertThrows(IOException.class,
                () -> ReportFiles.writeAtomically(target, Reporters.get("json"), Fixtures.result()));
        assertEquals(true, e.getMessage().contains("是一个目录"), e.getMessage());
        assertEquals(true, Files.isDirectory(target));
    }
}
