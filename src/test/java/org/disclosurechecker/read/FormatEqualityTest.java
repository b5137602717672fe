package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.model.Block;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.Table;

/**
 * The same report gives the same document and the same findings whatever its format: every report of
 * src/test/resources/formats, read from .html, .docx, .doc and .pdf (made by LibreOffice from the
 * .txt draft), against the plain-text reader's reading of the .txt.
 */
class FormatEqualityTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String name : FormatFixtures.names()) {
            for (String ext : FormatFixtures.FORMATS) {
                if (java.nio.file.Files.exists(FormatFixtures.file(name, ext))) {
                    out.add(Arguments.of(name, ext));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("cases")
    void sameTables(String name, String ext) throws ReadException {
        Document txt = FormatFixtures.read(name, "txt");
        Document other = FormatFixtures.read(name, ext);
        List<String> expected = txt.tables().stream().map(FormatFixtures::render).toList();
        List<String> actual = other.tables().stream().map(FormatFixtures::render).toList();
        assertEquals(expected, actual, "tables differ:" + FormatFixtures.diff(expected, actual));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("cases")
    void sameBlocks(String name, String ext) throws ReadException {
        Document txt = FormatFixtures.read(name, "txt");
        Document other = FormatFixtures.read(name, ext);
        List<String> expected = FormatFixtures.render(txt);
        List<String> actual = FormatFixtures.render(other);
        assertEquals(expected, actual, "blocks differ:" + FormatFixtures.diff(expected, actual));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("cases")
    void sameFindings(String name, String ext) {
        ReportResult txt = TestSupport.check(FormatFixtures.file(name, "txt"));
        ReportResult other = TestSupport.check(FormatFixtures.file(name, ext));
        Map<String, Long> expected = FormatFixtures.ruleCounts(txt);
        assertFalse(expected.containsKey("READ-ERROR"), "the .txt reads");
        assertEquals(expected, FormatFixtures.ruleCounts(other), () -> "rule ids differ; " + ext + " findings: "
                + other.findings().stream().map(f -> f.line() + " " + f.location() + " [" + f.ruleId() + "] "
                        + f.message()).toList());
        assertEquals(txt.edition(), other.edition());
        assertEquals(txt.year(), other.year());
        assertEquals(txt.organ(), other.organ());
    }

    /** The extracted lines are the flattened text: the plain-text parser reads them back into the same blocks. */
    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("cases")
    void linesAreTheFlattenedText(String name, String ext) throws ReadException {
        Document other = FormatFixtures.read(name, ext);
        List<Block> reparsed = FlattenedTextParser.parse(other.lines());
        List<String> expected = other.blocks().stream().map(FormatFixtures::render).toList();
        List<String> actual = reparsed.stream().map(FormatFixtures::render).toList();
        assertEquals(expected, actual, FormatFixtures.diff(expected, actual));
        for (Block b : other.blocks()) {
            if (b instanceof Paragraph p) {
                assertEquals(p.text(), other.line(p.location().line()), "a paragraph's line");
                assertFalse(p.location().locator().isEmpty(), "a paragraph has a locator");
            } else if (b instanceof Table t) {
                t.rows().forEach(r -> r.cells().forEach(c -> {
                    assertEquals("\t" + c.text(), other.line(c.location().line()), "a cell's line");
                    assertTrue(c.location().locator().contains("列"), c.location().locator());
                }));
            }
        }
    }
}
