package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Suppression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies suppressions to raw findings and reports the suppressions that are wrong or unused. */
final class Suppressions {

    /** @param hiddenBy each hidden finding with the suppression that hid it, in finding order */
    record Applied(List<Finding> kept, int hidden, List<Finding> problems, java.util.Map<Finding, Suppression> hiddenBy) {
    }

    private Suppressions() {
    }

    static Applied apply(List<Finding> findings, List<Suppression> written, RuleCatalog catalog) {
        // a mis-cased id (sl201) means the rule it names
        List<Suppression> suppressions = written.stream().map(s -> recased(s, catalog)).toList();
        Set<Suppression> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        java.util.Map<Finding, Suppression> hiddenBy = new java.util.LinkedHashMap<>();
        int hidden = 0;
        for (Finding f : findings) {
            Suppression by = suppressions.stream().filter(s -> s.covers(f)).findFirst().orElse(null);
            if (by == null) {
                kept.add(f);
            } else {
                hidden++;
                hiddenBy.putIfAbsent(f, by);
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
            } else if (!used.contains(s) && !catalog.contains(s.ruleId())) {
                problems.add(problem(catalog, ToolRules.UNUSED, s, "the suppression names " + s.ruleId()
                        + ", which is no rule id" + dev.sagelint.config.DidYouMean.hint(s.ruleId(), catalog.ids())
                        + " ('sagelint rules' lists them); it hides nothing"));
            } else if (!used.contains(s)) {
                problems.add(problem(catalog, ToolRules.UNUSED, s, "the suppression of " + s.ruleId()
                        + " hides nothing (no " + s.ruleId() + " finding on line"
                        + (s.firstLine() == s.lastLine() ? " " + s.firstLine() : "s " + s.firstLine() + "-"
                        + s.lastLine()) + "); remove it"));
            }
        }
        return new Applied(kept, hidden, problems, hiddenBy);
    }

    private static Suppression recased(Suppression s, RuleCatalog catalog) {
        if (s.ruleId().isEmpty() || catalog.contains(s.ruleId())) {
            return s;
        }
        return catalog.ids().stream().filter(id -> id.equalsIgnoreCase(s.ruleId())).findFirst()
                .map(id -> new Suppression(s.key(), id, s.reason(), s.source(), s.firstLine(), s.lastLine()))
                .orElse(s);
    }

    private static Finding problem(RuleCatalog catalog, String ruleId, Suppression s, String message) {
        var severity = catalog.find(ruleId).map(RuleDescriptor::severity).orElseThrow();
        return new Finding(ruleId, severity, s.source().location(), message);
    }
}
