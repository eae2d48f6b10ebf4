package dev.sagelint.engine;

import dev.sagelint.model.Finding;

import java.util.Objects;

/**
 * A finding a suppression or the baseline hid: SARIF reports it with {@code suppressions}, so code
 * scanning shows it as dismissed with the reason instead of forgetting it.
 *
 * @param finding       the finding as it would have been reported (after the configuration's severity)
 * @param inSource      true for a suppression written in the input (comment or resource metadata), false
 *                      for one kept outside it (the baseline)
 * @param justification the reason the user wrote, or what hid it
 * @param fingerprint   its fingerprint ({@link Fingerprints}), as it would have had
 */
public record SuppressedFinding(Finding finding, boolean inSource, String justification, String fingerprint)
        implements Comparable<SuppressedFinding> {

    public SuppressedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(fingerprint, "fingerprint");
        justification = justification == null ? "" : justification;
    }

    @Override
    public int compareTo(SuppressedFinding o) {
        int c = finding.compareTo(o.finding);
        return c != 0 ? c : Boolean.compare(o.inSource, inSource);
    }
}
