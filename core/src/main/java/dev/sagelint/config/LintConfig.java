package dev.sagelint.config;

import dev.sagelint.model.Severity;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.parse.Limits;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting that changes what sagelint reports. The CLI options, the Maven parameters and
 * {@code .sagelint.yaml} all fill this one record, so the two front ends cannot disagree.
 *
 * @param disabledRules     rule ids that never report
 * @param severities        per-rule severity overrides
 * @param failOnSeverity    findings at or above it fail the run; empty means never fail
 * @param includes          glob patterns of files to lint (empty: every supported input)
 * @param excludes          glob patterns of files to skip
 * @param traffic           traffic profiles by endpoint name, for inputs that cannot declare them
 * @param production        production flags by endpoint name
 * @param baseline          path of a baseline file, or null
 * @param limits            input safety limits
 * @param respectGitignore  folder walks skip what git ignores ({@code .gitignore}, {@code .git/info/exclude})
 * @param forceExclude      the excludes (and, with respectGitignore, git's ignore rules) apply to files named
 *                          on the command line too, not only to files found in folders
 * @param quotas            the account's quotas no template records, by name: per instance type
 *                          ({@code ml.g5.xlarge}, SL207) and {@code serverlessConcurrency} /
 *                          {@code serverlessProvisionedConcurrency} (SL211)
 */
public record LintConfig(Set<String> disabledRules, Map<String, Severity> severities,
                         Optional<Severity> failOnSeverity, List<String> includes, List<String> excludes,
                         Map<String, TrafficProfile> traffic, Map<String, Boolean> production, String baseline,
                         Limits limits, boolean respectGitignore, boolean forceExclude,
                         Map<String, Integer> quotas) {

    public LintConfig {
        quotas = quotas == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(quotas));
        disabledRules = Set.copyOf(disabledRules);
        severities = Map.copyOf(severities);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        traffic = Map.copyOf(traffic);
        production = Map.copyOf(production);
    }

    /** Walks honour .gitignore and excludes do not apply to named files, as by default. */
    public LintConfig(Set<String> disabledRules, Map<String, Severity> severities,
                      Optional<Severity> failOnSeverity, List<String> includes, List<String> excludes,
                      Map<String, TrafficProfile> traffic, Map<String, Boolean> production, String baseline,
                      Limits limits) {
        this(disabledRules, severities, failOnSeverity, includes, excludes, traffic, production, baseline, limits,
                true, false, Map.of());
    }

    public static LintConfig defaults() {
        return new LintConfig(Set.of(), Map.of(), Optional.of(Severity.ERROR), List.of(), List.of(), Map.of(),
                Map.of(), null, Limits.DEFAULT, true, false, Map.of());
    }

    /** The severity a rule reports at after overrides. */
    public Severity severityOf(String ruleId, Severity reported) {
        return severities.getOrDefault(ruleId, reported);
    }

    public boolean enabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    /** True when a finding of this severity fails the run. */
    public boolean fails(Severity severity) {
        return failOnSeverity.map(severity::atLeast).orElse(false);
    }

    public LintConfig withFailOnSeverity(Optional<Severity> threshold) {
        return new LintConfig(disabledRules, severities, threshold, includes, excludes, traffic, production,
                baseline, limits, respectGitignore, forceExclude, quotas);
    }

    public LintConfig withDisabledRules(Set<String> rules) {
        return new LintConfig(rules, severities, failOnSeverity, includes, excludes, traffic, production,
                baseline, limits, respectGitignore, forceExclude, quotas);
    }

    public LintConfig withSeverities(Map<String, Severity> overrides) {
        return new LintConfig(disabledRules, overrides, failOnSeverity, includes, excludes, traffic, production,
                baseline, limits, respectGitignore, forceExclude, quotas);
    }

    public LintConfig withIncludes(List<String> globs) {
        return new LintConfig(disabledRules, severities, failOnSeverity, globs, excludes, traffic, production,
                baseline, limits, respectGitignore, forceExclude, quotas);
    }

    public LintConfig withExcludes(List<String> globs) {
        return new LintConfig(disabledRules, severities, failOnSeverity, includes, globs, traffic, production,
                baseline, limits, respectGitignore, forceExclude, quotas);
    }

    public LintConfig withTraffic(Map<String, TrafficProfile> profiles) {
        return new LintConfig(disabledRules, severities, failOnSeverity, includes, excludes, profiles, production,
                baseline, limits, respectGitignore, forceExclude, quotas);
    }

    public LintConfig withProduction(Map<String, Boolean> flags) {
        return new LintConfig(disabledRules, severities, failOnSeverity, includes, excludes, traffic, flags,
                baseline, limits, respectGitignore, forceExclude, quotas);
    }

    /** @param path the baseline file (absolute, or relative to the working folder), or null for none */
    public LintConfig withBaseline(String path) {
        return new LintConfig(disabledRules, severities, failOnSeverity, includes, excludes, traffic, production,
                path, limits, respectGitignore, forceExclude, quotas);
    }

    public LintConfig withLimits(Limits newLimits) {
        return new LintConfig(disabledRules, severities, failOnSeverity, includes, excludes, traffic, production,
                baseline, newLimits, respectGitignore, forceExclude, quotas);
    }

    public LintConfig withRespectGitignore(boolean respect) {
        return new LintConfig(disabledRules, severities, failOnSeverity, includes, excludes, traffic, production,
                baseline, limits, respect, forceExclude, quotas);
    }

    public LintConfig withForceExclude(boolean force) {
        return new LintConfig(disabledRules, severities, failOnSeverity, includes, excludes, traffic, production,
                baseline, limits, respectGitignore, force, quotas);
    }

    public LintConfig withQuotas(Map<String, Integer> declared) {
        return new LintConfig(disabledRules, severities, failOnSeverity, includes, excludes, traffic, production,
                baseline, limits, respectGitignore, forceExclude, declared);
    }
}
