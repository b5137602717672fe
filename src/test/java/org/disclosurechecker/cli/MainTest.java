package org.disclosurechecker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract of DESIGN.md: options, outputs, exit status 0/1/2. */
class MainTest {

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String SAMPLE = "sample-reports/2016-jichang-town.txt";
    static final String CLEAN = "src/test/resources/drafts/clean/g3-county-government-2025.txt";

    @Test
    void aReportWithErrorsExitsOneAndPrintsOneLinePerFinding() {
        Run r = run(SAMPLE);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains(SAMPLE + ":"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(".*2016-jichang-town\\.txt:\\d+: \\[DATE-CONFLICT\\] .*")),
                r.out());
    }

    @Test
    void aCleanReportExitsZero() {
        assertEquals(0, run(CLEAN).status());
    }

    @Test
    void failOnWarningTurnsWarningsIntoFailures() {
        // the G1 sample S003 has warnings but its errors are what fail it; a clean draft has none of either
        assertEquals(0, run("--fail-on", "warning", CLEAN).status());
        assertEquals(1, run("--fail-on", "info", "sample-reports/2017-xiangshan-county-office.txt").status());
    }

    @Test
    void maxAllowedToleratesViolations() {
        assertEquals(0, run("--max-allowed", "1000", SAMPLE).status());
    }

    @Test
    void jsonToStdoutAndFilesPerFormat(@TempDir Path dir) throws Exception {
        Run r = run("--format", "json", SAMPLE);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("FAIL", json.path("reports").get(0).path("status").asText());
        Path j = dir.resolve("out/r.json");
        Path h = dir.resolve("out/r.html");
        Run r2 = run("--format", "console,json", "--format", "html", "--output", "-", "--output", j.toString(),
                "--output", h.toString(), SAMPLE, CLEAN);
        assertEquals(1, r2.status());
        assertEquals(2, new ObjectMapper().readTree(j.toFile()).path("reports").size());
        assertTrue(Files.readString(h).contains("<html"));
        assertTrue(r2.out().contains("[DATE-CONFLICT]"));
    }

    @Test
    void usageErrorsExitTwoWithAChineseMessage() {
        Run unknownFormat = run("--format", "pdf", CLEAN);
        assertEquals(2, unknownFormat.status());
        assertTrue(unknownFormat.err().contains("pdf"), unknownFormat.err());
        Run twoToStdout = run("--format", "json,sarif", CLEAN);
        assertEquals(2, twoToStdout.status());
        assertTrue(twoToStdout.err().contains("标准输出"), twoToStdout.err());
        assertEquals(2, run("--fail-on", "fatal", CLEAN).status());
        assertEquals(2, run("--edition", "G4", CLEAN).status());
        assertEquals(2, run("--encoding", "no-such-charset", CLEAN).status());
        assertEquals(2, run("--no-such-option", CLEAN).status());
        assertEquals(2, run().status(), "no input");
        Run missing = run("no/such/file.txt");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("不存在"), missing.err());
        assertEquals(2, run("--skip-rules", "NO-SUCH-RULE", CLEAN).status());
        assertEquals(2, run("--config", "no/such/config.yaml", CLEAN).status());
    }

    @Test
    void aDirectoryIsSearchedWithoutItsBuildOutputAndHiddenFolders(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(CLEAN), dir.resolve("draft.txt"));
        Files.createDirectories(dir.resolve("target/disclosure"));
        Files.writeString(dir.resolve("target/disclosure/report.html"), "<html><body>报告</body></html>");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/notes.txt"), "内部笔记");
        Files.writeString(dir.resolve("notes.md"), "说明");
        Run r = run("--format", "json", dir.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.path("reports").size(), r.out());
        assertEquals(1, json.path("skipped").size(), "notes.md is listed as skipped");
    }

    @Test
    void inputsAreNeverWrittenAndNothingIsAddedBesideThem(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path draft = Files.copy(Path.of(SAMPLE), in.resolve("draft.txt"));
        Path docx = Files.copy(Path.of("src/test/resources/formats/g3-subdistrict-2023.docx"), in.resolve("b.docx"));
        byte[] before = Files.readAllBytes(draft);
        byte[] beforeDocx = Files.readAllBytes(docx);
        var t1 = Files.getLastModifiedTime(draft);
        var t2 = Files.getLastModifiedTime(docx);
        Path out = dir.resolve("out");
        run("--format", "console,json,sarif,junit,html", "--output", "-", "--output", out.resolve("r.json").toString(),
                "--output", out.resolve("r.sarif").toString(), "--output", out.resolve("r.xml").toString(),
                "--output", out.resolve("r.html").toString(), in.toString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(draft));
        org.junit.jupiter.api.Assertions.assertArrayEquals(beforeDocx, Files.readAllBytes(docx));
        assertEquals(t1, Files.getLastModifiedTime(draft));
        assertEquals(t2, Files.getLastModifiedTime(docx));
        try (var s = Files.list(in)) {
            assertEquals(2, s.count(), "no file added beside the inputs");
        }
        try (var s = Files.list(out)) {
            assertEquals(4, s.count(), "the four reports and no temporary file");
        }
    }

    @Test
    void aUserRuleThatDoesNotCompileStopsTheRunWithExitTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.drl"), "package rules;\nrule \"X\" @id(\"PROV-X\") when String( then end\n");
        Run r = run("--rules", dir.toString(), SAMPLE, CLEAN);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("规则编译失败") && r.err().contains("bad.drl:2"), r.err());
        assertTrue(r.out().isEmpty(), "no report is printed when the rules do not compile");
        assertEquals(2, run("--rules", dir.resolve("missing").toString(), CLEAN).status());
    }

    @Test
    void anUnreadableFileIsAFindingNotAnAbort(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = run(empty.toString(), CLEAN);
        assertEquals(1, r.status());
        assertTrue(r.out().contains("[READ-ERROR]"), r.out());
    }

    @Test
    void anOutputThatCannotBeWrittenExitsTwo(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        Run r = run("--format", "json", "--output", blocker.resolve("r.json").toString(), CLEAN);
        assertEquals(2, r.status());
        assertFalse(r.err().isBlank());
    }

    @Test
    void skipRulesSilencesARule() {
        Run r = run("--skip-rules", "DATE-CONFLICT", SAMPLE);
        assertFalse(r.out().contains("[DATE-CONFLICT]"), r.out());
    }

    @Test
    void previousYearsReportEnablesTheAcrossYearRules() {
        Run r = run("--previous", "src/test/resources/rules/COPY-PASTE/previous-2024-one-paragraph.txt", CLEAN);
        assertEquals(0, r.status(), "COPY-PASTE is a warning");
        assertTrue(r.out().contains("g3-county-government-2025.txt:23: [COPY-PASTE] 警告"), r.out());
        Run missing = run("--previous", "no/such/2024.txt", CLEAN);
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("上一年度报告不存在"), missing.err());
    }

    @Test
    void aGbkTerminalGetsGbkConsoleTextButJsonStaysUtf8() throws Exception {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(new String[] {SAMPLE}, new PrintStream(out, true), new PrintStream(err, true), gbk);
        assertTrue(out.toString(gbk).contains("错误"), out.toString(gbk));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("错误"), "not UTF-8 on a GBK console");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Main.run(new String[] {"--format", "json", SAMPLE}, new PrintStream(json, true), new PrintStream(err, true), gbk);
        assertTrue(json.toString(StandardCharsets.UTF_8).contains("吉昌镇"), "JSON is UTF-8 whatever the terminal");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--fail-on") && help.out().contains("退出状态"), help.out());
        Run version = run("--version");
        assertTrue(version.out().startsWith("disclosure-checker "), version.out());
    }
}
