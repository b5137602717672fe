package org.disclosurechecker.config;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.disclosurechecker.findings.Severity;

/**
 * The configuration in force for a run.
 *
 * @param severities          per-rule severity overrides
 * @param disabled            rule ids that do not run
 * @param townshipDeadline    the 乡镇/街道 publication deadline (month-day of the next year), or null for the default
 * @param similarityThreshold COPY-PASTE threshold (0–1)
 * @param suppressions        accepted findings
 */
public record Settings(Map<String, Severity> severities, Set<String> disabled, MonthDay townshipDeadline,
                       double similarityThreshold, List<Suppression> suppressions) {

    public static final double DEFAULT_SIMILARITY = 0.85;

    public Settings {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        suppressions = List.copyOf(suppressions);
    }

    public static Settings defaults() {
        return new Settings(Map.of(), Set.of(), null, DEFAULT_SIMILARITY, List.of());
    }

    public Optional<Severity> severityOf(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    /** The same settings with more rules disabled. */
    public Settings disable(Set<String> more) {
        return new Settings(severities, Set.copyOf(
                java.util.stream.Stream.concat(disabled.stream(), more.stream()).collect(Collectors.toSet())),
                townshipDeadline, similarityThreshold, suppressions);
    }
}
