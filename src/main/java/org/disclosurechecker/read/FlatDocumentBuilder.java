package org.disclosurechecker.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosurechecker.model.Block;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.Location;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.ReadNote;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.SourceFormat;
import org.disclosurechecker.model.Table;

/**
 * Builds the {@link Document} of a structured file (.docx, .doc, .html, .pdf) in exactly the shape the
 * plain-text reader gives for the same report flattened out of Word, so that every fact extractor and
 * rule works unchanged:
 * <ul>
 * <li>{@code lines} is the flattened text: each paragraph one line; each table cell a line
 * {@code "\t" + text}; a blank line between rows and around tables;</li>
 * <li>a table row lists its cells left to right, a horizontally merged cell once, a cell covered by a
 * vertical merge (or rowspan) as one empty cell; the reader passes rows in that shape;</li>
 * <li>tables with nothing but empty paragraphs between them are one table (as the flattened text reads
 * them); a table with a single non-empty cell in its only row is a paragraph; an empty table vanishes;</li>
 * <li>every block, row and cell carries the line where it stands in {@code lines} and a locator a person
 * can find in the original ("第12段", "表2 第4行 第3列", "第3页").</li>
 * </ul>
 * Text is normalised with {@link TextNormalizer}; tabs inside text become spaces (a tab means "cell").
 */
final class FlatDocumentBuilder {

    /** One row as read from the source: cell texts in the flattened shape and the row's locator. */
    record SourceRow(List<String> cells, String locator) {
    }

    private final List<String> lines = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    /** The rows of the table being built (texts cleaned), kept open until a paragraph ends it. */
    private List<SourceRow> openRows;
    private String openLocator;
    /** Index of a doubted (or rebuilt) table's first row among the open rows → the note's kind and detail. */
    private final Map<Integer, String[]> openDoubts = new java.util.TreeMap<>();
    private final List<ReadNote> notes = new ArrayList<>();

    /** Same as TableExtractor.DOUBT_NOTE (the facts stage reads it; the reader does not depend on it). */
    static final String DOUBT_NOTE = "TABLE_DOUBT";

    /**
     * Adds a paragraph. Line breaks inside it (a soft line break in Word, {@code <br>} in HTML) make
     * separate lines, as they do in the flattened text. Blank paragraphs are skipped.
     */
    void paragraph(String text, String locator, boolean headingHint) {
        for (String part : text.split("\n", -1)) {
            String t = clean(part);
            if (t.isEmpty()) {
                continue;
            }
            closeTable();
            addParagraph(t, locator, headingHint);
        }
    }

    private void addParagraph(String t, String locator, boolean headingHint) {
        lines.add(t);
        int line = lines.size();
        blocks.add(new Paragraph(t, new Location(line, locator), line, headingHint));
    }

    /**
     * Adds a table (rows already in the flattened shape). A table that follows another with only blank
     * paragraphs between continues it.
     *
     * @param locator the table's own locator ("表2"), used for the table block when it opens one
     */
    void table(List<SourceRow> rows, String locator) {
        table(rows, locator, null);
    }

    /**
     * Adds a table whose grid the reader rebuilt but is not sure of: {@code doubt} (a Chinese phrase, or
     * null) becomes a {@code TABLE_DOUBT} note at its first row, which the facts stage reads.
     */
    void table(List<SourceRow> rows, String locator, String doubt) {
        table(rows, locator, doubt, DOUBT_NOTE);
    }

    /** Adds a table with a note of {@code kind} (the detail {@code doubt}) at its first row. */
    void table(List<SourceRow> rows, String locator, String doubt, String kind) {
        if (openRows == null) {
            openRows = new ArrayList<>();
            openLocator = locator;
        }
        if ((doubt != null || !DOUBT_NOTE.equals(kind)) && !rows.isEmpty()) {
            openDoubts.put(openRows.size(), new String[] {kind, doubt == null ? "" : doubt});
        }
        for (SourceRow r : rows) {
            if (!r.cells().isEmpty()) {
                openRows.add(new SourceRow(r.cells().stream().map(FlatDocumentBuilder::clean).toList(), r.locator()));
            }
        }
    }

