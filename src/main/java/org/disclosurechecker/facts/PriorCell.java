package org.disclosurechecker.facts;

import java.math.BigDecimal;

/** A table cell of last year's report (see {@link TableCell}); {@code value} as {@link TableCell#amount()}. */
public record PriorCell(String tableKey, String rowKey, String rowLabel, String columnKey, String columnLabel,
                        BigDecimal value, int line) {
}
