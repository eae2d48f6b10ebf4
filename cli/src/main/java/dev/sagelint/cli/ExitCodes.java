package dev.sagelint.cli;

/** The exit code the CLI itself decides (usage errors); the others come from {@link dev.sagelint.engine.Outcome}. */
final class ExitCodes {

    static final int USAGE = dev.sagelint.engine.Outcome.USAGE_ERROR.exitCode();


    private ExitCodes() {
    }
}
