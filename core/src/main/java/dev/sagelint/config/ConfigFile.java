package dev.sagelint.config;

import dev.sagelint.model.Location;

import java.util.List;
import java.util.Map;

/**
 * A configuration file read and parsed once: its settings, the rule packs it names (needed before the packs load)
 * and where it names each rule id, which can only be checked once they have loaded ({@link #check}).
 *
 * @param name      how messages name the file
 * @param config    the file's settings over the defaults
 * @param rulePacks the {@code rulePacks:} entries, resolved against the file's folder
 * @param ruleIds   the rule ids under {@code rules:}, in the file's order, with where each is written
 */
public record ConfigFile(String name, LintConfig config, List<ConfigLoader.RulePackEntry> rulePacks,
                         Map<String, Location> ruleIds) {

    public ConfigFile {
        rulePacks = List.copyOf(rulePacks);
        ruleIds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleIds));
    }

    /** No configuration file: the defaults. */
    public static ConfigFile none() {
        return new ConfigFile("", LintConfig.defaults(), List.of(), Map.of());
    }

    /**
     * Refuses a rule id no loaded pack provides, at the place the file names it (the first such id in the file).
     *
     * @throws ConfigException with {@code file:line:column}, a "did you mean" and where the valid ids are listed
     */
    public void check(KnownRules known) {
        for (Map.Entry<String, Location> e : ruleIds.entrySet()) {
            String id = e.getKey();
            if (!known.contains(id)) {
                throw new ConfigException(e.getValue(), "unknown rule id '" + id + "' under rules"
                        + DidYouMean.hint(id, known.ids()) + "; run 'sagelint rules' for the valid ids (rules of a"
                        + " plugin pack need its --rules-jar)");
            }
        }
    }
}
