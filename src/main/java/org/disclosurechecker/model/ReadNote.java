package org.disclosurechecker.model;

/**
 * Something a reader noticed while reading that a rule may want to report, such as an encoding
 * fallback. {@code kind} is a stable key ({@code ENCODING_FALLBACK}, ...), {@code detail} a Chinese phrase.
 */
public record ReadNote(String kind, String detail, int line) {
}
