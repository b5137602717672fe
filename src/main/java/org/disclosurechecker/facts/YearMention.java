package org.disclosurechecker.facts;

/** A place that states the report year: the title, the 统计期限, a table header "（2017年度）". */
public record YearMention(String source, int year, int line, String text) {
}
