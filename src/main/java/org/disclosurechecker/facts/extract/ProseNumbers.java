package org.disclosurechecker.facts.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.ProseFigure.Qualifier;

/**
 * Finds counted figures in running text: a number (Arabic, with thousands separators and decimals, or
 * Chinese numerals: "十二", "两", "1.2万") followed by a unit of count or money, with "多/余/以上" read as
 * a lower bound and "约/近" as an approximation; a range ("50至60件") is not a figure to compare.
 * Years, dates, percentages and document numbers have no unit of count and are not figures.
 */
final class ProseNumbers {

    /** One figure and the words around it. */
    record Figure(BigDecimal value, Qualifier qualifier, String unit, String text, int start, int end,
                  String before, String after, String sentence) {
    }

    static final String UNITS = "人次|万元|亿元|件|条|次|人|名|个|期|篇|场|项|家|份|起|元|宗|批|处|所|类";
    private static final Pattern FIGURE = Pattern.compile(
            "(约|近|大约|将近|逾|超过|超)?"
                    + "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)"
                    + "(万(?!元))?(多|余)?(" + UNITS + ")(以上)?");
    private static final Pattern BOUNDARY = Pattern.compile("[，。；：！？,;:!?\\n]");
    /** "七个部分", "3个月", "5个工作日": a unit of count that counts something else. */
    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile("^(部分|方面|环节|层次|阶段|步骤|月|季度|工作日|小时|分钟|年度?)");
    /** "50至60件", "五十到六十人": the figure ends a range. */
    private static final Pattern RANGE_BEFORE = Pattern.compile(
            "(\\d+(\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)(万)?(" + UNITS + ")?\\s*(至|到|~|～|-|－|—|–)\\s*$");
    /** How far before a figure its indicator's words may stand. */
    static final int CONTEXT = 24;

    private ProseNumbers() {
    }

    static List<Figure> find(String paragraph) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(paragraph);
        int previousEnd = 0;
        while (m.find()) {
            if (m.start() > 0 && (paragraph.charAt(m.start() - 1) == '第' || Character.isDigit(paragraph.charAt(m.start() - 1))
                    || paragraph.charAt(m.start() - 1) == '.')) {
                continue; // an ordinal ("第3期") or the tail of a longer number
            }
            if (NOT_A_COUNT_AFTER.matcher(paragraph.substring(m.end())).find()) {
                continue;
            }
            if (RANGE_BEFORE.matcher(paragraph.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue; // a range says less than a figure: silence rather than a guess
            }
            BigDecimal v = value(m.group(2));
            if (v == null) {
                continue;
            }
            if (m.group(3) != null) {
                v = v.multiply(BigDecimal.valueOf(10000));
            }
            Qualifier q = Qualifier.EXACT;
            String prefix = m.group(1);
            if (prefix != null && (prefix.contains("约") || prefix.contains("近"))) {
                q = Qualifier.APPROX;
            } else if (prefix != null || m.group(4) != null || m.group(6) != null) {
                q = Qualifier.AT_LEAST;
            }
            int clauseStart = Math.max(Math.max(previousEnd, lastBoundary(paragraph, m.start()) + 1),
                    m.start() - CONTEXT);
            int clauseEnd = nextBoundary(paragraph, m.end());
            String before = paragraph.substring(clauseStart, m.start());
            String after = paragraph.substring(m.end(), clauseEnd);
            int sentenceStart = lastSentenceBoundary(paragraph, m.start()) + 1;
            int sentenceEnd = nextSentenceBoundary(paragraph, m.end());
            out.add(new Figure(v, q, m.group(5), m.group(), m.start(), m.end(), before, after,
                    paragraph.substring(sentenceStart, sentenceEnd)));
            previousEnd = m.end();
        }
        return out;
    }

    static BigDecimal value(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return new BigDecimal(digits.replace(",", ""));
        }
        OptionalInt n = ChineseNumerals.parse(digits);
        if (n.isEmpty() || digits.length() > 6) {
            return null;
        }
        return BigDecimal.valueOf(n.getAsInt());
    }

    private static int lastBoundary(String s, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (BOUNDARY.matcher(String.valueOf(s.charAt(i))).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int nextBoundary(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (BOUNDARY.matcher(String.valueOf(s.charAt(i))).matches()) {
                return i;
            }
        }
        return s.length();
    }

    private static int lastSentenceBoundary(String s, int before) {
        for (int i = before - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int nextSentenceBoundary(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                return i;
            }
        }
        return s.length();
    }
}
