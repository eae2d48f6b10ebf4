package dev.sagelint.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A rule pack made of resources under one base folder of its jar: every {@code *.drl} below it is a
 * rule source, and every {@code <ruleId>*.md} is that rule's explanation. Subclass it with a
 * no-argument constructor that names the folder:
 *
 * <pre>{@code
 * public final class AcmeRules extends ClasspathRulePack {
 *     public AcmeRules() { super("acme", "com/acme/sagelint/rules"); }
 * }
 * }</pre>
 *
 * <p>With a documentation URL pattern ({@code super("acme", "com/acme/sagelint/rules",
 * "https://acme.example/sagelint/{id}.html")}) every rule links to its page ({@code {id}} is the rule id).
 */
public abstract class ClasspathRulePack implements RulePack {

    private static final Pattern RULE_ID_PREFIX = Pattern.compile("^([A-Z]+[0-9]+)\\b.*");

    private final String id;
    private final String baseFolder;
    private final String documentationPattern;
    private volatile Map<String, String> resources;

    protected ClasspathRulePack(String id, String baseFolder) {
        this(id, baseFolder, null);
    }

    /** @param documentationPattern a rule's page, {@code {id}} standing for its id; null for none */
    protected ClasspathRulePack(String id, String baseFolder, String documentationPattern) {
        this.id = id;
        this.baseFolder = baseFolder.endsWith("/") ? baseFolder : baseFolder + "/";
        this.documentationPattern = documentationPattern;
    }

    @Override
    public Optional<String> documentationUrl(String ruleId) {
        return Optional.ofNullable(documentationPattern).map(p -> p.replace("{id}", ruleId));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<RuleSource> sources() {
        return resources().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".drl"))
                .map(e -> new RuleSource(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public Optional<String> explanation(String ruleId) {
        return Optional.ofNullable(index().explanations().get(ruleId));
    }

    /**
     * Files named {@code good*} and {@code bad*} in a folder named by the rule id anywhere below the base
     * folder ({@code capacity/SL201/bad.yaml}): the layout of rule fixtures, so a pack can ship its
     * fixtures as examples.
     */
    @Override
    public List<RuleSource> examples(String ruleId) {
        return index().examples().getOrDefault(ruleId, List.of());
    }

    /**
     * Explanations and examples by rule id, found in one pass over the resources: loading a pack describes every
     * rule, and matching every resource name once per rule made that quadratic (a tenth of a short run).
     */
    private record Index(Map<String, String> explanations, Map<String, List<RuleSource>> examples) {
    }

    private volatile Index index;

    private Index index() {
        Index built = index;
        if (built == null) {
            Map<String, String> explanations = new TreeMap<>();
            Map<String, List<RuleSource>> examples = new TreeMap<>();
            for (Map.Entry<String, String> e : resources().entrySet()) { // sorted by path: the first .md wins
                if (e.getKey().endsWith(".md")) {
                    String rule = ruleIdOf(e.getKey());
                    if (rule != null) {
                        explanations.putIfAbsent(rule, e.getValue());
                    }
                }
                var example = ResourceFolder.EXAMPLE.matcher(e.getKey());
                if (example.matches()) {
                    examples.computeIfAbsent(example.group(1), k -> new ArrayList<>())
                            .add(new RuleSource(example.group(2), forReaders(e.getValue())));
                }
            }
            examples.replaceAll((rule, list) -> list.stream()
                    .sorted(java.util.Comparator.comparing(RuleSource::name)).toList());
            built = new Index(explanations, examples);
            index = built;
        }
        return built;
    }

    private static final Pattern MARKER = Pattern.compile("(#|//)\\s*expect:\\s*(.*)$");
    private static final Pattern MARKER_RULE = Pattern.compile("\\b[A-Z]{2,5}[0-9]{3}\\b");

    /**
     * An example as users read it (sagelint explain, generated docs): each test marker
     * ({@code # expect: SL201 "fragment"}) becomes {@code # <- SL201 reported here}, so the reader still sees which
     * line is reported, without the test harness's syntax and message fragments.
     */
    static String forReaders(String fixture) {
        StringBuilder out = new StringBuilder(fixture.length());
        for (String line : fixture.split("\\R", -1)) {
            var m = MARKER.matcher(line);
            if (m.find()) {
                var rules = MARKER_RULE.matcher(m.group(2).replaceAll("\"[^\"]*\"", ""));
                java.util.Set<String> ids = new java.util.LinkedHashSet<>(); // a rule reported twice on a line is named once
                while (rules.find()) {
                    ids.add(rules.group());
                }
                String before = line.substring(0, m.start()).stripTrailing();
                line = ids.isEmpty() ? before
                        : before + (before.isEmpty() ? "" : "  ") + m.group(1) + " <- " + String.join(", ", ids)
                                + " reported here";
            }
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** All resources below the base folder, by path, loaded once. */
    protected Map<String, String> resources() {
        Map<String, String> loaded = resources;
        if (loaded == null) {
            try {
                loaded = new TreeMap<>(ResourceFolder.read(classLoader(), baseFolder));
                if (loaded.isEmpty()) {
                    loaded.putAll(ResourceFolder.readCodeSource(getClass(), baseFolder));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the resources of rule pack " + id, e);
            }
            resources = loaded;
        }
        return loaded;
    }

    private static String ruleIdOf(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        var m = RULE_ID_PREFIX.matcher(fileName);
        return m.matches() ? m.group(1) : null;
    }
}
