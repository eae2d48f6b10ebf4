package dev.sagelint.engine;

import dev.sagelint.model.Severity;
import dev.sagelint.spi.RuleSource;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a rule is, read from its DRL metadata: its id, severity, summary, since, tags, pack and documentation page, and
 * its explanation and examples. A pack's explanations and examples are read from its jar only when one of them is
 * first asked for ({@code sagelint explain}, SARIF, the rule docs): reading and rewriting them for every rule was a
 * quarter of loading the built-in pack, which a lint that prints text never needs. Equal when every part is.
 */
public final class RuleDescriptor implements Comparable<RuleDescriptor> {

    /** Two to five capital letters and three digits: SL201, ACME042. */
    public static final Pattern ID = Pattern.compile("[A-Z]{2,5}[0-9]{3}");

    private final String id;
    private final Severity severity;
    private final String summary;
    private final String since;
    private final List<String> tags;
    private final String packId;
    private final String helpUri;
    private final Supplier<String> explanationSource;
    private final Supplier<List<RuleSource>> examplesSource;
    private volatile Texts texts;

    /** The explanation and examples once read. */
    private record Texts(String explanation, List<RuleSource> examples) {
    }

    /**
     * @param id          the rule name, e.g. SL201
     * @param severity    {@code @severity}
     * @param summary     {@code @summary}: one line, no final period
     * @param since       {@code @since}: the version that introduced it
     * @param tags        {@code @tags}: comma-separated in the DRL
     * @param packId      the rule pack that provides it
     * @param explanation the Markdown explanation, empty when the pack has none
     * @param examples    bad and good example inputs, bad first
     * @param helpUri     the rule's documentation page as its pack gives it
     *                    ({@link dev.sagelint.spi.RulePack#documentationUrl}), or null
     */
    public RuleDescriptor(String id, Severity severity, String summary, String since, List<String> tags,
                          String packId, String explanation, List<RuleSource> examples, String helpUri) {
        this(id, severity, summary, since, tags, packId, () -> explanation, () -> examples, helpUri);
        texts();
    }

    public RuleDescriptor(String id, Severity severity, String summary, String since, List<String> tags,
                          String packId, String explanation) {
        this(id, severity, summary, since, tags, packId, explanation, List.of(), null);
    }

    public RuleDescriptor(String id, Severity severity, String summary, String since, List<String> tags,
                          String packId, String explanation, List<RuleSource> examples) {
        this(id, severity, summary, since, tags, packId, explanation, examples, null);
    }

    private RuleDescriptor(String id, Severity severity, String summary, String since, List<String> tags,
                           String packId, Supplier<String> explanation, Supplier<List<RuleSource>> examples,
                           String helpUri) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.summary = summary;
        this.since = since;
        this.tags = List.copyOf(tags);
        this.packId = packId;
        this.helpUri = helpUri;
        this.explanationSource = Objects.requireNonNull(explanation, "explanation");
        this.examplesSource = Objects.requireNonNull(examples, "examples");
    }

    /**
     * A rule whose explanation and examples are read from its pack when first asked for, once; what the suppliers
     * throw then (a broken pack) reaches the caller that asked.
     */
    public static RuleDescriptor withLazyTexts(String id, Severity severity, String summary, String since,
                                               List<String> tags, String packId, Supplier<String> explanation,
                                               Supplier<List<RuleSource>> examples, String helpUri) {
        return new RuleDescriptor(id, severity, summary, since, tags, packId, explanation, examples, helpUri);
    }

    private Texts texts() {
        Texts read = texts;
        if (read == null) {
            synchronized (this) {
                read = texts;
                if (read == null) {
                    String explanation = explanationSource.get();
                    List<RuleSource> examples = examplesSource.get();
                    read = new Texts(explanation == null ? "" : explanation,
                            examples == null ? List.of() : List.copyOf(examples));
                    texts = read;
                }
            }
        }
        return read;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }

    public String since() {
        return since;
    }

    public List<String> tags() {
        return tags;
    }

    public String packId() {
        return packId;
    }

    /** The Markdown explanation, empty when the pack has none. */
    public String explanation() {
        return texts().explanation();
    }

    /** Bad and good example inputs, bad first. */
    public List<RuleSource> examples() {
        return texts().examples();
    }

    /** The rule's documentation page as its pack gives it, or null. */
    public String helpUri() {
        return helpUri;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleDescriptor d && id.equals(d.id) && severity == d.severity
                && Objects.equals(summary, d.summary) && Objects.equals(since, d.since) && tags.equals(d.tags)
                && Objects.equals(packId, d.packId) && Objects.equals(helpUri, d.helpUri)
                && texts().equals(d.texts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, severity, summary, since, tags, packId, helpUri, texts());
    }

    @Override
    public String toString() {
        return "RuleDescriptor[id=" + id + ", severity=" + severity + ", summary=" + summary + ", since=" + since
                + ", tags=" + tags + ", packId=" + packId + ", helpUri=" + helpUri + "]";
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
