package org.disclosurechecker.facts;

/** Last year's report, given with --previous / previousReport, as far as the across-year rules need it. */
public record PreviousReport(String file, Integer year, Edition edition, String organ) {
}
