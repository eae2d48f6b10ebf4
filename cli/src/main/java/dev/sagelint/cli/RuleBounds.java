package dev.sagelint.cli;

import dev.sagelint.config.Overrides;
import dev.sagelint.engine.RuleLimits;
import picocli.CommandLine.Option;

/** The bounds on rule packs, for {@code lint}: what a pack may cost on one deployment, and to load. */
final class RuleBounds {

    @Option(names = "--rule-timeout-millis", paramLabel = "MS",
            description = "Time one rule pack may take on one deployment (default: "
                    + RuleLimits.DEFAULT_RULE_TIMEOUT_MILLIS + "); past it the pack is stopped there, the deployment"
                    + " gets SL001 and the exit code is 3.")
    Long ruleTimeoutMillis;

    @Option(names = "--max-rule-firings", paramLabel = "N",
            description = "Rule firings (and findings) one rule pack may make on one deployment (default: "
                    + RuleLimits.DEFAULT_MAX_RULE_FIRINGS + "); past it the same.")
    Integer maxRuleFirings;

    @Option(names = "--pack-load-timeout-millis", paramLabel = "MS",
            description = "Time the rule packs may take to load (default: "
                    + RuleLimits.DEFAULT_PACK_LOAD_TIMEOUT_MILLIS + "); past it the run stops with exit code 2.")
    Long packLoadTimeoutMillis;

    /** The options over the configuration's {@code limits:} (core checks they are positive). */
    Overrides.Builder overrides(Overrides.Builder overrides) {
        return overrides.ruleTimeoutMillis(ruleTimeoutMillis)
                .maxRuleFirings(maxRuleFirings == null ? null : maxRuleFirings.longValue())
                .packLoadTimeoutMillis(packLoadTimeoutMillis);
    }
}
