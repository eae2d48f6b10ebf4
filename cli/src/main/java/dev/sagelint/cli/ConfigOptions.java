package dev.sagelint.cli;

import dev.sagelint.config.ConfigException;
import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.ConfigLocator;
import dev.sagelint.config.DidYouMean;
import dev.sagelint.config.KnownRules;
import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.Linter;
import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.engine.RuleSelection;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The options that decide which configuration applies and which rules run, shared by {@code lint} and
 * {@code rules} so that {@code sagelint rules --effective} shows exactly what {@code lint} would run.
 */
final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: .sagelint.yaml in the working folder or above).")
    Path config;

    @Option(names = "--no-config", description = "Ignore .sagelint.yaml files.")
    boolean noConfig;

    @Option(names = "--select", paramLabel = "RULES", split = ",",
            completionCandidates = RuleCompletion.class,
            description = "Run only these rules: ids (SL201), id prefixes (SL2), tags (capacity) or severities"
                    + " (error, warning, info). Repeatable, comma-separated allowed.")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "RULES", split = ",",
            completionCandidates = RuleCompletion.class,
            description = "Never run these rules (same forms as --select; wins over it). Repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", completionCandidates = RuleCompletion.class,
            description = "Switch a rule off (e.g. SL106). Repeatable, comma-separated allowed.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",", completionCandidates = RuleCompletion.class,
            description = "Switch on a rule the configuration switched off. Repeatable.")
    List<String> enable = new ArrayList<>();

    /** The configuration file in use: --config, else the nearest .sagelint.yaml, none with --no-config. */
    Optional<Path> file(Env env) {
        if (config != null) {
            Path file = env.resolve(config);
            if (!Files.exists(file)) {
                throw new UsageException("--config " + config + ": no such file");
            }
            String kind = dev.sagelint.parse.TextFiles.nonRegularKind(file);
            if (kind != null) {
                throw new UsageException("--config: " + dev.sagelint.parse.TextFiles.notRegular(config.toString(), kind));
            }
            return Optional.of(file);
        }
        return noConfig ? Optional.empty() : ConfigLocator.find(env.workingDir());
    }

    /** The configuration file's settings, or the defaults; its rule ids are checked against {@code known}. */
    /**
     * The rule pack bounds the configuration file sets ({@code limits:}), needed before the packs load and so before
     * the configuration's rule ids can be checked: the file is read here without that check, which {@link #load} does.
     */
    dev.sagelint.engine.RuleLimits ruleLimits(Env env) {
        return dev.sagelint.engine.RuleLimits.of(load(env, id -> true).limits());
    }

    LintConfig load(Env env, KnownRules known) {
        Optional<Path> file = file(env);
        return file.map(f -> ConfigLoader.load(f, ProjectLinter.display(env.workingDir(), f), known))
                .orElse(LintConfig.defaults());
    }

    /** --disable, --enable, --select and --ignore over the configuration's rule switches. */
    LintConfig rules(LintConfig cfg, Linter linter) {
        if (disable.isEmpty() && enable.isEmpty() && select.isEmpty() && ignore.isEmpty()) {
            return cfg; // without rule options the packs may go on loading in the background
        }
        Set<String> disabled = new LinkedHashSet<>(cfg.disabledRules());
        for (String id : disable) {
            disabled.add(known(linter, id, "--disable"));
        }
        for (String id : enable) {
            disabled.remove(known(linter, id, "--enable"));
        }
        LintConfig switched = cfg.withDisabledRules(disabled);
        List<String> selectors = new ArrayList<>(select);
        String option = "--select";
        try {
            switched = RuleSelection.apply(switched, linter.catalog().all(), selectors, List.of());
            option = "--ignore";
            return RuleSelection.apply(switched, linter.catalog().all(), List.of(), ignore);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    static String known(Linter linter, String id, String option) {
        String trimmed = id.strip();
        if (linter.catalog().contains(trimmed)) {
            return trimmed;
        }
        Optional<String> cased = linter.catalog().ids().stream().filter(k -> k.equalsIgnoreCase(trimmed)).findFirst();
        if (cased.isPresent()) {
            return cased.get();
        }
        throw new ConfigException(option + " " + trimmed + ": unknown rule id"
                + DidYouMean.hint(trimmed, linter.catalog().ids()) + "; run 'sagelint rules' for the list");
    }
}
