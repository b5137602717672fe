package org.disclosurechecker.facts;

import org.disclosurechecker.findings.Severity;

/**
 * A required part of the report and whether the report has it.
 *
 * @param key             template key ("overview", "fees", …)
 * @param expectedTitle   the exact title (G2/G3) or the item of old 第三十二条 (G1)
 * @param expectedOrder   position in the template, from 0
 * @param found           true when a heading (or, in G1, the text) covers it
 * @param evidence        "heading", "content" (G1, text only) or "table" (G1, only a table row)
 * @param heading         the heading as written (numbering included), or null
 * @param line            line of the heading (or of the covering text), 0 when not found
 * @param exact           true when the heading is exactly the template title
 * @param order           position of the heading among the recognised parts, from 0; -1 when not found
 * @param missingSeverity severity when missing
 * @param variant         true when the heading differs from the title only in the edition's heading
 *                        variants (其它 for 其他, an added or dropped 的)
 */
public record Section(String key, String expectedTitle, int expectedOrder, boolean found, String evidence,
                      String heading, int line, boolean exact, int order, Severity missingSeverity,
                      boolean variant) {
}
