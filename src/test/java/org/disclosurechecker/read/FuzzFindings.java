package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.function.Executable;

/**
 * What counts as a finding of the reader fuzz tests when a reader refuses a file. A library (POI,
 * PDFBox, jsoup) throwing on a damaged file is expected: {@link Guard} turns that into a "corrupt"
 * READ-ERROR. But the same catch would hide a defect of ours (an index out of range in our own code)
 * and a stack overflow or out-of-memory error, which must be prevented by a bound instead.
 */
public final class FuzzFindings {

    /** An input that takes longer than this is a hang (the checker gives up on a file after it, too). */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private FuzzFindings() {
    }

    /**
     * Runs one input. When fuzzing (JAZZER_FUZZ set) libFuzzer's own {@code -timeout=10} catches a hang,
     * since JUnit's {@code @Timeout} would apply to the whole session; when the corpus is replayed in a
     * normal test run, the input runs on its own thread and fails after {@link #TIME_LIMIT}.
     */
    public static void withinTimeLimit(Executable body) {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (fuzz != null && !fuzz.isEmpty()) {
            try {
                body.execute();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        } else {
            assertTimeoutPreemptively(TIME_LIMIT, body);
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
