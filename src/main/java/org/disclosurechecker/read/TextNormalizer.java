package org.disclosurechecker.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises characters once, for every reader: full-width digits, Latin letters and the symbols
 * that appear inside numbers, phone numbers, e-mail addresses and URLs become ASCII; the ideographic
 * space, NBSP and other odd spaces become an ASCII space; zero-width characters disappear.
 * Chinese punctuation (，。：；（）！？《》) is the normal form of Chinese text and is kept,
 * so excerpts still read as the user wrote them. Tabs are kept: they carry table structure.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = map(c);
            if (r != c || r == REMOVE) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    out.append(s, 0, i);
                }
                if (r != REMOVE) {
                    out.append(r);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Splits text into lines on CRLF, CR or LF and normalises each line. */
    /** True when any of the lines holds a Chinese character: a report without one is not a report. */
    public static boolean anyHan(List<String> lines) {
        return lines.stream().anyMatch(l -> l.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
    }

    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(normalize(text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(normalize(text.substring(start)));
        }
        return lines;
    }

    private static final char REMOVE = '\uFFFF';

    private static char map(char c) {
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + (c - '\uFF10'));
        }
        if (c >= '\uFF21' && c <= '\uFF3A') {
            return (char) ('A' + (c - '\uFF21'));
        }
        if (c >= '\uFF41' && c <= '\uFF5A') {
            return (char) ('a' + (c - '\uFF41'));
        }
        return switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
                 '\u2009', '\u200A', '\u202F', '\u205F' -> ' ';
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> REMOVE;
            case '\uFF0E' -> '.';   // ．
            case '\uFF05' -> '%';   // ％
            case '\uFF0B' -> '+';   // ＋
            case '\uFF0D' -> '-';   // －
            case '\uFF0F' -> '/';   // ／
            case '\uFF20' -> '@';   // ＠
            case '\uFF3F' -> '_';   // ＿
            case '\uFF1D' -> '=';   // ＝
            case '\uFF06' -> '&';   // ＆
            case '\uFF03' -> '#';   // ＃
            default -> c;
        };
    }
}
