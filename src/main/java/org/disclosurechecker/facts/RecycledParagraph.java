package org.disclosurechecker.facts;

/**
 * A paragraph of the body that last year's report has too, word for word or with only the years changed.
 *
 * @param line         where it is in this report
 * @param previousLine where it is in last year's
 * @param yearsChanged true when only the years differ, false when it is identical
 * @param text         the paragraph
 */
public record RecycledParagraph(int line, int previousLine, boolean yearsChanged, String text) {
}
