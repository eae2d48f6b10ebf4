package dev.sagelint.model;

import java.util.Locale;

/** How bad a finding is. Declared from the least to the most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code WARNING}, ... and says what is valid when it cannot. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "unknown severity '" + text + "'; expected one of error, warning, info");
        }
    }
}
