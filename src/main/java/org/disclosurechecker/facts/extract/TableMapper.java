package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.CellStatus;
import org.disclosurechecker.facts.ExpectedRow;
import org.disclosurechecker.facts.TableCell;
import org.disclosurechecker.facts.template.BlockTemplate;
import org.disclosurechecker.facts.template.ColumnTemplate;
import org.disclosurechecker.facts.template.RowTemplate;
import org.disclosurechecker.facts.template.TableTemplate;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.Table;

/**
 * Maps a report table onto a template table: finds each template row by its label (tolerant of
 * numbering and small wording differences, in template order so that repeated labels such as
 * "（二）被依法纠错数" land in the right group) and reads the value cells by column.
 */
final class TableMapper {

    static final double MATCH = 0.75;

    private final TableTemplate tpl;
    private final Severity shapeSeverity;
    private final int tableLine;

    TableMapper(TableTemplate tpl, int tableLine) {
        this.tpl = tpl;
        this.tableLine = tableLine;
        this.shapeSeverity = tpl.shapeSeverity() == null ? Severity.ERROR : Severity.parse(tpl.shapeSeverity());
    }

    MappedTable map(List<Row> rows) {
        return switch (tpl.layout()) {
            case "rows" -> mapRows(rows);
            case "blocks" -> mapBlocks(rows);
            case "flat" -> mapFlat(rows);
            case "variant" -> new VariantTableMapper(tpl, tableLine).map(rows);
            default -> throw new IllegalStateException("unknown table layout in template: " + tpl.layout());
        };
    }

    static MappedTable map(TableTemplate tpl, Table table, List<Row> rows) {
        return new TableMapper(tpl, table.location().line()).map(rows);
    }

    // ---------------------------------------------------------------- rows layout (tables 三, 统计表)

