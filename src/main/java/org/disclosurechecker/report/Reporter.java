package org.disclosurechecker.report;

import java.io.IOException;
import java.io.OutputStream;

import org.disclosurechecker.findings.CheckResult;

/**
 * Writes a {@link CheckResult} in one output format. Implementations are stateless and thread-safe.
 */
public interface Reporter {

    /** The format name used on the command line and in the Maven goal: console, json, sarif, junit, html. */
    String name();

    /** The file name used when the format is written into an output directory; null for console. */
    String defaultFileName();

    /**
     * Writes the result to {@code out} in UTF-8. Flushes {@code out} but never closes it (it may be
     * standard output).
     */
    void write(CheckResult result, OutputStream out) throws IOException;
}
