package org.disclosurechecker.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.RuleDescriptor;
import org.disclosurechecker.findings.Severity;

/**
 * SARIF 2.1.0 for code-scanning UIs: one run, the rule catalogue as {@code tool.driver.rules}, one
 * result per finding (suppressed ones included, with an external suppression), the report's path as a
 * URI relative to the stated base {@value #BASE_ID} ({@code run.originalUriBaseIds}: the project's
 * basedir in Maven, the current directory in the CLI; never an absolute file URI while the file can be
 * reached from it), whole-document findings anchored at line 1, and our own {@code partialFingerprints}
 * so a finding keeps its identity when lines move.
 */
final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "disclosureChecker/v1";
    static final String BASE_ID = "SRCROOT";

    /**
     * The published address of docs/rules.md (build property {@code disclosure.rulesDoc}, in
     * version.properties), or "" when the build does not name one: then no helpUri is written.
     */
    static final String RULES_DOC = rulesDoc();

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String defaultFileName() {
        return "report.sarif";
    }

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        List<RuleDescriptor> rules = result.rules();
        for (int i = 0; i < rules.size(); i++) {
            index.putIfAbsent(rules.get(i).id(), i);
        }
        try (JsonGenerator g = JsonReporter.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(JsonReporter.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();

            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", JsonReporter.TOOL);
            if (result.toolVersion() != null) {
                g.writeStringField("version", result.toolVersion());
            }
            g.writeArrayFieldStart("rules");
            for (RuleDescriptor d : rules) {
                writeRule(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();

            g.writeStringField("language", "zh-CN");

            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(BASE_ID);
            if (result.baseDir() != null) {
                g.writeStringField("uri", directoryUri(result.baseDir()));
            }
            text(g, "description", "检查的基准目录（Maven 为项目目录 ${basedir}，命令行为当前目录），报告路径相对于它");
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("results");
            for (ReportResult r : result.reports()) {
                for (Finding f : r.findings()) {
                    writeResult(g, r, f, index.get(f.ruleId()), result.baseDir());
                }
            }
            g.writeEndArray();

            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void writeRule(JsonGenerator g, RuleDescriptor d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("name", pascal(d.id()));
        text(g, "shortDescription", d.title() == null || d.title().isBlank() ? d.id() : d.title());
        if (d.description() != null && !d.description().isBlank()) {
            text(g, "fullDescription", d.description());
        }
        String help = help(d.hint(), d.basis());
        if (!help.isEmpty()) {
            text(g, "help", help);
        }
        if (!RULES_DOC.isEmpty()) {
            g.writeStringField("helpUri", helpUri(RULES_DOC, d.id()));
        }
        if (d.severity() != null) {
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(d.severity()));
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        if (d.family() != null) {
            g.writeStringField("family", d.family());
        }
        g.writeArrayFieldStart("editions");
        for (String e : d.editions()) {
            g.writeString(e);
        }
        g.writeEndArray();
        if (d.family() != null) {
            g.writeArrayFieldStart("tags");
            g.writeString(d.family());
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, ReportResult r, Finding f, Integer ruleIndex, Path base)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        if (ruleIndex != null) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(f.severity()));
        String message = f.message() == null || f.message().isBlank() ? f.ruleId() : f.message();
        text(g, "message", f.location().isBlank() ? message : message + "（" + f.location() + "）");

        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        String relative = relativeUri(r.file(), base);
        if (relative != null) {
            g.writeStringField("uri", relative);
            g.writeStringField("uriBaseId", BASE_ID);
        } else {
            g.writeStringField("uri", Texts.uri(r.file())); // another drive than the base: nothing else names it
        }
        g.writeEndObject();
        // a whole-document finding (line 0) is shown at the top of the file
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, f.line()));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();

        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, fingerprint(f.ruleId(), r.file(), f.excerpt()));
        g.writeEndObject();

        if (f.suppressed()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            if (f.justification() != null) {
                g.writeStringField("justification", f.justification());
            }
            g.writeEndObject();
            g.writeEndArray();
        }

        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", f.severity() == null ? null : f.severity().name());
        if (f.line() < 1) {
            g.writeBooleanField("wholeDocument", true);
        }
        optional(g, "location", f.location().isBlank() ? null : f.location());
        optional(g, "section", f.section());
        optional(g, "row", f.row());
        optional(g, "column", f.column());
        optional(g, "expected", f.expected());
        optional(g, "actual", f.actual());
        optional(g, "excerpt", f.excerpt());
        optional(g, "basis", f.basis());
        optional(g, "hint", f.hint());
        g.writeEndObject();

        g.writeEndObject();
    }

    /**
     * SHA-256 (hex) of {@code ruleId|file|excerpt}, the file with '/' separators so that the same
     * finding has the same fingerprint on Windows and elsewhere; a null excerpt counts as empty.
     */
    static String fingerprint(String ruleId, String file, String excerpt) {
        String key = Texts.nz(ruleId) + "|" + Texts.nz(file).replace('\\', '/') + "|" + Texts.nz(excerpt);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The report's path as a URI relative to the base: as shown when it is relative already, else
     * relativized ("../x.txt"); null when it cannot be (another drive).
     */
    static String relativeUri(String file, Path base) {
        String p = Texts.nz(file).replace('\\', '/');
        boolean absolute = p.startsWith("/") || p.matches("[A-Za-z]:/.*");
        if (!absolute) {
            return Texts.uri(p);
        }
        if (base == null) {
            return null;
        }
        if (p.matches("[A-Za-z]:/.*") && (base.getRoot() == null
                || !base.getRoot().toString().regionMatches(true, 0, p, 0, 2))) {
            return null; // another drive (or a Windows path read elsewhere)
        }
        try {
            return Texts.uri(base.relativize(Path.of(file).toAbsolutePath().normalize()).toString());
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return null;
        }
    }

    /** The base directory as an absolute file URI ending in '/', as SARIF wants for a base. */
    static String directoryUri(Path dir) {
        String u = dir.toAbsolutePath().normalize().toUri().toString();
        return u.endsWith("/") ? u : u + "/";
    }

    /** docs/rules.md#sum-mismatch: RuleDocs writes one anchor per rule id, in lower case. */
    static String helpUri(String rulesDoc, String id) {
        return rulesDoc + "#" + Texts.nz(id).toLowerCase(Locale.ROOT);
    }

    private static String rulesDoc() {
        try (InputStream in = SarifReporter.class.getResourceAsStream("/org/disclosurechecker/version.properties")) {
            if (in == null) {
                return "";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("rulesDoc", "").strip();
            return v.startsWith("https://") || v.startsWith("http://") ? v : "";
        } catch (IOException e) {
            return "";
        }
    }

    static String level(Severity s) {
        if (s == null) {
            return "none";
        }
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** SUM-MISMATCH → SumMismatch (SARIF's reportingDescriptor.name is an identifier-like name). */
    static String pascal(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : Texts.nz(id).split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return b.isEmpty() ? Texts.nz(id) : b.toString();
    }

    private static String help(String hint, String basis) {
        StringBuilder b = new StringBuilder();
        if (hint != null && !hint.isBlank()) {
            b.append("修改建议：").append(hint);
        }
        if (basis != null && !basis.isBlank()) {
            b.append(b.isEmpty() ? "" : "\n").append("依据：").append(basis);
        }
        return b.toString();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
