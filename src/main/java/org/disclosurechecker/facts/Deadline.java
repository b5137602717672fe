package org.disclosurechecker.facts;

import java.time.LocalDate;

import org.disclosurechecker.findings.Severity;

/** The publication deadline that applies to this report, from the edition template and configuration. */
public record Deadline(LocalDate date, Severity severity, String who, String basis) {
}
