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
 * @param ruleTimeoutMillis time one rule pack may take on one deployment (rule packs are input too: a rule that
 *                          loops is hostile); past it the pack is stopped there and the deployment gets SL001
 * @param maxRuleFirings    rule firings (and findings) one rule pack may make on one deployment
 * @param packLoadTimeoutMillis time the rule packs may take to load; past it the run stops (exit 2)
 */
public record Limits(long maxFileBytes, int maxNestingDepth, int maxAliases, long parseTimeoutMillis,
                     long ruleTimeoutMillis, int maxRuleFirings, long packLoadTimeoutMillis) {

    /** The default time budget per file. */
    public static final long DEFAULT_PARSE_TIMEOUT_MILLIS = 2_000;

    /** The default time one rule pack may take on one deployment. */
    public static final long DEFAULT_RULE_TIMEOUT_MILLIS = 10_000;
    /** The default number of rule firings one rule pack may make on one deployment. */
    public static final int DEFAULT_MAX_RULE_FIRINGS = 100_000;
    /** The default time the rule packs may take to load. */
    public static final long DEFAULT_PACK_LOAD_TIMEOUT_MILLIS = 120_000;

    public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 100, 50, DEFAULT_PARSE_TIMEOUT_MILLIS);

    public Limits {
        if (maxFileBytes <= 0 || maxNestingDepth <= 0 || maxAliases < 0 || parseTimeoutMillis <= 0
                || ruleTimeoutMillis <= 0 || maxRuleFirings <= 0 || packLoadTimeoutMillis <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The input limits with the default rule pack bounds. */
    public Limits(long maxFileBytes, int maxNestingDepth, int maxAliases, long parseTimeoutMillis) {
        this(maxFileBytes, maxNestingDepth, maxAliases, parseTimeoutMillis, DEFAULT_RULE_TIMEOUT_MILLIS,
                DEFAULT_MAX_RULE_FIRINGS, DEFAULT_PACK_LOAD_TIMEOUT_MILLIS);
    }

    /** The limits before the parse timeout existed: the default timeout. */
    public Limits(long maxFileBytes, int maxNestingDepth, int maxAliases) {
        this(maxFileBytes, maxNestingDepth, maxAliases, DEFAULT_PARSE_TIMEOUT_MILLIS);
    }

    public Limits withParseTimeoutMillis(long millis) {
        return new Limits(maxFileBytes, maxNestingDepth, maxAliases, millis, ruleTimeoutMillis, maxRuleFirings,
                packLoadTimeoutMillis);
    }
}
