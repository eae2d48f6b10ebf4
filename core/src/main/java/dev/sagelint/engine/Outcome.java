package dev.sagelint.engine;

import dev.sagelint.config.LintConfig;

/**
 * What a run means for the build, decided in one place so the CLI and the Maven plugin agree.
 * The exit code is never a count.
 */
public enum Outcome {
    /** No finding at or above the failure threshold. */
    PASSED(0),
    /** At least one finding at or above the failure threshold. */
    FAILED(1),
    /** Bad command line or configuration; nothing was linted. */
    USAGE_ERROR(2),
    /** An input could not be read at all (also reported as SL001 findings). */
    UNREADABLE_INPUT(3),
    /** sagelint itself failed (a bug): one line on standard error, the stack trace with {@code --debug}. */
    INTERNAL_ERROR(4);

    private final int exitCode;

    Outcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** True when a build should stop. */
    public boolean fails() {
        return this != PASSED;
    }

    /**
     * The failure policy. An unreadable input wins over findings (the run could not check everything,
     * whatever the threshold); otherwise findings at or above {@link LintConfig#failOnSeverity()} fail.
     */
    public static Outcome of(LintResult result, LintConfig config) {
        if (!result.unreadable().isEmpty()) {
            return UNREADABLE_INPUT;
        }
        return result.findings().stream().anyMatch(f -> config.fails(f.severity())) ? FAILED : PASSED;
    }
}
