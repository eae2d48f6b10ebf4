package dev.sagelint.model;

import java.util.Objects;

/**
 * A finding the input itself asks to suppress (CloudFormation {@code Metadata: {sagelint: {suppress: [...]}}}),
 * scoped to the lines of the resource that declares it. The CLI and the Maven plugin apply it.
 *
 * @param ruleId    the rule to suppress, e.g. {@code SL204}
 * @param reason    why, as the author wrote it; null when not given
 * @param source    where the suppression is written
 * @param firstLine first line of the scope (1-based, inclusive; 0 for the whole file)
 * @param lastLine  last line of the scope (inclusive)
 */
public record Suppression(String ruleId, String reason, Source source, int firstLine, int lastLine) implements Fact {

    public Suppression {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(source, "source");
    }

    /** A suppression for the whole file it is written in. */
    public Suppression(String ruleId, String reason, Source source) {
        this(ruleId, reason, source, 0, Integer.MAX_VALUE);
    }

    @Override
    public String key() {
        return "suppress:" + ruleId + "@" + source.location() + "#" + firstLine;
    }

    /** True when this suppression silences the finding: same rule, same file, inside the scope. */
    public boolean covers(Finding finding) {
        Location at = finding.location();
        return finding.ruleId().equals(ruleId) && at.file().equals(source.file())
                && at.line() >= firstLine && at.line() <= lastLine;
    }
}
