package org.disclosurechecker.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disclosurechecker.read.PdfPage.Glyph;
import org.disclosurechecker.read.PdfPage.Segment;

/**
 * Rebuilds bordered tables of a PDF page from its ruling lines ("lattice"): lines that cross form a
 * table; the distinct x of its vertical lines and y of its horizontal lines form a grid; two
 * neighbouring grid cells with no line between them are one (merged) cell. Each glyph whose middle
 * falls in the table goes to the merged cell under it. A row of the grid then reads like Word's
 * flattened table: a merged cell once in the row where it starts, one empty cell in each further row it
 * covers.
 */
final class PdfLattice {

    private static final float SNAP = 2f;
    private static final float COVER = 2.5f;
    private static final long MAX_CROSSINGS = 4_000_000L;
    /** How far (points) vertical lines must run past the last horizontal one to enclose a row. */
    private static final float OPEN_END = 8f;

    /** A table found on a page. */
    static final class Grid {
        final float[] xs;
        final float[] ys;
        final int[] parent;
        final Map<Integer, List<Glyph>> glyphs = new HashMap<>();
        final int rows;
        final int cols;

        Grid(float[] xs, float[] ys) {
            this.xs = xs;
            this.ys = ys;
            this.rows = ys.length - 1;
            this.cols = xs.length - 1;
            this.parent = new int[rows * cols];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        float top() {
            return ys[0];
        }

        float bottom() {
            return ys[rows];
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        boolean contains(Glyph g) {
            return g.cx() >= xs[0] - 1 && g.cx() <= xs[cols] + 1 && g.cy() >= ys[0] - 1 && g.cy() <= ys[rows] + 1;
        }

        /** What makes the grid doubtful (Chinese phrases), empty when every cell read cleanly. */
        final List<String> doubts = new ArrayList<>();

        void add(Glyph g) {
            int r = band(ys, g.cy());
            int c = band(xs, g.cx());
            int root = find(r * cols + c);
            glyphs.computeIfAbsent(root, k -> new ArrayList<>()).add(g);
            // a glyph reaching well across a border into the next cell: the grid does not fit the text
            float over = Math.max(1f, 0.4f * g.w());
            boolean left = c > 0 && find(r * cols + c - 1) != root && g.x() < xs[c] - over;
            boolean right = c + 1 < cols && find(r * cols + c + 1) != root && g.right() > xs[c + 1] + over;
            if (!g.text().isBlank() && (left || right) && doubts.stream().noneMatch(d -> d.startsWith(STRADDLE))) {
                doubts.add(STRADDLE + "“" + g.text() + "”）");
            }
        }

        private static final String STRADDLE = "有文字跨在两个单元格的框线上（如";
        private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-+]?\\d[\\d,.]*%?");

        /**
         * A cell whose text stands on several lines of which one is a figure alone: a label above a figure,
         * or two figures, in one box. A table holds a figure in a cell of its own, so the line between two
         * rows (or two columns) was not drawn, and the grid has fewer cells than the table.
         */
        private void judgeCell(List<Glyph> g, float left, float right) {
            if (g.size() < 2 || doubts.stream().anyMatch(d -> d.startsWith(SHARED))) {
                return;
            }
            List<PdfText.Line> lines = PdfText.lines(0, g);
            if (lines.size() < 2) {
                return;
            }
            int figures = 0;
            int labels = 0;
            for (PdfText.Line l : lines) {
                if (FIGURE.matcher(l.text().strip()).matches()) {
                    figures++;
                } else if (LABEL.matcher(l.text()).lookingAt()) {
                    labels++;
                }
            }
            // a long number broken over two lines of a narrow cell is one figure: its first line fills the cell
            PdfText.Line first = lines.get(0);
            boolean brokenNumber = figures == 2 && lines.size() == 2
                    && first.right() - first.left() >= right - left - 6f - 2f * first.fs();
            if (figures > 0 && !brokenNumber || labels >= 2) {
                StringBuilder text = new StringBuilder();
                for (PdfText.Line l : lines) {
                    text.append(text.isEmpty() ? "" : " ").append(l.text().strip());
                }
                doubts.add(SHARED + "“" + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + "”），可能缺少框线");
            }
        }

        private static final String SHARED = "有单元格内分行写着几行的内容（如";
        /** The start of a numbered row label: "（一）", "1.", "一、". */
        private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
                "\\s*([（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、](?!\\d))");

