package dev.sagelint.parse;

/**
 * Safety limits applied to every input, so a hostile file cannot exhaust memory or time.
 *
 * @param maxFileBytes      larger files are reported (SL001) and not parsed
 * @param maxNestingDepth   deeper YAML/JSON/HCL nesting is reported
 * @param maxAliases        YAML aliases to collections allowed per document (billion-laughs guard)
 * @param parseTimeoutMillis time one file may take to be read and mapped; past it the work is cancelled and
 *                          the file is reported (SL001). A group of files read together (a Terraform
 *                          configuration) gets this much per file
 */
public record Limits(long maxFileBytes, int maxNestingDepth, int maxAliases, long parseTimeoutMillis) {

    /** The default time budget per file. */
    public static final long DEFAULT_PARSE_TIMEOUT_MILLIS = 2_000;

    public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 100, 50, DEFAULT_PARSE_TIMEOUT_MILLIS);

    public Limits {
        if (maxFileBytes <= 0 || maxNestingDepth <= 0 || maxAliases < 0 || parseTimeoutMillis <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The limits before the parse timeout existed: the default timeout. */
    public Limits(long maxFileBytes, int maxNestingDepth, int maxAliases) {
        this(maxFileBytes, maxNestingDepth, maxAliases, DEFAULT_PARSE_TIMEOUT_MILLIS);
    }

    public Limits withParseTimeoutMillis(long millis) {
        return new Limits(maxFileBytes, maxNestingDepth, maxAliases, millis);
    }
}
