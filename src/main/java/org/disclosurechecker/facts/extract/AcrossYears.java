package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;

import org.disclosurechecker.facts.Heading;
import org.disclosurechecker.facts.PreviousReport;
import org.disclosurechecker.facts.PriorCell;
import org.disclosurechecker.facts.ProseSimilarity;
import org.disclosurechecker.facts.RecycledParagraph;
import org.disclosurechecker.facts.ReportFacts;
import org.disclosurechecker.facts.TableCell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;

/**
 * Facts that relate this year's report to last year's: last year's table cells, how much of this
 * year's body repeats last year's, and the body paragraphs last year's report already had (the intro,
 * which is boilerplate by design, and short lines are left out).
 *
 * <p>"How much repeats" is the share of this year's body text (by characters) in sentences that last
 * year's body has too, with years and numbers masked and up to a tenth of the characters differing.
 * A measure over shared words (cosine of character n-grams) does not separate a report written anew
 * from a copied one: two reports of one organ share most of their vocabulary and scored 0.84 while
 * sharing no sentence at all.
 */
public final class AcrossYears {

    static final int MIN_PARAGRAPH = 40;
    /** Sentences shorter than this ("具体情况如下：") are template wording, not drafting. */
    static final int MIN_SENTENCE = 12;

    private AcrossYears() {
    }

    public static List<Object> facts(Document now, ReportFacts nowFacts, Document before, ReportFacts beforeFacts,
                                     double threshold) {
        List<Object> out = new ArrayList<>();
        var r = beforeFacts.report();
        out.add(new PreviousReport(before.source(), r.year(), r.edition(), r.organ()));
        for (Object f : beforeFacts.facts()) {
            if (f instanceof TableCell c) {
                out.add(new PriorCell(c.tableKey(), c.rowKey(), c.rowLabel(), c.columnKey(), c.columnLabel(),
                        c.amount(), c.line()));
            }
        }
        List<Paragraph> bodyNow = body(now, nowFacts);
        List<Paragraph> bodyBefore = body(before, beforeFacts);
        out.add(new ProseSimilarity(similarity(bodyNow, bodyBefore), threshold));

        Map<String, Paragraph> previous = new HashMap<>();
        for (Paragraph p : bodyBefore) {
            if (p.text().length() >= MIN_PARAGRAPH) {
                previous.putIfAbsent(masked(p.text()), p);
            }
        }
        for (Paragraph p : bodyNow) {
            if (p.text().length() < MIN_PARAGRAPH) {
                continue;
            }
            Paragraph old = previous.get(masked(p.text()));
            if (old != null) {
                out.add(new RecycledParagraph(p.location().line(), old.location().line(),
                        !old.text().equals(p.text()), p.text()));
            }
        }
        return out;
    }

    /** Paragraphs after the first top-level heading, headings excluded. */
    private static List<Paragraph> body(Document doc, ReportFacts facts) {
        int first = facts.headings().stream().filter(h -> h.level() == 1).mapToInt(Heading::line).findFirst().orElse(0);
        List<Integer> headingLines = facts.headings().stream().map(Heading::line).toList();
        return doc.paragraphs().stream()
                .filter(p -> p.location().line() > first && !headingLines.contains(p.location().line())).toList();
    }

    /** Years become YYYY, other numbers #: what is left is the wording. */
    static String masked(String text) {
        return text.replaceAll("\\s+", "").replaceAll("(19|20)\\d{2}", "YYYY").replaceAll("\\d+(\\.\\d+)?", "#")
                .replaceAll("[〇零一二三四五六七八九十]{4}年", "YYYY年");
    }

    static double similarity(List<Paragraph> now, List<Paragraph> before) {
        List<String> mine = sentences(now);
        List<String> theirs = sentences(before);
        if (mine.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        java.util.Set<String> exact = new java.util.HashSet<>(theirs);
        long total = 0;
        long reused = 0;
        for (String s : mine) {
            total += s.length();
            if (exact.contains(s) || nearlyIn(s, theirs)) {
                reused += s.length();
            }
        }
        return total == 0 ? 0 : (double) reused / total;
    }

    private static boolean nearlyIn(String s, List<String> candidates) {
        int allowed = s.length() / 10;
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        for (String c : candidates) {
            if (Math.abs(c.length() - s.length()) <= allowed && distance.apply(s, c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Masked sentences of the body, long enough to be drafting rather than template wording. */
    private static List<String> sentences(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (String s : masked(p.text()).split("[。；！？]")) {
                if (s.length() >= MIN_SENTENCE) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
