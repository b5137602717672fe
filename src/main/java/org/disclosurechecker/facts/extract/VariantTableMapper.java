package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.template.ColumnTemplate;
import org.disclosurechecker.facts.template.TableTemplate;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Row;

/**
 * Maps a G1 local statistics table whose rows are not known in advance (DOMAIN.md B.2): the first row
 * is the header (label, 单位, value columns such as "2017年" and "历年累计"); a row starting with
 * "其中：" and the numbered rows after it are parts of the row above. The identities are derived from
 * that structure, as the template's variant settings say: parts of a "…总数" row must add up to it,
 * other parts may not exceed their whole, a cumulative column may not be below the year's column.
 */
final class VariantTableMapper {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,2}\\s*[.、．]");

    private final TableTemplate tpl;

    VariantTableMapper(TableTemplate tpl, int tableLine) {
        this.tpl = tpl;
    }

    MappedTable map(List<Row> rows) {
        MappedTable m = new MappedTable();
        if (rows.isEmpty()) {
            return m;
        }
        TableTemplate.VariantTemplate v = tpl.variant();
        Pattern childStart = Pattern.compile(v.childStartPattern());
        Pattern sumParent = Pattern.compile(v.sumParentPattern());
        Pattern cumulative = Pattern.compile(v.cumulativeColumnPattern());

        Row header = rows.get(0);
        int unitIndex = -1;
        for (int i = 1; i < header.size(); i++) {
            if (LabelText.core(header.cell(i).text()).equals("单位")) {
                unitIndex = i;
            }
        }
        int firstValue = unitIndex >= 0 ? unitIndex + 1 : 1;
        List<ColumnTemplate> cols = new ArrayList<>();
        for (int i = firstValue; i < header.size(); i++) {
            String label = header.cell(i).text().isBlank() ? "第" + (i + 1) + "列" : header.cell(i).text();
            ColumnTemplate c = new ColumnTemplate("c" + (i - firstValue + 1), label, List.of(), false, false, null,
                    false);
            cols.add(c);
            m.presentColumns.add(c.key());
            m.columnLabels.put(c.key(), label);
        }
        if (cols.isEmpty()) {
            return m;
        }

        String parent = null;
        List<String> parts = new ArrayList<>();
        boolean inParts = false;
        int index = 0;
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<Cell> cells = row.cells();
            if (cells.isEmpty() || cells.get(0).text().isBlank()) {
                continue;
            }
            String label = cells.get(0).text();
            String key = "r" + (++index);
            m.foundRows.add(key);
            m.rowLabels.put(key, label);
            for (int j = 0; j < cols.size(); j++) {
                int pos = firstValue + j;
                Cell c = pos < cells.size() ? cells.get(pos) : null;
                int line = c != null ? c.location().line() : row.location().line();
                String locator = c != null ? c.location().locator() : row.location().locator();
                m.put(TableMapper.makeCell(tpl, key, label, false, null, cols.get(j), j, c == null ? null : c.text(),
                        line, locator));
            }
            boolean startsParts = childStart.matcher(label).find();
            boolean continuesParts = inParts && NUMBERED.matcher(label).find();
            if (startsParts && parent != null) {
                closeGroup(m, parent, parts, sumParent, cols);
                parts = new ArrayList<>();
                parts.add(key);
                inParts = true;
            } else if (continuesParts) {
                parts.add(key);
            } else {
                closeGroup(m, parent, parts, sumParent, cols);
                parent = key;
                parts = new ArrayList<>();
                inParts = false;
            }
        }
        closeGroup(m, parent, parts, sumParent, cols);

        List<String> cumulativeCols = cols.stream().filter(c -> cumulative.matcher(c.label()).find())
                .map(ColumnTemplate::key).toList();
        List<String> yearCols = cols.stream().filter(c -> !cumulative.matcher(c.label()).find())
                .map(ColumnTemplate::key).toList();
        if (!cumulativeCols.isEmpty() && !yearCols.isEmpty()) {
            for (String row : m.foundRows) {
                m.variantIdentities.add(new MappedTable.VariantIdentity("SUBSET-EXCEEDS", "<=", List.of(row),
                        List.of(row), List.of(yearCols.get(0)), List.of(cumulativeCols.get(0))));
            }
        }
        return m;
    }

    private static void closeGroup(MappedTable m, String parent, List<String> parts, Pattern sumParent,
                                   List<ColumnTemplate> cols) {
        if (parent == null || parts.isEmpty()) {
            return;
        }
        m.children.put(parent, List.copyOf(parts));
        boolean sums = sumParent.matcher(LabelText.coreWithoutNote(m.rowLabels.get(parent))).find();
        for (ColumnTemplate c : cols) {
            if (sums) {
                m.variantIdentities.add(new MappedTable.VariantIdentity("SUM-MISMATCH", "==", List.of(parent),
                        List.copyOf(parts), List.of(c.key()), List.of(c.key())));
            } else {
                for (String part : parts) {
                    m.variantIdentities.add(new MappedTable.VariantIdentity("SUBSET-EXCEEDS", "<=", List.of(part),
                            List.of(parent), List.of(c.key()), List.of(c.key())));
                }
            }
        }
    }
}
