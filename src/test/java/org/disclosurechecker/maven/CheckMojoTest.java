package org.disclosurechecker.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The Maven goal as Maven configures it: parameters from a pom, failure vs error, files written. */
@MojoTest
class CheckMojoTest {

    static void clear(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/fail/pom.xml")
    void findingsAtTheThresholdFailTheBuildAndTheReportsAreStillWritten(CheckMojo mojo) throws Exception {
        Path out = Path.of("target/unit-mojo/fail");
        clear(out);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("年报检查未通过"), e.getMessage());
        JsonNode report = json(out.resolve("report.json"));
        long errors = report.path("reports").get(0).path("findings").findValuesAsText("severity").stream()
                .filter("ERROR"::equals).count();
        String failing = "sample-reports/2016-jichang-town.txt（错误 " + errors + " 个）";
        assertTrue(errors > 0 && e.getMessage().contains("涉及 1 份报告：" + failing), e.getMessage());
        assertFalse(e.getMessage().contains("g3-town-government-2024"), "the passing report is not named");
        assertTrue(log.errors.contains("未通过：" + failing), log.errors.toString());
        assertEquals(2, report.path("summary").path("reports").asInt());
        assertEquals(1, report.path("summary").path("failed").asInt());
        JsonNode sarif = json(out.resolve("report.sarif")).at("/runs/0");
        JsonNode artifact = sarif.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("sample-reports/2016-jichang-town.txt", artifact.path("uri").asText(), "relative to ${basedir}");
        assertEquals("SRCROOT", artifact.path("uriBaseId").asText());
        assertTrue(sarif.at("/originalUriBaseIds/SRCROOT/uri").asText().startsWith("file:/"));
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.isRegularFile(out.resolve("TEST-disclosure.xml")));
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/fail/pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void withFailOnViolationFalseTheBuildGoesOn(CheckMojo mojo) throws Exception {
        mojo.execute();
        assertEquals("FAIL", json(Path.of("target/unit-mojo/fail/report.json")).path("reports").get(0)
                .path("status").asText());
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/fail/pom.xml")
    @MojoParameter(name = "maxAllowedViolations", value = "1000")
    void violationsWithinTheAllowanceDoNotFail(CheckMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/clean/pom.xml")
    void cleanDraftsPassAndOnlyTheChosenFormatsAreWritten(CheckMojo mojo) throws Exception {
        Path out = Path.of("target/unit-mojo/clean");
        clear(out);
        mojo.execute();
        JsonNode report = json(out.resolve("report.json"));
        assertTrue(report.path("summary").path("reports").asInt() >= 7);
        assertEquals(0, report.path("summary").path("failed").asInt());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertFalse(Files.exists(out.resolve("report.sarif")));
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/clean/pom.xml")
    @MojoParameter(name = "units", value = "src/test/resources/rules/REPORT-MISSING/units-two.csv")
    @MojoParameter(name = "writeBaseline", value = "target/unit-mojo/units/baseline.yaml")
    @MojoParameter(name = "outputDirectory", value = "target/unit-mojo/units")
    void aUnitWithoutAReportFailsTheBuildAndTheBaselineCoversIt(CheckMojo mojo) throws Exception {
        Path out = Path.of("target/unit-mojo/units");
        clear(out);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("年报检查未通过"), e.getMessage());
        JsonNode units = json(out.resolve("report.json")).path("units");
        assertEquals(2, units.path("total").asInt());
        assertEquals(1, units.path("missing").asInt());
        assertEquals("桐溪县教育局", units.path("list").get(1).path("name").asText());
        assertEquals("MISSING", units.path("list").get(1).path("status").asText());
        String baseline = Files.readString(out.resolve("baseline.yaml"));
        assertTrue(baseline.contains("rule: \"REPORT-MISSING\""), baseline);
        assertTrue(baseline.contains("基线：采用检查前已有的问题"), baseline);
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/fail/pom.xml")
    @MojoParameter(name = "configLocation", value = "src/test/resources/unit/configs/no-date-conflict.yaml")
    @MojoParameter(name = "writeBaseline", value = "target/unit-mojo/merge/baseline.yaml")
    @MojoParameter(name = "outputDirectory", value = "target/unit-mojo/merge")
    void configLocationTakesTheExistingConfigurationAndABaselineSeparatedByCommas(CheckMojo mojo) throws Exception {
        Path out = Path.of("target/unit-mojo/merge");
        clear(out);
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(Files.isRegularFile(out.resolve("baseline.yaml")));

        mojo.writeBaseline = null;
        mojo.configLocation = "src/test/resources/unit/configs/no-date-conflict.yaml, target/unit-mojo/merge/baseline.yaml";
        mojo.execute();
        JsonNode report = json(out.resolve("report.json"));
        assertEquals(0, report.path("summary").path("failed").asInt());
        assertTrue(report.path("summary").path("suppressed").asInt() > 0);
        assertTrue(report.findValuesAsText("ruleId").stream().noneMatch("DATE-CONFLICT"::equals),
                "the existing configuration is still in effect");
        assertTrue(report.findValuesAsText("justification").stream().anyMatch(j -> j.startsWith("基线：")));
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/bad-severity/pom.xml")
    void aWrongParameterIsAnExecutionErrorNotAFailure(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("fatal"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/clean/pom.xml")
    @MojoParameter(name = "configLocation", value = "src/test/resources/unit/no-such-config.yaml")
    void aMissingConfigurationFileIsAnExecutionError(CheckMojo mojo) {
        assertThrows(MojoExecutionException.class, mojo::execute);
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/no-reports/pom.xml")
    void missingDefaultReportFoldersAreAnErrorAsForTheCli(CheckMojo mojo) throws Exception {
        Path out = Path.of("target/unit-mojo/no-reports");
        clear(out);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("没有要检查的报告") && e.getMessage().contains("src/reports")
                && e.getMessage().contains("skip"), e.getMessage());
        assertFalse(Files.exists(out), "nothing written");
    }

    /** Keeps the error lines the goal logs. */
    static final class RecordingLog extends org.apache.maven.plugin.logging.SystemStreamLog {
        final java.util.List<String> errors = new java.util.ArrayList<>();

        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
            super.error(content);
        }
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/skip/pom.xml")
    void skipDoesNothing(CheckMojo mojo) throws Exception {
        Path out = Path.of("target/unit-mojo/skip");
        clear(out);
        mojo.execute();
        assertFalse(Files.exists(out));
    }
}
