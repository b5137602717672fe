package org.disclosurechecker.facts.template;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A block of table 二 ("第二十条第（一）项") with its own columns and rows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BlockTemplate(String key, String label, List<ColumnTemplate> columns, List<RowTemplate> rows) {

    public BlockTemplate {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
