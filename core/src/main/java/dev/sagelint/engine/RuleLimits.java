package dev.sagelint.engine;

/**
 * Bounds on what a rule pack may cost, so that a pack rule that loops, re-fires forever or never returns costs one
 * deployment, not the run. Documented in docs/robustness.md.
 *
 * @param ruleTimeoutMillis     time one pack may take on one deployment; past it the pack is halted there and the
 *                              deployment gets SL001
 * @param maxRuleFirings        rule firings one pack may make on one deployment; past it the same
 * @param packLoadTimeoutMillis time all packs may take to load (class loading, static initialisers, compiling their
 *                              DRL); past it the run stops with a usage error naming the pack
 */
public record RuleLimits(long ruleTimeoutMillis, int maxRuleFirings, long packLoadTimeoutMillis) {

    public static final long DEFAULT_RULE_TIMEOUT_MILLIS = dev.sagelint.parse.Limits.DEFAULT_RULE_TIMEOUT_MILLIS;
    public static final int DEFAULT_MAX_RULE_FIRINGS = dev.sagelint.parse.Limits.DEFAULT_MAX_RULE_FIRINGS;
    public static final long DEFAULT_PACK_LOAD_TIMEOUT_MILLIS = dev.sagelint.parse.Limits.DEFAULT_PACK_LOAD_TIMEOUT_MILLIS;

    /** The rule pack bounds of the configuration's {@code limits:} (their defaults where it sets none). */
    public static RuleLimits of(dev.sagelint.parse.Limits limits) {
        return new RuleLimits(limits.ruleTimeoutMillis(), limits.maxRuleFirings(), limits.packLoadTimeoutMillis());
    }

    public static final RuleLimits DEFAULT = new RuleLimits(DEFAULT_RULE_TIMEOUT_MILLIS, DEFAULT_MAX_RULE_FIRINGS,
            DEFAULT_PACK_LOAD_TIMEOUT_MILLIS);

    public RuleLimits {
        if (ruleTimeoutMillis <= 0 || maxRuleFirings <= 0 || packLoadTimeoutMillis <= 0) {
            throw new IllegalArgumentException("rule limits must be positive");
        }
    }

    public RuleLimits withRuleTimeoutMillis(long millis) {
        return new RuleLimits(millis, maxRuleFirings, packLoadTimeoutMillis);
    }

    public RuleLimits withMaxRuleFirings(int firings) {
        return new RuleLimits(ruleTimeoutMillis, firings, packLoadTimeoutMillis);
    }

    public RuleLimits withPackLoadTimeoutMillis(long millis) {
        return new RuleLimits(ruleTimeoutMillis, maxRuleFirings, millis);
    }

    /** A duration as messages write it: "10 s", "0.5 s". */
    public static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
