package org.disclosurechecker.facts;

import java.time.LocalDate;

/**
 * A date written in the report.
 *
 * @param role          what it stands for
 * @param text          as written ("二零一六年一月十七日")
 * @param date          the date, or null when it does not exist (then {@code valid} is false)
 * @param valid         false for 2月30日, 13月…
 * @param chinese       written in Chinese numerals
 * @param usesLing      a Chinese-numeral year written with 零 instead of 〇
 * @param zeroPadded    month or day written with a leading zero ("03月")
 * @param compact       written as 2018.3.22 / 2018-03-22 / 2018/3/22
 * @param shortYear     the year written with two digits ("18年")
 * @param line          where it is
 */
public record DateMention(DateRole role, String text, LocalDate date, boolean valid, boolean chinese,
                          boolean usesLing, boolean zeroPadded, boolean compact, boolean shortYear, int line) {

    /** True when the text is not in the GB/T 9704-2012 form (Arabic, full year, no padding). */
    public boolean nonStandard() {
        return chinese || usesLing || zeroPadded || compact || shortYear;
    }

    public int year() {
        return date == null ? 0 : date.getYear();
    }
}
