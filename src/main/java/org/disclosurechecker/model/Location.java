package org.disclosurechecker.model;

/**
 * Where a piece of a report came from. {@code line} is 1-based in the document's extracted text
 * (for plain text: the source file's line); {@code locator} names the place in structured formats
 * ("第3段", "表2 第4行 第2列", "第5页"), empty for plain text.
 */
public record Location(int line, String locator) {

    public Location {
        locator = locator == null ? "" : locator;
    }

    public static Location ofLine(int line) {
        return new Location(line, "");
    }
}
