package org.disclosurechecker.findings;

import java.util.List;

/**
 * A rule as the catalogue describes it (rules/catalogue.json): reporters use it for SARIF rule
 * metadata, JUnit test cases and the documentation.
 *
 * @param id          stable rule id (a contract)
 * @param family      the family it belongs to, in Chinese
 * @param editions    G1/G2/G3, or empty for reading-stage rules
 * @param severity    default severity
 * @param title       a short Chinese name
 * @param description what it checks, in Chinese
 * @param basis       the legal or format basis, in Chinese
 * @param hint        how to fix, in Chinese
 */
public record RuleDescriptor(String id, String family, List<String> editions, Severity severity, String title,
                             String description, String basis, String hint) {

    public RuleDescriptor {
        editions = editions == null ? List.of() : List.copyOf(editions);
    }
}
