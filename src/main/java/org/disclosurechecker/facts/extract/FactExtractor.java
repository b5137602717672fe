package org.disclosurechecker.facts.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.DateMention;
import org.disclosurechecker.facts.Deadline;
import org.disclosurechecker.facts.Edition;
import org.disclosurechecker.facts.FactOptions;
import org.disclosurechecker.facts.Heading;
import org.disclosurechecker.facts.OrganKind;
import org.disclosurechecker.facts.ProseLine;
import org.disclosurechecker.facts.Report;
import org.disclosurechecker.facts.ReportFacts;
import org.disclosurechecker.facts.TableCell;
import org.disclosurechecker.facts.YearMention;
import org.disclosurechecker.facts.template.DeadlineTemplate;
import org.disclosurechecker.facts.template.EditionTemplate;
import org.disclosurechecker.facts.template.SectionTemplate;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.facts.template.Accountability;
import org.disclosurechecker.facts.template.Vocabulary;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;

/**
 * Derives all facts of one report: headings, title and organ, dates and period, year and edition,
 * tables and identities, sections, declared parts, contacts, deadline, prose lines. Stateless after
 * construction; one instance serves a whole run.
 */
public final class FactExtractor {

    private static final Pattern TABLE_YEAR = Pattern.compile("^[（(]\\s*(\\d{4})\\s*年度?\\s*[)）]$");
    private static final Pattern INTRO_YEAR = Pattern.compile("(\\d{4})\\s*年度?政府信息公开(工作)?年度报告");

    private final Templates templates;
    private final Vocabulary vocabulary;
    private static final Accountability ACCOUNTABILITY = Accountability.loadBundled();
    private final List<SectionTemplate> allSections;

    public FactExtractor(Templates templates) {
        this(templates, Vocabulary.loadBundled());
    }

    public FactExtractor(Templates templates, Vocabulary vocabulary) {
        this.templates = templates;
        this.vocabulary = vocabulary;
        List<SectionTemplate> all = new ArrayList<>();
        templates.all().forEach(e -> all.addAll(e.sections()));
        this.allSections = List.copyOf(all);
    }

    public ReportFacts extract(Document doc, FactOptions options) {
        List<Paragraph> paragraphs = doc.paragraphs();
        List<Heading> headings = new HeadingExtractor(allSections).extract(paragraphs);
        int firstTop = headings.stream().filter(h -> h.level() == 1).mapToInt(Heading::line).findFirst().orElse(0);

        TitleExtractor.Title title = new TitleExtractor().extract(paragraphs, firstTop);
        DateExtractor.Result dates = new DateExtractor().extract(paragraphs, firstTop,
                doc.metadata().get(Document.META_PUBLISHED_DATE));

        List<YearMention> years = yearMentions(doc, title, dates, firstTop);
        Integer year = options.year();
        String yearSource = "参数";
        if (year == null && !years.isEmpty()) {
            year = years.get(0).year();
            yearSource = years.get(0).source();
        }
        Edition edition = options.edition() != null ? options.edition() : year == null ? null : Edition.forYear(year);

        TableExtractor.Result tables = new TableExtractor(templates).extract(doc, edition, year);
        Edition effective = edition != null ? edition : tables.layoutEdition();
        List<TableCell> cells = tables.facts().stream().filter(TableCell.class::isInstance).map(TableCell.class::cast)
                .toList();
        for (Object f : tables.facts()) {
            if (f instanceof org.disclosurechecker.facts.TableFact tf) {
                for (var row : doc.tables()) {
                    if (row.location().line() == tf.line()) {
                        addTableYear(row, years);
                    }
                }
            }
        }

        List<Object> facts = new ArrayList<>();
        facts.addAll(headings);
        facts.addAll(years);
        facts.addAll(dates.dates());
        if (dates.period() != null) {
            facts.add(dates.period());
        }
        facts.addAll(tables.facts());
        facts.addAll(new ContactExtractor().extract(paragraphs));
        facts.addAll(new AccountabilityExtractor(ACCOUNTABILITY).extract(paragraphs));

        Map<Integer, String> sectionByHeading = Map.of();
        EditionTemplate et = effective == null ? null : templates.edition(effective.name()).orElse(null);
        if (et != null) {
            List<Paragraph> body = paragraphs.stream().filter(p -> firstTop > 0 && p.location().line() > firstTop)
                    .toList();
            SectionMatcher.Result sections = new SectionMatcher(et).match(headings, body, cells);
            facts.addAll(sections.sections());
            sectionByHeading = sections.keyByHeading();
            if (year != null) {
                Deadline d = deadline(et, year, kindOf(dates, title), options.townshipDeadline());
                if (d != null) {
                    facts.add(d);
                }
            }
        }
        List<Paragraph> intro = paragraphs.stream()
                .filter(p -> firstTop == 0 || p.location().line() < firstTop).toList();
        new DeclaredPartsExtractor(vocabulary.declaredParts()).extract(intro, headings, !doc.tables().isEmpty()).ifPresent(facts::add);

        List<Paragraph> afterTitle = paragraphs.stream().filter(p -> p.location().line() > title.endLine()).toList();
        facts.addAll(new ProseFigureExtractor(vocabulary).extract(afterTitle, effective, cells));

        List<ProseLine> prose = proseLines(paragraphs, headings, sectionByHeading);
        facts.addAll(prose);

        String organ = dates.signingOrgan() != null ? dates.signingOrgan() : title.organ();
        facts.addAll(new OrganMentionExtractor().extract(paragraphs, title.organ() != null ? title.organ() : organ,
                dates.signingOrgan(), dates.signingOrganLine()));
        StringBuilder full = new StringBuilder();
        paragraphs.forEach(p -> full.append(p.text()).append('\n'));
        Report report = new Report(doc.source(), year, year == null ? null : yearSource, effective,
                tables.layoutEdition(), tables.layoutLine(), tables.layoutEvidence(), title.text(), title.line(),
                organ, title.organ() != null, kindOf(dates, title), full.toString(), doc.lines().size());
        facts.add(0, report);
        return new ReportFacts(report, facts, headings);
    }

