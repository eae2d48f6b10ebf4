package dev.sagelint.engine;

import dev.sagelint.config.LintConfig;
import dev.sagelint.model.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a build does with a run's {@link Outcome}, given how many failing findings it tolerates: checkstyle's and
 * PMD's {@code failOnViolation} and {@code maxAllowedViolations}. Decided here, in core, so every front end that offers
 * them words them alike; the Maven plugin does (the command line fails on any finding at or above the threshold,
 * which is {@link #strict()}).
 *
 * @param outcome         the run's outcome ({@link Outcome#of})
 * @param failing         findings at or above {@code failOnSeverity}
 * @param threshold       {@code failOnSeverity}, empty when findings never fail
 * @param unreadable      the inputs that could not be read (SL001)
 * @param tolerance       how many failing findings, and whether any, the build accepts
 */
public record Verdict(Outcome outcome, long failing, Optional<Severity> threshold, List<String> unreadable,
                      Tolerance tolerance) {

    /**
     * @param failOnViolation      false: failing findings are reported and never fail the build
     * @param maxAllowedViolations this many failing findings are tolerated; one more fails (0 or more)
     */
    public record Tolerance(boolean failOnViolation, int maxAllowedViolations) {
        public Tolerance {
            if (maxAllowedViolations < 0) {
                throw new IllegalArgumentException("maxAllowedViolations must be 0 or more, not "
                        + maxAllowedViolations);
            }
        }

        /** Every failing finding fails: the command line's policy and the plugin's default. */
        public static Tolerance strict() {
            return new Tolerance(true, 0);
        }
    }

    /** What the build does. */
    public enum Action {
        /** Nothing reached the threshold: say nothing more. */
        PASS,
        /** Failing findings were found and tolerated: warn. */
        WARN,
        /** Stop the build. */
        FAIL
    }

    public Verdict {
        unreadable = List.copyOf(unreadable);
    }

    public static Verdict of(LintResult result, LintConfig config, Tolerance tolerance) {
        Optional<Severity> threshold = config.failOnSeverity();
        long failing = threshold.map(result::countAtLeast).orElse(0L);
        return new Verdict(Outcome.of(result, config), failing, threshold, result.unreadable(), tolerance);
    }

    /**
     * An unreadable input always fails (the run could not check everything, whatever the tolerance); failing findings
     * fail unless {@code failOnViolation} is false or there are at most {@code maxAllowedViolations} of them.
     */
    public Action action() {
        if (outcome == Outcome.UNREADABLE_INPUT) {
            return Action.FAIL;
        }
        if (outcome != Outcome.FAILED) {
            return Action.PASS;
        }
        if (!tolerance.failOnViolation() || failing <= tolerance.maxAllowedViolations()) {
            return Action.WARN;
        }
        return Action.FAIL;
    }

    /**
     * One line for the build log: what was found, why the build goes on or stops, and where the reports are
     * ({@code "2 sagelint findings at or above error (failOnSeverity); within maxAllowedViolations (3); reports: ..."}).
     * Empty for {@link Action#PASS}.
     */
    public Optional<String> message(List<Path> reports) {
        String why = switch (action()) {
            case PASS -> null;
            case WARN -> !tolerance.failOnViolation() ? "not failing the build (failOnViolation is false)"
                    : "within maxAllowedViolations (" + tolerance.maxAllowedViolations() + ")";
            case FAIL -> outcome == Outcome.FAILED && tolerance.maxAllowedViolations() > 0
                    ? "more than maxAllowedViolations (" + tolerance.maxAllowedViolations() + ")" : null;
        };
        if (action() == Action.PASS) {
            return Optional.empty();
        }
        StringBuilder msg = new StringBuilder(seen());
        if (why != null) {
            msg.append("; ").append(why);
        }
        if (!reports.isEmpty()) {
            msg.append("; reports: ").append(String.join(", ", reports.stream().map(Path::toString).toList()));
        }
        return Optional.of(msg.toString());
    }

    private String seen() {
        if (outcome == Outcome.UNREADABLE_INPUT) {
            return unreadable.size() + (unreadable.size() == 1 ? " input" : " inputs") + " could not be read (SL001): "
                    + String.join(", ", unreadable);
        }
        return failing + (failing == 1 ? " sagelint finding" : " sagelint findings") + " at or above "
                + threshold.orElseThrow().label() + " (failOnSeverity)";
    }
}
