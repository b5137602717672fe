package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LongestCommonSubsequence;
import org.disclosurechecker.facts.DeclaredParts;
import org.disclosurechecker.facts.Heading;
import org.disclosurechecker.model.Paragraph;

/**
 * Reads the intro's announcement of the parts ("本报告由概述、…等八部分组成", "全文包括…") and
 * compares it with the body: how many top-level parts there are and which names have no heading.
 */
final class DeclaredPartsExtractor {

    private static final Pattern COMPOSED = Pattern.compile(
            "由([^。]{2,400}?)等?([一二三四五六七八九十两\\d]{1,3})个?(?:部分|方面)组成");
    private static final Pattern INCLUDES = Pattern.compile("(?:全文|报告|年报)(?:共)?包括([^。]{2,400}?)(?:等([一二三四五六七八九十两\\d]{1,3})个?部分)?[。；]");
    private static final Pattern APPENDIX = Pattern.compile("^(附表|附件|统计表|附.{0,8}统计.{0,4}|附.{0,4}表)$");
    static final double NAME_MATCH = 0.6;

    Optional<DeclaredParts> extract(List<Paragraph> intro, List<Heading> headings, boolean hasTables) {
        for (Paragraph p : intro) {
            String text = p.text();
            Matcher m = COMPOSED.matcher(text);
            if (!m.find()) {
                m = INCLUDES.matcher(text);
                if (!m.find()) {
                    continue;
                }
            }
            String list = m.group(1).replaceFirst("^(本报告|本年报|报告全文|全文|报告)", "");
            int count = m.group(2) == null ? 0 : ChineseNumerals.parse(m.group(2)).orElse(0);
            List<String> names = split(list);
            List<Heading> tops = headings.stream().filter(h -> h.level() == 1).toList();
            boolean declaresAppendix = names.stream().anyMatch(n -> APPENDIX.matcher(LabelText.core(n)).matches());
            int body = tops.size() + (declaresAppendix && hasTables ? 1 : 0);

            List<String> notInBody = new ArrayList<>();
            boolean[] used = new boolean[tops.size()];
            for (String name : names) {
                if (APPENDIX.matcher(LabelText.core(name)).matches()) {
                    continue;
                }
                int best = -1;
                double bestScore = 0;
                for (int i = 0; i < tops.size(); i++) {
                    double s = nameScore(name, tops.get(i).title());
                    if (s > bestScore) {
                        bestScore = s;
                        best = i;
                    }
                }
                if (best >= 0 && bestScore >= NAME_MATCH) {
                    used[best] = true;
                } else {
                    notInBody.add(name);
                }
            }
            List<String> notDeclared = new ArrayList<>();
            for (int i = 0; i < tops.size(); i++) {
                if (!used[i]) {
                    notDeclared.add(tops.get(i).numbering() + tops.get(i).title());
                }
            }
            return Optional.of(new DeclaredParts(count, names, body, notInBody, notDeclared, p.location().line()));
        }
        return Optional.empty();
    }

    private static List<String> split(String list) {
        String sep = list.contains("，") ? "，" : list.contains(",") ? "," : "、";
        return Arrays.stream(list.split(sep)).map(String::strip).map(s -> s.replaceFirst("^(和|及|以及)", ""))
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Edit-distance similarity, or for longer names the share of the shorter one found in order in the other. */
    private static double nameScore(String name, String heading) {
        String a = LabelText.core(name);
        String b = LabelText.core(heading);
        if (a.length() >= 2 && (a.contains(b) || b.contains(a))) {
            return 1.0;
        }
        double s = LabelText.similarity(a, b);
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4) {
            s = Math.max(s, (double) LCS.apply(a, b) / shorter * 0.9);
        }
        return s;
    }

    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();
}
