package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.read.ReadException;

/** The per-file guard: a hang, a stack overflow or lack of memory becomes one ReadException for the file. */
class FileGuardTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void aResultAndAReadExceptionPassThrough() throws ReadException {
        assertEquals("ok", FileGuard.run(() -> "ok", SHORT));
        ReadException original = new ReadException("empty", "文件为空");
        assertSame(original, assertThrows(ReadException.class, () -> FileGuard.run(() -> {
            throw original;
        }, SHORT)));
    }

    @Test
    void aReaderThatWaitsForeverIsInterruptedAtTheWallClockBackstop() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        ReadException e = assertThrows(ReadException.class, () -> FileGuard.run(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException ie) {
                interrupted.countDown();
            }
            return null;
        }, SHORT));
        assertEquals("timeout", e.reason());
        assertTrue(e.getMessage().contains("秒仍未完成"), e.getMessage());
        interrupted.await();
    }

    @Test
    void aReaderThatComputesForeverIgnoringInterruptionIsAbandoned() {
        AtomicBoolean stop = new AtomicBoolean();
        try {
            ReadException e = assertThrows(ReadException.class, () -> FileGuard.run(() -> {
                while (!stop.get()) {
                    Thread.onSpinWait();
                }
                return null;
            }, SHORT));
            assertEquals("timeout", e.reason());
        } finally {
            stop.set(true);
        }
    }

    @Test
    void stackOverflowAndOutOfMemoryBecomeReadExceptions() {
        ReadException deep = assertThrows(ReadException.class, () -> FileGuard.run(() -> {
            throw new StackOverflowError();
        }, SHORT));
        assertEquals("corrupt", deep.reason());
        assertTrue(deep.getMessage().contains("嵌套过深"), deep.getMessage());
        ReadException big = assertThrows(ReadException.class, () -> FileGuard.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, SHORT));
        assertEquals("too-large", big.reason());
    }

    @Test
    void aRuntimeExceptionIsRethrownForTheCheckerToReportAsInternal() {
        IllegalArgumentException bug = new IllegalArgumentException("defect");
        assertSame(bug, assertThrows(IllegalArgumentException.class, () -> FileGuard.run(() -> {
            throw bug;
        }, SHORT)));
    }

    @Test
    void theLimitGrowsWithEveryFiveMegabytesStarted() {
        assertEquals(Duration.ofSeconds(10), FileGuard.limitFor(0));
        assertEquals(Duration.ofSeconds(10), FileGuard.limitFor(5L * 1024 * 1024));
        assertEquals(Duration.ofSeconds(20), FileGuard.limitFor(5L * 1024 * 1024 + 1));
        assertEquals(Duration.ofSeconds(100), FileGuard.limitFor(50L * 1024 * 1024));
    }
}
