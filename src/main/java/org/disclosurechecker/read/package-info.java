/**
 * Stage <b>read</b>: one reader per file format turns a file into a {@link org.disclosurechecker.model.Document}.
 * Encoding detection and character normalisation happen here, once. May use the model package only.
 * Readers never write to the files they read; a file that cannot be read raises {@link ReadException}
 * with a message for the user, never a bare runtime exception.
 *
 * <p>Formats: plain text ({@link TextReader}), Word .docx ({@link DocxReader}, POI XWPF) and .doc
 * ({@link DocReader}, POI HWPF), web pages ({@link HtmlReader}, jsoup) and PDF ({@link PdfReader},
 * PDFBox). The structured readers give the document the shape the plain-text reader gives the same
 * report flattened out of Word ({@code FlatDocumentBuilder}): the same blocks and table rows, the
 * extracted text as lines, and a locator per block, row and cell (第N段, 表N 第R行 第C列, 第N页), so the
 * fact extractors and rules need not know the format.
 */
package org.disclosurechecker.read;
