package org.disclosurechecker.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import org.disclosurechecker.findings.CheckResult;

/** Writes report files whole or not at all. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes the result with the reporter to {@code target}: parent directories are created, the
     * output goes to a temporary file in the target's directory, is forced to disk and then moved over
     * the target (atomically where the file system can). On any failure the temporary file is deleted
     * and an existing target is left as it was.
     */
    public static void writeAtomically(Path target, Reporter reporter, CheckResult result) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new IOException("无法写入检查结果：" + target + " 是一个目录");
        }
        Path dir = abs.getParent();
        if (dir == null) {
            throw new IOException("无法写入检查结果：" + target + " 不是文件路径");
        }
        Files.createDirectories(dir);
        Path tmp = null;
        try {
            FileChannel channel = null;
            for (int attempt = 0; channel == null; attempt++) {
                // our own name rather than createTempFile: keep the usual (umask) permissions of a new file
                tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                        .nextLong() & Long.MAX_VALUE) + ".tmp");
                try {
                    channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    tmp = null;
                    if (attempt >= 10) {
                        throw e;
                    }
                }
            }
            try (FileChannel ch = channel;
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                reporter.write(result, out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException | Error e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }
}
