package dev.sagelint.engine;

import dev.sagelint.spi.RuleSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders rule documentation from the rules themselves (metadata, explanation, examples), so the
 * generated pages, {@code sagelint explain} and the SARIF help all show the same text.
 */
public final class RuleDocs {

    private RuleDocs() {
    }

    /** One rule's page: heading and metadata from the DRL, the explanation, then the bad and good examples. */
    public static String page(RuleDescriptor rule) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(rule.id()).append(": ").append(rule.summary()).append("\n\n");
        out.append("Severity: **").append(rule.severity().label()).append("** · Since ").append(rule.since())
                .append(rule.tags().isEmpty() ? "" : " · Tags: " + String.join(", ", rule.tags()))
                .append(" · Area: ").append(rule.area()).append("\n\n");
        String body = body(rule.explanation()).strip();
        if (!body.isEmpty()) {
            out.append(body).append("\n");
        }
        if (!rule.examples().isEmpty()) {
            out.append("\n## Examples\n");
            for (RuleSource example : rule.examples()) {
                out.append("\n### ").append(example.name().startsWith("bad") ? "Reported" : "Not reported")
                        .append(": `").append(example.name()).append("`\n\n```").append(language(example.name()))
                        .append('\n').append(example.text().strip()).append("\n```\n");
            }
        }
        return out.toString();
    }

    /** A Markdown table of every rule, grouped by area and sorted by id; links go to {@code <linkPrefix>SL201.md}. */
    public static String index(List<RuleDescriptor> rules, String linkPrefix) {
        Map<String, List<RuleDescriptor>> byArea = rules.stream().sorted()
                .collect(Collectors.groupingBy(r -> r.id().substring(0, Math.min(3, r.id().length())),
                        TreeMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder();
        for (List<RuleDescriptor> group : byArea.values()) {
            String area = group.get(0).area();
            out.append("\n### ").append(Character.toUpperCase(area.charAt(0))).append(area.substring(1))
                    .append("\n\n| id | severity | summary |\n|---|---|---|\n");
            for (RuleDescriptor r : group) {
                out.append("| [").append(r.id()).append("](").append(linkPrefix).append(r.id()).append(".md) | ")
                        .append(r.severity().label()).append(" | ").append(r.summary().replace("|", "\\|"))
                        .append(" |\n");
            }
        }
        return out.toString().stripLeading();
    }

    /** The explanation without its own top-level heading (the page has one from the metadata). */
    private static String body(String explanation) {
        String text = explanation.stripLeading();
        if (text.startsWith("# ")) {
            int nl = text.indexOf('\n');
            text = nl < 0 ? "" : text.substring(nl + 1);
        }
        return text;
    }

    private static String language(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return "json";
        }
        if (lower.endsWith(".tf")) {
            return "hcl";
        }
        return "yaml";
    }
}
