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

    /**
     * The same for the precompiled (executable model) rulebase, whose consequences see {@code drools}
     * as the model's {@link org.drools.model.Drools}; Drools' implementation of it is the rule context too.
     */
    public static FindingBuilder finding(org.drools.model.Drools drools) {
        if (drools instanceof RuleContext context) {
            return finding(context);
        }
        throw new IllegalStateException("the executable model's Drools (" + drools.getClass().getName()
                + ") is not a RuleContext: this Drools version is not supported");
    }
}
