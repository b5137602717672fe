package org.disclosurechecker.cli;

/**
 * How the user started the command, for --help and the usage hint: a launcher script says so in the
 * system property {@code disclosure.command}; {@code java -jar x.jar} is recognised from the JVM's
 * command line; otherwise the documented name {@code disclosure-check}.
 */
final class CommandName {

    static final String PROPERTY = "disclosure.command";
    static final String DEFAULT = "disclosure-check";

    private CommandName() {
    }

    static String detect() {
        return detect(System.getProperty(PROPERTY), System.getProperty("sun.java.command"));
    }

    /**
     * @param launcher    the launcher's own name, or null
     * @param javaCommand the JVM's {@code sun.java.command}: the main class or the jar, then the arguments
     */
    static String detect(String launcher, String javaCommand) {
        if (launcher != null && !launcher.isBlank()) {
            return launcher.strip();
        }
        if (javaCommand != null && !javaCommand.isBlank()) {
            String first = javaCommand.strip().split("\\s+")[0];
            if (first.toLowerCase(java.util.Locale.ROOT).endsWith(".jar")) {
                return "java -jar " + first;
            }
        }
        return DEFAULT;
    }
}
