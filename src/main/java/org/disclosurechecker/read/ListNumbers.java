package org.disclosurechecker.read;

import java.util.Locale;

/**
 * Formats the numbers of Word's automatic numbering the way Word shows them: "一", "（二）" with
 * chineseCounting, "3" with decimal, "①" with decimalEnclosedCircle, ... (the w:numFmt values of
 * ECMA-376). Unknown formats fall back to decimal.
 */
final class ListNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";
    private static final String DIZHI = "子丑寅卯辰巳午未申酉戌亥";

    private ListNumbers() {
    }

    /** The visible text of number {@code n} in Word's format {@code fmt}; null for bullets. */
    static String format(int n, String fmt) {
        if (fmt == null) {
            return Integer.toString(n);
        }
        return switch (fmt) {
            case "bullet" -> null;
            case "none" -> "";
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "koreanCounting", "japaneseDigitalTenThousand", "taiwaneseCountingThousand" -> chinese(n, DIGITS, "十", "百", "千");
            case "chineseLegalSimplified", "japaneseLegal", "taiwaneseDigital" -> chinese(n, LEGAL, "拾", "佰", "仟");
            case "ideographDigital", "koreanDigital" -> digitByDigit(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(TIANGAN.charAt(n - 1)) : Integer.toString(n);
            case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(DIZHI.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            default -> Integer.toString(n);
        };
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (as Word's chineseCounting). */
    static String chinese(int n, String digits, String ten, String hundred, String thousand) {
        if (n <= 0 || n >= 10000) {
            return n == 0 ? String.valueOf(digits.charAt(0)) : Integer.toString(n);
        }
        int th = n / 1000;
        int h = n / 100 % 10;
        int t = n / 10 % 10;
        int u = n % 10;
        StringBuilder sb = new StringBuilder();
        if (th > 0) {
            sb.append(digits.charAt(th)).append(thousand);
        }
        if (h > 0) {
            sb.append(digits.charAt(h)).append(hundred);
        } else if (th > 0 && (t > 0 || u > 0)) {
            sb.append(digits.charAt(0));
        }
        if (t > 0) {
            if (!(t == 1 && n < 20)) {
                sb.append(digits.charAt(t));
            }
            sb.append(ten);
        } else if ((th > 0 || h > 0) && u > 0 && sb.charAt(sb.length() - 1) != digits.charAt(0)) {
            sb.append(digits.charAt(0));
        }
        if (u > 0) {
            sb.append(digits.charAt(u));
        }
        return sb.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(Math.max(n, 0)).toCharArray()) {
            sb.append(DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(s[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }

    /** Word's letters: a..z, then aa..zz, aaa... */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    /**
     * Replaces %1..%9 in a level text with the formatted numbers of those levels.
     *
     * @param counters current number of each level
     * @param formats  numFmt of each level
     * @param legal    isLgl: show the other levels as decimal
     */
    static String expand(String lvlText, int[] counters, String[] formats, int level, boolean legal) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lvlText.length(); i++) {
            char c = lvlText.charAt(i);
            if (c == '%' && i + 1 < lvlText.length() && lvlText.charAt(i + 1) >= '1' && lvlText.charAt(i + 1) <= '9') {
                int l = lvlText.charAt(i + 1) - '1';
                String fmt = legal && l != level ? "decimal" : formats[l];
                String f = format(counters[l], fmt);
                if (f == null) {
                    return null;
                }
                sb.append(f);
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** What goes between the number and the text: nothing after Chinese punctuation, else a space. */
    static String separator(String label, String suff) {
        if (label.isEmpty() || "nothing".equals(suff)) {
            return "";
        }
        char last = label.charAt(label.length() - 1);
        if ("space".equals(suff)) {
            return " ";
        }
        // a tab: the flattened text of a heading "一、\t总体情况" reads as "一、总体情况"
        return "、，．.）)】〕:：".indexOf(last) >= 0 ? "" : " ";
    }
}
