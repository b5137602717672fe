package org.disclosurechecker.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.model.Block;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.Table;

/**
 * The reports of src/test/resources/formats: each as .txt (the plain-text draft) and as .html, .docx,
 * .doc and .pdf made from it by src/test/tools/make-format-fixtures.py with LibreOffice.
 */
final class FormatFixtures {

    static final Path DIR = TestSupport.RESOURCES.resolve("formats");
    static final List<String> FORMATS = List.of("html", "docx", "doc", "pdf");

    private FormatFixtures() {
    }

    static List<String> names() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Path file(String name, String ext) {
        return DIR.resolve(name + "." + ext);
    }

    static Document read(String name, String ext) throws ReadException {
        Path p = file(name, ext);
        return Readers.standard().read(p, p.toString(), ReadOptions.defaults());
    }

    /** A block as text: "P: ..." or "T:" followed by one "| a | b |" line per row. */
    static String render(Block b) {
        if (b instanceof Paragraph p) {
            return "P: " + p.text();
        }
        Table t = (Table) b;
        StringBuilder sb = new StringBuilder("T:");
        for (Row r : t.rows()) {
            sb.append("\n  ").append(r.cells().stream().map(Cell::text).collect(Collectors.joining(" | ", "| ", " |")));
        }
        return sb.toString();
    }

    static List<String> render(Document d) {
        List<String> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            out.add(render(b));
        }
        return out;
    }

    static List<List<List<String>>> tables(Document d) {
        List<List<List<String>>> out = new ArrayList<>();
        for (Table t : d.tables()) {
            List<List<String>> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                rows.add(r.cells().stream().map(Cell::text).toList());
            }
            out.add(rows);
        }
        return out;
    }

    /** Rule id → number of findings. */
    static Map<String, Long> ruleCounts(ReportResult r) {
        return r.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    }

    /** A unified-ish diff of two block renderings, for failure messages. */
    static String diff(List<String> expected, List<String> actual) {
        StringBuilder sb = new StringBuilder();
        int n = Math.max(expected.size(), actual.size());
        int shown = 0;
        for (int i = 0; i < n && shown < 8; i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            if (!e.equals(a)) {
                sb.append("\n#").append(i).append(" expected:\n").append(e).append("\n#").append(i).append(" actual:\n")
                        .append(a);
                shown++;
            }
        }
        return sb.toString();
    }
}
