package dev.sagelint.model;

import java.util.Objects;

/**
 * A user's decision that a rule does not apply to some lines of one file: an inline comment
 * ({@code # sagelint-disable-line SL201 -- warm pool handled by ops}) or CloudFormation resource
 * {@code Metadata: { sagelint: { suppress: [ { rule: SL201, reason: ... } ] } }}.
 * A finding of {@code ruleId} in {@link Source#file()} whose line lies in {@code firstLine..lastLine}
 * (inclusive) is hidden. A suppression without a reason hides nothing and is itself reported (SL002);
 * one that hides nothing is reported as info (SL003).
 *
 * @param key       unique in the deployment; {@link #of} derives it from the place and the rule
 * @param ruleId    the rule it silences, e.g. SL201
 * @param reason    why, as the user wrote it; null or blank when missing
 * @param source    where the suppression itself is written (reported by SL002/SL003)
 * @param firstLine first line it covers (1-based)
 * @param lastLine  last line it covers, inclusive
 */
public record Suppression(String key, String ruleId, String reason, Source source, int firstLine, int lastLine)
        implements Fact {

    public Suppression {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(source, "source");
        if (firstLine < 0 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad line range " + firstLine + ".." + lastLine);
        }
    }

    /** A suppression written at {@code at} covering lines {@code firstLine..lastLine} of the same file. */
    public static Suppression of(String ruleId, String reason, Location at, int firstLine, int lastLine) {
        return new Suppression("suppression:" + at + ":" + ruleId + ":" + firstLine + "-" + lastLine, ruleId,
                reason, Source.at(at), firstLine, lastLine);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** True when this suppression hides the finding (same rule, same file, line in range, has a reason). */
    public boolean covers(Finding finding) {
        Location l = finding.location();
        return hasReason() && ruleId.equals(finding.ruleId()) && l.file().equals(source.file())
                && l.line() >= firstLine && l.line() <= lastLine;
    }
}
