package dev.sagelint.testing;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;

/**
 * One {@code # expect:} marker: a rule must report on this line, at the severity when one is given,
 * with a message containing the fragment when one is given.
 */
record Expectation(int line, String ruleId, Severity severity, String fragment) {

    Expectation(int line, String ruleId, String fragment) {
        this(line, ruleId, null, fragment);
    }

    boolean matches(Finding f) {
        return f.location().line() == line && f.ruleId().equals(ruleId)
                && (severity == null || f.severity() == severity)
                && (fragment == null || f.message().contains(fragment));
    }

    @Override
    public String toString() {
        return "line " + line + ": " + ruleId + (severity == null ? "" : " " + severity.label())
                + (fragment == null ? "" : " \"" + fragment + "\"");
    }
}