    private MappedTable mapRows(List<Row> rows) {
        MappedTable m = new MappedTable();
        List<String> headerTexts = withJoinedFragments(nonValueTexts(rows));
        // an optional column (小计) is present only when the header names it: a row label 小计 (a subtotal row
        // written "（三）不予公开 | 小计 | …") is no column, and taking it for one moves every figure over
        List<String> headOnly = withJoinedFragments(nonValueTexts(rowsBeforeFigures(rows)));
        List<ColumnTemplate> cols = new ArrayList<>();
        for (ColumnTemplate c : tpl.columns()) {
            if (!c.optional() || headOnly.stream().anyMatch(h -> columnMatches(h, c))) {
                cols.add(c);
                m.presentColumns.add(c.key());
                m.columnLabels.put(c.key(), c.label());
            }
        }
        int n = cols.size();
        int unitCells = tpl.unitColumn() ? 1 : 0;
        rows = withoutTrailingEmptyColumns(rows, n + unitCells + 1);
        int cursor = 0;
        for (Row row : rows) {
            List<Cell> cells = row.cells();
            List<Cell> labels;
            List<Cell> values;
            if (cells.size() >= n + unitCells + 1) {
                labels = cells.subList(0, cells.size() - n - unitCells);
                values = cells.subList(cells.size() - n, cells.size());
            } else {
                labels = cells.subList(0, 1);
                values = cells.subList(Math.min(cells.size(), 1 + unitCells), cells.size());
            }
            RowMatch match = null;
            for (int i = labels.size() - 1; i >= 0 && match == null; i--) {
                String text = labels.get(i).text();
                if (!text.isBlank()) {
                    match = matchRow(text, tpl.rows(), cursor);
                }
            }
            if (match == null || m.foundRows.contains(match.row.key())) {
                continue;
            }
            RowTemplate rt = match.row;
            cursor = match.index + 1;
            markFound(m, rt);
            boolean hasValues = values.stream().anyMatch(c -> !c.text().isBlank());
            boolean numeric = rt.isNumeric() && (!rt.group() || hasValues);
            if (!numeric) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                Cell c = j < values.size() ? values.get(j) : null;
                int line = c != null ? c.location().line() : row.location().line();
                String locator = c != null ? c.location().locator() : row.location().locator();
                m.put(cell(rt.key(), rt, cols.get(j), j, c == null ? null : c.text(), line, locator));
            }
        }
        expectRows(m, tpl.rows(), rows);
        int missingColumns = 0;
        if (n > 1) {
            for (ColumnTemplate c : cols) {
                if (!c.optional() && headerTexts.stream().noneMatch(h -> columnMatches(h, c))) {
                    missingColumns++;
                    m.expected.add(new ExpectedRow(tpl.key(), tpl.name(), c.key(), c.label(), true, false,
                            shapeSeverity, tableLine));
                }
            }
        }
        judgeConfidence(m, missingColumns, n);
        return m;
    }

    /**
     * Whether the table was read well enough to hold its cells to the template: a header of which two or
     * more of the template's columns cannot be found, or a table of which most numeric template rows
     * cannot be told, is a misreading (or a table of its own design) far more often than a report that
     * left them out, and gets one reading finding instead of a shape ERROR per row and an arithmetic ERROR
     * per shifted cell.
     */
    private void judgeConfidence(MappedTable m, int missingColumns, int n) {
        if (missingColumns >= 2 && missingColumns * 2 >= n) {
            m.unread("表头无法对应到格式规定的栏目（" + missingColumns + "个栏目未找到）");
            return;
        }
        long numeric = tpl.rows().stream().filter(r -> r.isNumeric() && !r.optional() && !r.group()).count();
        long found = tpl.rows().stream().filter(r -> r.isNumeric() && !r.optional() && !r.group())
                .filter(r -> m.foundRows.contains(r.key())).count();
        if (numeric >= 4 && found * 2 < numeric) {
            m.unread("多数行无法对应到格式规定的行（" + (numeric - found) + "行未找到）");
        }
    }

    // ---------------------------------------------------------------- blocks layout (table 二)

    private MappedTable mapBlocks(List<Row> rows) {
        MappedTable m = new MappedTable();
        BlockTemplate block = null;
        List<String> header = null;
        List<BlockTemplate> seenBlocks = new ArrayList<>();
        for (Row row : rows) {
            List<Cell> cells = row.cells();
            int first = firstNonEmpty(cells);
            if (first < 0) {
                continue;
            }
            String firstText = cells.get(first).text();
            BlockTemplate b = blockOf(row);
            if (b != null) {
                block = b;
                header = null;
                seenBlocks.add(b);
                continue;
            }
            if (LabelText.core(firstText).equals("信息内容")) {
                header = cells.stream().map(Cell::text).toList();
                continue;
            }
            List<BlockTemplate> candidates = block != null ? List.of(block) : tpl.blocks();
            RowTemplate rt = null;
            BlockTemplate owner = null;
            double best = 0;
            for (BlockTemplate bt : candidates) {
                for (RowTemplate r : bt.rows()) {
                    double s = rowScore(firstText, r);
                    if (s >= MATCH && s > best) {
                        best = s;
                        rt = r;
                        owner = bt;
                    }
                }
            }
            if (rt == null) {
                continue;
            }
            String key = owner.key() + "." + rt.key();
            if (m.foundRows.contains(key)) {
                continue;
            }
            m.foundRows.add(key);
            m.rowLabels.put(key, rt.label());
            for (int j = 0; j < owner.columns().size(); j++) {
                ColumnTemplate col = owner.columns().get(j);
                m.presentColumns.add(col.key());
                m.columnLabels.putIfAbsent(col.key(), col.label());
                int pos = valuePosition(header, cells, first, col, j);
                Cell c = pos >= 0 && pos < cells.size() ? cells.get(pos) : null;
                int line = c != null ? c.location().line() : row.location().line();
                String locator = c != null ? c.location().locator() : row.location().locator();
                m.put(cell(key, rt, col, j, c == null ? null : c.text(), line, locator));
            }
        }
        for (BlockTemplate bt : tpl.blocks()) {
            if (!seenBlocks.contains(bt)) {
                boolean anyRow = bt.rows().stream().anyMatch(r -> m.foundRows.contains(bt.key() + "." + r.key()));
                if (!anyRow) {
                    m.expected.add(new ExpectedRow(tpl.key(), tpl.name(), bt.key(), bt.label(), false, false,
                            shapeSeverity, tableLine));
                    continue;
                }
            }
            for (RowTemplate r : bt.rows()) {
                if (!m.foundRows.contains(bt.key() + "." + r.key())) {
                    m.expected.add(new ExpectedRow(tpl.key(), tpl.name(), bt.key() + "." + r.key(),
                            bt.label() + " " + r.label(), false, false, severityOf(r), tableLine));
                }
            }
        }
        return m;
    }

    /** Position of a block column's value in a data row: under its header cell, else the j-th value after the label. */
    private static int valuePosition(List<String> header, List<Cell> cells, int labelPos, ColumnTemplate col, int j) {
        if (header != null && header.size() == cells.size()) {
            for (int i = 0; i < header.size(); i++) {
                if (columnMatches(header.get(i), col)) {
                    return i;
                }
            }
        }
        return labelPos + 1 + j;
    }

    private BlockTemplate blockOf(Row row) {
        for (Cell c : row.cells()) {
            String t = c.text();
            if (t.isBlank() || !t.contains("第二十条")) {
                continue;
            }
            for (BlockTemplate b : tpl.blocks()) {
                if (LabelText.containsLoosely(t, b.label())) {
                    return b;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- flat layout (table 四)

    private MappedTable mapFlat(List<Row> rows) {
        MappedTable m = new MappedTable();
        int width = tpl.rows().size() * tpl.columns().size();
        rows = withoutTrailingEmptyColumns(rows, width);
        Row data = null;
        for (Row row : rows) {
            List<Cell> cells = row.cells();
            if (cells.size() >= width) {
                List<Cell> tail = cells.subList(cells.size() - width, cells.size());
                boolean allValues = tail.stream().allMatch(c -> CellValues.isValueLike(c.text()));
                boolean anyNumber = tail.stream().anyMatch(c -> CellValues.parse(c.text()).status() == CellStatus.NUMBER);
                if (allValues && (anyNumber || data == null)) {
                    data = row;
                }
            }
        }
        List<String> texts = withJoinedFragments(nonValueTexts(rows));
        int missingColumns = 0;
        for (ColumnTemplate c : tpl.columns()) {
            m.presentColumns.add(c.key());
            m.columnLabels.put(c.key(), c.label());
            if (texts.stream().noneMatch(h -> columnMatches(h, c))) {
                missingColumns++;
                m.expected.add(new ExpectedRow(tpl.key(), tpl.name(), c.key(), c.label(), true, false,
                        shapeSeverity, tableLine));
            }
        }
        int missingGroups = 0;
        for (RowTemplate r : tpl.rows()) {
            boolean labelled = texts.stream().anyMatch(h -> rowScore(h, r) >= MATCH);
            if (!labelled) {
                missingGroups++;
                m.expected.add(new ExpectedRow(tpl.key(), tpl.name(), r.key(), r.label(), false, false,
                        severityOf(r), tableLine));
            }
        }
        // the header of a one-row table names its columns twice over (per group): when most of its labels
        // cannot be found, the header was misread (or is of the table's own design), and the one row of
        // figures cannot be told apart either
        int labels = tpl.columns().size() + tpl.rows().size();
        if (missingColumns + missingGroups >= 2 && (missingColumns + missingGroups) * 2 >= labels) {
            m.unread("表头无法对应到格式规定的栏目（" + (missingColumns + missingGroups) + "个栏目未找到）");
            return m;
        }
        List<Cell> tail = data != null ? data.cells().subList(data.cells().size() - width, data.cells().size())
                : transposed(rows);
        if (tail == null) {
            m.expected.add(new ExpectedRow(tpl.key(), tpl.name(), "data",
                    "数据行（应有" + width + "个数字单元格）", false, false, shapeSeverity, tableLine));
            return m;
        }
        int i = 0;
        for (RowTemplate r : tpl.rows()) {
            markFound(m, r);
            for (int j = 0; j < tpl.columns().size(); j++) {
                Cell cell = tail.get(i++);
                m.put(cell(r.key(), r, tpl.columns().get(j), j, cell.text(), cell.location().line(),
                        cell.location().locator()));
            }
        }
        return m;
    }

    /**
     * The figures of a one-row table laid out a row per group instead (table 四 as 行政复议 / 未经复议直接起诉 /
     * 复议后起诉 rows under one header of 结果维持…总计, as some reports set it): each group's row found by its
     * label, its last cells the group's figures, joined in the template's order; null unless every group has
     * such a row.
     */
    private List<Cell> transposed(List<Row> rows) {
        int per = tpl.columns().size();
        List<Cell> out = new ArrayList<>();
        for (RowTemplate r : tpl.rows()) {
            List<Cell> found = null;
            for (Row row : rows) {
                List<Cell> cells = row.cells();
                if (cells.size() < per + 1) {
                    continue;
                }
                List<Cell> values = cells.subList(cells.size() - per, cells.size());
                List<Cell> labels = cells.subList(0, cells.size() - per);
                boolean figures = values.stream().allMatch(c -> CellValues.isValueLike(c.text()))
                        && values.stream().anyMatch(c -> CellValues.parse(c.text()).status() == CellStatus.NUMBER);
                boolean named = labels.stream().filter(c -> !c.text().isBlank()).reduce((a, b) -> b)
                        .map(c -> groupOf(c.text()))
                        .filter(g -> g.key().equals(r.key())).isPresent();
                if (figures && named) {
                    found = values;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            out.addAll(found);
        }
        return out;
    }

    /**
     * The template row a group label names: the one whose label (or an alias) it writes out exactly, else
     * the best match ("行政诉讼（未经复议直接起诉）" and "行政诉讼（复议后起诉）" are the same without their notes).
     */
    private RowTemplate groupOf(String text) {
        String core = LabelText.core(text);
        for (RowTemplate r : tpl.rows()) {
            if (LabelText.core(r.label()).equals(core) || r.aliases().stream().anyMatch(a -> LabelText.core(a).equals(core))) {
                return r;
            }
        }
        RowMatch match = matchRow(text, tpl.rows(), 0);
        return match == null ? null : match.row();
    }

    // ---------------------------------------------------------------- shared

    private record RowMatch(RowTemplate row, int index) {
    }

    /** Best-matching template row; among equally good ones the first at or after the cursor. */
    private static RowMatch matchRow(String text, List<RowTemplate> rows, int cursor) {
        double best = 0;
        double[] scores = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) { // most labels are exact once numbering and spaces are gone
            scores[i] = exactlyNames(text, rows.get(i)) ? 1.0 : 0.0;
            best = Math.max(best, scores[i]);
        }
        for (int i = 0; best < 1.0 && i < rows.size(); i++) {
            scores[i] = rowScore(text, rows.get(i));
            best = Math.max(best, scores[i]);
        }
        if (best < MATCH) {
            return null;
        }
        RowMatch first = null;
        for (int i = 0; i < rows.size(); i++) {
            if (scores[i] >= best - 1e-9) {
                if (i >= cursor) {
                    return new RowMatch(rows.get(i), i);
                }
                if (first == null) {
                    first = new RowMatch(rows.get(i), i);
                }
            }
        }
        return first;
    }

    private static boolean exactlyNames(String text, RowTemplate r) {
        LabelText.Cores t = LabelText.cores(text);
        if (sameCore(t, LabelText.cores(r.label()))) {
            return true;
        }
        for (String a : r.aliases()) {
            if (sameCore(t, LabelText.cores(a))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCore(LabelText.Cores a, LabelText.Cores b) {
        return a.core().equals(b.core()) || a.withoutNote().equals(b.withoutNote());
    }

    static double rowScore(String text, RowTemplate r) {
        double s = LabelText.labelScore(text, r.label());
        for (String a : r.aliases()) {
            s = Math.max(s, LabelText.labelScore(text, a));
        }
        return s;
    }

    static boolean columnMatches(String text, ColumnTemplate c) {
        if (text.isBlank()) {
            return false;
        }
        if (LabelText.labelScore(text, c.label()) >= 0.85) {
            return true;
        }
        for (String a : c.aliases()) {
            if (LabelText.labelScore(text, a) >= 0.85) {
                return true;
            }
        }
        return false;
    }

    private void markFound(MappedTable m, RowTemplate rt) {
        m.foundRows.add(rt.key());
        m.rowLabels.put(rt.key(), rt.label());
        if (rt.parent() != null) {
            m.children.computeIfAbsent(rt.parent(), k -> new ArrayList<>()).add(rt.key());
        }
    }

    /** Template rows not found become expectations; a heading row also counts as found when any label cell names it. */
    private void expectRows(MappedTable m, List<RowTemplate> templateRows, List<Row> rows) {
        List<String> labels = nonValueTexts(rows);
        for (RowTemplate r : templateRows) {
            if (m.foundRows.contains(r.key()) || r.optional()) {
                continue;
            }
            boolean named = labels.stream().anyMatch(t -> rowScore(t, r) >= 0.85);
            if (named && (r.group() || !r.isNumeric())) {
                m.foundRows.add(r.key());
                continue;
            }
            m.expected.add(new ExpectedRow(tpl.key(), tpl.name(), r.key(), r.label(), false, false, severityOf(r),
                    tableLine));
        }
    }

    private Severity severityOf(RowTemplate r) {
        return r.missingSeverity() == null ? shapeSeverity : Severity.parse(r.missingSeverity());
    }

    private TableCell cell(String rowKey, RowTemplate row, ColumnTemplate col, int index, String raw, int line,
                           String locator) {
        return makeCell(tpl, rowKey, row.label(), row.decimal(), row.unit(), col, index, raw, line, locator);
    }

    static TableCell makeCell(TableTemplate tpl, String rowKey, String rowLabel, boolean rowDecimal, String rowUnit,
                              ColumnTemplate col, int index, String raw, int line, String locator) {
        boolean decimal = col.decimal() || rowDecimal;
        String expectedUnit = col.unit() != null ? col.unit() : (rowDecimal ? rowUnit : null);
        if (raw == null) {
            return new TableCell(tpl.key(), tpl.name(), rowKey, rowLabel, col.key(), col.label(), index, "", null,
                    CellStatus.MISSING, null, expectedUnit, decimal, col.allowNegative(), line, locator);
        }
        CellValues.Value v = CellValues.parse(raw);
        return new TableCell(tpl.key(), tpl.name(), rowKey, rowLabel, col.key(), col.label(), index, raw, v.number(),
                v.status(), v.unit(), expectedUnit, decimal, col.allowNegative(), line, locator);
    }

    /** The rows above the first row holding a figure (the header), or all rows when none holds one. */
    static List<Row> rowsBeforeFigures(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().stream().anyMatch(c -> CellValues.parse(c.text()).status() == CellStatus.NUMBER)) {
                return rows.subList(0, i);
            }
        }
        return rows;
    }

    /**
     * Rows without the empty cells that every row holding a figure ends with. A page whose table sits on a
     * wider grid than its columns (the header's merged cells) has empty cells after the last column in
     * every row, and a copy keeps them as trailing tabs; values are read from the right, so these cells
     * would push every figure one column over. Only cells empty in all figure rows go, and only as long
     * as each figure row keeps {@code minCells} cells (its label and a cell per column): a report that
     * leaves its last column blank keeps it.
     */
    static List<Row> withoutTrailingEmptyColumns(List<Row> rows, int minCells) {
        int trailing = Integer.MAX_VALUE;
        for (Row r : rows) {
            List<Cell> cells = r.cells();
            boolean figures = cells.stream().anyMatch(c -> CellValues.parse(c.text()).status() == CellStatus.NUMBER);
            if (!figures) {
                continue;
            }
            int k = 0;
            while (k < cells.size() && cells.get(cells.size() - 1 - k).text().isBlank()) {
                k++;
            }
            trailing = Math.min(trailing, Math.min(k, cells.size() - minCells));
        }
        if (trailing <= 0 || trailing == Integer.MAX_VALUE) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Cell> cells = r.cells();
            int keep = cells.size();
            for (int k = 0; k < trailing && keep > 0 && cells.get(keep - 1).text().isBlank(); k++) {
                keep--;
            }
            out.add(keep == cells.size() ? r : new Row(cells.subList(0, keep), r.location()));
        }
        return out;
    }

    private static int firstNonEmpty(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A piece of a header cell that wrapped: a few Chinese characters and nothing else. */
    private static final Pattern FRAGMENT = Pattern.compile("^\\p{IsHan}{1,3}$");

    /**
     * Header texts plus each pair of short pieces joined in reading order. A header cell whose text
     * wraps ("商业<br>企业") reaches a text copy as two pieces: on two lines of one row, or, where the page
     * set the second line in a row of its own, below the first. Joining them lets the column be found; a
     * join that names no column matches nothing, so the extra candidates can only keep a present column
     * from being reported missing.
     */
    static List<String> withJoinedFragments(List<String> texts) {
        List<String> fragments = texts.stream().filter(t -> FRAGMENT.matcher(t).matches()).toList();
        if (fragments.size() < 2 || fragments.size() > 40) {
            return texts;
        }
        List<String> out = new ArrayList<>(texts);
        for (int i = 0; i < fragments.size(); i++) {
            for (int j = i + 1; j < fragments.size(); j++) {
                out.add(fragments.get(i) + fragments.get(j));
            }
        }
        return out;
    }

    /** Texts of all cells that are not values: labels and headers. */
    static List<String> nonValueTexts(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                if (!c.text().isBlank() && HAN.matcher(c.text()).find() && !CellValues.isValueLike(c.text())) {
                    out.add(c.text());
                }
            }
        }
        return out;
    }
}
