package org.disclosurechecker.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

import org.disclosurechecker.findings.RuleDescriptor;
import org.disclosurechecker.rules.Catalogue;

/**
 * {@code --list-rules} and {@code --explain RULE-ID}: the catalogue entries (rules/catalogue.json in the
 * jar, plus the user's rules directory), so the rules can be read where docs/rules.md is not at hand.
 */
final class RuleListing {

    private RuleListing() {
    }

    /** One line per rule: id, default severity, editions, title; grouped as in the catalogue. */
    static void list(Catalogue catalogue, PrintWriter out) {
        String family = null;
        for (RuleDescriptor d : catalogue.all()) {
            if (d.family() != null && !d.family().equals(family)) {
                family = d.family();
                out.println();
                out.println("【" + family + "】");
            }
            out.println(String.format(Locale.ROOT, "  %-28s %-7s %-10s %s", d.id(), d.severity().name(),
                    String.join(",", d.editions()), nz(d.title())));
        }
        out.println();
        out.println("共 " + catalogue.all().size() + " 条规则。查看某条规则的说明：--explain 规则编号");
        out.flush();
    }

    /**
     * The whole entry of one rule.
     *
     * @throws IllegalArgumentException for an unknown id, naming the closest ids
     */
    static void explain(Catalogue catalogue, String id, PrintWriter out) {
        String key = id.strip().toUpperCase(Locale.ROOT);
        RuleDescriptor d = catalogue.get(key).orElseThrow(() -> new IllegalArgumentException(
                "规则编号“" + id + "”不存在" + suggestions(catalogue, key) + "；全部规则见 --list-rules"));
        out.println(d.id() + "  " + nz(d.title()));
        out.println("类别：" + nz(d.family()));
        out.println("适用格式版本：" + (d.editions().isEmpty() ? "—" : String.join("、", d.editions())));
        out.println("默认严重程度：" + d.severity().name() + "（" + d.severity().chinese() + "）");
        out.println("检查内容：" + nz(d.description()));
        out.println("依据：" + nz(d.basis()));
        out.println("修改建议：" + nz(d.hint()));
        out.flush();
    }

    private static String suggestions(Catalogue catalogue, String key) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        List<String> close = catalogue.all().stream().map(RuleDescriptor::id)
                .filter(x -> x.contains(key) || distance.apply(x, key) <= Math.max(2, key.length() / 4))
                .sorted(Comparator.comparingInt((String x) -> distance.apply(x, key)))
                .limit(3).toList();
        return close.isEmpty() ? "" : "。是不是要查 " + String.join("、", close) + "？";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
