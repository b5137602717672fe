package org.disclosurechecker.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.disclosurechecker.model.Block;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.ReadNote;
import org.disclosurechecker.model.SourceFormat;
import org.disclosurechecker.model.Table;

/** Reads plain-text drafts (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030). */
public final class TextReader implements DocumentReader {

    public static final String NOTE_ENCODING_FALLBACK = "ENCODING_FALLBACK";

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public Document read(Path file, String displayPath, ReadOptions options) throws ReadException {
        byte[] bytes = FileBytes.read(file, options);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, options.encoding());
        return fromText(decoded.text(), displayPath, SourceFormat.TEXT, decoded.charset().name(),
                decoded.fallback() ? List.of(new ReadNote(NOTE_ENCODING_FALLBACK,
                        "文件不是 UTF-8 编码，已按 " + decoded.charset().name() + " 解码", 1)) : List.of(),
                Map.of());
    }

    public static final String NOTE_TABLE_SPACES = "TABLE_SPACES";

    /**
     * Three or more rows of a label and figures separated by spaces ("一、本年新收… 49 6 0 0 3 1 59")
     * that the parser could not assemble into a table: a table copied without its cell boundaries
     * (from a PDF, say) in a shape it does not recognise.
     */
    static Optional<ReadNote> spaceSeparatedRows(List<String> lines, List<Block> blocks) {
        BitSet inTable = new BitSet();
        for (Block b : blocks) {
            if (b instanceof Table t) {
                inTable.set(t.location().line(), t.endLine() + 1);
            }
        }
        int first = 0;
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = inTable.get(i + 1) ? null : FlattenedTextParser.spacedCells(lines.get(i));
            if (cells != null && cells.size() >= 4) {
                count++;
                if (first == 0) {
                    first = i + 1;
                }
            }
        }
        return count < 3 ? Optional.empty() : Optional.of(new ReadNote(NOTE_TABLE_SPACES,
                "从第" + first + "行起有" + count + "行像是单元格以空格分隔的表格行（例如从PDF复制），未能按单元格识别为表格："
                        + "请提供Word原件，或让每个单元格单独一行、以制表符分隔。", first));
    }

    /** Builds a document from already decoded text (used by readers that extract text first). */
    public static Document fromText(String text, String displayPath, SourceFormat format, String encoding,
                                    List<ReadNote> notes, Map<String, String> metadata) throws ReadException {
        List<String> lines = TextNormalizer.lines(text);
        if (lines.stream().allMatch(String::isBlank)) {
            throw new ReadException("empty", "文件中没有文字内容（只有空白），没有可检查的内容。");
        }
        if (!TextNormalizer.anyHan(lines)) {
            throw new ReadException("no-chinese",
                    "文件中没有任何汉字：可能不是年报，或编码识别错误。请确认文件内容并另存为 UTF-8 后再检查。");
        }
        List<ReadNote> all = new ArrayList<>(notes);
        List<Block> blocks = FlattenedTextParser.parse(lines);
        spaceSeparatedRows(lines, blocks).ifPresent(all::add);
        return new Document(displayPath, format, encoding, lines, blocks, all, metadata);
    }
}
