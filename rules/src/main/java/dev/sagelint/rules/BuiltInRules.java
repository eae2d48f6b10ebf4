package dev.sagelint.rules;

import dev.sagelint.spi.ClasspathRulePack;

import java.util.Optional;

/**
 * sagelint's own rules. The DRL under {@code dev/sagelint/rules} is compiled to a Drools executable
 * model at build time; this pack loads that model and reads explanations from the same folder.
 */
public final class BuiltInRules extends ClasspathRulePack {

    static final String MODEL_INDEX = "META-INF/kie/dev.sagelint/sagelint-rules/drools-model";

    public BuiltInRules() {
        // each rule's generated page in this repository's docs (docs/rules/SL201.md)
        super("sagelint", "dev/sagelint/rules", dev.sagelint.report.ToolInfo.RULES_URI + "{id}.md");
    }

    @Override
    public Optional<String> precompiledModel() {
        return Optional.of(MODEL_INDEX);
    }
}
