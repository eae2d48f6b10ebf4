package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one run.
 *
 * @param findings      every finding after configuration, suppressions and baseline, sorted
 * @param filesScanned  display paths of the inputs that were read and checked, sorted (never one of unreadable)
 * @param unreadable    display paths of inputs that could not be read at all, sorted
 * @param suppressed    how many findings suppressions and the baseline hid
 * @param fingerprints  a fingerprint per finding (see {@link Fingerprints}); stable when unrelated lines move
 * @param suppressedFindings the findings suppressions and the baseline hid, sorted (SARIF reports them as
 *                      suppressed); a result built without them has none
 */
public record LintResult(List<Finding> findings, List<String> filesScanned, List<String> unreadable,
                         int suppressed, Map<Finding, String> fingerprints, List<SuppressedFinding> suppressedFindings) {

    public LintResult {
        findings = findings.stream().sorted().toList();
        filesScanned = filesScanned.stream().sorted().distinct().toList();
        unreadable = unreadable.stream().sorted().distinct().toList();
        fingerprints = Map.copyOf(fingerprints);
        suppressedFindings = suppressedFindings.stream().sorted().toList();
    }

    public LintResult(List<Finding> findings, List<String> filesScanned, List<String> unreadable, int suppressed,
                      Map<Finding, String> fingerprints) {
        this(findings, filesScanned, unreadable, suppressed, fingerprints, List.of());
    }

    /** Without fingerprints (they are then derived from the findings alone, without line text). */
    public LintResult(List<Finding> findings, List<String> filesScanned, List<String> unreadable, int suppressed) {
        this(findings, filesScanned, unreadable, suppressed, Fingerprints.of(findings, path -> null));
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }

    /** The fingerprint of one of {@link #findings()}. */
    public String fingerprint(Finding finding) {
        String fp = fingerprints.get(finding);
        if (fp == null) {
            throw new IllegalArgumentException("not a finding of this result: " + finding);
        }
        return fp;
    }

    /** The same result without the given findings, counting them as suppressed. */
    public LintResult without(java.util.Collection<Finding> hidden) {
        return without(hidden, "recorded in the baseline");
    }

    /** The same result without the given findings, counting them as suppressed for the given reason. */
    public LintResult without(java.util.Collection<Finding> hidden, String justification) {
        var kept = findings.stream().filter(f -> !hidden.contains(f)).toList();
        var fps = new java.util.HashMap<>(fingerprints);
        fps.keySet().retainAll(kept);
        List<SuppressedFinding> all = new java.util.ArrayList<>(suppressedFindings);
        findings.stream().filter(hidden::contains)
                .forEach(f -> all.add(new SuppressedFinding(f, false, justification, fingerprint(f))));
        return new LintResult(kept, filesScanned, unreadable, suppressed + (findings.size() - kept.size()), fps, all);
    }
}
