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
    void aBaselineIsGivenBesideTheExistingConfigurationAsItIs(@TempDir Path dir) throws Exception {
        Path unit = Files.writeString(dir.resolve("unit.yaml"), "rules:\n  DATE-CONFLICT:\n    enabled: false\n");
        Path baseline = dir.resolve("baseline.yaml");
        Run first = run("--config", unit.toString(), "--write-baseline", baseline.toString(), SAMPLE);
        assertEquals(1, first.status(), first.err());
        assertTrue(first.err().contains("--config " + baseline), first.err());

        Run both = run("--config", unit.toString(), "--config", baseline.toString(), SAMPLE);
        assertEquals(0, both.status(), both.out());
        assertTrue(both.out().contains("已豁免") && both.out().contains("（理由：基线：采用检查前已有的问题（"), both.out());
        assertFalse(both.out().contains("[DATE-CONFLICT]"), "the unit's configuration is still in effect");

        Run baselineOnly = run("--config", baseline.toString(), SAMPLE);
        assertEquals(1, baselineOnly.status(), "without the unit's file DATE-CONFLICT is back, and not in the baseline");
        assertTrue(baselineOnly.out().contains("[DATE-CONFLICT]"), baselineOnly.out());
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
    static Run runAs(String commandName, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8, commandName);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOutputWithoutFormatTakesItsFormatFromTheExtension(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("r.html");
        Path json = dir.resolve("r.json");
        Run r = run("--output", html.toString(), "--output", json.toString(), SAMPLE);
        assertEquals(1, r.status(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<html") && !page.contains("[DATE-CONFLICT] 错误"), "an HTML page, not console text");
        assertEquals("FAIL", new ObjectMapper().readTree(json.toFile()).path("reports").get(0).path("status").asText());
        assertTrue(r.out().contains("共检查 1 份报告"), "the summary still reaches the terminal: " + r.out());
    }

    @Test
    void anOutputWhoseFormatCannotBeToldOrContradictsTheFormatExitsTwo(@TempDir Path dir) {
        Run unknown = run("--output", dir.resolve("r.pdf").toString(), CLEAN);
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("无法从输出文件名") && unknown.err().contains("--format"), unknown.err());
        Run contradicts = run("--format", "console", "--output", dir.resolve("r.html").toString(), CLEAN);
        assertEquals(2, contradicts.status());
        assertTrue(contradicts.err().contains(".html") && contradicts.err().contains("console"), contradicts.err());
        assertFalse(Files.exists(dir.resolve("r.html")), "nothing written");
        // a plain-text name for console text is fine
        assertEquals(0, run("--format", "console", "--output", dir.resolve("r.txt").toString(), CLEAN).status());
    }

    @Test
    void theSummaryReachesTheTerminalWhateverFormatsAreWritten(@TempDir Path dir) throws Exception {
        Run json = run("--format", "json", SAMPLE);
        new ObjectMapper().readTree(json.out()); // stdout stays pure JSON
        assertTrue(json.err().contains("共检查 1 份报告") && json.err().contains("未通过"), json.err());
        Run files = run("--format", "sarif", "--output", dir.resolve("r.sarif").toString(), SAMPLE);
        assertTrue(files.out().contains("共检查 1 份报告"), files.out());
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("r.sarif").toFile()).at("/runs/0");
        assertEquals(Path.of("").toAbsolutePath().toUri().toString().replaceFirst("/?$", "/"),
                sarif.at("/originalUriBaseIds/SRCROOT/uri").asText(), "the CLI's base is the current directory");
        assertEquals(SAMPLE, sarif.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        Run console = run(SAMPLE);
        assertEquals(1, console.out().lines().filter(l -> l.startsWith("共检查")).count(), "printed once");
        assertFalse(console.err().contains("共检查"));
    }

    @Test
    void includeAndExcludeMatchDirectoriesAndFileNames() throws Exception {
        String drafts = "src/test/resources/drafts";
        JsonNode all = new ObjectMapper().readTree(run("--format", "json", drafts).out());
        JsonNode clean = new ObjectMapper().readTree(run("--format", "json", "--include", drafts + "/clean", drafts).out());
        assertTrue(clean.path("reports").size() > 0, "a directory glob includes the files under it");
        for (JsonNode r : clean.path("reports")) {
            assertTrue(r.path("file").asText().startsWith(drafts + "/clean/"), r.toString());
        }
        JsonNode notClean = new ObjectMapper().readTree(run("--format", "json", "--exclude", drafts + "/clean/", drafts).out());
        assertEquals(all.path("reports").size() - clean.path("reports").size(), notClean.path("reports").size());
        JsonNode docx = new ObjectMapper().readTree(
                run("--format", "json", "--include", "*.docx", "src/test/resources/formats").out());
        assertTrue(docx.path("reports").size() > 0);
        for (JsonNode r : docx.path("reports")) {
            assertTrue(r.path("file").asText().endsWith(".docx"), "a name-only glob matches in any directory: " + r);
        }
    }

    @Test
    void unknownOptionsAndBadValuesAreExplainedInChineseWithSuggestions() {
        Run typo = run("--formt", "json", CLEAN);
        assertEquals(2, typo.status());
        assertTrue(typo.err().contains("未知选项 --formt") && typo.err().contains("是不是要用 --format"), typo.err());
        Run notANumber = run("--max-allowed", "many", CLEAN);
        assertEquals(2, notANumber.status());
        assertTrue(notANumber.err().contains("选项 --max-allowed 的取值“many”无效，应为整数"), notANumber.err());
        Run missingValue = run(CLEAN, "--format");
        assertEquals(2, missingValue.status());
        assertTrue(missingValue.err().contains("选项 --format 缺少取值"), missingValue.err());
        Run twice = run("--year", "2024", "--year", "2025", CLEAN);
        assertTrue(twice.err().contains("选项 --year 只能指定一次"), twice.err());
        Run none = run();
        assertEquals(2, none.status());
        assertTrue(none.err().contains("缺少要检查的报告文件或目录"), none.err());
        for (Run r : java.util.List.of(typo, notANumber, missingValue, twice, none)) {
            assertFalse(r.err().matches("(?s).*(Unknown option|Invalid value|Missing required|should be specified).*"),
                    "no English picocli message: " + r.err());
        }
    }

    @Test
    void helpNamesTheCommandAsItIsRun() {
        Run help = runAs("java -jar target/disclosure-cli.jar", "--help");
        assertTrue(help.out().contains("用法：java -jar target/disclosure-cli.jar [-hV]"), help.out());
        Run typo = runAs("java -jar disclosure-cli.jar", "--formt");
        assertTrue(typo.err().contains("运行 java -jar disclosure-cli.jar --help"), typo.err());
        assertEquals("java -jar target/disclosure-cli.jar",
                CommandName.detect(null, "target/disclosure-cli.jar --format json a.txt"));
        assertEquals("disclosure-check", CommandName.detect("disclosure-check", "org.disclosurechecker.cli.Main x"));
        assertEquals("disclosure-check", CommandName.detect(null, "org.disclosurechecker.cli.Main x"));
    }

    @Test
    void listRulesAndExplainPrintTheCatalogue() {
        Run list = run("--list-rules");
        assertEquals(0, list.status(), list.err());
        for (var d : org.disclosurechecker.rules.Catalogue.bundled().all()) {
            assertTrue(list.out().lines().anyMatch(l -> l.strip().startsWith(d.id() + " ")), d.id() + " listed");
        }
        Run explain = run("--explain", "sum-mismatch");
        assertEquals(0, explain.status(), explain.err());
        var sum = org.disclosurechecker.rules.Catalogue.bundled().get("SUM-MISMATCH").orElseThrow();
        assertTrue(explain.out().startsWith("SUM-MISMATCH  " + sum.title()), explain.out());
        assertTrue(explain.out().contains("依据：" + sum.basis()) && explain.out().contains("修改建议：" + sum.hint()),
                explain.out());
        Run typo = run("--explain", "SUM-MISMATH");
        assertEquals(2, typo.status());
        assertTrue(typo.err().contains("不存在") && typo.err().contains("SUM-MISMATCH"), typo.err());
    }
}
