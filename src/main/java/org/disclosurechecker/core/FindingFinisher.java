package org.disclosurechecker.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disclosurechecker.config.Settings;
import org.disclosurechecker.config.Suppression;
import org.disclosurechecker.facts.ReportFacts;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.RuleDescriptor;
import org.disclosurechecker.model.Block;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.Table;
import org.disclosurechecker.rules.Catalogue;

/**
 * Completes the findings the rules produced: severity from the catalogue unless the rule or the
 * configuration sets one, basis and hint from the catalogue, the excerpt from the source line, the
 * part of the report and the place in a structured file; marks suppressed ones; sorts them.
 */
final class FindingFinisher {

    static final int EXCERPT_MAX = 120;
    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.row() == null ? "" : f.row())
            .thenComparing(f -> f.column() == null ? "" : f.column())
            .thenComparing(Finding::message);

    private final Catalogue catalogue;
    private final Settings settings;

    FindingFinisher(Catalogue catalogue, Settings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    List<Finding> finish(List<Finding> raw, String file, Document doc, ReportFacts facts) {
        Map<Integer, String> locators = doc == null ? Map.of() : locators(doc);
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            RuleDescriptor d = catalogue.get(f.ruleId()).orElseThrow();
            Finding g = f;
            if (g.severity() == null) {
                g = g.withSeverity(d.severity());
            }
            g = settings.severityOf(g.ruleId()).map(g::withSeverity).orElse(g);
            g = g.withCatalogue(d.basis(), d.hint());
            if (g.excerpt() == null && doc != null && g.line() > 0) {
                g = g.withExcerpt(excerpt(doc.line(g.line())));
            }
            if (g.section() == null && facts != null && g.line() > 0) {
                String section = facts.sectionAt(g.line());
                if (section != null) {
                    g = new Finding(g.ruleId(), g.severity(), g.line(), g.location(), section, g.row(), g.column(),
                            g.message(), g.expected(), g.actual(), g.excerpt(), g.basis(), g.hint(), g.suppressed(),
                            g.justification());
                }
            }
            if (g.location().isEmpty() && g.line() > 0) {
                String loc = locators.get(g.line());
                if (loc != null) {
                    g = g.withLocation(loc);
                }
            }
            for (Suppression s : settings.suppressions()) {
                if (s.matches(file, g)) {
                    g = g.suppress(s.justification());
                    break;
                }
            }
            out.add(g);
        }
        out.sort(ORDER);
        return out;
    }

    static String excerpt(String line) {
        String t = line.replace('\t', ' ').strip();
        return t.length() <= EXCERPT_MAX ? t : t.substring(0, EXCERPT_MAX) + "……";
    }

    /** Line → the reader's locator of the block or cell on that line (empty for plain text). */
    private static Map<Integer, String> locators(Document doc) {
        Map<Integer, String> map = new TreeMap<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p && !p.location().locator().isEmpty()) {
                map.put(p.location().line(), p.location().locator());
            } else if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    for (Cell c : r.cells()) {
                        if (!c.location().locator().isEmpty()) {
                            map.putIfAbsent(c.location().line(), c.location().locator());
                        }
                    }
                }
            }
        }
        return map;
    }
}
