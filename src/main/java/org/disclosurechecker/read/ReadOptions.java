package org.disclosurechecker.read;

import java.nio.charset.Charset;

/**
 * Options for readers.
 *
 * @param maxFileBytes files larger than this are refused (READ-ERROR), never loaded
 * @param encoding     forced charset for plain text, or null to detect (UTF-8, else GB18030)
 */
public record ReadOptions(long maxFileBytes, Charset encoding) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_FILE_BYTES, null);
    }
}
