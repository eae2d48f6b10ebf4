package dev.sagelint.report;

import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Outcome;
import dev.sagelint.engine.RuleCatalog;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Finding;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a reporter needs: the result, the catalogue its rule metadata comes from, the tool
 * version and the configuration that decided the outcome.
 *
 * @param baseFingerprints with a base ({@code --base}): the fingerprints of the base's findings, which tell a head
 *                         finding that was already there from a new one (SARIF's {@code baselineState}); null without
 *                         a base
 */
public record Report(LintResult result, RuleCatalog catalog, String toolVersion, LintConfig config,
                     Set<String> baseFingerprints) {

    public Report {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(config, "config");
        baseFingerprints = baseFingerprints == null ? null : Set.copyOf(baseFingerprints);
    }

    public Report(LintResult result, RuleCatalog catalog, String toolVersion, LintConfig config) {
        this(result, catalog, toolVersion, config, null);
    }

    /** The same report compared with a base whose findings have these fingerprints. */
    public Report withBase(Collection<String> fingerprints) {
        return new Report(result, catalog, toolVersion, config, Set.copyOf(fingerprints));
    }

    /**
     * SARIF's {@code baselineState} of a finding with this fingerprint: {@code unchanged} when the base has it,
     * {@code new} when it does not, null without a base. ({@code absent}, a base finding the head no longer has, is
     * not reported: the head's results are what a review acts on.)
     */
    public String baselineState(String fingerprint) {
        if (baseFingerprints == null) {
            return null;
        }
        return baseFingerprints.contains(fingerprint) ? "unchanged" : "new";
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
