package org.disclosurechecker.findings;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run over all reports. The pass/fail decision is made once, by the core, and
 * recorded here; front ends only translate it into an exit status or a build failure.
 *
 * @param toolVersion          version of disclosure-checker
 * @param rules                the rule catalogue of this run (bundled and user rules)
 * @param reports              one result per file, in a stable order
 * @param failOn               the severity threshold used
 * @param maxAllowedViolations violations tolerated before the run fails
 * @param violations           unsuppressed findings at or above the threshold, over all reports
 * @param passed               true when {@code violations <= maxAllowedViolations}
 * @param skippedFiles         files found in the given directories that are not reports of a supported
 *                             format (shown as a note, never checked)
 * @param baseDir              the absolute directory the report paths are relative to (the project's
 *                             basedir in Maven, the current directory in the CLI), or null when unknown
 * @param units                the per-unit roll-up when the run was given a unit list, else null
 */
public record CheckResult(String toolVersion, List<RuleDescriptor> rules, List<ReportResult> reports, Severity failOn,
                          int maxAllowedViolations, long violations, boolean passed, List<String> skippedFiles,
                          UnitRollup units, Path baseDir) {

    public CheckResult {
        rules = List.copyOf(rules);
        reports = List.copyOf(reports);
        skippedFiles = skippedFiles == null ? List.of() : List.copyOf(skippedFiles);
    }

    public CheckResult(String toolVersion, List<RuleDescriptor> rules, List<ReportResult> reports, Severity failOn,
                       int maxAllowedViolations, long violations, boolean passed) {
        this(toolVersion, rules, reports, failOn, maxAllowedViolations, violations, passed, List.of(), null, null);
    }

    public CheckResult(String toolVersion, List<RuleDescriptor> rules, List<ReportResult> reports, Severity failOn,
                       int maxAllowedViolations, long violations, boolean passed, List<String> skippedFiles) {
        this(toolVersion, rules, reports, failOn, maxAllowedViolations, violations, passed, skippedFiles, null, null);
    }

    /** The result of one report file, or null. */
    public ReportResult report(String file) {
        return reports.stream().filter(r -> r.file().equals(file)).findFirst().orElse(null);
    }

    public long count(Severity s) {
        return reports.stream().mapToLong(r -> r.count(s)).sum();
    }

    /**
     * True for the entry of {@link #reports} that carries the unit list's REPORT-MISSING findings: it is
     * not a report, and the report counts leave it out.
     */
    public boolean isUnitList(ReportResult r) {
        return units != null && r.file().equals(units.file());
    }

    /** The report files checked (the unit list's entry not counted). */
    public long reportCount() {
        return reports.stream().filter(r -> !isUnitList(r)).count();
    }

    public long passedReports() {
        return reports.stream().filter(r -> !isUnitList(r) && r.passed()).count();
    }

    public long failedReports() {
        return reportCount() - passedReports();
    }

    public long suppressedCount() {
        return reports.stream().mapToLong(ReportResult::suppressedCount).sum();
    }
}
