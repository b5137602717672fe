package org.disclosurechecker.facts;

import java.math.BigDecimal;

/**
 * A figure stated in the prose and the indicator it refers to, with the table's value for that indicator.
 *
 * @param indicator  vocabulary key, e.g. "apply.received"
 * @param label      what it counts, in Chinese ("收到申请数")
 * @param value      the figure as stated (converted to the table's unit)
 * @param qualifier  EXACT, AT_LEAST ("380多人次"), APPROX ("约35人")
 * @param text       the figure as written ("380多人次")
 * @param line       where it is
 * @param context    the words around it, for the message
 * @param tableValue the table's value for the indicator, or null when the report has no such cell
 * @param tableLabel where in the table that value is ("表三 （七）总计·总计")
 * @param tableLine  the line of that cell
 * @param ambiguous  the wording could mean another indicator too (e.g. this year and 历年累计): warn, don't fail
 * @param partOf     indicator of which this one is a part, or null
 */
public record ProseFigure(String indicator, String label, BigDecimal value, Qualifier qualifier, String text, int line,
                          String context, BigDecimal tableValue, String tableLabel, int tableLine, boolean ambiguous,
                          String partOf) {

    /** How the figure is meant. */
    public enum Qualifier {
        EXACT, AT_LEAST, APPROX
    }

    /** Within 10 % (at least 2) of the table's value: what "约" allows. */
    public boolean roughlyMatches() {
        if (tableValue == null) {
            return true;
        }
        BigDecimal diff = value.subtract(tableValue).abs();
        BigDecimal tolerance = tableValue.abs().multiply(BigDecimal.valueOf(0.1)).max(BigDecimal.valueOf(2));
        return diff.compareTo(tolerance) <= 0;
    }
}
