package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosurechecker.facts.CellStatus;
import org.disclosurechecker.facts.Edition;
import org.disclosurechecker.facts.RequiredTable;
import org.disclosurechecker.facts.TableFact;
import org.disclosurechecker.facts.UnreadTable;
import org.disclosurechecker.facts.template.EditionTemplate;
import org.disclosurechecker.facts.template.TableTemplate;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.model.Block;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.ReadNote;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.Table;

/**
 * Recognises the report's tables among the template tables of all editions (by fingerprint labels),
 * tells which edition the tables are laid out in, maps each onto its template and instantiates the
 * identities. A table that follows a recognised one without a header of its own (a table split by a
 * page break) continues it.
 */
public final class TableExtractor {

    static final double RECOGNISED = 0.5;

    /** What the tables say. */
    public record Result(List<Object> facts, List<TableFact> tables, Edition layoutEdition, int layoutLine,
                         String layoutEvidence) {
    }

    private record Candidate(EditionTemplate edition, TableTemplate table, double score, String evidence) {
    }

    private final Templates templates;

    public TableExtractor(Templates templates) {
        this.templates = templates;
    }

    public Result extract(Document doc, Edition edition, Integer year) {
        List<Table> tables = doc.tables();
        Map<Table, List<Candidate>> candidates = new LinkedHashMap<>();
        for (Table t : tables) {
            candidates.put(t, candidates(t));
        }

        // 1. the edition the tables are laid out in: from the first table only one edition's template fits
        Edition layout = null;
        int layoutLine = 0;
        String layoutEvidence = null;
        for (Map.Entry<Table, List<Candidate>> e : candidates.entrySet()) {
            List<Candidate> cs = e.getValue();
            if (cs.isEmpty()) {
                continue;
            }
            double top = cs.get(0).score();
            long editionsAtTop = cs.stream().filter(c -> c.score() >= top - 1e-9)
                    .map(c -> c.edition().edition()).distinct().count();
            if (editionsAtTop == 1) {
                layout = Edition.valueOf(cs.get(0).edition().edition());
                layoutLine = e.getKey().location().line();
                layoutEvidence = cs.get(0).evidence();
                break;
            }
        }

        // 2. choose a template per table, ties going to the report's edition, then the layout edition
        List<Edition> preference = new ArrayList<>();
        if (edition != null) {
            preference.add(edition);
        }
        if (layout != null && !preference.contains(layout)) {
            preference.add(layout);
        }
        for (Edition e : new Edition[] {Edition.G3, Edition.G2, Edition.G1}) {
            if (!preference.contains(e)) {
                preference.add(e);
            }
        }
        boolean g1Report = preference.get(0) == Edition.G1;

        Map<String, TableTemplate> chosenByKey = new LinkedHashMap<>();
        Map<String, List<Row>> rowsByKey = new HashMap<>();
        Map<String, Table> firstTable = new HashMap<>();
        Map<String, Candidate> chosenCandidate = new HashMap<>();
        Map<String, List<Table>> partsByKey = new HashMap<>();
        String previousKey = null;
        Block previousBlock = null;
        for (Block b : doc.blocks()) {
            if (!(b instanceof Table t)) {
                previousKey = null;
                previousBlock = b;
                continue;
            }
            Candidate c = choose(candidates.get(t), preference);
            if (c == null && g1Report && looksStatistical(t)) {
                c = variantCandidate(t);
            }
            if (c == null && previousKey != null && previousBlock instanceof Table && looksStatistical(t)) {
                rowsByKey.get(previousKey).addAll(t.rows()); // continuation of a table split by a page break
                partsByKey.get(previousKey).add(t);
                previousBlock = b;
                continue;
            }
            previousBlock = b;
            if (c == null) {
                previousKey = null;
                continue;
            }
            String key = c.table().key();
            if (chosenByKey.containsKey(key)) {
                previousKey = null;
                continue; // a second copy of the same table: the first one counts
            }
            chosenByKey.put(key, c.table());
            chosenCandidate.put(key, c);
            rowsByKey.put(key, new ArrayList<>(t.rows()));
            firstTable.put(key, t);
            partsByKey.put(key, new ArrayList<>(List.of(t)));
            previousKey = key;
        }

        List<Object> facts = new ArrayList<>();
        List<TableFact> tableFacts = new ArrayList<>();
        for (Map.Entry<String, TableTemplate> e : chosenByKey.entrySet()) {
            TableTemplate tpl = e.getValue();
            Table t = firstTable.get(e.getKey());
            Candidate c = chosenCandidate.get(e.getKey());
            MappedTable m = TableMapper.map(tpl, t, rowsByKey.get(e.getKey()));
            Severity shape = tpl.shapeSeverity() == null ? Severity.ERROR : Severity.parse(tpl.shapeSeverity());
            String doubt = gridDoubt(doc, partsByKey.get(e.getKey()));
            if (doubt == null && m.confident && !m.expected.isEmpty() && rebuilt(doc, partsByKey.get(e.getKey()))) {
                // a table without borders rebuilt from where its figures stand: a row or column not found
                // may be a label misread, so the table is trusted only when all of it is found
                doubt = "表格没有框线，已按数字的位置重建各栏，但有行或栏未能对应到格式规定的表格";
            }
            TableFact tf = new TableFact(tpl.key(), tpl.name(), Edition.valueOf(c.edition().edition()),
                    t.location().line(), c.evidence(), shape, doubt == null, doubt);
            tableFacts.add(tf);
            facts.add(tf);
            if (readerUnsure(doc, t)) {
                continue; // the reader gave the reading finding; nothing on its cells
            }
            if (doubt != null) {
                // the reader is not sure of the grid (READ-TABLE says why): the rows and columns not found are
                // told once as a warning when the header mapped (TABLE-SHAPE), no cell is held to the template,
                // so a misread cell is never an ERROR
                if (m.confident) {
                    facts.addAll(m.expected);
                }
                continue;
            }
            if (!m.confident) {
                // one reading finding for the table, nothing on its cells
                facts.add(new UnreadTable(tpl.key(), tpl.name(), t.location().line(), m.unreadReason));
                continue;
            }
            facts.addAll(m.expected);
            facts.addAll(m.allCells());
            facts.addAll(new IdentityBuilder(tpl, m).build());
        }
        if (edition != null) {
            templates.edition(edition.name()).ifPresent(et -> facts.addAll(required(et, year)));
        }
        return new Result(facts, tableFacts, layout, layoutLine, layoutEvidence);
    }

