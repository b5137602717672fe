package org.disclosurechecker.model;

/** The file formats a report may come in. */
public enum SourceFormat {
    TEXT, DOCX, DOC, HTML, PDF
}