    /** The organ a report title names ("桐溪县教育局2025年政府信息公开…" → "桐溪县教育局"), or null. */
    public static String titleOrgan(String title) {
        return title == null || title.isBlank() ? null : TitleExtractor.organFromTitle(title);
    }

    /** The kind of organ a name denotes (人民政府, 乡镇, 街道, 部门), UNKNOWN when the name does not say. */
    public static OrganKind organKind(String name) {
        return TitleExtractor.kindOf(name);
    }

    /**
     * The kind of the organ the report is of: the title names it; the 落款 may be the office that drafted
     * and published it (a county government's report signed by 县人民政府办公室), which must not turn a
     * government's deadline (3月31日) into a department's (1月31日).
     */
    private static OrganKind kindOf(DateExtractor.Result dates, TitleExtractor.Title title) {
        OrganKind k = TitleExtractor.kindOf(title.organ());
        if (k == OrganKind.UNKNOWN) {
            k = TitleExtractor.kindOf(dates.signingOrgan());
        }
        return k;
    }

    private static List<YearMention> yearMentions(Document doc, TitleExtractor.Title title, DateExtractor.Result dates,
                                                  int firstTop) {
        List<YearMention> out = new ArrayList<>();
        Integer ty = TitleExtractor.yearOf(title.text());
        if (ty != null) {
            out.add(new YearMention("标题", ty, title.line(), title.text()));
        }
        if (dates.period() != null) {
            LocalDate d = dates.period().start() != null ? dates.period().start() : dates.period().end();
            out.add(new YearMention("统计期限", d.getYear(), dates.period().line(), dates.period().text()));
        }
        for (Paragraph p : doc.paragraphs()) {
            Matcher m = TABLE_YEAR.matcher(p.text().strip());
            if (m.matches()) {
                out.add(new YearMention("表头", Integer.parseInt(m.group(1)), p.location().line(), p.text().strip()));
            }
            if (firstTop == 0 || p.location().line() < firstTop) {
                if (p.location().line() >= title.line() && p.location().line() <= title.endLine()) {
                    continue;
                }
                Matcher im = INTRO_YEAR.matcher(p.text());
                if (im.find()) {
                    out.add(new YearMention("引言", Integer.parseInt(im.group(1)), p.location().line(), im.group()));
                }
            }
        }
        return out;
    }

    private static void addTableYear(org.disclosurechecker.model.Table t, List<YearMention> years) {
        if (t.rows().isEmpty()) {
            return;
        }
        for (var c : t.rows().get(0).cells()) {
            Matcher m = TABLE_YEAR.matcher(c.text().strip());
            if (m.matches()) {
                years.add(new YearMention("表头", Integer.parseInt(m.group(1)), c.location().line(), c.text().strip()));
            }
        }
    }

    private static Deadline deadline(EditionTemplate et, int year, OrganKind kind, MonthDay townshipOverride) {
        Map<String, DeadlineTemplate> map = et.deadlines();
        DeadlineTemplate d = map.get("ANY");
        if (d == null) {
            d = kind == OrganKind.UNKNOWN ? map.get("GOVERNMENT") : map.get(kind.name());
        }
        if (d == null) {
            return null;
        }
        MonthDay md = MonthDay.parse("--" + d.monthDay());
        if (d.configurable() && townshipOverride != null) {
            md = townshipOverride;
        }
        return new Deadline(md.atYear(year + 1), Severity.parse(d.severity()), d.who(), d.basis());
    }

    private static List<ProseLine> proseLines(List<Paragraph> paragraphs, List<Heading> headings,
                                              Map<Integer, String> sectionByHeading) {
        List<ProseLine> out = new ArrayList<>();
        Set<Integer> headingLines = new LinkedHashSet<>();
        headings.forEach(h -> headingLines.add(h.line()));
        List<Heading> tops = headings.stream().filter(h -> h.level() == 1).toList();
        int t = -1;
        for (Paragraph p : paragraphs) {
            int line = p.location().line();
            while (t + 1 < tops.size() && tops.get(t + 1).line() <= line) {
                t++;
            }
            String key = t < 0 ? "intro" : sectionByHeading.get(tops.get(t).index());
            out.add(new ProseLine(line, p.text(), key, headingLines.contains(line)));
        }
        return out;
    }
}
