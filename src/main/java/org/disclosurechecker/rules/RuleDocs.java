package org.disclosurechecker.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosurechecker.findings.RuleDescriptor;

/**
 * Renders the rule catalogue as Markdown (docs/rules.md): per family, each rule's id, editions,
 * default severity, what it checks, its basis and how to fix, and where its DRL rules are. A test keeps
 * the committed file in step with the catalogue.
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
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
