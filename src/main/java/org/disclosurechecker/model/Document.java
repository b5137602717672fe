package org.disclosurechecker.model;

import java.util.List;
import java.util.Map;

/**
 * A report draft as read from one file: the normalised text lines (line numbers are what findings
 * cite), the body as blocks, reader notes and metadata (for HTML: the page's 发布日期).
 *
 * @param source   the path as the user should see it
 * @param format   the format it was read from
 * @param encoding the charset the text was decoded with (or the container's, for .docx/.pdf)
 * @param lines    normalised text, one entry per line; {@code lines.get(0)} is line 1
 * @param blocks   paragraphs and tables in order
 * @param notes    things the reader noticed (encoding fallback, ...)
 * @param metadata reader-specific facts, e.g. {@code publishedDate}
 */
public record Document(String source, SourceFormat format, String encoding, List<String> lines, List<Block> blocks,
                       List<ReadNote> notes, Map<String, String> metadata) {

    public static final String META_PUBLISHED_DATE = "publishedDate";
    public static final String META_TITLE = "title";

    public Document {
        lines = List.copyOf(lines);
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
        metadata = Map.copyOf(metadata);
    }

    /** The text of a 1-based line, or "" when out of range. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
