package dev.sagelint.cli;

import dev.sagelint.config.Overrides;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The options that decide which configuration applies and which rules run, shared by {@code lint} and
 * {@code rules} so that {@code sagelint rules --effective} shows exactly what {@code lint} would run.
 */
final class ConfigOptions {

    @Mixin
    ConfigFileOptions file;

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

    /** The configuration file options and the rule switches, as overrides of the file. */
    Overrides.Builder overrides() {
        return file.overrides().disable(disable).enable(enable).select(select).ignore(ignore);
    }
}
