package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.Heading;
import org.disclosurechecker.facts.Section;
import org.disclosurechecker.facts.TableCell;
import org.disclosurechecker.facts.template.EditionTemplate;
import org.disclosurechecker.facts.template.SectionTemplate;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.model.Paragraph;

/**
 * Matches the top-level headings to the edition's required parts. G2/G3: each heading to the fixed
 * title it resembles most (exact wording recorded separately). G1: a part is covered by the first
 * top-level heading holding one of its keywords, else by text that clearly reports it, else (fees)
 * by the statistics table's row.
 */
final class SectionMatcher {

    static final double TITLE_MATCH = 0.6;

    /** The sections and, per top-level heading index, the section key it stands for. */
    record Result(List<Section> sections, Map<Integer, String> keyByHeading) {
    }

    private final EditionTemplate edition;

    SectionMatcher(EditionTemplate edition) {
        this.edition = edition;
    }

    Result match(List<Heading> headings, List<Paragraph> paragraphs, List<TableCell> cells) {
        List<Heading> tops = headings.stream().filter(h -> h.level() == 1).toList();
        Map<String, Heading> byKey = new HashMap<>();
        Map<Integer, String> keyByHeading = new HashMap<>();
        for (Heading h : tops) {
            SectionTemplate best = null;
            double bestScore = 0;
            for (SectionTemplate s : edition.sections()) {
                if (byKey.containsKey(s.key())) {
                    continue;
                }
                double score = score(h, s);
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            double threshold = edition.fixedHeadings() ? TITLE_MATCH : 1.0;
            if (best != null && bestScore >= threshold) {
                byKey.put(best.key(), h);
                keyByHeading.put(h.index(), best.key());
            }
        }

        List<Section> out = new ArrayList<>();
        List<String> orderOfKeys = tops.stream().map(h -> keyByHeading.get(h.index())).filter(k -> k != null).toList();
        for (int i = 0; i < edition.sections().size(); i++) {
            SectionTemplate s = edition.sections().get(i);
            Severity missing = s.missingSeverity() == null ? Severity.ERROR : Severity.parse(s.missingSeverity());
            Heading h = byKey.get(s.key());
            if (h != null) {
                String written = h.numbering() + h.title();
                boolean exact = LabelText.compact(written).equals(LabelText.compact(s.title()));
                boolean variant = !exact && withoutVariants(LabelText.compact(written))
                        .equals(withoutVariants(LabelText.compact(s.title())));
                out.add(new Section(s.key(), s.title(), i, true, "heading", written, h.line(), exact,
                        orderOfKeys.indexOf(s.key()), missing, variant));
                continue;
            }
            int contentLine = contentLine(s, paragraphs);
            if (contentLine > 0) {
                out.add(new Section(s.key(), s.title(), i, true, "content", null, contentLine, false, -1, missing, false));
                continue;
            }
            if (s.tableFallback() != null && tableHasRow(s.tableFallback(), cells)) {
                out.add(new Section(s.key(), s.title(), i, false, "table", null, 0, false, -1,
                        Severity.parse(s.tableFallback().severity()), false));
                continue;
            }
            out.add(new Section(s.key(), s.title(), i, false, "none", null, 0, false, -1, missing, false));
        }
        return new Result(out, keyByHeading);
    }

    /** The heading with the edition's variant spellings replaced by the template's (其它 → 其他, 的 dropped). */
    private String withoutVariants(String heading) {
        String s = heading;
        for (Map.Entry<String, String> v : edition.headingVariants().entrySet()) {
            s = s.replace(v.getKey(), v.getValue());
        }
        return s;
    }

    /** G2/G3: similarity to the fixed title, or a keyword; G1: 1.0 when a keyword occurs, else 0. */
    private double score(Heading h, SectionTemplate s) {
        boolean keyword = s.keywords().stream().anyMatch(k -> LabelText.containsLoosely(h.title(), k));
        if (!edition.fixedHeadings()) {
            return keyword ? 1.0 : 0.0;
        }
        double sim = LabelText.similarity(LabelText.core(h.title()), LabelText.core(s.title()));
        return keyword ? Math.max(sim, TITLE_MATCH) : sim;
    }

    private static int contentLine(SectionTemplate s, List<Paragraph> paragraphs) {
        if (s.contentPattern() == null) {
            return 0;
        }
        Pattern p = Pattern.compile(s.contentPattern());
        for (Paragraph para : paragraphs) {
            if (p.matcher(para.text()).find()) {
                return para.location().line();
            }
        }
        return 0;
    }

    private static boolean tableHasRow(SectionTemplate.TableFallback fb, List<TableCell> cells) {
        return cells.stream().anyMatch(c -> c.tableKey().equals(fb.table()) && c.rowKey().equals(fb.row()));
    }
}
