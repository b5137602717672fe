package org.disclosurechecker.facts;

/**
 * This report matches no unit on the supervisor's list.
 *
 * @param organ     the organ the report names (title, else 落款), or null when none was recognised
 * @param line      the title's line, 0 when there is no title
 * @param unitsFile the unit list as shown
 */
public record UnitUnlisted(String organ, int line, String unitsFile) {
}
