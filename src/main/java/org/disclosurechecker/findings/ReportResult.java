package org.disclosurechecker.findings;

import java.util.List;

/**
 * The outcome for one report file.
 *
 * @param file     path as shown to the user (relative to the base directory when possible)
 * @param passed   false when an unsuppressed finding reaches the failure threshold
 * @param edition  G1/G2/G3, or null when unknown
 * @param year     the report year, or null
 * @param organ    the reporting organ, or null
 * @param findings sorted by line, then rule id
 * @param previous last year's report the across-year rules compared it with, as shown, or null
 */
public record ReportResult(String file, boolean passed, String edition, Integer year, String organ,
                           List<Finding> findings, String previous) {

    public ReportResult {
        findings = List.copyOf(findings);
    }

    public ReportResult(String file, boolean passed, String edition, Integer year, String organ,
                        List<Finding> findings) {
        this(file, passed, edition, year, organ, findings, null);
    }

    public String status() {
        return passed ? "PASS" : "FAIL";
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> !f.suppressed() && f.severity() == s).count();
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::suppressed).count();
    }
}
