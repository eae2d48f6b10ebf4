package dev.sagelint.parse;

/**
 * Safety limits applied to every input, so a hostile file cannot exhaust memory or time.
 *
 * @param maxFileBytes   larger files are reported (SL001) and not parsed
 * @param maxNestingDepth deeper YAML/JSON nesting is reported
 * @param maxAliases     YAML aliases to collections allowed per document (billion-laughs guard)
 */
public record Limits(long maxFileBytes, int maxNestingDepth, int maxAliases) {

    public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 100, 50);

    public Limits {
        if (maxFileBytes <= 0 || maxNestingDepth <= 0 || maxAliases < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