    /** The reader said it could not rebuild this table's grid with confidence (a TABLE_UNREAD note inside it). */
    private static boolean readerUnsure(Document doc, Table t) {
        for (ReadNote n : doc.notes()) {
            if (UNREAD_NOTE.equals(n.kind()) && n.line() >= t.location().line() && n.line() <= t.endLine()) {
                return true;
            }
        }
        return false;
    }

    /** The kind of reader note for a table whose grid could not be rebuilt with confidence. */
    public static final String UNREAD_NOTE = "TABLE_UNREAD";

    /**
     * The kind of reader note for a table whose grid was rebuilt, but of which the reader is not sure (a
     * cell holding a label and a figure on lines of their own, text across a border…); its detail says why.
     */
    public static final String DOUBT_NOTE = "TABLE_DOUBT";

    /**
     * The kind of reader note for a table printed without borders whose grid the reader rebuilt from where
     * its figures stand: trusted only when every template row and column is found in it.
     */
    public static final String REBUILT_NOTE = "TABLE_REBUILT";

    private static boolean rebuilt(Document doc, List<Table> parts) {
        for (Table t : parts) {
            for (ReadNote n : doc.notes()) {
                if (REBUILT_NOTE.equals(n.kind()) && n.line() >= t.location().line() && n.line() <= t.endLine()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the reader doubts about the grid of a table (or of a part of it continued after a page break), or null. */
    private static String gridDoubt(Document doc, List<Table> parts) {
        List<String> why = new ArrayList<>();
        for (Table t : parts) {
            for (ReadNote n : doc.notes()) {
                if (DOUBT_NOTE.equals(n.kind()) && n.line() >= t.location().line() && n.line() <= t.endLine()
                        && !why.contains(n.detail())) {
                    why.add(n.detail());
                }
            }
        }
        return why.isEmpty() ? null : String.join("；", why);
    }

    private static List<RequiredTable> required(EditionTemplate et, Integer year) {
        List<RequiredTable> out = new ArrayList<>();
        List<String> variants = et.tables().stream().filter(t -> "variant".equals(t.layout()))
                .map(TableTemplate::key).toList();
        for (TableTemplate t : et.tables()) {
            if (!t.required() || (t.requiredFromYear() != null && (year == null || year < t.requiredFromYear()))) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            keys.add(t.key());
            keys.addAll(variants);
            Severity s = t.missingSeverity() == null ? Severity.ERROR : Severity.parse(t.missingSeverity());
            out.add(new RequiredTable(t.key(), t.name(), s, keys));
        }
        return out;
    }

    private List<Candidate> candidates(Table t) {
        String text = LabelText.loose(allText(t));
        List<Candidate> out = new ArrayList<>();
        for (EditionTemplate et : templates.all()) {
            for (TableTemplate tt : et.tables()) {
                if ("variant".equals(tt.layout()) || tt.fingerprint().isEmpty()) {
                    continue;
                }
                int hits = 0;
                String evidence = null;
                for (String f : tt.fingerprint()) {
                    if (text.contains(LabelText.loose(f))) {
                        hits++;
                        if (evidence == null && distinguishes(f, et, tt.key())) {
                            evidence = f;
                        }
                    }
                }
                double score = (double) hits / tt.fingerprint().size();
                if (score >= RECOGNISED) {
                    out.add(new Candidate(et, tt, score, evidence != null ? evidence : tt.fingerprint().get(0)));
                }
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** A fingerprint label that no other edition's table of the same key has. */
    private boolean distinguishes(String label, EditionTemplate owner, String key) {
        for (EditionTemplate et : templates.all()) {
            if (et == owner) {
                continue;
            }
            for (TableTemplate tt : et.tables()) {
                if (tt.key().equals(key) && tt.fingerprint().contains(label)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Candidate choose(List<Candidate> cs, List<Edition> preference) {
        if (cs.isEmpty()) {
            return null;
        }
        double top = cs.get(0).score();
        Candidate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Candidate c : cs) {
            if (c.score() < top - 1e-9) {
                break;
            }
            int rank = preference.indexOf(Edition.valueOf(c.edition().edition()));
            if (rank < bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return best;
    }

    private Candidate variantCandidate(Table t) {
        EditionTemplate g1 = templates.edition("G1").orElse(null);
        if (g1 == null) {
            return null;
        }
        String text = allText(t);
        for (TableTemplate tt : g1.tables()) {
            if ("variant".equals(tt.layout())) {
                long hits = tt.fingerprint().stream().filter(text::contains).count();
                if (hits * 5 >= tt.fingerprint().size() * 2L) {
                    return new Candidate(g1, tt, (double) hits / tt.fingerprint().size(), tt.fingerprint().get(0));
                }
            }
        }
        return null;
    }

    /** At least three rows carry a number. */
    private static boolean looksStatistical(Table t) {
        int rows = 0;
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                if (CellValues.parse(c.text()).status() == CellStatus.NUMBER) {
                    rows++;
                    break;
                }
            }
        }
        return rows >= 3;
    }

    private static String allText(Table t) {
        StringBuilder sb = new StringBuilder();
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                sb.append(c.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
