package org.disclosurechecker.model;

/** One table cell: its visible text (continuation lines joined) and where it starts. */
public record Cell(String text, Location location) {

    public boolean isEmpty() {
        return text.isBlank();
    }
}
