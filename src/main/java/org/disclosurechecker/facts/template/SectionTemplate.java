package org.disclosurechecker.facts.template;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A required part of the report: its exact title (G2/G3) or description (G1), keywords that
 * recognise its heading, and for G1 a pattern that shows it is covered in the text without a heading.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SectionTemplate(String key, String title, List<String> keywords, String contentPattern,
                              TableFallback tableFallback, String missingSeverity) {

    public SectionTemplate {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** When a part is only evidenced by a table row, the finding is milder. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TableFallback(String table, String row, String severity) {
    }
}
