package org.disclosurechecker.facts;

import org.disclosurechecker.findings.Severity;

/** A row (or column, {@code column} true) a recognised template table must have; {@code found} says if it has. */
public record ExpectedRow(String tableKey, String tableName, String key, String label, boolean column, boolean found,
                          Severity severity, int tableLine) {
}
