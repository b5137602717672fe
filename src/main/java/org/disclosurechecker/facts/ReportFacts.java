package org.disclosurechecker.facts;

import java.util.List;

/**
 * Everything extracted from one report: the {@link Report} fact, all facts to insert into the rule
 * session (the report included), and the headings (used to name the part a finding is in).
 */
public record ReportFacts(Report report, List<Object> facts, List<Heading> headings) {

    public ReportFacts {
        facts = List.copyOf(facts);
        headings = List.copyOf(headings);
    }

    /** The top-level heading (numbering and title) that a line falls under, or null before the first. */
    public String sectionAt(int line) {
        String current = null;
        for (Heading h : headings) {
            if (h.level() == 1 && h.line() <= line) {
                current = h.numbering() + h.title();
            }
        }
        return current;
    }
}
