package org.disclosurechecker.facts.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares labels and headings tolerantly: numbering ("（一）", "1.", "其中："), spaces, quotes and
 * punctuation are ignored; small wording differences are measured with the Levenshtein distance.
 */
public final class LabelText {

    private static final Pattern LEADING_ENUM = Pattern.compile(
            "^(其中[:：]?|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|\\d{1,2}[、.)）](?!\\d)|[\u2460-\u2473]|第[一二三四五六七八九十]+部分)");
    private static final Pattern NOISE = Pattern.compile("[\\s“”\"'‘’「」『』:：,，。；;、.]");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]*[)）]$");
    private static final Pattern TRAILING_STOP = Pattern.compile("[。．.：:；;]+$");
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    /** Labels recur in every report (template labels always): their cores are computed once. */
    private static final Map<String, Cores> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    /** A label's core with and without its trailing note. */
    record Cores(String core, String withoutNote) {
    }

    private LabelText() {
    }

    static Cores cores(String label) {
        Cores c = CACHE.get(label);
        if (c == null) {
            c = new Cores(core(label), coreWithoutNote(label));
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(label, c);
            }
        }
        return c;
    }

    /** Strips leading numbering (repeatedly) and noise characters. */
    public static String core(String label) {
        String s = withoutSpaces(label.strip());
        for (int i = 0; i < 3; i++) {
            String t = LEADING_ENUM.matcher(s).replaceFirst("");
            if (t.equals(s)) {
                break;
            }
            s = t;
        }
        return NOISE.matcher(s).replaceAll("");
    }

    /** The core without a trailing parenthetical note ("主动公开政府信息数（不同渠道…）" → "主动公开政府信息数"). */
    public static String coreWithoutNote(String label) {
        String s = withoutSpaces(label.strip());
        String t = TRAILING_NOTE.matcher(s).replaceFirst("");
        return core(t.isEmpty() ? s : t);
    }

    /** Only whitespace removed: for comparing headings with their exact template wording. */
    public static String compact(String s) {
        return TRAILING_STOP.matcher(withoutSpaces(s)).replaceAll("");
    }

    /**
     * The text without the characters regex {@code \s} matches (space, tab, line breaks, form feed, vertical tab),
     * as {@code s.replaceAll("\\s+", "")} but without compiling a pattern on every call: it runs on every line.
     */
    public static String withoutSpaces(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !isRegexSpace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** 1.0 for equal strings, down to 0.0; based on the edit distance over the longer length. */
    public static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b) ? 1.0 : 0.0;
        }
        int d = LEVENSHTEIN.apply(a, b);
        return 1.0 - (double) d / Math.max(a.length(), b.length());
    }

    /** Best similarity of a label to a template label, over cores with and without trailing notes. */
    public static double labelScore(String label, String template) {
        Cores a = cores(label);
        Cores b = cores(template);
        return Math.max(Math.max(quick(a.core(), b.core()), quick(a.withoutNote(), b.withoutNote())),
                Math.max(quick(a.core(), b.withoutNote()), quick(a.withoutNote(), b.core())));
    }

    /** Similarity, skipping the edit distance when the lengths alone rule out a usable score (< 0.5). */
    private static double quick(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int max = Math.max(a.length(), b.length());
        if (max == 0 || Math.abs(a.length() - b.length()) * 2 > max) {
            return 0.0;
        }
        return similarity(a, b);
    }

    /** True when the text contains the needle, ignoring spaces and quotes. */
    public static boolean containsLoosely(String text, String needle) {
        return loose(text).contains(loose(needle));
    }

    /** The text without spaces, quotes and punctuation, as {@link #containsLoosely} compares it. */
    public static String loose(String text) {
        return NOISE.matcher(text).replaceAll("");
    }
}
