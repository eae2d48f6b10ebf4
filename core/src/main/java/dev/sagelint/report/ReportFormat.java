package dev.sagelint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats, by the name used in {@code --format} and the Maven parameter {@code formats}. */
public enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT, GITHUB;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param color ANSI colours (text only) */
    public Reporter reporter(boolean color) {
        return switch (this) {
            case TEXT -> new TextReporter(color);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case JUNIT -> new JunitReporter();
            case GITHUB -> new GithubReporter();
        };
    }

    /**
     * @param color            ANSI colours (text only)
     * @param repositoryPrefix makes the paths relative to the repository root (SARIF only; see {@link RepositoryRoot})
     */
    public Reporter reporter(boolean color, String repositoryPrefix) {
        return this == SARIF ? new SarifReporter(repositoryPrefix) : reporter(color);
    }

    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + name + "'; expected one of "
                    + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
        }
    }
}
