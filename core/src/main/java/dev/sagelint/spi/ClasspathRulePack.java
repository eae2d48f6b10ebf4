package dev.sagelint.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 */
public abstract class ClasspathRulePack implements RulePack {

    private static final Pattern RULE_ID_PREFIX = Pattern.compile("^([A-Z]+[0-9]+)\\b.*");

    private final String id;
    private final String baseFolder;
    private volatile Map<String, String> resources;

    protected ClasspathRulePack(String id, String baseFolder) {
        this.id = id;
        this.baseFolder = baseFolder.endsWith("/") ? baseFolder : baseFolder + "/";
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
        return resources().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".md") && ruleId.equals(ruleIdOf(e.getKey())))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * Files named {@code good*} and {@code bad*} in a folder named by the rule id anywhere below the base
     * folder ({@code capacity/SL201/bad.yaml}): the layout of rule fixtures, so a pack can ship its
     * fixtures as examples.
     */
    @Override
    public List<RuleSource> examples(String ruleId) {
        return resources().entrySet().stream()
                .map(e -> Map.entry(ResourceFolder.EXAMPLE.matcher(e.getKey()), e.getValue()))
                .filter(e -> e.getKey().matches() && e.getKey().group(1).equals(ruleId))
                .map(e -> new RuleSource(e.getKey().group(2), e.getValue()))
                .sorted(java.util.Comparator.comparing(RuleSource::name))
                .toList();
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
