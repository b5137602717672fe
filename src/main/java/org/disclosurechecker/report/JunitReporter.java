package org.disclosurechecker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.RuleDescriptor;
import org.disclosurechecker.findings.Severity;

/**
 * JUnit XML for CI test views: a {@code <testsuite>} per report, a {@code <testcase>} per catalogue
 * rule (classname = report, name = rule id). A rule's unsuppressed findings at or above the run's
 * threshold make its test case fail, listed one per line ({@code line: message}); its other findings
 * (below the threshold, or suppressed) go to the test case's {@code <system-out>}, a suppressed one
 * with its justification. A rule that does not apply to the report's known edition and found nothing is
 * skipped; so is a rule whose findings at or above the threshold are all suppressed, with
 * {@code message="已豁免：justification"}, so a CI view shows it apart from a rule that passed. A clean report is a suite of
 * passing test cases. Characters XML 1.0 forbids are dropped from all report text.
 */
final class JunitReporter implements Reporter {

    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String defaultFileName() {
        return "TEST-disclosure.xml";
    }

    /** One test case of one suite. */
    private record Case(String ruleId, RuleDescriptor rule, List<Finding> failures, List<Finding> others,
                        boolean notApplicable) {

        /** The suppressed findings that would have failed this case, when nothing else fails it. */
        List<Finding> suppressedFailures(Severity failOn) {
            return !failures.isEmpty() ? List.of() : others.stream()
                    .filter(f -> f.suppressed() && f.severity() != null && f.severity().atLeast(failOn)).toList();
        }

        boolean skipped(Severity failOn) {
            return notApplicable || !suppressedFailures(failOn).isEmpty();
        }
    }

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        Severity failOn = result.failOn() == null ? Severity.ERROR : result.failOn();
        List<List<Case>> suites = new ArrayList<>();
        for (ReportResult r : result.reports()) {
            suites.add(cases(result.rules(), r, failOn));
        }
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", JsonReporter.TOOL);
            counts(w, suites.stream().flatMap(List::stream).toList(), failOn);
            for (int i = 0; i < suites.size(); i++) {
                writeSuite(w, result.reports().get(i), suites.get(i), failOn);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush(); // no close(): an implementation may close the caller's stream with it
        } catch (XMLStreamException e) {
            throw new IOException("写入 JUnit XML 失败：" + e.getMessage(), e);
        }
        out.flush();
    }

    /** The catalogue's rules in order, then any rule id found in the report but missing from it. */
    private static List<Case> cases(List<RuleDescriptor> rules, ReportResult r, Severity failOn) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        List<Case> cases = new ArrayList<>();
        for (RuleDescriptor d : rules) {
            List<Finding> found = byRule.remove(d.id());
            boolean notApplicable = r.edition() != null && !d.editions().isEmpty()
                    && !d.editions().contains(r.edition());
            cases.add(make(d.id(), d, found, failOn, notApplicable && found == null));
        }
        byRule.forEach((id, found) -> cases.add(make(id, null, found, failOn, false)));
        return cases;
    }

    private static Case make(String id, RuleDescriptor d, List<Finding> found, Severity failOn, boolean skipped) {
        List<Finding> failures = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        if (found != null) {
            for (Finding f : found) {
                if (!f.suppressed() && f.severity() != null && f.severity().atLeast(failOn)) {
                    failures.add(f);
                } else {
                    others.add(f);
                }
            }
        }
        return new Case(id, d, failures, others, skipped);
    }

    private static void counts(XMLStreamWriter w, List<Case> cases, Severity failOn) throws XMLStreamException {
        w.writeAttribute("tests", Integer.toString(cases.size()));
        w.writeAttribute("failures", Long.toString(cases.stream().filter(c -> !c.failures().isEmpty()).count()));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", Long.toString(cases.stream().filter(c -> c.skipped(failOn)).count()));
    }

    private static void writeSuite(XMLStreamWriter w, ReportResult r, List<Case> cases, Severity failOn)
            throws XMLStreamException {
        String file = attr(r.file());
        w.writeCharacters("\n  ");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", file);
        counts(w, cases, failOn);

        w.writeCharacters("\n    ");
        w.writeStartElement("properties");
        property(w, "status", r.status());
        property(w, "organ", r.organ());
        property(w, "year", r.year() == null ? null : r.year().toString());
        property(w, "edition", r.edition());
        property(w, "failOn", failOn.name());
        w.writeCharacters("\n    ");
        w.writeEndElement();

        for (Case c : cases) {
            w.writeCharacters("\n    ");
            w.writeStartElement("testcase");
            w.writeAttribute("classname", file);
            w.writeAttribute("name", attr(c.ruleId()));
            if (!c.failures().isEmpty()) {
                Finding first = c.failures().get(0);
                Severity worst = c.failures().stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
                String message = Texts.nz(first.message())
                        + (c.failures().size() > 1 ? "（共 " + c.failures().size() + " 处）" : "");
                w.writeCharacters("\n      ");
                w.writeStartElement("failure");
                w.writeAttribute("message", attr(message));
                w.writeAttribute("type", worst.name());
                StringBuilder text = new StringBuilder();
                for (Finding f : c.failures()) {
                    text.append(f.line()).append(": ").append(Texts.line(f.message()));
                    if (!f.location().isBlank()) {
                        text.append(" （").append(Texts.line(f.location())).append('）');
                    }
                    text.append('\n');
                }
                w.writeCharacters(Texts.xml(text.toString()));
                w.writeEndElement();
            }
            List<Finding> suppressed = c.suppressedFailures(failOn);
            if (c.notApplicable() || !suppressed.isEmpty()) {
                w.writeCharacters("\n      ");
                w.writeEmptyElement("skipped");
                w.writeAttribute("message", attr(c.notApplicable() ? "该规则不适用于 " + r.edition() + " 格式版本的报告"
                        : "已豁免：" + String.join("；", suppressed.stream().map(f -> Texts.nz(f.justification()))
                                .distinct().toList())));
            }
            if (!c.others().isEmpty()) {
                StringBuilder text = new StringBuilder();
                for (Finding f : c.others()) {
                    text.append(f.line()).append(": [")
                            .append(f.suppressed() ? "已豁免" : f.severity() == null ? "" : f.severity().chinese())
                            .append("] ").append(Texts.line(f.message()));
                    if (!f.location().isBlank()) {
                        text.append(" （").append(Texts.line(f.location())).append('）');
                    }
                    if (f.suppressed()) {
                        text.append("（理由：").append(Texts.line(f.justification())).append('）');
                    }
                    text.append('\n');
                }
                w.writeCharacters("\n      ");
                w.writeStartElement("system-out");
                w.writeCharacters(Texts.xml(text.toString()));
                w.writeEndElement();
            }
            if (!c.failures().isEmpty() || c.skipped(failOn) || !c.others().isEmpty()) {
                w.writeCharacters("\n    ");
            }
            w.writeEndElement();
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value != null) {
            w.writeCharacters("\n      ");
            w.writeEmptyElement("property");
            w.writeAttribute("name", name);
            w.writeAttribute("value", attr(value));
        }
    }

    /** Attribute text: one line (parsers turn line breaks in attributes into spaces anyway), XML-safe. */
    private static String attr(String s) {
        return Texts.xml(Texts.line(s));
    }
}
