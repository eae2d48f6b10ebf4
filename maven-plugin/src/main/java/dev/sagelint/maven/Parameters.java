package dev.sagelint.maven;

import java.util.Arrays;
import java.util.List;

/** Conversions of parameter values that Maven hands over as given. */
final class Parameters {

    private Parameters() {
    }

    /**
     * Flattens comma-separated entries. Maven 3.8 turns {@code -Dsagelint.includes=a,b} into the
     * one-element list {@code ["a,b"]} (3.9 splits it), so both spellings must mean the same.
     */
    static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
