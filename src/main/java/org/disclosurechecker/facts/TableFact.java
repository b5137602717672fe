package org.disclosurechecker.facts;

import org.disclosurechecker.findings.Severity;

/**
 * A table of the report recognised as a template table.
 *
 * @param key           template table key ("t3", "stat", …)
 * @param name          the table's name, e.g. "三、收到和处理政府信息公开申请情况"
 * @param edition       the edition whose template it matched
 * @param line          first line of the table
 * @param evidence      a label that identified it
 * @param shapeSeverity severity of shape problems (missing rows, columns, cells) in this table
 * @param gridConfident the reader is sure of the table's grid (every cell's text inside one cell box, no cell
 *                      holding a label and a figure or two figures on lines of their own, …); formats with an
 *                      explicit grid (text, Word, HTML) always are. When false, shape problems are warnings, and
 *                      no cell of the table is held to the template (no cell, arithmetic or prose-figure rule)
 * @param gridDoubt     why the reader is not sure (Chinese), or null
 */
public record TableFact(String key, String name, Edition edition, int line, String evidence, Severity shapeSeverity,
                        boolean gridConfident, String gridDoubt) {

    public TableFact(String key, String name, Edition edition, int line, String evidence, Severity shapeSeverity) {
        this(key, name, edition, line, evidence, shapeSeverity, true, null);
    }
}
