package org.disclosurechecker.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.disclosurechecker.read.PdfPage.Glyph;
import org.disclosurechecker.read.PdfText.Line;

/**
 * Rebuilds a table printed without borders from where its figures stand: the figures of all rows,
 * wherever they are, fall into columns (x ranges that overlap from row to row, as a column's figures
 * do whether aligned left, centred or right); the header lines above name each column by the text over
 * it. The grid is trusted only when it fits: no row has two figures in one column, no text of a row of
 * figures stands among the columns, every row of figures has its label, and every column a header.
 * Otherwise there is no grid ({@code null}) and the reader reports the table as unread.
 */
final class PdfColumns {

    private static final Pattern FIGURE = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?%?|[—\\-－/]{1,2}");
    /** Header cells of narrow columns stand closer: less than an em apart. */
    private static final float HEADER_GAP = 0.6f;

    private PdfColumns() {
    }

    /** A run of glyphs on one line with no wide gap inside: a cell's text on that line. */
    private record Piece(String text, float x0, float x1) {
        float cx() {
            return (x0 + x1) / 2;
        }
    }

    /** A column: the x range its figures cover. */
    private record Column(float x0, float x1) {
    }

    /**
     * The rows of the table (cells in the flattened shape: label cells, then one cell per column), or
     * null when the figures do not line up with confidence.
     *
     * @param header lines above the first row of figures that name the columns (at least one)
     * @param body   the rows, with the label lines between them
     */
    static List<List<String>> rebuild(List<Line> header, List<Line> body) {
        if (header.isEmpty()) {
            return null;
        }
        List<List<Piece>> figures = new ArrayList<>();
        List<List<Piece>> labels = new ArrayList<>();
        List<Piece> all = new ArrayList<>();
        int figureLines = 0;
        for (Line l : body) {
            List<Piece> f = new ArrayList<>();
            List<Piece> t = new ArrayList<>();
            for (Piece p : pieces(l, 0.5f)) {
                (FIGURE.matcher(p.text()).matches() ? f : t).add(p);
            }
            figures.add(f);
            labels.add(t);
            all.addAll(f);
            if (!f.isEmpty()) {
                figureLines++;
            }
        }
        List<Column> cols = columns(all);
        if (cols.isEmpty() || figureLines == 1 && cols.size() < 8) {
            return null;
        }
        // each line of labels alone belongs to the row of figures nearest to it (a label wrapped in its cell,
        // the figures standing on its first, middle or last line); a line as near to two rows is ambiguous
        List<Integer> figureAt = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (!figures.get(i).isEmpty()) {
                figureAt.add(i);
            }
        }
        int[] owner = new int[body.size()];
        for (int i = 0; i < body.size(); i++) {
            if (!figures.get(i).isEmpty()) {
                owner[i] = i;
                continue;
            }
            float y = body.get(i).baseline();
            int best = -1;
            int second = -1;
            float bestD = Float.MAX_VALUE;
            float secondD = Float.MAX_VALUE;
            for (int f : figureAt) {
                float d = Math.abs(body.get(f).baseline() - y);
                if (body.get(f).page() != body.get(i).page()) {
                    d = Float.MAX_VALUE / 2;
                }
                if (d < bestD) {
                    secondD = bestD;
                    second = best;
                    bestD = d;
                    best = f;
                } else if (d < secondD) {
                    secondD = d;
                    second = f;
                }
            }
            // a line of its own (a block's caption or sub-header) unless it is as near as a wrapped line, or
            // goes on with the label of the line above it (a label wrapped over three lines or more)
            boolean inFigures = labels.get(i).stream().anyMatch(p -> p.x1() > cols.get(0).x0());
            float fs = body.get(i).fs();
            List<Piece> before = i > 0 ? labels.get(i - 1) : List.of();
            if (!inFigures && bestD > 1.6f * fs && i > 0 && owner[i - 1] >= 0
                    && y - body.get(i - 1).baseline() <= 1.6f * fs
                    && labels.get(i).stream().allMatch(p -> overlapsAny(p, before))) {
                owner[i] = owner[i - 1];
                continue;
            }
            if (inFigures || bestD > 1.6f * fs) {
                owner[i] = -1;
                continue;
            }
            if (secondD - bestD < 0.2f * body.get(i).fs()) {
                // halfway between two rows: the middle of a cell over both (a group label: its text stands on
                // the lines of both rows too, or left of both rows' own labels); it names neither row.
                // Anything else is ambiguous.
                List<Piece> above = labels.get(best);
                List<Piece> below = second >= 0 ? labels.get(second) : List.of();
                float rowLabels = Math.min(above.stream().map(Piece::x0).min(Float::compare).orElse(Float.MAX_VALUE),
                        below.stream().map(Piece::x0).min(Float::compare).orElse(Float.MAX_VALUE));
                if (labels.get(i).stream().allMatch(p -> overlapsAny(p, above) && overlapsAny(p, below)
                        || p.x1() <= rowLabels + 0.5f)) {
                    owner[i] = -2;
                    continue;
                }
                return null;
            }
            owner[i] = best;
        }
        float labelRight = -Float.MAX_VALUE;
        for (int i = 0; i < body.size(); i++) {
            if (!figures.get(i).isEmpty()) {
                boolean[] used = new boolean[cols.size()];
                for (Piece p : figures.get(i)) {
                    int c = columnOf(cols, p);
                    if (used[c]) {
                        return null; // two figures of a row in one column
                    }
                    used[c] = true;
                }
            }
            for (Piece p : figures.get(i).isEmpty() ? List.<Piece>of() : labels.get(i)) {
                if (p.x1() > cols.get(0).x0()) {
                    return null; // text among the figures
                }
                labelRight = Math.max(labelRight, p.x1());
            }
        }
        // the header: each piece over one column names it; a piece over several is a group header
        float leftBound = labelRight == -Float.MAX_VALUE ? cols.get(0).x0() - body.get(0).fs()
                : (labelRight + cols.get(0).x0()) / 2;
        String[] names = new String[cols.size()];
        List<String> lead = new ArrayList<>();
        StringBuilder labelArea = new StringBuilder();
        for (Line l : header) {
            for (Piece p : pieces(l, HEADER_GAP)) {
                // over the figures of one column (left-aligned, centred or right-aligned alike), else between
                // two columns' figures and nearer to one; over the figures of several: a group header
                List<Integer> over = new ArrayList<>();
                for (int c = 0; c < cols.size(); c++) {
                    if (p.x0() < cols.get(c).x1() && cols.get(c).x0() < p.x1()) {
                        over.add(c);
                    }
                }
                int c = over.size() == 1 && p.x0() >= leftBound ? over.get(0)
                        : over.isEmpty() ? region(cols, leftBound, p.cx()) : -2;
                if (c == -1) {
                    labelArea.append(PdfText.joinWrapped(labelArea.toString(), p.text()));
                } else if (c >= 0) {
                    names[c] = names[c] == null ? p.text() : names[c] + PdfText.joinWrapped(names[c], p.text());
                } else {
                    lead.add(p.text());
                }
            }
        }
        for (String n : names) {
            if (n == null) {
                return null; // a column no header names
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(labelArea.toString());
        head.addAll(lead);
        head.addAll(List.of(names));
        rows.add(head);
        Map<Integer, List<String>> groups = groupLabels(body, labels, owner, figureAt);
        for (int f = 0; f < body.size(); f++) {
            for (String g : groups.getOrDefault(f, List.of())) {
                rows.add(List.of(g));
            }
            if (owner[f] == -1) {
                List<String> row = new ArrayList<>();
                for (Piece p : pieces(body.get(f), HEADER_GAP)) {
                    row.add(p.text());
                }
                rows.add(row); // a row of labels alone
                continue;
            }
            if (owner[f] != f) {
                continue;
            }
            List<Piece> mine = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                if (owner[i] == f) {
                    mine.addAll(labels.get(i));
                }
            }
            List<String> row = new ArrayList<>(labelCells(mine));
            if (row.isEmpty() && figureAt.size() > 1) {
                return null; // figures without a label
            }
            if (row.isEmpty()) {
                row.add("");
            }
            String[] values = new String[cols.size()];
            for (Piece p : figures.get(f)) {
                values[columnOf(cols, p)] = p.text();
            }
            for (String v : values) {
                row.add(v == null ? "" : v);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The label cells of a row from its label pieces, line by line: pieces whose x ranges overlap are
     * one cell (its text wrapped over lines), cells left to right.
     */
    private static List<String> labelCells(List<Piece> pieces) {
        List<List<Piece>> cells = new ArrayList<>();
        for (Piece p : pieces) {
            List<Piece> into = null;
            for (List<Piece> c : cells) {
                for (Piece q : c) {
                    if (p.x0() < q.x1() && q.x0() < p.x1()) {
                        into = c;
                        break;
                    }
                }
                if (into != null) {
                    break;
                }
            }
            if (into == null) {
                into = new ArrayList<>();
                cells.add(into);
            }
            into.add(p);
        }
        cells.sort(Comparator.comparingDouble(c -> c.stream().mapToDouble(Piece::x0).min().orElse(0)));
        List<String> out = new ArrayList<>();
        for (List<Piece> c : cells) {
            StringBuilder sb = new StringBuilder();
            for (Piece p : c) {
                sb.append(PdfText.joinWrapped(sb.toString(), p.text()));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * The labels of cells over several rows (a group label such as "三、本年度办理结果", wrapped over the
     * lines of the rows it spans): pieces one under another in the same place, a wrapped line apart
     * (closer than any two rows of figures), whose lines belong to more than one row. Each is read whole,
     * as a row of its own before the first row it spans (by line index).
     */
    private static Map<Integer, List<String>> groupLabels(List<Line> body, List<List<Piece>> labels, int[] owner,
                                                          List<Integer> figureAt) {
        float pitch = Float.MAX_VALUE;
        for (int k = 1; k < figureAt.size(); k++) {
            Line a = body.get(figureAt.get(k - 1));
            Line b = body.get(figureAt.get(k));
            if (a.page() == b.page()) {
                pitch = Math.min(pitch, b.baseline() - a.baseline());
            }
        }
        Map<Integer, List<String>> out = new java.util.TreeMap<>();
        if (pitch == Float.MAX_VALUE) {
            return out;
        }
        record Link(Piece piece, int line) {
        }
        List<List<Link>> chains = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (owner[i] == -1) {
                continue;
            }
            for (Piece p : labels.get(i)) {
                List<Link> into = null;
                for (List<Link> c : chains) {
                    Link last = c.get(c.size() - 1);
                    float dy = body.get(i).baseline() - body.get(last.line()).baseline();
                    if (last.line() < i && dy > 0 && dy < 0.9f * pitch && p.x0() < last.piece().x1()
                            && last.piece().x0() < p.x1() && body.get(i).page() == body.get(last.line()).page()) {
                        into = c;
                    }
                }
                if (into == null) {
                    into = new ArrayList<>();
                    chains.add(into);
                }
                into.add(new Link(p, i));
            }
        }
        for (List<Link> c : chains) {
            long rowsSpanned = c.stream().mapToInt(l -> owner[l.line()]).filter(o -> o >= 0).distinct().count();
            if (c.size() < 2 || rowsSpanned < 2 && c.stream().allMatch(l -> owner[l.line()] >= 0)) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (Link l : c) {
                sb.append(PdfText.joinWrapped(sb.toString(), l.piece().text()));
            }
            int first = c.stream().mapToInt(l -> owner[l.line()] >= 0 ? owner[l.line()] : l.line()).min().orElse(0);
            out.computeIfAbsent(first, k -> new ArrayList<>()).add(sb.toString());
        }
        return out;
    }

    private static boolean overlapsAny(Piece p, List<Piece> others) {
        return others.stream().anyMatch(q -> p.x0() < q.x1() && q.x0() < p.x1());
    }

    /** A line cut where the gap between two glyphs is wider than {@code gap} ems. */
    private static List<Piece> pieces(Line l, float gap) {
        List<Piece> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : l.glyphs()) {
            if (g.text().isBlank()) {
                continue;
            }
            if (prev != null && g.x() - prev.right() > gap * Math.max(g.fs(), prev.fs())) {
                out.add(piece(cur));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) {
            out.add(piece(cur));
        }
        return out;
    }

    private static Piece piece(List<Glyph> glyphs) {
        return new Piece(PdfText.join(glyphs).strip(), glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right());
    }

    /** Columns: the x ranges of the figures, overlapping ranges taken as one. */
    private static List<Column> columns(List<Piece> figures) {
        List<Piece> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparingDouble(Piece::x0));
        List<Column> out = new ArrayList<>();
        float x0 = 0;
        float x1 = 0;
        boolean open = false;
        for (Piece p : sorted) {
            if (open && p.x0() <= x1 + 0.5f) {
                x1 = Math.max(x1, p.x1());
                continue;
            }
            if (open) {
                out.add(new Column(x0, x1));
            }
            x0 = p.x0();
            x1 = p.x1();
            open = true;
        }
        if (open) {
            out.add(new Column(x0, x1));
        }
        return out;
    }

    private static int columnOf(List<Column> cols, Piece p) {
        for (int c = 0; c < cols.size(); c++) {
            if (p.x0() <= cols.get(c).x1() + 0.5f && p.x1() >= cols.get(c).x0() - 0.5f) {
                return c;
            }
        }
        throw new IllegalStateException("a figure outside every column");
    }

    /** The column whose share of the width holds x (halfway to the neighbours), or -1 left of the first. */
    private static int region(List<Column> cols, float leftBound, float x) {
        if (x < leftBound) {
            return -1;
        }
        for (int c = 0; c + 1 < cols.size(); c++) {
            if (x < (cols.get(c).x1() + cols.get(c + 1).x0()) / 2) {
                return c;
            }
        }
        return cols.size() - 1;
    }
}
