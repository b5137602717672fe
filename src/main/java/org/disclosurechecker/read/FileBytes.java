package org.disclosurechecker.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file only after checking it against the size limit, so a huge file never fills the heap. */
final class FileBytes {

    private FileBytes() {
    }

    static void checkSize(Path file, ReadOptions options) throws ReadException {
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                throw new ReadException("too-large", String.format(
                        "文件过大（%.1f MB，上限 %.1f MB），未读取。年报通常远小于此；如确需检查，请调大文件大小上限。",
                        size / 1048576.0, options.maxFileBytes() / 1048576.0));
            }
        } catch (IOException e) {
            throw new ReadException("io", "无法读取文件：" + e.getMessage(), e);
        }
    }

    static byte[] read(Path file, ReadOptions options) throws ReadException {
        checkSize(file, options);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException("io", "无法读取文件：" + e.getMessage(), e);
        }
    }
}
