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
import org.disclosurechecker.facts.template.Vocabulary;
import org.disclosurechecker.model.Paragraph;

/**
 * Reads the intro's announcement of the parts ("本报告由概述、…等八部分组成", "全文包括…，共六个部分") with
 * the phrases of the vocabulary and compares it with the body: how many top-level parts there are and
 * which names have no heading. A count phrase ("等六部分", "共六个部分", "6个部分", "等方面的内容") is a
 * count, never a part's name; a name split at a 、 inside it ("行政复议、行政诉讼情况") is joined again, and
 * one name may cover two headings ("存在的主要问题及改进情况和其他需要报告的事项").
 */
final class DeclaredPartsExtractor {

    private static final Pattern APPENDIX = Pattern.compile("^(附表|附件|统计表|附.{0,8}统计.{0,4}|附.{0,4}表)$");
    static final double NAME_MATCH = 0.6;

    private final List<Pattern> announcements;
    private final Pattern count;
    private final Pattern separators;
    private final Pattern conjunctions;

    DeclaredPartsExtractor(Vocabulary.DeclaredPartsPhrases phrases) {
        if (phrases == null || phrases.announcements().isEmpty() || phrases.count() == null) {
            throw new IllegalStateException("vocabulary has no declaredParts phrases");
        }
        this.announcements = phrases.announcements().stream().map(Pattern::compile).toList();
        this.count = Pattern.compile(phrases.count());
        this.separators = Pattern.compile(phrases.separators() == null ? "[、，,]" : phrases.separators());
        this.conjunctions = Pattern.compile(phrases.conjunctions() == null ? "^(和|及|以及)" : phrases.conjunctions());
    }

    Optional<DeclaredParts> extract(List<Paragraph> intro, List<Heading> headings, boolean hasTables) {
        for (Paragraph p : intro) {
            Matcher m = announcement(p.text());
            if (m == null) {
                continue;
            }
            String list = m.group(1).replaceFirst("^(本报告|本年报|报告全文|全文|报告)", "");
            // "全文包括概述、…、存在问题和改进措施等，内容涵盖…": an open list, not bound to name every part
            boolean open = list.endsWith("等");
            if (open) {
                list = list.substring(0, list.length() - 1);
            }
            int declared = m.groupCount() >= 2 && m.group(2) != null ? ChineseNumerals.parse(m.group(2)).orElse(0) : 0;
            Matcher c = count.matcher(list);
            if (c.find() && c.end() > c.start()) {
                if (declared == 0 && c.groupCount() >= 1 && c.group(1) != null) {
                    declared = ChineseNumerals.parse(c.group(1)).orElse(0);
                }
                list = list.substring(0, c.start());
            }
            List<String> names = split(list);
            List<Heading> tops = headings.stream().filter(h -> h.level() == 1).toList();
            boolean declaresAppendix = names.stream().anyMatch(n -> APPENDIX.matcher(LabelText.core(n)).matches());
            int body = tops.size() + (declaresAppendix && hasTables ? 1 : 0);

            List<String> notInBody = new ArrayList<>();
            boolean[] used = new boolean[tops.size()];
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(k);
                if (APPENDIX.matcher(LabelText.core(name)).matches()) {
                    continue;
                }
                int best = best(name, tops);
                if (best < 0 && k + 1 < names.size()) {
                    // "因…被申请行政复议、提起行政诉讼情况": one name split at its 、, both halves nearest
                    // the same heading, which the whole matches
                    int joined = best(name + names.get(k + 1), tops);
                    if (joined >= 0 && nearest(name, tops) == joined && nearest(names.get(k + 1), tops) == joined) {
                        used[joined] = true;
                        k++;
                        continue;
                    }
                }
                if (best >= 0) {
                    used[best] = true;
                } else {
                    notInBody.add(name);
                }
            }
            List<String> notDeclared = new ArrayList<>();
            for (int i = 0; i < tops.size(); i++) {
                String title = LabelText.core(tops.get(i).title());
                if (!used[i] && title.length() >= 2 && names.stream().anyMatch(n -> LabelText.core(n).contains(title))) {
                    used[i] = true; // one name covering two headings
                }
                if (!used[i]) {
                    notDeclared.add(tops.get(i).numbering() + tops.get(i).title());
                }
            }
            if (open && declared == 0) {
                notDeclared.clear();
            }
            return Optional.of(new DeclaredParts(declared, names, body, notInBody, notDeclared, p.location().line()));
        }
        return Optional.empty();
    }

    private Matcher announcement(String text) {
        for (Pattern a : announcements) {
            Matcher m = a.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** The heading the name matches best, or -1 when none matches well enough. */
    private static int best(String name, List<Heading> tops) {
        int i = nearest(name, tops);
        return i >= 0 && nameScore(name, tops.get(i).title()) >= NAME_MATCH ? i : -1;
    }

    /** The heading the name is most similar to, however little, or -1 when it shares nothing with any. */
    private static int nearest(String name, List<Heading> tops) {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < tops.size(); i++) {
            double s = nameScore(name, tops.get(i).title());
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    private List<String> split(String list) {
        return Arrays.stream(separators.split(list)).map(String::strip)
                .map(s -> conjunctions.matcher(s).replaceFirst("").strip())
                .filter(s -> !s.isEmpty() && !count.matcher(s).matches()).toList();
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
