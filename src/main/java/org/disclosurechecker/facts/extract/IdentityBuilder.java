package org.disclosurechecker.facts.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosurechecker.facts.CellStatus;
import org.disclosurechecker.facts.Identity;
import org.disclosurechecker.facts.TableCell;
import org.disclosurechecker.facts.template.IdentityTemplate;
import org.disclosurechecker.facts.template.RowTemplate;
import org.disclosurechecker.facts.template.TableTemplate;

/**
 * Instantiates the template's identities over a mapped table: one {@link Identity} per column (or per
 * row), with both sides summed. A group reference stands for its sub-rows when the report has them,
 * else for the group's own subtotal; blank cells count as 0 and are counted; a missing cell or text
 * makes the instance incomplete, so the rules leave it alone (TABLE-SHAPE / CELL-NOT-NUMBER report it).
 */
final class IdentityBuilder {

    private final TableTemplate tpl;
    private final MappedTable m;

    IdentityBuilder(TableTemplate tpl, MappedTable m) {
        this.tpl = tpl;
        this.m = m;
    }

    List<Identity> build() {
        List<Identity> out = new ArrayList<>();
        for (IdentityTemplate it : tpl.identities()) {
            if ("row".equals(it.per())) {
                perRow(it, out);
            } else {
                perColumn(it, out);
            }
        }
        for (MappedTable.VariantIdentity vi : m.variantIdentities) {
            Side left = side(cells(vi.leftRows(), vi.leftColumns()));
            Side right = side(cells(vi.rightRows(), vi.rightColumns()));
            if (left != null && right != null) {
                String row = m.rowLabels.get(vi.leftRows().get(0));
                String col = m.columnLabels.get(vi.leftColumns().get(0));
                String formula = vi.leftRows().equals(vi.rightRows())
                        ? formula(quote(col), vi.op(), quote(m.columnLabels.get(vi.rightColumns().get(0))))
                        : formula(labels(vi.leftRows()), vi.op(), labels(vi.rightRows()));
                out.add(identity(vi.rule(), vi.op(), row, col, formula, left, right));
            }
        }
        return out;
    }

    private void perColumn(IdentityTemplate it, List<Identity> out) {
        for (String col : m.presentColumns) {
            if (it.subtotal() && !hasValues(it.left().get(0), col)) {
                continue;
            }
            Side left = side(expand(it.left(), col));
            Side right = side(expand(it.right(), col));
            if (left == null || right == null || left.cells.isEmpty() || right.cells.isEmpty()) {
                continue;
            }
            String row = m.rowLabels.get(left.cells.get(0).rowKey());
            String colLabel = m.columnLabels.get(col);
            String formula = formula(rowLabels(left.cells), it.op(), rowLabels(right.cells));
            if (m.presentColumns.size() > 1) {
                formula = "（" + colLabel + "列）" + formula;
            }
            out.add(identity(it.rule(), it.op(), row, m.presentColumns.size() > 1 ? colLabel : null, formula, left,
                    right));
        }
    }

    private void perRow(IdentityTemplate it, List<Identity> out) {
        boolean optionalAbsent = it.left().stream().anyMatch(c -> !m.presentColumns.contains(c))
                || it.right().stream().anyMatch(c -> !m.presentColumns.contains(c));
        if (optionalAbsent) {
            return;
        }
        for (String row : m.cells.keySet()) {
            if (!it.rows().isEmpty() && !it.rows().contains(row)) {
                continue;
            }
            Side left = side(cells(List.of(row), it.left()));
            Side right = side(cells(List.of(row), it.right()));
            if (left == null || right == null) {
                continue;
            }
            String formula = quote(m.rowLabels.get(row)) + "：" + formula(columnLabels(it.left()), it.op(),
                    columnLabels(it.right()));
            out.add(identity(it.rule(), it.op(), m.rowLabels.get(row), m.columnLabels.get(it.left().get(0)), formula,
                    left, right));
        }
    }

    private boolean hasValues(String row, String col) {
        TableCell c = m.cell(row, col);
        return c != null && c.status() != CellStatus.MISSING;
    }

