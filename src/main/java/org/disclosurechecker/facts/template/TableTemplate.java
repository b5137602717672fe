package org.disclosurechecker.facts.template;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One template table. {@code layout}: "rows" (label cells then one cell per column, optionally a
 * unit cell before the values), "blocks" (G2/G3 table 二: blocks with their own header and columns),
 * "flat" (table 四: all values in one row, row-major), "variant" (a G1 local table of unknown rows).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TableTemplate(String key, String name, String layout, boolean required, Integer requiredFromYear,
                            String missingSeverity, String shapeSeverity, boolean unitColumn,
                            List<String> fingerprint, List<ColumnTemplate> columns, List<RowTemplate> rows,
                            List<BlockTemplate> blocks, List<IdentityTemplate> identities, VariantTemplate variant) {

    public TableTemplate {
        fingerprint = fingerprint == null ? List.of() : List.copyOf(fingerprint);
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    public Optional<RowTemplate> row(String rowKey) {
        return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst();
    }

    /** Rules for tables whose rows are not known in advance. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VariantTemplate(String sumParentPattern, String cumulativeColumnPattern, String childStartPattern) {
    }
}
