package org.disclosurechecker.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

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

    /**
     * All readers this build supports. The Word, HTML and PDF readers are made on first use, so a run over
     * plain-text drafts never loads POI, jsoup or PDFBox (a short run pays for every class it loads).
     */
    public static Readers standard() {
        return new Readers(List.of(new TextReader(),
                new Lazy(Set.of("docx"), () -> new DocxReader()),
                new Lazy(Set.of("doc"), () -> new DocReader()),
                new Lazy(Set.of("html", "htm"), () -> new HtmlReader()),
                new Lazy(Set.of("pdf"), () -> new PdfReader())));
    }

    /**
     * A reader made when the first file of its kind is read. The lambdas above name the reader classes only
     * in their bodies: a method reference (DocxReader::new) would load the class, and with it part of POI.
     */
    static final class Lazy implements DocumentReader {
        private final Set<String> extensions;
        private final Supplier<DocumentReader> make;
        private volatile DocumentReader reader;

        Lazy(Set<String> extensions, Supplier<DocumentReader> make) {
            this.extensions = extensions;
            this.make = make;
        }

        @Override
        public Set<String> extensions() {
            return extensions;
        }

        @Override
        public Document read(Path file, String displayPath, ReadOptions options) throws ReadException {
            return reader().read(file, displayPath, options);
        }

        boolean made() {
            return reader != null;
        }

        DocumentReader reader() {
            DocumentReader r = reader;
            if (r == null) {
                synchronized (this) {
                    r = reader;
                    if (r == null) {
                        r = make.get();
                        reader = r;
                    }
                }
            }
            return r;
        }
    }

    public Set<String> extensions() {
        return byExtension.keySet();
    }

    /** The registered readers, one entry per extension. */
    Map<String, DocumentReader> byExtension() {
        return byExtension;
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
