package org.disclosurechecker.facts.extract;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.CellStatus;

/** Reads the content of a numeric table cell: a number with an optional unit, a blank, a "no data" mark, or text. */
public final class CellValues {

    /** A parsed cell. */
    public record Value(CellStatus status, BigDecimal number, String unit) {
    }

    /** The sign may be written as a word: G2's 本年增/减 column is filled "减4" (−4) or "增3" as often as "-4". */
    private static final Pattern NUMBER = Pattern.compile(
            "^([+-]|增加|减少|增|减)?\\s*(\\d{1,3}(?:[,，]\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|亿元|元|%|件|条|个|人次|人|次|篇|项|期)?$");
    private static final Set<String> NO_DATA = Set.of("—", "——", "———", "－", "-", "--", "/", "\\", "无", "－－", "/ ");

    private CellValues() {
    }

    public static Value parse(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            return new Value(CellStatus.BLANK, null, null);
        }
        if (NO_DATA.contains(t)) {
            return new Value(CellStatus.NO_DATA, null, null);
        }
        Matcher m = NUMBER.matcher(t);
        if (m.matches()) {
            String digits = m.group(2).replace(",", "").replace("，", "");
            String frac = m.group(3) == null ? "" : m.group(3);
            BigDecimal v = new BigDecimal(digits + frac);
            if ("-".equals(m.group(1)) || "减".equals(m.group(1)) || "减少".equals(m.group(1))) {
                v = v.negate();
            }
            return new Value(CellStatus.NUMBER, v, m.group(4));
        }
        return new Value(CellStatus.TEXT, null, null);
    }

    /** True for cells that can stand in a value position (numbers, blanks, no-data marks). */
    public static boolean isValueLike(String raw) {
        return parse(raw).status() != CellStatus.TEXT;
    }
}
