package org.disclosurechecker.facts;

/**
 * A template table that is in the report but could not be read cell for cell with confidence: its
 * header does not map onto the template's columns, most of its rows cannot be told, or the reader could
 * not rebuild its grid. It gets one reading finding (READ-TABLE); no shape, cell or arithmetic rule runs
 * on it, so a misreading never becomes an ERROR.
 *
 * @param tableKey  template table ("t3")
 * @param tableName its name, for messages
 * @param line      first line of the table
 * @param reason    why, as a Chinese phrase ("表头无法对应到格式规定的栏目")
 */
public record UnreadTable(String tableKey, String tableName, int line, String reason) {
}
