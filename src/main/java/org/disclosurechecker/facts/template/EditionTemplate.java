package org.disclosurechecker.facts.template;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One format edition (G1, G2, G3): what its reports must contain. {@code headingVariants}: spellings a
 * fixed heading may use without changing its wording (written → template form, e.g. 其它 → 其他, 的 → ""),
 * so that such a heading is a variant of the title rather than a different title.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EditionTemplate(String edition, String name, String basis, Integer fromYear, Integer toYear,
                              boolean fixedHeadings, List<SectionTemplate> sections,
                              Map<String, DeadlineTemplate> deadlines, List<TableTemplate> tables,
                              Map<String, String> headingVariants) {

    public EditionTemplate {
        headingVariants = headingVariants == null ? Map.of() : Map.copyOf(headingVariants);
        sections = sections == null ? List.of() : List.copyOf(sections);
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public boolean covers(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }
}
