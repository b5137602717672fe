package org.disclosurechecker.facts;

import java.util.List;

import org.disclosurechecker.findings.Severity;

/**
 * A table the report's edition requires, and how serious its absence is.
 *
 * @param key         template table key
 * @param name        its name, for messages
 * @param severity    severity when absent
 * @param satisfiedBy table keys any of which fulfils the requirement (a G1 local table stands for the 统计表)
 */
public record RequiredTable(String key, String name, Severity severity, List<String> satisfiedBy) {

    public RequiredTable {
        satisfiedBy = List.copyOf(satisfiedBy);
    }
}
