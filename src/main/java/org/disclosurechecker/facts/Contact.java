package org.disclosurechecker.facts;

/** One contact item found in the report; {@code wellFormed} is false when its format is wrong. */
public record Contact(ContactKind kind, String value, boolean wellFormed, String problem, int line) {
}
