package org.disclosurechecker.facts.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.CellStatus;
import org.disclosurechecker.facts.Edition;
import org.disclosurechecker.facts.ProseFigure;
import org.disclosurechecker.facts.TableCell;
import org.disclosurechecker.facts.template.Vocabulary;
import org.disclosurechecker.model.Paragraph;

/**
 * Finds the figures the prose states and the indicator each refers to (by the vocabulary), and looks
 * up the table's value for that indicator: one cell, or the sum of several (a group such as 法人或其他组织,
 * or "予以公开及部分公开"). A figure whose wording fits no indicator, that speaks of plans, or whose phrase
 * the vocabulary marks as a different quantity (缴费通知 sent, a withdrawn review, 咨询, 留言 …) is left
 * out; one that could be this year's or the cumulative figure is marked ambiguous.
 */
final class ProseFigureExtractor {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final Vocabulary vocabulary;

    ProseFigureExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<ProseFigure> extract(List<Paragraph> paragraphs, Edition edition, List<TableCell> cells) {
        List<ProseFigure> out = new ArrayList<>();
        if (edition == null) {
            return out;
        }
        List<Vocabulary.Entry> entries = vocabulary.entries().stream()
                .filter(e -> e.editions().contains(edition.name())).toList();
        Map<String, TableCell> byRef = new HashMap<>();
        cells.forEach(c -> byRef.put(c.ref(), c));
        for (Paragraph p : paragraphs) {
            String sentence = null;
            String previous = "";
            for (ProseNumbers.Figure f : ProseNumbers.find(p.text())) {
                if (!f.sentence().equals(sentence)) {
                    sentence = f.sentence();
                    previous = "";
                }
                int sentenceStart = p.text().lastIndexOf(f.sentence(), f.start());
                String sentenceBefore = sentenceStart >= 0 ? p.text().substring(sentenceStart, f.start())
                        : f.sentence().substring(0, Math.max(0, f.sentence().indexOf(f.text())));
                if (find(vocabulary.futureMarkers(), sentenceBefore + f.before())
                        || find(vocabulary.deltaMarkers(), f.before())) {
                    continue;
                }
                String prev = previous;
                Vocabulary.Entry e = entries.stream().filter(x -> fits(x, f, prev, sentenceBefore)).findFirst()
                        .orElse(null);
                if (e == null) {
                    continue;
                }
                previous = e.indicator();
                if (!e.compared()) {
                    continue; // a different quantity, or one the wording leaves open: compared with nothing
                }
                boolean cumulative = find(vocabulary.cumulativeMarkers(), f.before());
                boolean ambiguous = cumulative && find(vocabulary.yearMarkers(), f.before());
                List<String> refs = cumulative ? e.cumulativeCells() : e.cells();
                if (cumulative && refs.isEmpty()) {
                    continue; // a cumulative figure the tables cannot confirm
                }
                BigDecimal value = f.value();
                Double factor = e.scale().get(f.unit());
                if (factor != null) {
                    value = value.multiply(BigDecimal.valueOf(factor), MathContext.DECIMAL64).stripTrailingZeros();
                }
                Resolved r = resolve(refs, byRef, cells, e.label());
                out.add(new ProseFigure(e.indicator(), e.label(), plain(value), f.qualifier(), f.text(),
                        p.location().line(), context(f), r == null ? null : plain(r.value),
                        r == null ? null : r.label, r == null ? 0 : r.line, ambiguous, e.partOf()));
            }
        }
        return out;
    }

    private static String context(ProseNumbers.Figure f) {
        String c = (f.before() + f.text() + f.after()).strip();
        return c.length() > 60 ? c.substring(0, 60) + "……" : c;
    }

    private static boolean fits(Vocabulary.Entry e, ProseNumbers.Figure f, String previousIndicator,
                                String sentenceBefore) {
        if (!e.units().contains(f.unit())) {
            return false;
        }
        if (e.after() != null && !find(e.after(), previousIndicator)) {
            return false;
        }
        if (e.pre() != null && !find(e.pre(), f.before())) {
            return false;
        }
        if (e.post() != null && !find(e.post(), f.after())) {
            return false;
        }
        if (e.sentence() != null && !find(e.sentence(), f.sentence())) {
            return false;
        }
        if (e.notPre() != null && find(e.notPre(), f.before())) {
            return false;
        }
        if (e.lead() != null && !find(e.lead(), sentenceBefore)) {
            return false;
        }
        if (e.notLead() != null && find(e.notLead(), sentenceBefore)) {
            return false;
        }
        return e.notSentence() == null || !find(e.notSentence(), f.sentence());
    }

