package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry makes the Word, HTML and PDF readers only when a file of their kind is read. */
class ReadersTest {

    @Test
    void theLazyEntriesClaimTheExtensionsOfTheirReaders() {
        Set<String> own = new TreeSet<>();
        for (DocumentReader r : List.of(new TextReader(), new DocxReader(), new DocReader(), new HtmlReader(),
                new PdfReader())) {
            own.addAll(r.extensions());
        }
        Readers standard = Readers.standard();
        assertEquals(own, new TreeSet<>(standard.extensions()));
        for (Map.Entry<String, DocumentReader> e : standard.byExtension().entrySet()) {
            DocumentReader r = e.getValue() instanceof Readers.Lazy lazy ? lazy.reader() : e.getValue();
            assertTrue(r.extensions().contains(e.getKey()), e.getKey() + " → " + r.getClass().getSimpleName());
        }
    }

    @Test
    void aTextDraftMakesNoOtherReader(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("a.txt");
        Files.writeString(txt, "某某县人民政府2024年政府信息公开工作年度报告\n", StandardCharsets.UTF_8);
        Readers standard = Readers.standard();
        standard.read(txt, "a.txt", ReadOptions.defaults());
        for (String ext : List.of("docx", "doc", "html", "htm", "pdf")) {
            Readers.Lazy lazy = assertInstanceOf(Readers.Lazy.class, standard.byExtension().get(ext));
            assertFalse(lazy.made(), ext);
        }
        Path html = dir.resolve("b.html");
        Files.writeString(html, "<html><body><p>正文</p></body></html>", StandardCharsets.UTF_8);
        standard.read(html, "b.html", ReadOptions.defaults());
        assertTrue(((Readers.Lazy) standard.byExtension().get("html")).made());
        assertFalse(((Readers.Lazy) standard.byExtension().get("pdf")).made());
    }
}
