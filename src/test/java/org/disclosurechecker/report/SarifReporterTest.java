package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.ReportResult;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(CheckResult r) throws Exception {
        return MAPPER.readTree(Fixtures.render(Reporters.get("sarif"), r));
    }

    @Test
    void oneRunWithTheCatalogue() throws Exception {
        JsonNode root = parse(Fixtures.result());
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", root.get("$schema").asText());
        assertEquals("2.1.0", root.get("version").asText());
        assertEquals(1, root.get("runs").size());
        JsonNode driver = root.at("/runs/0/tool/driver");
        assertEquals("disclosure-checker", driver.get("name").asText());
        assertEquals("1.2.3", driver.get("version").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(Fixtures.RULES.size(), rules.size());
        JsonNode sum = rules.get(0);
        assertEquals("SUM-MISMATCH", sum.get("id").asText());
        assertEquals("SumMismatch", sum.get("name").asText());
        assertEquals("合计数与分项之和不符", sum.at("/shortDescription/text").asText());
        assertEquals("检查统计表的合计数是否等于分项之和。", sum.at("/fullDescription/text").asText());
        String help = sum.at("/help/text").asText();
        assertTrue(help.contains(Fixtures.HINT_SUM) && help.contains(Fixtures.BASIS_SUM), help);
        assertEquals("error", sum.at("/defaultConfiguration/level").asText());
        assertEquals("warning", rules.get(2).at("/defaultConfiguration/level").asText());
        assertEquals("note", rules.get(3).at("/defaultConfiguration/level").asText());
    }

    @Test
    void resultsPointAtTheirRuleFileAndLine() throws Exception {
        JsonNode run = parse(Fixtures.result()).at("/runs/0");
        JsonNode results = run.get("results");
        assertEquals(4, results.size());
        for (JsonNode r : results) {
            int i = r.get("ruleIndex").asInt();
            assertEquals(r.get("ruleId").asText(), run.at("/tool/driver/rules/" + i + "/id").asText());
        }
        assertEquals("error", results.get(0).get("level").asText());
        assertEquals("warning", results.get(1).get("level").asText());
        assertEquals("note", results.get(2).get("level").asText());
        assertEquals(Fixtures.MESSAGE_A, results.get(0).at("/message/text").asText());
        assertTrue(results.get(1).at("/message/text").asText().endsWith("（表2 第4行）"));

        JsonNode loc = results.get(0).at("/locations/0/physicalLocation");
        assertEquals(12, loc.at("/region/startLine").asInt());
        String uri = loc.at("/artifactLocation/uri").asText();
        assertEquals("reports/2023%20%E5%8E%BF%E6%94%BF%E5%BA%9C.txt", uri);
        URI parsed = new URI(uri);
        assertFalse(parsed.isAbsolute(), "a relative path stays relative");
        assertEquals(Fixtures.FILE_A, parsed.getPath());
        assertEquals(SarifReporter.BASE_ID, loc.at("/artifactLocation/uriBaseId").asText(), "relative to the stated base");
        assertTrue(run.at("/originalUriBaseIds/" + SarifReporter.BASE_ID + "/description/text").asText().contains("基准目录"));
    }

    @Test
    void urisAreRelativeToTheStatedBaseNeverAbsoluteFileUris(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path base = dir.resolve("project");
        Files.createDirectories(base.resolve("reports"));
        Path outside = dir.resolve("elsewhere/r.txt");
        CheckResult r = Fixtures.result();
        ReportResult in = new ReportResult("reports/a.txt", false, "G3", 2024, null, r.reports().get(0).findings());
        ReportResult out = new ReportResult(outside.toString(), false, "G3", 2024, null, r.reports().get(0).findings());
        CheckResult withBase = new CheckResult(r.toolVersion(), r.rules(), List.of(in, out), r.failOn(), 0, 1, false,
                List.of(), null, base);
        JsonNode run = parse(withBase).at("/runs/0");
        String baseUri = run.at("/originalUriBaseIds/SRCROOT/uri").asText();
        String expectedBase = base.toUri().toString();
        assertEquals(expectedBase.endsWith("/") ? expectedBase : expectedBase + "/", baseUri,
                "the base is an absolute directory URI");
        for (JsonNode res : run.get("results")) {
            JsonNode art = res.at("/locations/0/physicalLocation/artifactLocation");
            assertEquals("SRCROOT", art.get("uriBaseId").asText(), art.toString());
            assertFalse(art.get("uri").asText().startsWith("file:"), art.toString());
            URI resolved = new URI(baseUri).resolve(art.get("uri").asText());
            assertTrue(resolved.equals(base.resolve("reports/a.txt").toUri()) || resolved.equals(outside.toUri()),
                    resolved.toString());
        }
        assertEquals("../elsewhere/r.txt", SarifReporter.relativeUri(outside.toString(), base));
    }

    @Test
    void wholeFileFindingIsAnchoredAtLineOneAndAnotherDriveBecomesFileUri() throws Exception {
        JsonNode result = parse(Fixtures.unreadable()).at("/runs/0/results/0");
        JsonNode loc = result.at("/locations/0/physicalLocation");
        assertEquals(1, loc.at("/region/startLine").asInt(), "line 0 (the whole file) is shown at line 1");
        assertTrue(result.at("/properties/wholeDocument").asBoolean());
        String uri = loc.at("/artifactLocation/uri").asText();
        assertEquals("file:///C:/%E6%8A%A5%E5%91%8A/%E6%8D%9F%E5%9D%8F%20%E6%96%87%E4%BB%B6.docx", uri);
        assertEquals("/C:/报告/损坏 文件.docx", new URI(uri).getPath());
    }

    @Test
    void helpUriPointsAtAnAnchorThatDocsRulesMdHas() throws Exception {
        assertEquals("https://example.org/docs/rules.md#sum-mismatch",
                SarifReporter.helpUri("https://example.org/docs/rules.md", "SUM-MISMATCH"));
        String doc = Files.readString(Path.of("docs/rules.md"));
        for (var d : org.disclosurechecker.rules.Catalogue.bundled().all()) {
            String anchor = SarifReporter.helpUri("", d.id()).substring(1);
            assertTrue(doc.contains("<a id=\"" + anchor + "\"></a>"), "docs/rules.md has an anchor for " + d.id());
        }
    }

    @Test
    void relativeUrisOfAwkwardPaths() {
        assertEquals("a/b%23c/d%25e.txt", Texts.uri("a\\b#c\\d%e.txt"));
        assertEquals("x%3Ay.txt", Texts.uri("x:y.txt"), "a colon must not read as a scheme");
        assertEquals("file:///srv/r.txt", Texts.uri("/srv/r.txt"));
        assertEquals("file://server/share/r.txt", Texts.uri("\\\\server\\share\\r.txt"));
    }

    @Test
    void fingerprintsAreSha256OfRuleFileExcerptAndStable() throws Exception {
        JsonNode first = parse(Fixtures.result()).at("/runs/0/results");
        JsonNode second = parse(Fixtures.result()).at("/runs/0/results");
        String key = "SUM-MISMATCH|" + Fixtures.FILE_A + "|" + Fixtures.EXCERPT_A;
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, first.at("/0/partialFingerprints/disclosureChecker~1v1").asText());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).get("partialFingerprints"), second.get(i).get("partialFingerprints"));
        }
        assertNotEquals(first.at("/1/partialFingerprints/disclosureChecker~1v1").asText(),
                first.at("/3/partialFingerprints/disclosureChecker~1v1").asText(),
                "same rule and file, different excerpt");
        // a Windows path gives the same fingerprint as the same path with '/'
        assertEquals(SarifReporter.fingerprint("R", "a/b.txt", "x"), SarifReporter.fingerprint("R", "a\\b.txt", "x"));
    }

    @Test
    void suppressedFindingsCarryAnExternalSuppression() throws Exception {
        JsonNode results = parse(Fixtures.result()).at("/runs/0/results");
        for (int i = 0; i < 3; i++) {
            assertTrue(results.get(i).get("suppressions") == null, "result " + i + " is not suppressed");
        }
        JsonNode s = results.get(3).get("suppressions");
        assertEquals(1, s.size());
        assertEquals("external", s.at("/0/kind").asText());
        assertEquals("落款日期沿用上级模板", s.at("/0/justification").asText());
    }
}
