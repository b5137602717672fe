package org.disclosurechecker.rules;

/** The rulebase cannot be built: a DRL error, or rules and catalogue disagree. The message is for the user. */
public class RuleEngineException extends RuntimeException {

    public RuleEngineException(String message) {
        super(message);
    }

    public RuleEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
