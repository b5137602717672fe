package org.disclosurechecker.facts.template;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A value column. {@code unit}: the unit its amounts are in ("万元"), "*" when any unit written in
 * the cell is accepted, null for counts. {@code decimal}: amounts may have decimals (counts may not).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ColumnTemplate(String key, String label, List<String> aliases, boolean optional, boolean allowNegative,
                             String unit, boolean decimal) {

    public ColumnTemplate {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
