package org.disclosurechecker.rules;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Entry point for DRL consequences: {@code finding(drools).line($c.line()).message("…").emit();}.
 * The rule id is the rule's {@code @id} metadata, so a rule cannot report under another rule's id.
 */
public final class Emit {

    private Emit() {
    }

    public static FindingBuilder finding(RuleContext drools) {
        Object id = drools.getRule().getMetaData().get("id");
        if (id == null) {
            throw new IllegalStateException("DRL rule \"" + drools.getRule().getName() + "\" has no @id metadata");
        }
        return new FindingBuilder(drools, id.toString());
    }
}