    /** Row references of one column → cells; null entries for cells the report lacks. */
    private List<TableCell> expand(List<String> refs, String col) {
        List<TableCell> out = new ArrayList<>();
        for (String ref : refs) {
            if (ref.endsWith(".*")) {
                for (String child : m.children.getOrDefault(ref.substring(0, ref.length() - 2), List.of())) {
                    out.add(m.cell(child, col));
                }
                continue;
            }
            List<String> kids = m.children.getOrDefault(ref, List.of());
            if (!kids.isEmpty()) {
                kids.forEach(k -> out.add(m.cell(k, col)));
                continue;
            }
            TableCell c = m.cell(ref, col);
            RowTemplate rt = tpl.row(ref).orElse(null);
            if (c == null && rt != null && (rt.optional() || (rt.group() && m.foundRows.contains(ref)))) {
                continue; // an optional row the report leaves out, or a group whose sub-rows are all absent
            }
            out.add(c);
        }
        return out;
    }

    private List<TableCell> cells(List<String> rows, List<String> cols) {
        List<TableCell> out = new ArrayList<>();
        for (String r : rows) {
            for (String c : cols) {
                out.add(m.cell(r, c));
            }
        }
        return out;
    }

    private record Side(List<TableCell> cells, BigDecimal sum, boolean complete, int blanks) {
        /** Every cell of the side is blank: nothing was written there. */
        boolean allBlank() {
            return !cells.isEmpty() && blanks == cells.size();
        }
    }

    /** Sums one side; null when a referenced row was not found at all (TABLE-SHAPE covers it). */
    private static Side side(List<TableCell> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        int blanks = 0;
        List<TableCell> present = new ArrayList<>();
        for (TableCell c : cells) {
            if (c == null) {
                return null;
            }
            present.add(c);
            switch (c.status()) {
                case NUMBER -> sum = sum.add(c.value());
                case BLANK -> blanks++;
                case NO_DATA -> { }
                case TEXT, MISSING -> complete = false;
            }
        }
        return new Side(present, sum, complete, blanks);
    }

    private Identity identity(String rule, String op, String row, String column, String formula, Side left,
                              Side right) {
        int line = left.cells.isEmpty() ? 0 : left.cells.get(0).line();
        boolean unwritten = left.allBlank() && right.sum.signum() != 0 || right.allBlank() && left.sum.signum() != 0;
        return new Identity(rule, op, tpl.key(), tpl.name(), row, column, formula, plain(left.sum),
                plain(right.sum), left.complete && right.complete, left.blanks + right.blanks, line,
                m.confident && !unwritten);
    }

    /** 260, not 2.6E+2; 9.2, not 9.20. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private String rowLabels(List<TableCell> cells) {
        List<String> labels = new ArrayList<>();
        for (TableCell c : cells) {
            String l = quote(c.rowLabel());
            if (!labels.contains(l)) {
                labels.add(l);
            }
        }
        return String.join("＋", labels);
    }

    private String labels(List<String> rowKeys) {
        List<String> labels = new ArrayList<>();
        rowKeys.forEach(k -> labels.add(quote(m.rowLabels.get(k))));
        return String.join("＋", labels);
    }

    private String columnLabels(List<String> cols) {
        List<String> labels = new ArrayList<>();
        cols.forEach(k -> labels.add(quote(m.columnLabels.get(k))));
        return String.join("＋", labels);
    }

    private static String quote(String label) {
        return "「" + label + "」";
    }

    /** The relation in words: "「A」＝「B」＋「C」", "「A」大于0时，「B」也应大于0". */
    static String formula(String left, String op, String right) {
        return switch (op) {
            case "==" -> left + " ＝ " + right;
            case "<=" -> left + " ≤ " + right;
            case ">=" -> left + " ≥ " + right;
            case "pos=>pos" -> left + "大于0时，" + right + "也应大于0";
            default -> throw new IllegalStateException("unknown identity operator in template: " + op);
        };
    }
}
