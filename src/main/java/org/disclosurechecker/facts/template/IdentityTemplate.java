package org.disclosurechecker.facts.template;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An arithmetic relation between cells, checked by the rule named {@code rule}.
 * {@code per = "column"}: left/right are row keys, the relation holds in every column;
 * {@code per = "row"}: left/right are column keys, it holds in every row (or the listed {@code rows}).
 * A row key "x.*" means all sub-rows of group x; a group key means its sub-rows when the report has
 * them, else its own (subtotal) value. {@code subtotal}: only checked when the group row carries values.
 * {@code op}: "==", "<=", ">=", "pos=>pos" (if the left side is positive, so must the right side be).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IdentityTemplate(String rule, String per, List<String> rows, List<String> left, String op,
                               List<String> right, boolean subtotal) {

    public IdentityTemplate {
        rows = rows == null ? List.of() : List.copyOf(rows);
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}
