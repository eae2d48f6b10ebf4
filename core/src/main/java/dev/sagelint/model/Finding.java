package dev.sagelint.model;

import java.util.Comparator;
import java.util.Objects;

/** One problem found in one place. Ordered by path, line, column, rule id, then message. */
public record Finding(String ruleId, Severity severity, Location location, String message)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, message);
    }

    public Finding withMessage(String newMessage) {
        return new Finding(ruleId, severity, location, newMessage);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + " " + ruleId + " " + message;
    }
}
