package org.disclosurechecker.facts.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.disclosurechecker.facts.FactOptions;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.SourceFormat;
import org.disclosurechecker.read.FuzzFindings;
import org.disclosurechecker.read.ReadException;
import org.disclosurechecker.read.TextReader;

/**
 * Fuzz test of fact extraction: fuzzed text (UTF-8) is parsed into a document as a plain-text draft
 * and all its facts derived, with and without a forced year. Nothing may throw and no input may take
 * more than 10 s. The corpus (replayed by {@code ./mvnw verify}) is in
 * {@code src/test/resources/org/disclosurechecker/facts/extract/FactExtractorFuzzTestInputs/facts/}.
 */
class FactExtractorFuzzTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor(Templates.loadBundled());

    @FuzzTest
    void facts(byte[] input) {
        FuzzFindings.withinTimeLimit(() -> extract(input));
    }

    private static void extract(byte[] input) {
        Document doc;
        try {
            doc = TextReader.fromText(new String(input, StandardCharsets.UTF_8), "input.txt", SourceFormat.TEXT,
                    "UTF-8", List.of(), Map.of());
        } catch (ReadException e) {
            FuzzFindings.checkRefusal(e);
            return;
        }
        EXTRACTOR.extract(doc, FactOptions.defaults());
        EXTRACTOR.extract(doc, new FactOptions(2025, null, null));
    }
}
