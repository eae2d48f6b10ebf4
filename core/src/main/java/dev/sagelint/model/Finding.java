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

    // equals and hashCode written out (as the record's would be): the generated ones are linked through
    // java.lang.runtime.ObjectMethods on their first call, in every process, 10-20 ms of a lint's start-up
    // (docs/cli.md, Start-up); RecordMethodsTest checks that every component takes part.
    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && ruleId.equals(f.ruleId) && severity == f.severity
                && location.equals(f.location) && message.equals(f.message);
    }

    @Override
    public int hashCode() {
        return ((ruleId.hashCode() * 31 + severity.hashCode()) * 31 + location.hashCode()) * 31 + message.hashCode();
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + " " + ruleId + " " + message;
    }
}
