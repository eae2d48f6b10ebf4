package dev.sagelint.config;

/**
 * The rule ids a configuration may name: what {@link ConfigLoader} checks {@code rules:} entries against. The engine's
 * {@code RuleCatalog} is one; config depends on this interface, never on the engine.
 */
@FunctionalInterface
public interface KnownRules {

    /** True when a loaded rule pack (or the engine's tool rules) provides the rule. */
    boolean contains(String ruleId);

    /** Every known id, for "did you mean" hints; empty when the source cannot list them. */
    default java.util.Collection<String> ids() {
        return java.util.List.of();
    }

    /**
     * The configuration with {@code select} and {@code ignore} applied to its switched-off rules (ids, id prefixes,
     * tags or severities; see the engine's {@code RuleSelection}, which {@code RuleCatalog} uses).
     *
     * @throws IllegalArgumentException when a selector names no rule, with a "did you mean"
     */
    default LintConfig select(LintConfig config, java.util.List<String> select, java.util.List<String> ignore) {
        if (select.isEmpty() && ignore.isEmpty()) {
            return config;
        }
        throw new IllegalArgumentException("these rules carry no tags or severities to select by");
    }
}
