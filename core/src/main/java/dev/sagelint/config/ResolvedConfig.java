package dev.sagelint.config;

import dev.sagelint.parse.Limits;
import dev.sagelint.parse.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything a run takes from the configuration file and the front end's {@link Overrides}, made by
 * {@link ConfigResolver}: what is needed before the rule packs load (the packs the file names, the bounds on them)
 * and, once they have, the {@link LintConfig} with its rule ids checked and the rule switches applied.
 */
public final class ResolvedConfig {

    private final Optional<Path> file;
    private final ConfigFile read;
    private final LintConfig merged;
    private final Overrides overrides;
    private final Map<String, String> parameters;
    private final List<SourceFile> varFiles;

    ResolvedConfig(Optional<Path> file, ConfigFile read, LintConfig merged, Overrides overrides,
                   Map<String, String> parameters, List<SourceFile> varFiles) {
        this.file = file;
        this.read = read;
        this.merged = merged;
        this.overrides = overrides;
        this.parameters = Map.copyOf(parameters);
        this.varFiles = List.copyOf(varFiles);
    }

    /** The CloudFormation parameter values of the parameter files, later files winning. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The Terraform variable files, read and checked, named as the folder walk names them. */
    public List<SourceFile> varFiles() {
        return varFiles;
    }

    /** The configuration file read, if any. */
    public Optional<Path> file() {
        return file;
    }

    /** The file as messages name it, or empty without one. */
    public Optional<String> fileName() {
        return file.map(f -> read.name());
    }

    /** The rule packs the file names ({@code rulePacks:}): jar paths resolved against its folder, and coordinates. */
    public List<ConfigLoader.RulePackEntry> rulePacks() {
        return read.rulePacks();
    }

    /**
     * The jars of the rule packs the file names, coordinates resolved by the front end (the Maven plugin through
     * Maven's resolver, the command line from a local repository).
     *
     * @param resolver a coordinate's jar; throws {@link MavenCoordinates.Unresolved} saying why not and the fix
     * @throws ConfigException at the entry's line and column when a coordinate does not resolve
     */
    public List<ConfigLoader.RulePackJar> rulePackJars(Function<MavenCoordinates, Path> resolver) {
        List<ConfigLoader.RulePackJar> jars = new ArrayList<>();
        for (ConfigLoader.RulePackEntry entry : read.rulePacks()) {
            if (entry instanceof ConfigLoader.RulePackJar jar) {
                jars.add(jar);
            } else if (entry instanceof ConfigLoader.RulePackCoordinates c) {
                try {
                    jars.add(new ConfigLoader.RulePackJar(c.name(), resolver.apply(c.coordinates()), c.at()));
                } catch (MavenCoordinates.Unresolved e) {
                    throw new ConfigException(c.at(), "rulePacks: " + c.name() + ": " + e.getMessage());
                }
            }
        }
        return jars;
    }

    /** The file's {@code limits:} with the overrides' rule pack bounds over them: all a Linter is built with. */
    public Limits limits() {
        return merged.limits();
    }

    /**
     * The configuration for a run that starts while the packs load: the file and the overrides, the file's rule ids
     * NOT checked (call {@link #checkRuleIds} once the packs have loaded). The rules are asked for only when an
     * override switches rules ({@link Overrides#switchesRules()}), so without one the packs go on loading.
     */
    public LintConfig configWhileLoading(Supplier<? extends KnownRules> rules) {
        return overrides.switchesRules() ? switches(merged, rules.get()) : merged;
    }

    /** The whole configuration: the file's rule ids checked against the loaded rules, then every rule switch. */
    public LintConfig config(KnownRules rules) {
        checkRuleIds(rules);
        return switches(merged, rules);
    }

    /** Refuses a rule id of the file's {@code rules:} no loaded pack provides, at its line and column. */
    public void checkRuleIds(KnownRules rules) {
        read.check(rules);
    }

    /** The overrides' rule switches over {@code base}, in the order {@link Overrides} states. */
    public LintConfig switches(LintConfig base, KnownRules rules) {
        if (!overrides.switchesRules()) {
            return base;
        }
        Overrides.Names names = overrides.names();
        Set<String> disabled = new LinkedHashSet<>(base.disabledRules());
        for (String id : overrides.disable()) {
            disabled.add(known(rules, id, names.of("disable")));
        }
        for (String id : overrides.enable()) {
            disabled.remove(known(rules, id, names.of("enable")));
        }
        LintConfig switched = base.withDisabledRules(disabled);
        String setting = names.of("select");
        try {
            switched = rules.select(switched, overrides.select(), List.of());
            setting = names.of("ignore");
            return rules.select(switched, List.of(), overrides.ignore());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(setting + ": " + e.getMessage());
        }
    }

    /** The rule id as the rules spell it (a mis-cased id is recognised), else an error with a "did you mean". */
    private static String known(KnownRules rules, String id, String setting) {
        String trimmed = id.strip();
        if (rules.contains(trimmed)) {
            return trimmed;
        }
        return rules.ids().stream().filter(k -> k.equalsIgnoreCase(trimmed)).findFirst().orElseThrow(
                () -> new ConfigException(setting + " " + trimmed + ": unknown rule id"
                        + DidYouMean.hint(trimmed, rules.ids()) + "; run 'sagelint rules' for the list"));
    }
}
