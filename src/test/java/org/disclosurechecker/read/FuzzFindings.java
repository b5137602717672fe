package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import org.junit.jupiter.api.function.Executable;

/**
 * What counts as a finding of the reader fuzz tests when a reader refuses a file. A library (POI,
 * PDFBox, jsoup) throwing on a damaged file is expected: {@link Guard} turns that into a "corrupt"
 * READ-ERROR. But the same catch would hide a defect of ours (an index out of range in our own code)
 * and a stack overflow or out-of-memory error, which must be prevented by a bound instead.
 */
public final class FuzzFindings {

    /**
     * An input that takes more CPU time than this is a hang. CPU time of the thread, not wall-clock
     * time, because fuzzing runs at the lowest priority on a shared machine (as the checker's own
     * per-file limit does, core/FileGuard).
     */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /** Wall-clock backstop when replaying the corpus: an input that hangs without computing. */
    static final Duration WALL_LIMIT = TIME_LIMIT.multipliedBy(6);

    private FuzzFindings() {
    }

    /** Whether this JVM fuzzes (JAZZER_FUZZ set) rather than replaying the corpus. */
    public static boolean fuzzing() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        return fuzz != null && !fuzz.isEmpty();
    }

    /**
     * Runs one input and fails when it used more than {@link #TIME_LIMIT} of CPU time. When fuzzing
     * (JAZZER_FUZZ set) it runs on the fuzzer's thread, and libFuzzer's {@code -timeout} (wall-clock, set
     * by src/test/tools/fuzz-long.sh) stops an input that never ends; JUnit's {@code @Timeout} cannot be
     * used as it would apply to the whole session. When the corpus is replayed in a normal test run, the
     * input runs on its own thread and is abandoned after {@link #WALL_LIMIT}.
     */
    public static void withinTimeLimit(Executable body) {
        if (fuzzing()) {
            try {
                timed(body);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        } else {
            assertTimeoutPreemptively(WALL_LIMIT, () -> timed(body));
        }
    }

    private static void timed(Executable body) throws Throwable {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadCpuTime();
        body.execute();
        long used = mx.getCurrentThreadCpuTime() - before;
        if (before >= 0 && used > TIME_LIMIT.toNanos()) {
            throw new AssertionError(String.format("the input took %.1f s of CPU time (limit %d s)", used / 1e9,
                    TIME_LIMIT.toSeconds()));
        }
    }

    public static void checkRefusal(ReadException e) {
        if (e.reason() == null || e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("a ReadException without reason or message", e);
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof VirtualMachineError v) {
                throw new AssertionError("a reader ran into " + v.getClass().getSimpleName()
                        + ": bound the input instead", e);
            }
            if (t instanceof RuntimeException && thrownByUs(t)) {
                throw new AssertionError("our own code threw " + t + " inside a reader", e);
            }
        }
    }

    /** True when the first frame outside the JDK is in this project's code. */
    static boolean thrownByUs(Throwable t) {
        for (StackTraceElement f : t.getStackTrace()) {
            String c = f.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            return c.startsWith("org.disclosurechecker.");
        }
        return false;
    }
}
