package org.disclosurechecker.facts.template;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A template row: its indicator key, exact label and accepted variants. A {@code group} row heads
 * sub-rows ({@code parent}); it may carry subtotal values. {@code numeric} false: a heading row
 * without values ("一、主动公开情况 ——").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RowTemplate(String key, String label, List<String> aliases, String parent, boolean group,
                          Boolean numeric, boolean optional, String missingSeverity, String unit, boolean decimal) {

    public RowTemplate {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean isNumeric() {
        return numeric == null || numeric;
    }
}
