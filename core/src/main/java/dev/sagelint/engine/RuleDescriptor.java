package dev.sagelint.engine;

import dev.sagelint.model.Severity;
import dev.sagelint.spi.RuleSource;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, read from its DRL metadata.
 *
 * @param id          the rule name, e.g. SL201
 * @param severity    {@code @severity}
 * @param summary     {@code @summary}: one line, no final period
 * @param since       {@code @since}: the version that introduced it
 * @param tags        {@code @tags}: comma-separated in the DRL
 * @param packId      the rule pack that provides it
 * @param explanation the Markdown explanation, empty when the pack has none
 * @param examples    bad and good example inputs, bad first
 * @param helpUri     the rule's documentation page as its pack gives it ({@link dev.sagelint.spi.RulePack#documentationUrl}),
 *                    or null
 */
public record RuleDescriptor(String id, Severity severity, String summary, String since, List<String> tags,
                             String packId, String explanation, List<RuleSource> examples, String helpUri)
        implements Comparable<RuleDescriptor> {

    /** Two to five capital letters and three digits: SL201, ACME042. */
    public static final Pattern ID = Pattern.compile("[A-Z]{2,5}[0-9]{3}");

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        tags = List.copyOf(tags);
        explanation = explanation == null ? "" : explanation;
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    public RuleDescriptor(String id, Severity severity, String summary, String since, List<String> tags,
                          String packId, String explanation) {
        this(id, severity, summary, since, tags, packId, explanation, List.of(), null);
    }

    public RuleDescriptor(String id, Severity severity, String summary, String since, List<String> tags,
                          String packId, String explanation, List<RuleSource> examples) {
        this(id, severity, summary, since, tags, packId, explanation, examples, null);
    }

    /** The area digit's name for built-in ids (SL2xx is "capacity"). */
    public String area() {
        if (!id.startsWith("SL") || id.length() != 5) {
            return "plugin";
        }
        return switch (id.charAt(2)) {
            case '0' -> "input";
            case '1' -> "scaling policies";
            case '2' -> "capacity";
            case '3' -> "metrics";
            case '4' -> "networking";
            case '5' -> "purchase options";
            case '6' -> "serverless, async and inference components";
            case '7' -> "wiring and tool-specific";
            default -> "plugin";
        };
    }

    @Override
    public int compareTo(RuleDescriptor o) {
        return id.compareTo(o.id);
    }
}
