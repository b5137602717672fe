package org.disclosurechecker.report;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.findings.UnitRollup;

/**
 * The JSON report of DESIGN.md ("JSON report", a contract). Beyond the contract fields it adds, in
 * {@code summary}: {@code suppressed}, {@code failOn}, {@code maxAllowedViolations}, {@code violations}
 * and {@code status} (PASS/FAIL of the run; {@code passed} stays the number of passing reports); in
 * each finding: {@code location} and {@code justification}; in each report: {@code role} ("report", or
 * "units" for the entry of the unit list that carries REPORT-MISSING, which the summary's report counts
 * leave out) and {@code previous} (last year's report the across-year rules used); with a unit list, a
 * top-level {@code units} roll-up. Absent values are written as null.
 */
final class JsonReporter implements Reporter {

    static final String TOOL = "disclosure-checker";

    /** Shared, thread-safe; never closes the caller's stream. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /**
     * Two-space indents, "\n" line ends on every platform (the file is the same wherever it is
     * written), {@code "key": value}.
     */
    static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String defaultFileName() {
        return "report.json";
    }

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();

            g.writeObjectFieldStart("tool");
            g.writeStringField("name", TOOL);
            g.writeStringField("version", result.toolVersion());
            g.writeEndObject();

            g.writeObjectFieldStart("summary");
            g.writeNumberField("reports", result.reportCount());
            g.writeNumberField("passed", result.passedReports());
            g.writeNumberField("failed", result.failedReports());
            g.writeNumberField("errors", result.count(Severity.ERROR));
            g.writeNumberField("warnings", result.count(Severity.WARNING));
            g.writeNumberField("infos", result.count(Severity.INFO));
            g.writeNumberField("suppressed", result.suppressedCount());
            g.writeStringField("failOn", result.failOn() == null ? null : result.failOn().name());
            g.writeNumberField("maxAllowedViolations", result.maxAllowedViolations());
            g.writeNumberField("violations", result.violations());
            g.writeStringField("status", result.passed() ? "PASS" : "FAIL");
            g.writeEndObject();

            g.writeArrayFieldStart("reports");
            for (ReportResult r : result.reports()) {
                writeReport(g, r, result.isUnitList(r) ? "units" : "report");
            }
            g.writeEndArray();

            g.writeArrayFieldStart("skipped");
            for (String f : result.skippedFiles()) {
                g.writeString(f);
            }
            g.writeEndArray();

            if (result.units() != null) {
                writeUnits(g, result);
            }

            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * {@code "units": {file, year, submitted, missing, duplicate, list: [{name, kind, line, status, reports,
     * otherYears, passed, errors, warnings, infos}], unlisted: [file…]}}; REPORT-MISSING findings are in the
     * {@code reports} entry whose file is the unit list.
     */
    private static void writeUnits(JsonGenerator g, CheckResult result) throws IOException {
        UnitRollup u = result.units();
        g.writeObjectFieldStart("units");
        g.writeStringField("file", u.file());
        if (u.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", u.year());
        }
        g.writeNumberField("total", u.units().size());
        g.writeNumberField("submitted", u.count(UnitRollup.SUBMITTED));
        g.writeNumberField("missing", u.count(UnitRollup.MISSING));
        g.writeNumberField("duplicate", u.count(UnitRollup.DUPLICATE));
        g.writeArrayFieldStart("list");
        for (UnitRollup.Unit x : u.units()) {
            g.writeStartObject();
            g.writeStringField("name", x.name());
            g.writeStringField("kind", x.kind());
            g.writeNumberField("line", x.line());
            g.writeStringField("status", x.status());
            g.writeArrayFieldStart("reports");
            for (String f : x.reports()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("otherYears");
            for (String f : x.otherYears()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeBooleanField("passed", Texts.unitPassed(result, x));
            g.writeNumberField("errors", Texts.unitCount(result, x, Severity.ERROR));
            g.writeNumberField("warnings", Texts.unitCount(result, x, Severity.WARNING));
            g.writeNumberField("infos", Texts.unitCount(result, x, Severity.INFO));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unlisted");
        for (String f : u.unlisted()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeReport(JsonGenerator g, ReportResult r, String role) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("role", role);
        g.writeStringField("status", r.status());
        g.writeStringField("edition", r.edition());
        if (r.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", r.year());
        }
        g.writeStringField("organ", r.organ());
        g.writeStringField("previous", r.previous());
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeStringField("severity", f.severity() == null ? null : f.severity().name());
            g.writeNumberField("line", f.line());
            g.writeStringField("location", f.location());
            g.writeStringField("section", f.section());
            g.writeStringField("row", f.row());
            g.writeStringField("column", f.column());
            g.writeStringField("message", f.message());
            g.writeStringField("expected", f.expected());
            g.writeStringField("actual", f.actual());
            g.writeStringField("excerpt", f.excerpt());
            g.writeStringField("basis", f.basis());
            g.writeStringField("hint", f.hint());
            g.writeBooleanField("suppressed", f.suppressed());
            g.writeStringField("justification", f.justification());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
