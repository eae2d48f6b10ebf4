package dev.sagelint.engine;

/** A rule pack that cannot be loaded: bad DRL, missing metadata, a duplicate rule id. */
public final class RulePackException extends RuntimeException {

    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
