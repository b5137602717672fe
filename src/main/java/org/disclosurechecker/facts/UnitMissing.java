package org.disclosurechecker.facts;

/**
 * A unit on the supervisor's list with no report of the year checked (inserted into the session of
 * the unit list, not of a report).
 *
 * @param unit    the unit's name as listed
 * @param line    its line in the unit list
 * @param year    the report year the run expects, or null when no report gave one
 * @param earlier reports of the unit for other years, as shown ("a.txt（2024年度）"), or empty
 */
public record UnitMissing(String unit, int line, Integer year, String earlier) {
}
