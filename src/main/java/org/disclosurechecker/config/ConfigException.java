package org.disclosurechecker.config;

/** The configuration is unusable; the message says what and where, for the user. */
public class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
