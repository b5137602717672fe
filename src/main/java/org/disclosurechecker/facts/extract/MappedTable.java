package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosurechecker.facts.ExpectedRow;
import org.disclosurechecker.facts.TableCell;

/**
 * A report table mapped onto a template table: its cells by row key and column key, which template
 * rows were found, what is missing. Built by {@link TableMapper}, read by {@link IdentityBuilder}.
 */
final class MappedTable {

    /** row key → column key → cell, in template order. */
    final Map<String, Map<String, TableCell>> cells = new LinkedHashMap<>();
    /** row keys found in the report (numeric or not). */
    final Set<String> foundRows = new LinkedHashSet<>();
    /** column keys the report's table has. */
    final Set<String> presentColumns = new LinkedHashSet<>();
    /** group row key → its sub-row keys found, in template order. */
    final Map<String, List<String>> children = new LinkedHashMap<>();
    /** row key → the label to show for it. */
    final Map<String, String> rowLabels = new LinkedHashMap<>();
    /** column key → the label to show for it. */
    final Map<String, String> columnLabels = new LinkedHashMap<>();
    final List<ExpectedRow> expected = new ArrayList<>();
    /** false when the table's header or rows could not be mapped with confidence (then no identity is checked). */
    boolean confident = true;
    /** why it was not read with confidence (Chinese), or null. */
    String unreadReason;

    void unread(String reason) {
        confident = false;
        unreadReason = reason;
    }
    /** identities derived from the structure of a variant table (instead of the template). */
    final List<VariantIdentity> variantIdentities = new ArrayList<>();

    record VariantIdentity(String rule, String op, List<String> leftRows, List<String> rightRows,
                           List<String> leftColumns, List<String> rightColumns) {
    }

    void put(TableCell cell) {
        cells.computeIfAbsent(cell.rowKey(), k -> new LinkedHashMap<>()).put(cell.columnKey(), cell);
    }

    TableCell cell(String row, String column) {
        Map<String, TableCell> r = cells.get(row);
        return r == null ? null : r.get(column);
    }

    List<TableCell> allCells() {
        List<TableCell> all = new ArrayList<>();
        cells.values().forEach(r -> all.addAll(r.values()));
        return all;
    }
}
