package org.disclosurechecker.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.ReadNote;
import org.disclosurechecker.model.SourceFormat;

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
        return new Document(displayPath, format, encoding, lines, FlattenedTextParser.parse(lines),
                new ArrayList<>(notes), metadata);
    }
}
