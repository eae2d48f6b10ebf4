package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The global {@code sink} every rule reports through. The engine tells the sink which rule is
 * firing, so a consequence never types its own id or severity:
 * {@code sink.report($t.source().at("minCapacity"), "MinCapacity is 0; ...")}.
 * One sink serves one session on one thread.
 */
public final class FindingSink {

    private final List<Finding> findings = new ArrayList<>();
    private final int maxFindings;
    private String ruleId;
    private Severity severity;

    public FindingSink() {
        this(Integer.MAX_VALUE);
    }

    /** @param maxFindings findings one session may report; a rule reporting in an endless loop fails past it */
    public FindingSink(int maxFindings) {
        this.maxFindings = maxFindings;
    }

    /** Called by the engine before each consequence runs. */
    public void firing(String currentRuleId, Severity declaredSeverity) {
        this.ruleId = currentRuleId;
        this.severity = declaredSeverity;
    }

    /** Reports a finding of the firing rule at its declared severity. */
    public void report(Location at, String message) {
        report(severity, at, message);
    }

    /** Reports a finding at a severity that depends on the facts (for rules whose catalogue entry says so). */
    public void report(Severity at, Location location, String message) {
        if (ruleId == null) {
            throw new IllegalStateException("report() called outside a rule consequence");
        }
        if (findings.size() >= maxFindings) {
            throw new IllegalStateException("rule " + ruleId + " reported more than " + maxFindings
                    + " findings on one deployment, the limit");
        }
        findings.add(new Finding(ruleId, Objects.requireNonNull(at, "severity"),
                Objects.requireNonNull(location, "location"), message));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
