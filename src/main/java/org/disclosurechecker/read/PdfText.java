package org.disclosurechecker.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.disclosurechecker.read.PdfPage.Glyph;

/**
 * Turns positioned glyphs into text: glyphs on one baseline make a line, read left to right; a space
 * goes where the gap between two glyphs is wider than the font's spacing would leave (PDFs made by
 * office software often draw no space glyphs at all); the lines of a wrapped paragraph or cell are
 * joined.
 */
final class PdfText {

    /** One line of text on a page. */
    record Line(int page, String text, float left, float right, float baseline, float fs, float firstWord,
                List<Glyph> glyphs) {
    }

    private static final String NO_LINE_START = "，。、；：！？）》」』】〕”’,.;:!?)]%";
    private static final String NO_LINE_END = "（《「『【〔“‘([";

    private PdfText() {
    }

    /** Groups glyphs into lines (same baseline), top to bottom, each read left to right. */
    static List<Line> lines(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> cur = null;
        float base = 0;
        for (Glyph g : sorted) {
            if (cur == null || Math.abs(g.y() - base) > 0.3f * g.fs()) {
                cur = new ArrayList<>();
                groups.add(cur);
                base = g.y();
            }
            cur.add(g);
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> line : groups) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            String text = join(line);
            if (text.isBlank()) {
                continue;
            }
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float fs = 0;
            for (Glyph g : line) {
                if (!g.text().isBlank()) {
                    left = Math.min(left, g.x());
                    right = Math.max(right, g.right());
                    fs = Math.max(fs, g.fs());
                }
            }
            out.add(new Line(page, text, left, right, line.get(0).y(), fs, firstWord(line), List.copyOf(line)));
        }
        return out;
    }

    /**
     * The width of what starts a line up to its first break opportunity: a Latin word, number, URL or
     * e-mail address (with the Chinese character right after it), or one Chinese character with the
     * punctuation that may not start a line. When it
     * did not fit at the end of the line above, that line wrapped early (the paragraph goes on).
     */
    static float firstWord(List<Glyph> line) {
        int i = 0;
        while (i < line.size() && line.get(i).text().isBlank()) {
            i++;
        }
        if (i >= line.size()) {
            return 0;
        }
        float start = line.get(i).x();
        float end = line.get(i).right();
        // opening brackets and quotes stay with what follows them
        while (i < line.size() && NO_LINE_END.indexOf(line.get(i).text().charAt(0)) >= 0) {
            end = line.get(i).right();
            i++;
        }
        if (i < line.size()) {
            Glyph g = line.get(i);
            end = g.right();
            i++;
            if (!wide(g.text())) {
                // a Latin word, number, URL or e-mail address; a number keeps the Chinese character after it ("4127条")
                while (i < line.size()) {
                    Glyph n = line.get(i);
                    if (n.text().isBlank() || n.x() - end > 0.3f * n.fs()) {
                        break;
                    }
                    end = n.right();
                    i++;
                    if (wide(n.text()) && NO_LINE_START.indexOf(n.text().charAt(0)) < 0) {
                        break;
                    }
                }
            }
        }
        // punctuation that may not start a line stays with what precedes it
        while (i < line.size() && NO_LINE_START.indexOf(line.get(i).text().charAt(0)) >= 0) {
            end = line.get(i).right();
            i++;
        }
        return end - start;
    }

    /**
     * The glyphs of one line as text, with spaces where the gaps call for them. A justified line (WPS
     * spreads a short last line of a paragraph or a contact line letter by letter: "邮 编 ： 223100") has
     * the same extra gap between every two Chinese characters; that letter spacing is no space, only a
     * gap wider than it by a space is.
     */
    static String join(List<Glyph> line) {
        float spread = letterSpacing(line);
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null) {
                float gap = g.x() - prev.right();
                boolean prevSpace = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
                float extra = wide(prev.text()) || wide(g.text()) ? spread : 0;
                if (!prevSpace && !g.text().isBlank() && gap > spaceGap(prev, g) + extra) {
                    sb.append(' ');
                }
            }
            if (!(g.text().isBlank() && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ')) {
                sb.append(g.text());
            }
            prev = g;
        }
        return sb.toString();
    }

    /**
     * The letter spacing of a justified line: when most gaps between two Chinese characters (at least four
     * of them) are wider than a space would need and about equal, their usual width; else 0. Lines of a
     * table without borders (cells far apart, characters within a cell close) and ordinary text have none.
     */
    static float letterSpacing(List<Glyph> line) {
        List<Float> gaps = new ArrayList<>();
        int pairs = 0;
        Glyph prev = null;
        for (Glyph g : line) {
            if (g.text().isBlank()) {
                continue;
            }
            if (prev != null && wide(prev.text()) && wide(g.text())) {
                pairs++;
                float gap = g.x() - prev.right();
                if (gap > spaceGap(prev, g)) {
                    gaps.add(gap);
                }
            }
            prev = g;
        }
        if (pairs < 4 || gaps.size() * 10 < pairs * 6) {
            return 0;
        }
        gaps.sort(Float::compare);
        float median = gaps.get(gaps.size() / 2);
        int even = 0;
        for (float gap : gaps) {
            if (gap >= median * 0.6f && gap <= median * 1.4f) {
                even++;
            }
        }
        return even * 10 >= gaps.size() * 8 ? median : 0;
    }

    /**
     * How wide a gap must be to stand for a space: Latin text has spaces of about a quarter em; between
     * Chinese and Latin, office software adds about a fifth of an em by itself (autospacing), so a space
     * there needs more.
     */
    private static float spaceGap(Glyph a, Glyph b) {
        boolean wa = wide(a.text());
        boolean wb = wide(b.text());
        float fs = Math.max(a.fs(), b.fs());
        if (wa && wb) {
            return 0.2f * fs;
        }
        if (wa || wb) {
            return 0.4f * fs;
        }
        return 0.18f * fs;
    }

    static boolean wide(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF' || c >= '\u2010' && c <= '\u201F';
    }

    /** The text of a table cell: its lines joined (a cell is one line in the flattened text). */
    static String cellText(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Line l : lines(0, glyphs)) {
            sb.append(joinWrapped(sb.toString(), l.text()));
        }
        return sb.toString();
    }

    /** What goes between a line and the next when a paragraph wraps: a space only between two Latin words. */
    static String joinWrapped(String before, String next) {
        if (before.isEmpty()) {
            return next;
        }
        char a = before.charAt(before.length() - 1);
        char b = next.isEmpty() ? ' ' : next.charAt(0);
        boolean latinA = a < 128 && Character.isLetter(a);
        boolean latinB = b < 128 && Character.isLetter(b);
        return latinA && latinB ? " " + next : next;
    }
}
