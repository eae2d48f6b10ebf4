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
}
