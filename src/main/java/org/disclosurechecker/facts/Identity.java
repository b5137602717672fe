package org.disclosurechecker.facts;

import java.math.BigDecimal;

/**
 * One instance of a template identity over the report's cells, with both sides summed (blank cells
 * count as 0). The rule named by {@code rule} decides whether {@code left op right} holds.
 *
 * @param rule      catalogue id of the rule that checks it
 * @param op        "==", "<=", ">=", "pos=>pos"
 * @param tableKey  template table
 * @param tableName for messages
 * @param row       the row it is about (label), or null
 * @param column    the column it is about (label), or null
 * @param formula   the relation in words, Chinese ("「（七）总计」＝「（一）予以公开」＋…")
 * @param left      sum of the left side
 * @param right     sum of the right side
 * @param complete  false when a cell is missing or not a number (then it is not checked)
 * @param blanks    blank cells involved (counted as 0)
 * @param line      line of the first left-hand cell
 * @param confident the cells were read with confidence: the table's grid and header were mapped onto the
 *                  template, and no side of the relation is wholly blank against a non-zero other side (a
 *                  total left blank is not a total of 0: CELL-BLANK reports it). Arithmetic rules check
 *                  only confident identities, so a misreading never becomes an arithmetic ERROR.
 */
public record Identity(String rule, String op, String tableKey, String tableName, String row, String column,
                       String formula, BigDecimal left, BigDecimal right, boolean complete, int blanks, int line,
                       boolean confident) {

    public int compare() {
        return left.compareTo(right);
    }

    public boolean leftPositive() {
        return left.signum() > 0;
    }

    public boolean rightPositive() {
        return right.signum() > 0;
    }
}
