package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;

import java.util.List;

/**
 * The outcome of one run.
 *
 * @param findings      every finding after configuration, suppressions and baseline, sorted
 * @param filesScanned  display paths of the inputs that were read, sorted
 * @param unreadable    display paths of inputs that could not be read at all, sorted
 * @param suppressed    how many findings suppressions and the baseline hid
 */
public record LintResult(List<Finding> findings, List<String> filesScanned, List<String> unreadable,
                         int suppressed) {

    public LintResult {
        findings = findings.stream().sorted().toList();
        filesScanned = filesScanned.stream().sorted().toList();
        unreadable = unreadable.stream().sorted().toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
