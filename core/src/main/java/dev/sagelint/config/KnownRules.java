package dev.sagelint.config;

/**
 * The rule ids a configuration may name: what {@link ConfigLoader} checks {@code rules:} entries against. The engine's
 * {@code RuleCatalog} is one; config depends on this interface, never on the engine.
 */
@FunctionalInterface
public interface KnownRules {

    /** True when a loaded rule pack (or the engine's tool rules) provides the rule. */
    boolean contains(String ruleId);
}
