package org.disclosurechecker.findings;

import java.util.List;

/**
 * The run against the supervisor's unit list (--units): per unit, whether it reported.
 *
 * @param file     the unit list as shown (also the {@link ReportResult#file()} that carries REPORT-MISSING)
 * @param year     the report year expected of every unit, or null when no report gave one
 * @param units    in list order
 * @param unlisted reports that match no listed unit, as shown
 */
public record UnitRollup(String file, Integer year, List<Unit> units, List<String> unlisted) {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String MISSING = "MISSING";
    public static final String DUPLICATE = "DUPLICATE";

    /**
     * @param name       as listed
     * @param kind       government/department/township/subdistrict as listed, or null
     * @param line       its line in the list
     * @param status     {@link #SUBMITTED}, {@link #MISSING} or {@link #DUPLICATE} (more than one report for the year)
     * @param reports    its reports for the year, as shown
     * @param otherYears its reports for other years, as shown
     */
    public record Unit(String name, String kind, int line, String status, List<String> reports,
                       List<String> otherYears) {
        public Unit {
            reports = List.copyOf(reports);
            otherYears = List.copyOf(otherYears);
        }
    }

    public UnitRollup {
        units = List.copyOf(units);
        unlisted = List.copyOf(unlisted);
    }

    public long count(String status) {
        return units.stream().filter(u -> u.status().equals(status)).count();
    }
}
