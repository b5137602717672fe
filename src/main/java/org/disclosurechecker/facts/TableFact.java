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
 */
public record TableFact(String key, String name, Edition edition, int line, String evidence, Severity shapeSeverity) {
}
