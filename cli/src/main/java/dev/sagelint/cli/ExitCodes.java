package dev.sagelint.cli;

/** The exit code the CLI itself decides (usage and internal errors); the others come from {@link dev.sagelint.engine.Outcome}. */
final class ExitCodes {

    static final int USAGE = dev.sagelint.engine.Outcome.USAGE_ERROR.exitCode();
    static final int INTERNAL = dev.sagelint.engine.Outcome.INTERNAL_ERROR.exitCode();


    private ExitCodes() {
    }
}
