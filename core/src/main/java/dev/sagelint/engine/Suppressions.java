package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Suppression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies suppressions to raw findings and reports the suppressions that are wrong or unused. */
final class Suppressions {

    record Applied(List<Finding> kept, int hidden, List<Finding> problems) {
    }

    private Suppressions() {
    }

    static Applied apply(List<Finding> findings, List<Suppression> suppressions, RuleCatalog catalog) {
        Set<Suppression> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        int hidden = 0;
        for (Finding f : findings) {
            Suppression by = suppressions.stream().filter(s -> s.covers(f)).findFirst().orElse(null);
            if (by == null) {
                kept.add(f);
            } else {
                hidden++;
                suppressions.stream().filter(s -> s.covers(f)).forEach(used::add);
            }
        }
        List<Finding> problems = new ArrayList<>();
        for (Suppression s : suppressions) {
            if (s.ruleId().isEmpty()) {
                problems.add(problem(catalog, ToolRules.NO_REASON, s, "the suppression names no rule; write "
                        + "'sagelint-disable-line SL201 -- <reason>' with the rule id(s) to silence and why"));
            } else if (!s.hasReason()) {
                problems.add(problem(catalog, ToolRules.NO_REASON, s, "the suppression of " + s.ruleId()
                        + " has no reason, so it is ignored; add ' -- <why this is fine here>' after the rule id"));
            } else if (!used.contains(s)) {
                problems.add(problem(catalog, ToolRules.UNUSED, s, "the suppression of " + s.ruleId()
                        + " hides nothing (no " + s.ruleId() + " finding on line"
                        + (s.firstLine() == s.lastLine() ? " " + s.firstLine() : "s " + s.firstLine() + "-"
                        + s.lastLine()) + "); remove it"));
            }
        }
        return new Applied(kept, hidden, problems);
    }

    private static Finding problem(RuleCatalog catalog, String ruleId, Suppression s, String message) {
        var severity = catalog.find(ruleId).map(RuleDescriptor::severity).orElseThrow();
        return new Finding(ruleId, severity, s.source().location(), message);
    }
}