    private static boolean find(String regex, String text) {
        return regex != null && PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text).find();
    }

    private record Resolved(BigDecimal value, String label, int line) {
    }

    /**
     * The first alternative whose cells all exist and hold numbers (blanks count as 0), with a label that
     * names the cell or every cell of the sum, so that a message says what it compared with.
     */
    private static Resolved resolve(List<String> alternatives, Map<String, TableCell> byRef, List<TableCell> cells,
                                    String indicatorLabel) {
        for (String alt : alternatives) {
            BigDecimal sum = BigDecimal.ZERO;
            List<TableCell> all = new ArrayList<>();
            boolean subRows = false;
            boolean ok = true;
            for (String ref : alt.split("\\+")) {
                List<TableCell> found = cellsFor(ref.strip(), byRef, cells);
                if (found.isEmpty() || found.stream().anyMatch(c -> c.status() == CellStatus.TEXT
                        || c.status() == CellStatus.MISSING)) {
                    ok = false;
                    break;
                }
                for (TableCell c : found) {
                    if (c.value() != null) {
                        sum = sum.add(c.value());
                    }
                }
                all.addAll(found);
                subRows |= !ref.contains(":") && ref.contains(".*");
            }
            if (ok && !all.isEmpty()) {
                return new Resolved(sum, label(all, subRows, indicatorLabel), all.get(0).line());
            }
        }
        return null;
    }

    /** "表格“…”「row」（column）", or for a sum "表格“…”「row」（a+b+c）之和" / "「r1」+「r2」（column）之和". */
    private static String label(List<TableCell> cells, boolean subRows, String indicatorLabel) {
        TableCell first = cells.get(0);
        String table = "表格“" + first.tableName() + "”";
        if (cells.size() == 1) {
            return table + "「" + first.rowLabel() + "」" + column(first.columnLabel());
        }
        boolean oneRow = cells.stream().allMatch(c -> c.rowLabel().equals(first.rowLabel()));
        boolean oneColumn = cells.stream().allMatch(c -> c.columnLabel().equals(first.columnLabel()));
        if (subRows && oneColumn) {
            return table + "「" + indicatorLabel + "」各分项" + column(first.columnLabel()) + "之和";
        }
        if (oneRow) {
            return table + "「" + first.rowLabel() + "」（" + String.join("+",
                    cells.stream().map(TableCell::columnLabel).toList()) + "）之和";
        }
        if (oneColumn) {
            return table + String.join("+", cells.stream().map(c -> "「" + c.rowLabel() + "」").toList())
                    + column(first.columnLabel()) + "之和";
        }
        return table + String.join("+", cells.stream()
                .map(c -> "「" + c.rowLabel() + "」" + column(c.columnLabel())).toList()) + "之和";
    }

    private static String column(String columnLabel) {
        return columnLabel.equals("统计数") ? "" : "（" + columnLabel + "）";
    }

    private static List<TableCell> cellsFor(String ref, Map<String, TableCell> byRef, List<TableCell> cells) {
        if (ref.contains(":")) {
            String[] p = ref.split(":", 3);
            Pattern row = Pattern.compile(p[1]);
            Pattern col = Pattern.compile(p[2]);
            return cells.stream().filter(c -> c.tableKey().equals(p[0]) && row.matcher(c.rowLabel()).find()
                    && col.matcher(c.columnLabel()).find()).limit(1).toList();
        }
        String[] p = ref.split("/");
        if (p.length != 3) {
            throw new IllegalStateException("bad cell reference in vocabulary: " + ref);
        }
        String row = p[1];
        if (!row.endsWith(".*")) {
            TableCell c = byRef.get(ref);
            if (c != null) {
                return List.of(c);
            }
        }
        String prefix = (row.endsWith(".*") ? row.substring(0, row.length() - 2) : row) + ".";
        return cells.stream().filter(c -> c.tableKey().equals(p[0]) && c.rowKey().startsWith(prefix)
                && c.columnKey().equals(p[2])).toList();
    }

    private static BigDecimal plain(BigDecimal v) {
        return IdentityBuilder.plain(v);
    }
}