    private static String cellLocator(String rowLocator, int column) {
        return rowLocator + " 第" + (column + 1) + "列";
    }

    private void closeTable() {
        if (openRows == null) {
            return;
        }
        List<SourceRow> rows = openRows;
        openRows = null;
        Map<Integer, String[]> doubts = new java.util.TreeMap<>(openDoubts);
        openDoubts.clear();
        int nonEmpty = 0;
        String only = null;
        String onlyLocator = null;
        for (SourceRow r : rows) {
            for (int c = 0; c < r.cells().size(); c++) {
                if (!r.cells().get(c).isEmpty()) {
                    nonEmpty++;
                    only = r.cells().get(c);
                    onlyLocator = cellLocator(r.locator(), c);
                }
            }
        }
        if (nonEmpty == 0) {
            return; // an empty table (or only empty rows) says nothing
        }
        if (nonEmpty == 1 && rows.size() == 1) {
            addParagraph(only, onlyLocator, false); // a framed line of text reads as a paragraph
            return;
        }
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
        int start = lines.size() + 1;
        List<Row> built = new ArrayList<>();
        for (SourceRow r : rows) {
            if (!built.isEmpty()) {
                lines.add("");
            }
            String[] doubt = doubts.get(built.size());
            if (doubt != null) {
                notes.add(new ReadNote(doubt[0], doubt[1], lines.size() + 1));
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < r.cells().size(); c++) {
                lines.add("\t" + r.cells().get(c));
                cells.add(new Cell(r.cells().get(c), new Location(lines.size(), cellLocator(r.locator(), c))));
            }
            built.add(new Row(cells, new Location(cells.get(0).location().line(), r.locator())));
        }
        blocks.add(new Table(built, new Location(start, openLocator), lines.size()));
        lines.add("");
    }

    /** Number of blocks so far (tests and readers use it to number things). */
    int size() {
        return blocks.size();
    }

    Document build(String source, SourceFormat format, String encoding, List<ReadNote> notes,
                   Map<String, String> metadata) throws ReadException {
        closeTable();
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (blocks.isEmpty()) {
            throw new ReadException("empty", "文件中没有文字内容，没有可检查的内容。");
        }
        if (!TextNormalizer.anyHan(lines)) {
            throw new ReadException("no-chinese",
                    "文件中没有任何汉字：可能不是年报，或文字无法正确提取。请确认文件内容。");
        }
        List<ReadNote> all = new ArrayList<>(notes);
        all.addAll(this.notes);
        return new Document(source, format, encoding, lines, blocks, all, metadata);
    }

    private static final java.util.regex.Pattern LONE_FIGURE = java.util.regex.Pattern.compile("\\s*\\d+(?:\\.\\d+)?\\s*");

    /**
     * What the reader doubts about a cell whose lines ({@code raw}, one per paragraph or line break) hold two
     * figures or more on lines of their own ("3" over "5"): joined into the cell's one line they read as one
     * figure ("35"), yet the page may show two values, so the table's figures cannot be trusted. Null when
     * the cell has at most one such line.
     */
    static String stackedFigures(String raw, String where) {
        if (raw.indexOf('\n') < 0) {
            return null;
        }
        List<String> figures = new ArrayList<>();
        for (String line : raw.split("\n")) {
            if (LONE_FIGURE.matcher(line).matches()) {
                figures.add(line.strip());
            }
        }
        return figures.size() < 2 ? null
                : where + "有一格分行写着" + figures.size() + "个数字（" + String.join("、", figures) + "），是一个数还是几个数无法确定";
    }

    /** Normalised, one line, no tabs, trimmed. */
    static String clean(String s) {
        String t = TextNormalizer.normalize(s);
        if (t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            t = t.replace('\t', ' ').replace("\r", "").replace("\n", "");
        }
        return t.strip();
    }
}
