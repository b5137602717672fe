package org.disclosurechecker.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.disclosurechecker.facts.FactOptions;
import org.disclosurechecker.facts.extract.FactExtractor;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.model.Document;

/**
 * Fuzz tests of the readers: fuzzed bytes are written to a file of each kind, read through
 * {@link Readers} and the document's facts extracted, as the checker does. A reader may refuse a file
 * only with a {@link ReadException}; any other throwable, a {@link ReadException} that hides our own
 * defect or a stack overflow / out-of-memory error, and an input that takes more than 10 s are
 * findings (see {@link FuzzFindings}).
 *
 * <p>Under {@code ./mvnw verify} each test replays its committed corpus in
 * {@code src/test/resources/org/disclosurechecker/read/ReadersFuzzTestInputs/<test>/} (valid seed
 * files and every input that once failed). To fuzz, see docs/fuzzing.md.
 */
class ReadersFuzzTest {

    /** Fuzzed files are under this size; the checker's own limit is larger (50 MB). */
    static final ReadOptions OPTIONS = new ReadOptions(5L * 1024 * 1024, null);

    private static Path dir;
    private static FactExtractor extractor;

    @BeforeAll
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("reader-fuzz");
        extractor = new FactExtractor(Templates.loadBundled());
        if (FuzzFindings.fuzzing()) {
            // load and instrument the readers' classes now: the fuzzer instruments a class when it is
            // loaded, on the loading thread, and that CPU time made the first .docx seed look like a
            // hang (11.7 s)
            for (String ext : List.of("txt", "html", "docx", "doc", "pdf")) {
                try {
                    readAndExtractNow(Files.readAllBytes(FormatFixtures.file("g1-county-department-2017", ext)), ext);
                } catch (RuntimeException | Error e) {
                    // a finding in a seed shows when the seed is run
                }
            }
        }
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @FuzzTest
    void text(byte[] input) {
        readAndExtract(input, "txt");
    }

    @FuzzTest
    void html(byte[] input) {
        readAndExtract(input, "html");
    }

    @FuzzTest
    void docx(byte[] input) {
        readAndExtract(input, "docx");
    }

    @FuzzTest
    void doc(byte[] input) {
        readAndExtract(input, "doc");
    }

    @FuzzTest
    void pdf(byte[] input) {
        readAndExtract(input, "pdf");
    }

    static void readAndExtract(byte[] input, String extension) {
        FuzzFindings.withinTimeLimit(() -> readAndExtractNow(input, extension));
    }

    private static void readAndExtractNow(byte[] input, String extension) {
        Path file = dir.resolve("input." + extension);
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document doc;
        try {
            doc = Readers.standard().read(file, "input." + extension, OPTIONS);
        } catch (ReadException e) {
            FuzzFindings.checkRefusal(e);
            return;
        }
        extractor.extract(doc, FactOptions.defaults());
    }
}
