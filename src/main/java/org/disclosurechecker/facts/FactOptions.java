package org.disclosurechecker.facts;

import java.time.MonthDay;

/**
 * Settings that change how facts are derived.
 *
 * @param year             report year forced by the user (--year), or null to detect
 * @param edition          edition forced by the user (--edition), or null to derive from the year
 * @param townshipDeadline deadline for 乡镇/街道 reports (month and day of the next year), or null for the template's
 */
public record FactOptions(Integer year, Edition edition, MonthDay townshipDeadline) {

    public static FactOptions defaults() {
        return new FactOptions(null, null, null);
    }
}
