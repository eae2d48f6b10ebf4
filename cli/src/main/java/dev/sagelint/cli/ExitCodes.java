package dev.sagelint.cli;

/** The exit codes, as {@code --help} lists them; the values come from {@link dev.sagelint.engine.Outcome}. */
final class ExitCodes {

    static final int USAGE = dev.sagelint.engine.Outcome.USAGE_ERROR.exitCode();

    static final String[] HELP = {
            "0  no findings at or above the failure threshold (--fail-on-severity, default error)",
            "1  findings at or above the failure threshold",
            "2  usage or configuration error (bad option, unknown key or rule id in .sagelint.yaml, missing file)",
            "3  an input could not be read at all (also reported as SL001 findings)",
    };

    private ExitCodes() {
    }
}
