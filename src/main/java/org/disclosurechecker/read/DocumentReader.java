package org.disclosurechecker.read;

import java.nio.file.Path;
import java.util.Set;

import org.disclosurechecker.model.Document;

/** Reads one file format into the format-neutral {@link Document}. Implementations are stateless. */
public interface DocumentReader {

    /** Lower-case file extensions this reader handles, without the dot. */
    Set<String> extensions();

    /**
     * @param file        the file to read (never modified)
     * @param displayPath how the file is named in findings
     */
    Document read(Path file, String displayPath, ReadOptions options) throws ReadException;
}
