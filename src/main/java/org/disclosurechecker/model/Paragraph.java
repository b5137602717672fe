package org.disclosurechecker.model;

/**
 * One paragraph of running text. {@code headingHint} is set by readers that know a paragraph is a
 * heading (a Word heading style, an HTML h1-h6); plain text never sets it.
 */
public record Paragraph(String text, Location location, int endLine, boolean headingHint) implements Block {

    public Paragraph(String text, Location location) {
        this(text, location, location.line(), false);
    }
}
