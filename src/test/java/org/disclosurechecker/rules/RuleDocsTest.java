package org.disclosurechecker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.RuleDescriptor;

/** docs/rules.md is generated from the catalogue and must be current (-Ddocs.update=true rewrites it). */
class RuleDocsTest {

    static final Path DOC = Path.of("docs/rules.md");

    @Test
    void rulesDocIsCurrent() throws IOException {
        String generated = RuleDocs.markdown(TestSupport.checker().rules());
        if (Boolean.getBoolean("docs.update")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), "docs/rules.md is missing: run ./mvnw test -Dtest=RuleDocsTest -Ddocs.update=true");
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/rules.md is stale: run ./mvnw test -Dtest=RuleDocsTest -Ddocs.update=true");
    }

    @Test
    void everyRuleHasARow() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (RuleDescriptor d : TestSupport.checker().rules().catalogue().all()) {
            assertTrue(doc.contains("></a>`" + d.id() + "`<br>"), d.id());
        }
    }
}
