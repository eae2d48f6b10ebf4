package dev.sagelint.spi;

import java.util.List;
import java.util.Optional;

/**
 * A set of rules, found with {@link java.util.ServiceLoader}. Implementations need a public
 * no-argument constructor and a {@code META-INF/services/dev.sagelint.spi.RulePack} entry.
 *
 * <p>Rules are written in DRL. Each rule is named by its id and carries its metadata as quoted
 * strings: {@code rule "SL901" @severity("WARNING") @summary("...") @since("1.0.0")}. Consequences
 * report through the global {@code sink} ({@link dev.sagelint.engine.FindingSink}).
 * {@link ClasspathRulePack} implements this from resources, which is all most packs need.
 */
public interface RulePack {

    /** A short stable name, shown in errors and in {@code sagelint rules}. */
    String id();

    /** The DRL sources to compile when the pack is loaded. Empty when {@link #precompiledModel()} is present. */
    List<RuleSource> sources();

    /**
     * The classpath resource listing a Drools executable model generated at build time
     * ({@code META-INF/kie/.../drools-model}), which loads several times faster than compiling DRL.
     */
    default Optional<String> precompiledModel() {
        return Optional.empty();
    }

    /** The Markdown explanation of a rule: why it matters, how to fix it, when to suppress it. */
    Optional<String> explanation(String ruleId);

    /** Good and bad examples of a rule, by file name ({@code bad.yaml}), for documentation. */
    default List<RuleSource> examples(String ruleId) {
        return List.of();
    }

    /**
     * The rule's documentation page (an absolute http or https URL), shown by {@code sagelint explain} and
     * {@code rules --format json} and given to SARIF viewers as {@code helpUri}. Empty: no page is linked.
     */
    default Optional<String> documentationUrl(String ruleId) {
        return Optional.empty();
    }

    /** The class loader the pack's resources and generated classes come from. */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }
}
