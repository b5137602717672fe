package org.disclosurechecker.facts;

/**
 * A paragraph of running text (not a table cell).
 *
 * @param line        where it starts
 * @param text        its text
 * @param sectionKey  the template section it belongs to, or "intro" before the first part, or null
 * @param heading     true when it is a heading
 */
// Facts are never modified once inserted, so property reactivity buys nothing; without it Drools warns
// on every compile about constraints that compare the text with values from other patterns.
@org.kie.api.definition.type.ClassReactive
public record ProseLine(int line, String text, String sectionKey, boolean heading) {
}
