package org.disclosurechecker.facts.extract;

import java.util.OptionalInt;

/**
 * Reads numbers written in Chinese numerals: positional ("十二", "二十三", "一百零五", "两千"),
 * digit by digit as in years ("二〇一六", "二零一六", "二○一六"), or Arabic digits.
 */
public final class ChineseNumerals {

    private ChineseNumerals() {
    }

    public static int digit(char c) {
        return switch (c) {
            case '〇', '零', '○', 'Ｏ', 'O', '0' -> 0;
            case '一', '壹', '1' -> 1;
            case '二', '两', '贰', '2' -> 2;
            case '三', '叁', '3' -> 3;
            case '四', '肆', '4' -> 4;
            case '五', '伍', '5' -> 5;
            case '六', '陆', '6' -> 6;
            case '七', '柒', '7' -> 7;
            case '八', '捌', '8' -> 8;
            case '九', '玖', '9' -> 9;
            default -> -1;
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            case '万' -> 10000;
            default -> -1;
        };
    }

    /** True when every character is a Chinese (or Arabic) numeral character. */
    public static boolean isNumeral(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (digit(c) < 0 && unit(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Digit-by-digit reading, for years: 二〇一六 → 2016. */
    public static OptionalInt parseDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return OptionalInt.empty();
        }
        int v = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return OptionalInt.empty();
            }
            v = v * 10 + d;
        }
        return OptionalInt.of(v);
    }

    /** Positional reading: 十二 → 12, 一百零五 → 105, 两千三百 → 2300; Arabic digits as such. */
    public static OptionalInt parse(String s) {
        if (s == null || s.isEmpty()) {
            return OptionalInt.empty();
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s));
        }
        boolean hasUnit = s.chars().anyMatch(c -> unit((char) c) > 0);
        if (!hasUnit) {
            return parseDigits(s);
        }
        long total = 0;
        long section = 0;
        int current = -1;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
                continue;
            }
            int u = unit(c);
            if (u < 0) {
                return OptionalInt.empty();
            }
            if (u == 10000) {
                section += Math.max(current, 0);
                total += (section == 0 ? 1 : section) * 10000L;
                section = 0;
            } else {
                section += (current < 0 ? 1 : current) * (long) u;
            }
            current = -1;
        }
        if (current > 0) {
            section += current;
        }
        long v = total + section;
        return v > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) v);
    }
}
