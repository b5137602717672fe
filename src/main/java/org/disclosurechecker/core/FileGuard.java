package org.disclosurechecker.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.disclosurechecker.read.ReadException;

/**
 * Bounds what one file may cost the run: its reading and fact extraction run on a thread of their own
 * with a time limit, and a stack overflow or out-of-memory error there becomes a {@link ReadException}
 * (a READ-ERROR for that file) instead of ending the run. The readers bound what they build (file size,
 * nesting depth, table spans), so these are the last line, not the first.
 *
 * <p>The limit is on the CPU time of that thread, where the JVM measures it: on a CI machine shared by
 * many builds a file that is merely slow in wall-clock time must not become a false READ-ERROR, while a
 * hang burns CPU. A wall-clock backstop of {@value #WALL_FACTOR} times the limit covers a thread that
 * hangs without computing. On timeout the thread is interrupted and abandoned (it is a daemon): library
 * parsers do not check for interruption, so it may go on computing until it finishes, but nothing waits
 * for it and its result is dropped.
 */
final class FileGuard {

    /** A file of this size or less gets {@link #BASE_LIMIT}; each further started slice adds as much. */
    static final long SLICE_BYTES = 5L * 1024 * 1024;
    static final Duration BASE_LIMIT = Duration.ofSeconds(10);
    static final int WALL_FACTOR = 6;
    private static final long POLL_MILLIS = 100;

    private FileGuard() {
    }

    /** 10 s for a file up to 5 MB, 10 s more for every further 5 MB started. */
    static Duration limitFor(long bytes) {
        long slices = Math.max(1, (bytes + SLICE_BYTES - 1) / SLICE_BYTES);
        return BASE_LIMIT.multipliedBy(slices);
    }

    /**
     * Runs {@code work} on a fresh daemon thread until it has used {@code limit} of CPU time (or six times
     * that of wall-clock time).
     *
     * @throws ReadException what {@code work} threw, or one for a timeout, a stack overflow or lack of memory
     * @throws RuntimeException what {@code work} threw (a defect: the checker reports it on the file)
     */
    static <T> T run(Callable<T> work, Duration limit) throws ReadException {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, "disclosure-read");
        t.setDaemon(true);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isThreadCpuTimeSupported() && mx.isThreadCpuTimeEnabled();
        long start = System.nanoTime();
        t.start();
        try {
            while (true) {
                try {
                    return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long wall = System.nanoTime() - start;
                    long used = cpu ? mx.getThreadCpuTime(t.getId()) : wall;
                    if (used > limit.toNanos() || wall > limit.toNanos() * WALL_FACTOR) {
                        task.cancel(true);
                        throw new ReadException("timeout", "读取和分析该文件超过 " + limit.toSeconds()
                                + " 秒仍未完成，已放弃该文件（文件结构可能异常，例如嵌套极深或表格极大）。"
                                + "请用原软件打开并另存为 .docx 或 .txt 后再检查。", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted", "检查被中断，该文件未检查完。", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable c) throws ReadException {
        if (c instanceof ReadException r) {
            throw r;
        }
        if (c instanceof StackOverflowError) {
            throw new ReadException("corrupt", "文件结构嵌套过深，无法读取。请用原软件打开并另存为 .docx 或 .txt 后再检查。", c);
        }
        if (c instanceof OutOfMemoryError) {
            throw new ReadException("too-large", "文件内容过于庞大，读取时内存不足，未能检查。请确认文件是否正常，"
                    + "或将年报另存为较小的 .docx/.txt 后再检查。", c);
        }
        if (c instanceof RuntimeException r) {
            return r;
        }
        if (c instanceof Error er) {
            throw er;
        }
        return new IllegalStateException(c);
    }
}
