package org.disclosurechecker.facts;

/** The file could not be read; {@code message} says why, in Chinese. */
public record ReadFailure(String reason, String message) {
}
