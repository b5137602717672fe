package org.disclosurechecker.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The build step fails loudly, naming file, line and rule, when a bundled rule does not compile to the
 * executable model, and refuses what that model would compile wrongly without an error.
 */
class RuleBasePrecompilerTest {

    private static final String HEAD = """
            package rules;
            import org.disclosurechecker.facts.*;
            import static org.disclosurechecker.rules.Emit.finding;
            """;

    @Test
    void theReservedWordUnitInAConditionIsRefused() {
        Map<String, String> drl = Map.of("rules/x.drl", HEAD + """
                rule "ok: unit in a message and a comment is fine"
                    @id("A")
                when
                    // the unit of the cell
                    $c : TableCell(expectedUnit == "unit")
                then
                    finding(drools).line(0).message("unit").emit();
                end

                rule "bad"
                    @id("B")
                when
                    $c : TableCell(status == CellStatus.NUMBER, "元" == this.unit())
                then
                end
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleBasePrecompiler.lint(drl));
        assertTrue(e.getMessage().contains("rules/x.drl:16: 'unit'"), e.getMessage());
        assertTrue(!e.getMessage().contains("x.drl:8") && !e.getMessage().contains("x.drl:11"), e.getMessage());
    }

    @Test
    void aRuleThatDoesNotCompileFailsTheBuildNamingFileAndLine() {
        Map<String, String> drl = new LinkedHashMap<>();
        drl.put("rules/good.drl", HEAD + """
                rule "fine" @id("A") when Report(year != null) then end
                """);
        drl.put("rules/broken.drl", HEAD + """
                rule "no such property"
                    @id("B")
                when
                    Report(noSuchProperty == 1)
                then
                end
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleBasePrecompiler.build(drl));
        assertTrue(e.getMessage().startsWith("[rulebase] the bundled DRL does not compile"), e.getMessage());
        assertTrue(e.getMessage().contains("rules/broken.drl:"), e.getMessage());
        assertTrue(!e.getMessage().contains("rules/good.drl"), e.getMessage());
    }
}
