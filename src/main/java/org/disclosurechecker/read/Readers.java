package org.disclosurechecker.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.disclosurechecker.model.Document;

/** The registry of readers, chosen by file extension. */
public final class Readers {

    private final Map<String, DocumentReader> byExtension = new LinkedHashMap<>();

    public Readers(List<DocumentReader> readers) {
        for (DocumentReader r : readers) {
            for (String ext : r.extensions()) {
                byExtension.put(ext, r);
            }
        }
    }

    /** All readers this build supports. */
    public static Readers standard() {
        return new Readers(List.of(new TextReader(), new DocxReader(), new DocReader(), new HtmlReader(), new PdfReader()));
    }

    public Set<String> extensions() {
        return byExtension.keySet();
    }

    public Optional<DocumentReader> forFile(Path file) {
        return Optional.ofNullable(byExtension.get(extension(file)));
    }

    public boolean supports(Path file) {
        return byExtension.containsKey(extension(file));
    }

    public Document read(Path file, String displayPath, ReadOptions options) throws ReadException {
        DocumentReader reader = forFile(file).orElseThrow(() -> new ReadException("unsupported",
                "不支持的文件类型：" + file.getFileName() + "（支持 " + String.join("、", extensions()) + "）"));
        return reader.read(file, displayPath, options);
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
