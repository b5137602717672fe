package org.disclosurechecker.core;

/**
 * The run cannot be done: a usage, configuration or I/O problem (exit status 2, MojoExecutionException).
 * A single report that cannot be read is not this: it is a READ-ERROR finding.
 */
public class CheckException extends Exception {

    public CheckException(String message) {
        super(message);
    }

    public CheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
