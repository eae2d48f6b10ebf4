package dev.sagelint.engine;

import dev.sagelint.config.DidYouMean;
import dev.sagelint.config.LintConfig;
import dev.sagelint.model.Severity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --select} and {@code --ignore}: which rules run, named as ruff and Checkov users name them. A
 * selector is a rule id ({@code SL201}, any case), an id prefix ({@code SL2}: every capacity rule), a
 * tag ({@code capacity}) or a severity ({@code error}, {@code warning}, {@code info}: the rule's severity
 * after the configuration's overrides).
 *
 * <p>With selectors, only the selected rules run; ignored rules never run (ignore wins). A rule the
 * configuration switched off stays off unless it is selected by its own id.
 */
public final class RuleSelection {

    private RuleSelection() {
    }

    /**
     * The rules one selector names, sorted by id.
     *
     * @throws IllegalArgumentException when it names no rule, with what it can be and a "did you mean"
     */
    public static List<RuleDescriptor> matching(String selector, Collection<RuleDescriptor> rules, LintConfig config) {
        String s = selector.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        List<RuleDescriptor> sorted = rules.stream().sorted().toList();
        List<RuleDescriptor> byId = sorted.stream().filter(r -> r.id().equalsIgnoreCase(s)).toList();
        if (!byId.isEmpty()) {
            return byId;
        }
        if (upper.matches("[A-Z]{2,5}[0-9]{0,2}")) {
            List<RuleDescriptor> prefixed = sorted.stream().filter(r -> r.id().startsWith(upper)).toList();
            if (!prefixed.isEmpty()) {
                return prefixed;
            }
        }
        for (Severity level : Severity.values()) {
            if (level.label().equalsIgnoreCase(s)) {
                return sorted.stream().filter(r -> config.severityOf(r.id(), r.severity()) == level).toList();
            }
        }
        List<RuleDescriptor> tagged = sorted.stream()
                .filter(r -> r.tags().stream().anyMatch(t -> t.equalsIgnoreCase(s))).toList();
        if (!tagged.isEmpty()) {
            return tagged;
        }
        Set<String> candidates = new TreeSet<>();
        sorted.forEach(r -> {
            candidates.add(r.id());
            candidates.addAll(r.tags());
        });
        throw new IllegalArgumentException("'" + s + "' names no rule" + DidYouMean.hint(s, candidates)
                + "; expected a rule id (SL201), an id prefix (SL2), a tag (capacity) or a severity"
                + " (error, warning, info); 'sagelint rules' lists them");
    }

    /** Every rule the selectors name, each selector split at commas. */
    public static Set<String> ids(List<String> selectors, Collection<RuleDescriptor> rules, LintConfig config) {
        Set<String> ids = new LinkedHashSet<>();
        for (String selector : split(selectors)) {
            matching(selector, rules, config).forEach(r -> ids.add(r.id()));
        }
        return ids;
    }

    /**
     * The configuration with {@code select} and {@code ignore} applied to its switched-off rules.
     *
     * @param select empty: every rule the configuration leaves on
     */
    public static LintConfig apply(LintConfig config, Collection<RuleDescriptor> rules, List<String> select,
                                   List<String> ignore) {
        List<String> selectors = split(select);
        Set<String> disabled = new TreeSet<>(config.disabledRules());
        if (!selectors.isEmpty()) {
            Set<String> chosen = ids(selectors, rules, config);
            for (RuleDescriptor r : rules) {
                if (!chosen.contains(r.id())) {
                    disabled.add(r.id());
                }
            }
            // naming a rule by its own id switches it on even when the configuration switched it off
            for (String selector : selectors) {
                rules.stream().filter(r -> r.id().equalsIgnoreCase(selector.strip()))
                        .forEach(r -> disabled.remove(r.id()));
            }
        }
        disabled.addAll(ids(ignore, rules, config));
        return config.withDisabledRules(disabled);
    }

    private static List<String> split(List<String> selectors) {
        List<String> out = new ArrayList<>();
        for (String s : selectors == null ? List.<String>of() : selectors) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
