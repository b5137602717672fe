package org.disclosurechecker.core;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.disclosurechecker.config.UnitList;
import org.disclosurechecker.facts.OrganKind;
import org.disclosurechecker.facts.Report;
import org.disclosurechecker.facts.UnitDuplicate;
import org.disclosurechecker.facts.UnitMissing;
import org.disclosurechecker.facts.UnitUnlisted;
import org.disclosurechecker.facts.extract.FactExtractor;
import org.disclosurechecker.findings.UnitRollup;

/**
 * Matches the run's reports to the supervisor's unit list and derives the unit facts the rules in
 * {@code rules/units.drl} report on. Precision first: a report belongs to a unit when the list's file
 * glob names it, or the organ in its title (else its 落款) is the unit's name — written the same once
 * spaces and bracket widths are ignored, or differing only in the short forms 县政府/县人民政府 and
 * 街道办/街道办事处, or a government's report signed by its 办公室 (县人民政府办公室 for 县人民政府)
 * when the 办公室 is not on the list itself. Anything looser (a name inside another name) is not a
 * match: a report is rather listed as unlisted than counted for the wrong unit.
 */
final class UnitMatcher {

    /** What the matcher needs of one checked file. */
    record Entry(String display, Report report, boolean readable) {
    }

    record Outcome(Map<Integer, List<Object>> reportFacts, List<UnitMissing> missing, UnitRollup rollup) {
    }

    private UnitMatcher() {
    }

    static Outcome match(UnitList list, String listDisplay, List<Entry> entries, Integer forcedYear) {
        List<UnitList.Unit> units = list.units();
        Integer year = forcedYear;
        if (year == null) {
            year = entries.stream().map(e -> e.report() == null ? null : e.report().year()).filter(Objects::nonNull)
                    .max(Integer::compare).orElse(null);
        }
        Map<Integer, List<Object>> facts = new LinkedHashMap<>();
        Map<UnitList.Unit, List<Integer>> ofYear = new LinkedHashMap<>();
        Map<UnitList.Unit, List<Integer>> otherYear = new LinkedHashMap<>();
        units.forEach(u -> {
            ofYear.put(u, new ArrayList<>());
            otherYear.put(u, new ArrayList<>());
        });
        List<String> unlisted = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            UnitList.Unit u = unitOf(units, e);
            if (u == null) {
                if (e.readable()) {
                    unlisted.add(e.display());
                    Report r = e.report();
                    String organ = r == null ? null : titleOrSigning(r);
                    facts.computeIfAbsent(i, k -> new ArrayList<>())
                            .add(new UnitUnlisted(organ, r == null ? 0 : r.titleLine(), listDisplay));
                }
                continue;
            }
            Integer y = e.report() == null ? null : e.report().year();
            if (y == null || year == null || y.equals(year)) {
                ofYear.get(u).add(i);
            } else {
                otherYear.get(u).add(i);
            }
        }
        List<UnitMissing> missing = new ArrayList<>();
        List<UnitRollup.Unit> rolled = new ArrayList<>();
        for (UnitList.Unit u : units) {
            List<Integer> mine = ofYear.get(u);
            List<String> others = otherYear.get(u).stream().map(i -> entries.get(i).display()).toList();
            String status;
            if (mine.isEmpty()) {
                status = UnitRollup.MISSING;
                String earlier = String.join("、", otherYear.get(u).stream()
                        .map(i -> entries.get(i).display() + "（" + entries.get(i).report().year() + "年度）").toList());
                missing.add(new UnitMissing(u.name(), u.line(), year, earlier));
            } else if (mine.size() > 1) {
                status = UnitRollup.DUPLICATE;
                for (int i : mine) {
                    String rest = String.join("、", mine.stream().filter(j -> j != i)
                            .map(j -> entries.get(j).display()).toList());
                    Report r = entries.get(i).report();
                    facts.computeIfAbsent(i, k -> new ArrayList<>()).add(new UnitDuplicate(u.name(),
                            r == null || r.year() == null ? year : r.year(), rest, r == null ? 0 : r.titleLine()));
                }
            } else {
                status = UnitRollup.SUBMITTED;
            }
            rolled.add(new UnitRollup.Unit(u.name(), u.kind(), u.line(), status,
                    mine.stream().map(i -> entries.get(i).display()).toList(), others));
        }
        return new Outcome(facts, missing, new UnitRollup(listDisplay, year, rolled, unlisted));
    }

    private static String titleOrSigning(Report r) {
        String t = FactExtractor.titleOrgan(r.title());
        return t != null ? t : r.organ();
    }

    /** The unit a file belongs to, or null (also when two units would fit equally). */
    static UnitList.Unit unitOf(List<UnitList.Unit> units, Entry e) {
        List<UnitList.Unit> byFile = units.stream().filter(u -> u.files() != null && globMatches(u.files(), e.display()))
                .toList();
        if (byFile.size() == 1) {
            return byFile.get(0);
        }
        if (byFile.size() > 1 || e.report() == null) {
            return null;
        }
        String title = FactExtractor.titleOrgan(e.report().title());
        String signing = e.report().organ();
        UnitList.Unit u = title == null ? null : byName(units, title, false);
        return u != null || signing == null ? u : byName(units, signing, true);
    }

    /** @param signed the name is the 落款 (which may be the government's office), not the title */
    static UnitList.Unit byName(List<UnitList.Unit> units, String organ, boolean signed) {
        String n = canonical(organ);
        UnitList.Unit u = unique(units.stream().filter(x -> canonical(x.name()).equals(n)).toList());
        if (u != null || !signed) {
            return u;
        }
        // a people's government's report signed by its general office
        for (String office : new String[]{"办公室", "办"}) {
            if (n.endsWith("人民政府" + office)) {
                String gov = n.substring(0, n.length() - office.length());
                return unique(units.stream().filter(x -> canonical(x.name()).equals(gov) && isGovernment(x)).toList());
            }
        }
        return null;
    }

    private static boolean isGovernment(UnitList.Unit u) {
        if (u.kind() != null) {
            return u.kind().equals("government") || u.kind().equals("township");
        }
        return FactExtractor.organKind(u.name()).isPeoplesGovernment()
                || FactExtractor.organKind(u.name()) == OrganKind.GOVERNMENT;
    }

    private static UnitList.Unit unique(List<UnitList.Unit> l) {
        return l.size() == 1 ? l.get(0) : null;
    }

    /** Spaces and bracket widths ignored; 县政府 → 县人民政府, 街道办 → 街道办事处. */
    static String canonical(String name) {
        String s = name.replaceAll("\\s+", "").replace('(', '（').replace(')', '）');
        if (s.endsWith("政府") && !s.endsWith("人民政府")) {
            s = s.substring(0, s.length() - 2) + "人民政府";
        } else if (s.endsWith("政府办公室") && !s.endsWith("人民政府办公室")) {
            s = s.substring(0, s.length() - 5) + "人民政府办公室";
        }
        if (s.endsWith("街道办")) {
            s = s + "事处";
        }
        return s;
    }

    private static boolean globMatches(String glob, String display) {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path p = Path.of(display);
        return m.matches(p) || (p.getFileName() != null && m.matches(p.getFileName()));
    }
}
