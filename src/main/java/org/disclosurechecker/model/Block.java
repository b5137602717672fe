package org.disclosurechecker.model;

/** A block of a document body: a paragraph (heading candidates included) or a table. */
public sealed interface Block permits Paragraph, Table {

    Location location();

    /** Last line of the block in the extracted text (same as the first for a one-line block). */
    int endLine();
}
