package org.disclosurechecker.facts;

import java.math.BigDecimal;

/**
 * One value cell of a recognised table, keyed by indicator.
 *
 * @param tableKey     template table ("t3")
 * @param tableName    its name, for messages
 * @param rowKey       indicator row key ("withheld.secret")
 * @param rowLabel     the row label as the template writes it
 * @param columnKey    column key ("np")
 * @param columnLabel  column label ("自然人")
 * @param columnIndex  position of the column in the template, from 0 (for ordering)
 * @param raw          the cell text as written
 * @param value        the number, or null unless {@code status} is NUMBER
 * @param status       what the cell holds
 * @param unit         a unit written in the cell ("万元", "元"), or null
 * @param expectedUnit the unit the column is in ("万元"), "*" for any, null for counts
 * @param decimal      amounts (decimals allowed) rather than counts
 * @param allowNegative the column may hold negative numbers (本年增/减)
 * @param line         where the cell is
 * @param locator      where in a structured file ("表3 第5行 第2列"), or ""
 */
public record TableCell(String tableKey, String tableName, String rowKey, String rowLabel, String columnKey,
                        String columnLabel, int columnIndex, String raw, BigDecimal value, CellStatus status, String unit,
                        String expectedUnit, boolean decimal, boolean allowNegative, int line, String locator) {

    public String ref() {
        return tableKey + "/" + rowKey + "/" + columnKey;
    }

    /** The number, with a blank or "no data" cell as 0; null when the cell holds text or is missing. */
    public BigDecimal amount() {
        return switch (status) {
            case NUMBER -> value;
            case BLANK, NO_DATA -> BigDecimal.ZERO;
            case TEXT, MISSING -> null;
        };
    }

    /**
     * The same as {@link #unit()}, for DRL: {@code unit} is a keyword of the executable model's parser, which
     * rejects {@code unit == "元"} and silently misreads {@code this.unit()}.
     */
    public String writtenUnit() {
        return unit;
    }

    public boolean isBlank() {
        return status == CellStatus.BLANK;
    }

    /** True when a count holds a fraction. */
    public boolean fractional() {
        return value != null && !decimal && value.stripTrailingZeros().scale() > 0;
    }
}
