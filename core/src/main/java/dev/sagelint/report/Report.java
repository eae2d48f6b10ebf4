package dev.sagelint.report;

import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Outcome;
import dev.sagelint.engine.RuleCatalog;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Finding;

import java.util.List;
import java.util.Objects;

/**
 * Everything a reporter needs: the result, the catalogue its rule metadata comes from, the tool
 * version and the configuration that decided the outcome.
 */
public record Report(LintResult result, RuleCatalog catalog, String toolVersion, LintConfig config) {

    public Report {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(config, "config");
    }

    public Outcome outcome() {
        return Outcome.of(result, config);
    }

    /** The rules that reported at least one finding, sorted by id. */
    public List<RuleDescriptor> reportedRules() {
        return result.findings().stream().map(Finding::ruleId).distinct().sorted()
                .map(id -> catalog.find(id).orElseThrow(() -> new IllegalStateException("unknown rule " + id)))
                .toList();
    }

    /**
     * The help page of a rule: the one its pack gives, else for sagelint's own rules their page in this
     * repository's docs; null for a plugin rule whose pack links no page.
     */
    public static String helpUri(RuleDescriptor rule) {
        if (rule.helpUri() != null) {
            return rule.helpUri();
        }
        return ToolInfo.BUILT_IN_PACK.equals(rule.packId()) ? ToolInfo.RULES_URI + rule.id() + ".md" : null;
    }
}
