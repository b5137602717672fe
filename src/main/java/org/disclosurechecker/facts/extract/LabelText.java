package org.disclosurechecker.facts.extract;

import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares labels and headings tolerantly: numbering ("（一）", "1.", "其中："), spaces, quotes and
 * punctuation are ignored; small wording differences are measured with the Levenshtein distance.
 */
public final class LabelText {

    private static final Pattern LEADING_ENUM = Pattern.compile(
            "^(其中[:：]?|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|\\d{1,2}[、.](?!\\d)|第[一二三四五六七八九十]+部分)");
    private static final Pattern NOISE = Pattern.compile("[\\s“”\"'‘’「」『』:：,，。；;、.]");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]*[)）]$");
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private LabelText() {
    }

    /** Strips leading numbering (repeatedly) and noise characters. */
    public static String core(String label) {
        String s = label.strip().replaceAll("\\s+", "");
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
        String s = label.strip().replaceAll("\\s+", "");
        String t = TRAILING_NOTE.matcher(s).replaceFirst("");
        return core(t.isEmpty() ? s : t);
    }

    /** Only whitespace removed: for comparing headings with their exact template wording. */
    public static String compact(String s) {
        return s.replaceAll("[\\s]+", "").replaceAll("[。．.：:；;]+$", "");
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
        String a = core(label);
        String an = coreWithoutNote(label);
        String b = core(template);
        String bn = coreWithoutNote(template);
        double s = Math.max(Math.max(similarity(a, b), similarity(an, bn)), Math.max(similarity(a, bn), similarity(an, b)));
        return s;
    }

    /** True when the text contains the needle, ignoring spaces and quotes. */
    public static boolean containsLoosely(String text, String needle) {
        return NOISE.matcher(text).replaceAll("").contains(NOISE.matcher(needle).replaceAll(""));
    }
}
