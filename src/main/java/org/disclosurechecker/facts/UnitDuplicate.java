package org.disclosurechecker.facts;

/**
 * Another report of the same year belongs to the same unit.
 *
 * @param unit   the unit's name as listed
 * @param year   the report year, or null when unknown
 * @param others the other reports of the unit for that year, as shown, joined by "、"
 * @param line   the title's line, 0 when there is no title
 */
public record UnitDuplicate(String unit, Integer year, String others, int line) {
}
