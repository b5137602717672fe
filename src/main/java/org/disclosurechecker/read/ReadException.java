package org.disclosurechecker.read;

/**
 * A file cannot be read as a report. The message is Chinese and says why, for the user
 * (it becomes a READ-ERROR finding); {@code reason} is a stable key for tests and tools.
 */
public class ReadException extends Exception {

    private final String reason;

    public ReadException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ReadException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
