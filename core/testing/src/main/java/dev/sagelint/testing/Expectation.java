package dev.sagelint.testing;

import dev.sagelint.model.Finding;

/**
 * One {@code # expect:} marker: a rule must report on this line, with a message containing the
 * fragment when one is given.
 */
record Expectation(int line, String ruleId, String fragment) {

    boolean matches(Finding f) {
        return f.location().line() == line && f.ruleId().equals(ruleId)
                && (fragment == null || f.message().contains(fragment));
    }

    @Override
    public String toString() {
        return "line " + line + ": " + ruleId + (fragment == null ? "" : " \"" + fragment + "\"");
    }
}
