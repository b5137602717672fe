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
 * up the table's value for that indicator. A figure whose wording fits no indicator, or that speaks of
 * plans, is left out; one that could be this year's or the cumulative figure is marked ambiguous.
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
                String sentenceBefore = f.sentence().substring(0, Math.max(0, f.sentence().indexOf(f.text())));
                if (find(vocabulary.futureMarkers(), sentenceBefore + f.before())
                        || find(vocabulary.deltaMarkers(), f.before())) {
                    continue;
                }
                String prev = previous;
                Vocabulary.Entry e = entries.stream().filter(x -> fits(x, f, prev)).findFirst().orElse(null);
                if (e == null) {
                    continue;
                }
                previous = e.indicator();
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
                Resolved r = resolve(refs, byRef, cells);
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

    private static boolean fits(Vocabulary.Entry e, ProseNumbers.Figure f, String previousIndicator) {
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
        return e.notSentence() == null || !find(e.notSentence(), f.sentence());
    }

    private static boolean find(String regex, String text) {
        return regex != null && PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text).find();
    }

    private record Resolved(BigDecimal value, String label, int line) {
    }

    /** The first alternative whose cells all exist and hold numbers (blanks count as 0). */
    private static Resolved resolve(List<String> alternatives, Map<String, TableCell> byRef, List<TableCell> cells) {
        for (String alt : alternatives) {
            BigDecimal sum = BigDecimal.ZERO;
            TableCell first = null;
            boolean ok = true;
            boolean written = false;
            for (String ref : alt.split("\\+")) {
                List<TableCell> found = cellsFor(ref.strip(), byRef, cells);
                if (found.isEmpty() || found.stream().anyMatch(c -> c.status() == CellStatus.TEXT
                        || c.status() == CellStatus.MISSING)) {
                    ok = false;
                    break;
                }
                written |= found.stream().anyMatch(c -> c.status() != CellStatus.BLANK);
                for (TableCell c : found) {
                    if (c.value() != null) {
                        sum = sum.add(c.value());
                    }
                }
                if (first == null) {
                    first = found.get(0);
                }
            }
            // cells all left blank say nothing (the total was not filled in), not 0: CELL-BLANK reports them
            if (ok && first != null && written) {
                String label = "表格“" + first.tableName() + "”"
                        + (alt.contains("+") || (!alt.contains(":") && alt.contains(".*")) ? "的相应合计"
                                : "「" + first.rowLabel() + "」")
                        + (first.columnLabel().equals("统计数") ? "" : "（" + first.columnLabel() + "）");
                return new Resolved(sum, label, first.line());
            }
        }
        return null;
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
