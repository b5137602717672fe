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
                List<Vocabulary.Entry> fitting = entries.stream().filter(x -> fits(x, f, prev, sentenceBefore))
                        .toList();
                if (fitting.isEmpty()) {
                    continue;
                }
                Vocabulary.Entry e = fitting.get(0);
                previous = e.indicator();
                if (!e.compared()) {
                    continue; // a different quantity, or one the wording leaves open: compared with nothing
                }
                if (totalsAList(e, fitting, f.before())) {
                    continue; // "通过新闻发布会、在线访谈……352次": the figure counts several indicators at once
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

    /**
     * Whether the words before the figure name two indicators as a list ("网站和微信公开……300条",
     * "新闻发布会、在线访谈……352次"), so that the figure is their total, not the first one's: two fitting
     * entries whose phrases stand side by side, joined by a list marker of the vocabulary, and not both
     * inside the phrase of the chosen entry (as in "予以公开及部分公开", an entry of its own).
     */
    private boolean totalsAList(Vocabulary.Entry chosen, List<Vocabulary.Entry> fitting, String before) {
        if (vocabulary.listMarkers() == null || fitting.size() < 2) {
            return false;
        }
        int[] own = lastSpan(chosen.pre(), before);
        for (Vocabulary.Entry a : fitting) {
            for (Vocabulary.Entry b : fitting) {
                if (a.indicator().equals(b.indicator()) || a.cells().equals(b.cells())) {
                    continue;
                }
                int[] sa = lastSpan(a.pre(), before);
                int[] sb = lastSpan(b.pre(), before);
                if (sa == null || sb == null || sa[1] > sb[0]) {
                    continue; // not a before b, or overlapping ("直接起诉" in "未经复议直接起诉")
                }
                String between = before.substring(sa[1], sb[0]);
                boolean covered = own != null && own[0] <= sa[0] && own[1] >= sb[1];
                // a list marker between the two phrases, with a few words of their own around it
                // ("门户网站和政务微信": 网站 | 和政务 | 微信)
                if (!covered && find("^[^，；。]{0,4}?(" + vocabulary.listMarkers() + ")[^，；。]{0,6}$", between)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Start and end of the last match of the regex in the text, or null. */
    private static int[] lastSpan(String regex, String text) {
        if (regex == null) {
            return null;
        }
        java.util.regex.Matcher m = PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text);
        int[] span = null;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            span = new int[] {m.start(), m.end()};
            from = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        return span;
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
                all.addAll(found);
                subRows |= !ref.contains(":") && ref.contains(".*");
            }
            // cells all left blank say nothing (the total was not filled in), not 0: CELL-BLANK reports them
            if (ok && !all.isEmpty() && written) {
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