        /**
         * A row in the flattened shape; for each cell whether its text ran to the cell's right edge, and
         * whether the cell is merged down into the next grid row.
         */
        record FlatRow(List<String> cells, List<Boolean> wrapped, List<Boolean> tall) {
        }

        /**
         * The rows in the flattened shape: per grid row, left to right, each merged cell once — its
         * text in the row where it starts, an empty cell in rows it continues into. A grid row in which
         * no cell starts (a stray line) is no row.
         */
        List<FlatRow> flattened() {
            // the extent of each merged cell
            Map<Integer, int[]> extent = new HashMap<>(); // root -> {rmin, rmax, cmin, cmax}
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int root = find(r * cols + c);
                    int[] e = extent.computeIfAbsent(root, k -> new int[] {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1});
                    e[0] = Math.min(e[0], r);
                    e[1] = Math.max(e[1], r);
                    e[2] = Math.min(e[2], c);
                    e[3] = Math.max(e[3], c);
                }
            }
            List<FlatRow> out = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<String> row = new ArrayList<>();
                List<Boolean> wrapped = new ArrayList<>();
                List<Boolean> tall = new ArrayList<>();
                boolean starts = false;
                int c = 0;
                while (c < cols) {
                    int root = find(r * cols + c);
                    int[] e = extent.get(root);
                    if (e[0] == r) {
                        starts = true;
                        List<Glyph> g = glyphs.getOrDefault(root, List.of());
                        judgeCell(g, xs[e[2]], xs[e[3] + 1]);
                        row.add(PdfText.cellText(g));
                        wrapped.add(runsToEdge(g, xs[e[3] + 1]));
                        tall.add(e[1] > r);
                    } else {
                        row.add("");
                        wrapped.add(false);
                        tall.add(false);
                    }
                    c = Math.max(c + 1, e[3] + 1);
                }
                if (starts) {
                    out.add(new FlatRow(row, wrapped, tall));
                }
            }
            return out;
        }

        /** Whether a cell's last line reaches its right edge (less padding and a character): text that wraps on. */
        private static boolean runsToEdge(List<Glyph> glyphs, float right) {
            if (glyphs.isEmpty()) {
                return false;
            }
            List<PdfText.Line> lines = PdfText.lines(0, glyphs);
            if (lines.isEmpty()) {
                return false;
            }
            PdfText.Line last = lines.get(lines.size() - 1);
            return last.right() >= right - 6f - 1.5f * last.fs();
        }
    }

    private PdfLattice() {
    }

    static int band(float[] edges, float v) {
        for (int i = 0; i < edges.length - 2; i++) {
            if (v < edges[i + 1]) {
                return i;
            }
        }
        return edges.length - 2;
    }

    /** The bordered tables of a page, top to bottom. */
    static List<Grid> find(List<Segment> segments) {
        List<Segment> h = merge(segments.stream().filter(Segment::horizontal).toList());
        List<Segment> v = merge(segments.stream().filter(s -> !s.horizontal()).toList());
        if ((long) h.size() * v.size() > MAX_CROSSINGS) {
            return List.of(); // a drawing or a hostile page, not a table: read its text as lines
        }
        int n = h.size() + v.size();
        int[] comp = new int[n];
        for (int i = 0; i < n; i++) {
            comp[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (crosses(h.get(i), v.get(j))) {
                    union(comp, i, h.size() + j);
                }
            }
        }
        Map<Integer, List<Segment>> hs = new HashMap<>();
        Map<Integer, List<Segment>> vs = new HashMap<>();
        for (int i = 0; i < h.size(); i++) {
            hs.computeIfAbsent(root(comp, i), k -> new ArrayList<>()).add(h.get(i));
        }
        for (int j = 0; j < v.size(); j++) {
            vs.computeIfAbsent(root(comp, h.size() + j), k -> new ArrayList<>()).add(v.get(j));
        }
        List<Grid> grids = new ArrayList<>();
        for (Map.Entry<Integer, List<Segment>> e : hs.entrySet()) {
            List<Segment> ch = e.getValue();
            List<Segment> cv = vs.getOrDefault(e.getKey(), List.of());
            if (ch.size() < 2 || cv.size() < 2) {
                continue;
            }
            Grid g = grid(ch, cv);
            if (g != null) {
                grids.add(g);
            }
        }
        grids.sort(Comparator.comparingDouble(Grid::top));
        return grids;
    }

    private static Grid grid(List<Segment> h, List<Segment> v) {
        float[] xs = snap(v.stream().map(Segment::pos).toList());
        float[] ys = snap(h.stream().map(Segment::pos).toList());
        if (xs.length < 2 || ys.length < 2) {
            return null;
        }
        ys = closeOpenEnds(ys, v);
        Grid g = new Grid(xs, ys);
        for (int r = 0; r < g.rows; r++) {
            for (int c = 0; c < g.cols; c++) {
                if (c + 1 < g.cols && !covered(v, xs[c + 1], ys[r], ys[r + 1])) {
                    g.union(r * g.cols + c, r * g.cols + c + 1);
                }
                if (r + 1 < g.rows && !covered(h, ys[r + 1], xs[c], xs[c + 1])) {
                    g.union(r * g.cols + c, (r + 1) * g.cols + c);
                }
            }
        }
        return g;
    }

    /**
     * A table broken over a page is often drawn without its bottom border on the first page (and
     * without its top border on the next): its vertical lines run on past the last horizontal one. The
     * row they enclose is a row all the same, closed where the vertical lines end.
     */
    private static float[] closeOpenEnds(float[] ys, List<Segment> v) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Segment s : v) {
            top = Math.min(top, s.from());
            bottom = Math.max(bottom, s.to());
        }
        List<Float> out = new ArrayList<>();
        if (top < ys[0] - OPEN_END) {
            out.add(top);
        }
        for (float y : ys) {
            out.add(y);
        }
        if (bottom > ys[ys.length - 1] + OPEN_END) {
            out.add(bottom);
        }
        if (out.size() == ys.length) {
            return ys;
        }
        float[] a = new float[out.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = out.get(k);
        }
        return a;
    }

    /** Is there a line at {@code pos} running the whole way from {@code a} to {@code b}? */
    private static boolean covered(List<Segment> lines, float pos, float a, float b) {
        for (Segment s : lines) {
            if (Math.abs(s.pos() - pos) <= SNAP && s.from() <= a + COVER && s.to() >= b - COVER) {
                return true;
            }
        }
        return false;
    }

    private static boolean crosses(Segment h, Segment v) {
        return v.pos() >= h.from() - SNAP && v.pos() <= h.to() + SNAP
                && h.pos() >= v.from() - SNAP && h.pos() <= v.to() + SNAP;
    }

    /** Lines on the same row (within SNAP) that touch or overlap become one. */
    static List<Segment> merge(List<Segment> in) {
        List<Segment> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(Segment::pos).thenComparingDouble(Segment::from));
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            float sum = 0;
            while (j < sorted.size() && sorted.get(j).pos() - sorted.get(i).pos() <= SNAP) {
                sum += sorted.get(j).pos();
                j++;
            }
            float pos = sum / (j - i);
            List<Segment> group = new ArrayList<>(sorted.subList(i, j));
            group.sort(Comparator.comparingDouble(Segment::from));
            float from = group.get(0).from();
            float to = group.get(0).to();
            for (int k = 1; k < group.size(); k++) {
                Segment s = group.get(k);
                if (s.from() <= to + SNAP) {
                    to = Math.max(to, s.to());
                } else {
                    out.add(new Segment(s.horizontal(), pos, from, to));
                    from = s.from();
                    to = s.to();
                }
            }
            out.add(new Segment(group.get(0).horizontal(), pos, from, to));
            i = j;
        }
        return out;
    }

    /** Distinct positions, those within SNAP of each other taken as one. */
    private static float[] snap(List<Float> positions) {
        List<Float> sorted = new ArrayList<>(positions);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            float sum = 0;
            while (j < sorted.size() && sorted.get(j) - sorted.get(i) <= SNAP) {
                sum += sorted.get(j);
                j++;
            }
            out.add(sum / (j - i));
            i = j;
        }
        float[] a = new float[out.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = out.get(k);
        }
        return a;
    }

    private static int root(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = root(p, a);
        int rb = root(p, b);
        if (ra != rb) {
            p[ra] = rb;
        }
    }
}
