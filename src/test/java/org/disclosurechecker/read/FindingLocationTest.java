package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.model.Document;

/**
 * A finding in a structured file names a place a person can find: the core copies the locator of the
 * block or cell on the finding's line (FindingFinisher), and the line is a line of the extracted text.
 */
class FindingLocationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "docx, '表2 第\\d+行 第\\d+列'",
        "doc, '表2 第\\d+行 第\\d+列'",
        "html, '表2 第\\d+行 第\\d+列'",
        "pdf, '第\\d+页 表2 第\\d+行 第\\d+列'",
    })
    void tableFindingsNameTableRowAndColumn(String ext, String pattern) throws ReadException {
        List<Finding> sums = TestSupport.findings(FormatFixtures.file("fail-sum-t3-column-total", ext), "SUM-MISMATCH");
        assertEquals(2, sums.size(), sums.toString());
        Document doc = FormatFixtures.read("fail-sum-t3-column-total", ext);
        for (Finding f : sums) {
            assertFalse(f.location().isEmpty(), f.toString());
            assertTrue(f.location().matches(pattern), f.location());
            assertTrue(doc.line(f.line()).startsWith("\t"), "the line is the cell's line: " + doc.line(f.line()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"docx, '第\\d+段'", "doc, '第\\d+段'", "html, '第\\d+段'", "pdf, '第\\d+页'"})
    void paragraphFindingsNameTheParagraphOrPage(String ext, String pattern) {
        List<Finding> conflicts = TestSupport.findings(FormatFixtures.file("fail-date-header-differs", ext), "DATE-CONFLICT");
        assertEquals(1, conflicts.size(), conflicts.toString());
        Finding f = conflicts.get(0);
        assertTrue(f.location().matches(pattern), f.location());
        assertEquals("2018年3月16日", f.excerpt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"txt"})
    void plainTextHasNoLocator(String ext) {
        List<Finding> sums = TestSupport.findings(FormatFixtures.file("fail-sum-t3-column-total", ext), "SUM-MISMATCH");
        assertTrue(sums.stream().allMatch(f -> f.location().isEmpty()));
    }
}
