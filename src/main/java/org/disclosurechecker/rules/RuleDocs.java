package org.disclosurechecker.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosurechecker.facts.template.BlockTemplate;
import org.disclosurechecker.facts.template.ColumnTemplate;
import org.disclosurechecker.facts.template.EditionTemplate;
import org.disclosurechecker.facts.template.RowTemplate;
import org.disclosurechecker.facts.template.TableTemplate;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.facts.template.Vocabulary;
import org.disclosurechecker.findings.RuleDescriptor;

/**
 * Renders the rule catalogue as Markdown (docs/rules.md): per family, each rule's id, editions,
 * default severity, what it checks, its basis and how to fix, and where its DRL rules are; then, from
 * the prose vocabulary and the edition templates, which phrases of the prose are compared with which
 * cells (TEXT-TABLE-MISMATCH). A test keeps the committed file in step with the catalogue.
 */
public final class RuleDocs {

    private RuleDocs() {
    }

    public static String markdown(RuleBase rules) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 规则一览 / Rule catalogue\n\n")
                .append("<!-- Generated from rules/catalogue.json by RuleDocs; do not edit by hand. ")
                .append("Regenerate: ./mvnw test -Dtest=RuleDocsTest -Ddocs.update=true -->\n\n")
                .append("每条规则有固定的编号（JSON、SARIF、JUnit 输出和配置文件中的抑制都用它）、适用的格式版本")
                .append("（G1：2008年《条例》时期，2018年度及以前；G2：国办公开办函〔2019〕60号，2019、2020年度；")
                .append("G3：国办公开办函〔2021〕30号，2021年度起）和默认严重程度（错误 ERROR 使检查不通过；")
                .append("警告 WARNING；提示 INFO）。严重程度可在配置文件中按规则调整，见 [configuration.md](configuration.md)。\n\n")
                .append("Each rule has a stable id, the editions it applies to and a default severity; ")
                .append("the texts are for users, in Chinese.\n");
        Map<String, List<RuleDescriptor>> byFamily = new LinkedHashMap<>();
        for (RuleDescriptor d : rules.catalogue().all()) {
            byFamily.computeIfAbsent(d.family(), k -> new java.util.ArrayList<>()).add(d);
        }
        for (Map.Entry<String, List<RuleDescriptor>> e : byFamily.entrySet()) {
            sb.append("\n## ").append(e.getKey()).append("\n\n")
                    .append("| 编号 | 版本 | 默认严重程度 | 检查内容 | 依据 | 修改建议 |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (RuleDescriptor d : e.getValue()) {
                sb.append("| <a id=\"").append(d.id().toLowerCase(java.util.Locale.ROOT)).append("\"></a>`")
                        .append(d.id()).append("`<br>").append(cell(d.title()))
                        .append(" | ").append(d.editions().isEmpty() ? "—" : String.join("、", d.editions()))
                        .append(" | ").append(d.severity().name()).append("（").append(d.severity().chinese()).append("）")
                        .append(" | ").append(cell(d.description()))
                        .append(" | ").append(cell(d.basis()))
                        .append(" | ").append(cell(d.hint()))
                        .append(" |\n");
            }
        }
        sb.append(proseFigures(Vocabulary.loadBundled(), Templates.loadBundled()));
        return sb.toString();
    }

    /** The vocabulary as a table per edition: the phrase an indicator is recognised by and what it is compared with. */
    static String proseFigures(Vocabulary vocabulary, Templates templates) {
        StringBuilder sb = new StringBuilder("\n## 正文数字与表格的对照 / Prose figures and the cells they are compared with\n\n")
                .append("TEXT-TABLE-MISMATCH 和 TEXT-ACTIVITY-ZERO 只比较能确定所指单元格的数字。正文中的一个数字（阿拉伯数字或汉字数字，")
                .append("后跟件、条、次等单位）按下表从上到下找第一条相符的说法：“数字前”指同一分句中数字前的文字（至多24个字），")
                .append("“数字后”指数字后到分句结束的文字，“同句”指所在句子，“前一数字”指同一句中上一个已识别数字的指标，")
                .append("“句首至数字”指从句首到该数字的文字。找到后与“比较对象”比较：一个单元格，或用“＋”连接的各单元格之和；")
                .append("列出几种时用表中有的第一种。“不比较”的说法是表中没有的另一数量或指代不明，数字不与任何单元格比较。")
                .append("数字前并列写了两个指标的说法（“通过门户网站和政务微信公开338条”“新闻发布会、在线访谈……352次”）时，")
                .append("数字是它们的合计，与哪一个都不比较（并列词见 vocabulary.json 的 listMarkers）。")
                .append("没有相符说法的数字、计划（“将”“下一步”）、增减（“比上年增加2件”）和区间（“50至60件”）也不比较。")
                .append("说法用正则表达式写在 rules/templates/vocabulary.json 中。\n\n")
                .append("A figure is compared only when its wording fits an entry of rules/templates/vocabulary.json (tried in order); ")
                .append("entries marked 不比较 name a different quantity or an open reference and stop the comparison.\n");
        for (EditionTemplate edition : templates.all()) {
            sb.append("\n### ").append(edition.edition()).append("（").append(cell(edition.name())).append("）\n\n")
                    .append("| 指标 | 正文中的说法 | 单位 | 比较对象 |\n|---|---|---|---|\n");
            for (Vocabulary.Entry e : vocabulary.entries()) {
                if (!e.editions().contains(edition.edition())) {
                    continue;
                }
                sb.append("| ").append(cell(e.label())).append("<br>`").append(e.indicator()).append("`")
                        .append(" | ").append(cues(e))
                        .append(" | ").append(String.join("、", e.units()))
                        .append(" | ").append(target(e, edition)).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String cues(Vocabulary.Entry e) {
        List<String> c = new java.util.ArrayList<>();
        add(c, "数字前含", e.pre());
        add(c, "数字后含", e.post());
        add(c, "同句含", e.sentence());
        add(c, "前一数字为", e.after());
        add(c, "句首至数字含", e.lead());
        add(c, "数字前不含", e.notPre());
        add(c, "同句不含", e.notSentence());
        add(c, "句首至数字不含", e.notLead());
        return String.join("；", c);
    }

    private static void add(List<String> out, String what, String regex) {
        if (regex != null) {
            out.add(what + " `" + regex.replace("|", "\\|").replace("`", "'") + "`");
        }
    }

    private static String target(Vocabulary.Entry e, EditionTemplate edition) {
        if (!e.compared()) {
            return "不比较";
        }
        String year = String.join(" 或 ", e.cells().stream().map(a -> alternative(a, edition)).toList());
        if (e.cumulativeCells().isEmpty()) {
            return year;
        }
        return year + "；说“累计”“以来”时：" + String.join(" 或 ", e.cumulativeCells().stream()
                .map(a -> alternative(a, edition)).toList());
    }

    private static String alternative(String alternative, EditionTemplate edition) {
        List<String[]> parts = java.util.Arrays.stream(alternative.split("\\+"))
                .map(r -> reference(r.strip(), edition)).toList();
        boolean oneTable = parts.stream().allMatch(x -> x[0].equals(parts.get(0)[0]));
        boolean oneRow = oneTable && parts.stream().allMatch(x -> x[1].equals(parts.get(0)[1]));
        if (parts.size() > 1 && oneRow) {
            return cell(parts.get(0)[0] + parts.get(0)[1] + "×（"
                    + String.join("＋", parts.stream().map(x -> x[2]).toList()) + "）");
        }
        if (parts.size() > 1 && oneTable) {
            return cell(parts.get(0)[0] + String.join("＋", parts.stream().map(x -> x[1] + "×" + x[2]).toList()));
        }
        return String.join("＋", parts.stream().map(x -> cell(x[0] + x[1] + (x[2].isEmpty() ? "" : "×" + x[2])))
                .toList());
    }

    /**
     * A cell reference as {table, row, column}: "t3/new/biz" → 表“三、…”, 「一、本年新收…」, 商业企业; a row
     * "x.*" is the sum of x's sub-rows.
     */
    private static String[] reference(String ref, EditionTemplate edition) {
        if (ref.contains(":")) {
            String[] p = ref.split(":", 3);
            return new String[] {"", "表中行名符合 `" + p[1] + "`、列名符合 `" + p[2] + "` 的单元格", ""};
        }
        String[] p = ref.split("/");
        TableTemplate table = edition.tables().stream().filter(t -> t.key().equals(p[0])).findFirst().orElse(null);
        if (table == null || p.length != 3) {
            return new String[] {"", "`" + ref + "`", ""};
        }
        boolean subRows = p[1].endsWith(".*");
        String rowKey = subRows ? p[1].substring(0, p[1].length() - 2) : p[1];
        String row;
        List<ColumnTemplate> columns = table.columns();
        int dot = rowKey.indexOf('.');
        BlockTemplate block = dot < 0 ? null : table.blocks().stream()
                .filter(b -> b.key().equals(rowKey.substring(0, dot))).findFirst().orElse(null);
        if (block != null) {
            String r = rowKey.substring(dot + 1);
            row = block.label() + "·" + block.rows().stream().filter(x -> x.key().equals(r)).map(RowTemplate::label)
                    .findFirst().orElse(r);
            columns = block.columns();
        } else {
            row = table.row(rowKey).map(RowTemplate::label).orElse(rowKey);
        }
        String column = columns.stream().filter(c -> c.key().equals(p[2])).map(ColumnTemplate::label).findFirst()
                .orElse(p[2]);
        return new String[] {"表“" + table.name() + "”", "「" + row + "」" + (subRows ? "各分项之和" : ""), column};
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
