package dev.sagelint.config;

import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.TextFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .sagelint.yaml} into a {@link LintConfig}. Strict: an unknown key, an unknown rule id
 * (checked against the loaded rules, {@link KnownRules}) or a value of the wrong kind is a
 * {@link ConfigException} naming {@code file:line:column} and what is valid. The reference of every
 * key is {@link ConfigTemplate#TEXT}.
 */
public final class ConfigLoader {

    static final List<String> TOP_KEYS = List.of("failOnSeverity", "rules", "include", "exclude",
            "respectGitignore", "forceExclude", "baseline", "traffic", "production", "limits", "rulePacks", "quotas");
    static final List<String> RULE_KEYS = List.of("enabled", "severity");
    static final List<String> TRAFFIC_KEYS = List.of("pattern", "peakRps", "baselineRps", "unpredictableBursts",
            "peakHours", "instanceCapacityRps");
    static final List<String> LIMIT_KEYS = List.of("maxFileBytes", "maxNestingDepth", "maxAliases",
            "parseTimeoutMillis", "ruleTimeoutMillis", "maxRuleFirings", "packLoadTimeoutMillis");
    /** The limits that are times or sizes and may be larger than an int. */
    private static final List<String> LONG_LIMITS = List.of("maxFileBytes", "parseTimeoutMillis", "ruleTimeoutMillis",
            "packLoadTimeoutMillis");

    private final String name;
    /** Where the file names each rule id, checked against the loaded rules by {@link ConfigFile#check}. */
    private final Map<String, Location> ruleIds = new LinkedHashMap<>();
    private List<RulePackEntry> rulePacks = List.of();

    private ConfigLoader(String name) {
        this.name = name;
    }

    /** The configuration file's text, through TextFiles: a file that is not regular, too large or not UTF-8 is refused. */
    private static String text(Path file, String displayName) {
        try {
            return TextFiles.read(file, displayName, TextFiles.MAX_BYTES);
        } catch (TextFiles.Unreadable e) {
            throw e.location() != null ? new ConfigException(e.location(), e.problem())
                    : new ConfigException(e.getMessage(), e);
        }
    }

    /**
     * Reads and parses a configuration file once. A relative {@code baseline} path and the {@code rulePacks} in it are
     * resolved against the file's folder; its rule ids are checked later, against the loaded rules
     * ({@link ConfigFile#check}), because the packs it names load after it is read.
     *
     * @param displayName how messages name the file (usually the path the user would type)
     */
    public static ConfigFile read(Path file, String displayName) {
        String text = text(file, displayName);
        Path dir = file.toAbsolutePath().getParent();
        ConfigFile parsed = new ConfigLoader(displayName).parseFile(text, dir);
        LintConfig config = parsed.config();
        if (config.baseline() != null) {
            config = config.withBaseline(dir.resolve(config.baseline()).normalize().toString());
        }
        return new ConfigFile(displayName, config, parsed.rulePacks(), parsed.ruleIds());
    }

    /** Reads a configuration file and checks its rule ids against {@code catalog}: {@link #read} then check. */
    public static LintConfig load(Path file, String displayName, KnownRules catalog) {
        ConfigFile read = read(file, displayName);
        read.check(catalog);
        return read.config();
    }

    /** Parses configuration text; {@code name} is used in every message. */
    public static LintConfig parse(String name, String text, KnownRules catalog) {
        ConfigFile parsed = new ConfigLoader(name).parseFile(text, Path.of("."));
        parsed.check(catalog);
        return parsed.config();
    }

    /** A {@code rulePacks:} entry: a jar's path or a jar's Maven coordinates, as written and where. */
    public sealed interface RulePackEntry permits RulePackJar, RulePackCoordinates {
        /** The entry as written. */
        String name();

        /** Where the entry is, for messages. */
        Location at();
    }

    /**
     * A rule pack jar the configuration names ({@code rulePacks:}): the path as written, the jar resolved against the
     * configuration file's folder, and where it is named, for messages.
     */
    public record RulePackJar(String name, Path jar, Location at) implements RulePackEntry {
    }

    /** A rule pack the configuration names by Maven coordinates; each front end resolves it to a jar. */
    public record RulePackCoordinates(String name, MavenCoordinates coordinates, Location at) implements RulePackEntry {
    }

    private ConfigFile parseFile(String text, Path dir) {
        LintConfig config = parse(text, dir);
        return new ConfigFile(name, config, rulePacks, ruleIds);
    }

    private List<RulePackEntry> jars(Node n, Path dir) {
        if (isNull(n)) {
            return List.of();
        }
        if (!(n instanceof SequenceNode s)) {
            throw new ConfigException(at(n), "rulePacks must be a list of rule pack jar paths, relative to this file,"
                    + " or Maven coordinates groupId:artifactId:version");
        }
        List<RulePackEntry> out = new ArrayList<>();
        for (Node item : s.getValue()) {
            String path = scalar(item, "rulePacks entry");
            if (path.isBlank()) {
                throw new ConfigException(at(item), "rulePacks entry is empty; write the path of a rule pack jar"
                        + " or its Maven coordinates groupId:artifactId:version");
            }
            if (MavenCoordinates.meant(path)) {
                MavenCoordinates c = MavenCoordinates.parse(path).orElseThrow(() -> new ConfigException(at(item),
                        "rulePacks entry '" + path + "' is neither a jar path nor Maven coordinates; write"
                                + " groupId:artifactId:version (com.acme:acme-sagelint-rules:1.0.0), with a classifier"
                                + " groupId:artifactId:jar:classifier:version, or the jar's path ending in .jar"));
                out.add(new RulePackCoordinates(path, c, at(item)));
                continue;
            }
            try {
                out.add(new RulePackJar(path, dir.resolve(path).normalize(), at(item)));
            } catch (java.nio.file.InvalidPathException e) {
                throw new ConfigException(at(item), "rulePacks entry '" + path + "' is not a valid path");
            }
        }
        return out;
    }

    private Node compose(String text) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ConfigException(at(mark), "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(name + ": not valid YAML: " + e.getMessage());
        }
    }

    private LintConfig parse(String text, Path dir) {
        Node root = compose(text);
        LintConfig config = LintConfig.defaults();
        if (root == null) {
            return config;
        }
        MappingNode top = mapping(root, "the configuration");
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (NodeTuple t : top.getValue()) {
            String key = key(t, TOP_KEYS, "top level");
            Node v = t.getValueNode();
            switch (key) {
                case "failOnSeverity" -> config = config.withFailOnSeverity(threshold(v));
                case "rules" -> rules(v, disabled, severities);
                case "include" -> config = config.withIncludes(strings(v, key));
                case "exclude" -> config = config.withExcludes(strings(v, key));
                case "baseline" -> config = config.withBaseline(isNull(v) ? null : scalar(v, key));
                case "traffic" -> config = config.withTraffic(traffic(v));
                case "production" -> config = config.withProduction(production(v));
                case "limits" -> config = config.withLimits(limits(v));
                case "respectGitignore" -> config = config.withRespectGitignore(bool(v, key));
                case "forceExclude" -> config = config.withForceExclude(bool(v, key));
                case "rulePacks" -> rulePacks = jars(v, dir);
                case "quotas" -> config = config.withQuotas(quotas(v));
                default -> throw new IllegalStateException(key);
            }
        }
        return config.withDisabledRules(disabled).withSeverities(severities);
    }

    /** error, warning, info or none (never fail). */
    public static Optional<Severity> parseThreshold(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown failure threshold '" + text
                    + "'; expected one of error, warning, info, none");
        }
    }

    private Optional<Severity> threshold(Node v) {
        try {
            return parseThreshold(scalar(v, "failOnSeverity"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at(v), e.getMessage());
        }
    }

    private void rules(Node node, Set<String> disabled, Map<String, Severity> severities) {
        for (NodeTuple t : mapping(node, "rules").getValue()) {
            String id = scalar(t.getKeyNode(), "a rule id");
            ruleIds.putIfAbsent(id, at(t.getKeyNode()));
            Node v = t.getValueNode();
            if (v instanceof MappingNode m) {
                for (NodeTuple r : m.getValue()) {
                    String k = key(r, RULE_KEYS, "rules." + id);
                    if (k.equals("enabled")) {
                        if (!bool(r.getValueNode(), "rules." + id + ".enabled")) {
                            disabled.add(id);
                        }
                    } else {
                        severities.put(id, severity(r.getValueNode()));
                    }
                }
            } else {
                String s = scalar(v, "rules." + id).toLowerCase(Locale.ROOT);
                switch (s) {
                    case "off", "false", "no" -> disabled.add(id);
                    case "on", "true", "yes" -> disabled.remove(id);
                    default -> severities.put(id, severity(v));
                }
            }
        }
    }

    private Severity severity(Node v) {
        String s = scalar(v, "a severity");
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at(v), "unknown value '" + s + "'; expected off, on, error, warning or info");
        }
    }

    private Map<String, TrafficProfile> traffic(Node node) {
        Map<String, TrafficProfile> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping(node, "traffic").getValue()) {
            String endpoint = scalar(t.getKeyNode(), "an endpoint name");
            TrafficProfile.Pattern pattern = null;
            Double peak = null;
            Double base = null;
            Boolean bursts = null;
            String hours = null;
            Double capacity = null;
            Map<String, Location> fields = new LinkedHashMap<>();
            for (NodeTuple f : mapping(t.getValueNode(), "traffic." + endpoint).getValue()) {
                String k = key(f, TRAFFIC_KEYS, "traffic." + endpoint);
                Node v = f.getValueNode();
                fields.put(k, at(v));
                switch (k) {
                    case "pattern" -> pattern = pattern(v);
                    case "peakRps" -> peak = number(v, k);
                    case "baselineRps" -> base = number(v, k);
                    case "unpredictableBursts" -> bursts = bool(v, k);
                    case "peakHours" -> hours = scalar(v, k);
                    case "instanceCapacityRps" -> capacity = number(v, k);
                    default -> throw new IllegalStateException(k);
                }
            }
            out.put(endpoint, new TrafficProfile(pattern, peak, base, bursts, hours, capacity,
                    new Source(at(t.getValueNode()), fields, Set.of())));
        }
        return out;
    }

    private TrafficProfile.Pattern pattern(Node v) {
        String s = scalar(v, "pattern");
        try {
            return TrafficProfile.Pattern.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at(v), "unknown traffic pattern '" + s + "'; expected steady, spiky or predictable");
        }
    }

    private Map<String, Boolean> production(Node node) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping(node, "production").getValue()) {
            String endpoint = scalar(t.getKeyNode(), "an endpoint name");
            out.put(endpoint, bool(t.getValueNode(), "production." + endpoint));
        }
        return out;
    }

    /**
     * quotas: { ml.g5.xlarge: 4, serverlessConcurrency: 10 }: the account's per-type "for endpoint usage" quotas
     * (SL207) and serverless concurrency quotas (SL211), as the native spec's {@code quotas:} declares them.
     */
    private Map<String, Integer> quotas(Node node) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping(node, "quotas").getValue()) {
            String name = scalar(t.getKeyNode(), "a quota name");
            if (!dev.sagelint.model.ServerlessQuota.named(name) && !dev.sagelint.aws.InstanceTypes.known(name)) {
                List<String> near = dev.sagelint.aws.InstanceTypes.nearest(name, 1);
                throw new ConfigException(at(t.getKeyNode()), "quotas key '" + name + "' is not a SageMaker hosting"
                        + " instance type, serverlessConcurrency or serverlessProvisionedConcurrency"
                        + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?"));
            }
            double n = number(t.getValueNode(), "quotas." + name);
            if (n < 0 || n != Math.rint(n) || n > Integer.MAX_VALUE) {
                throw new ConfigException(at(t.getValueNode()), "quotas." + name + " must be a whole number >= 0,"
                        + " not " + scalar(t.getValueNode(), name));
            }
            out.put(name, (int) n);
        }
        return out;
    }

    private Limits limits(Node node) {
        long bytes = Limits.DEFAULT.maxFileBytes();
        int depth = Limits.DEFAULT.maxNestingDepth();
        int aliases = Limits.DEFAULT.maxAliases();
        long timeout = Limits.DEFAULT.parseTimeoutMillis();
        long ruleTimeout = Limits.DEFAULT.ruleTimeoutMillis();
        int firings = Limits.DEFAULT.maxRuleFirings();
        long packLoad = Limits.DEFAULT.packLoadTimeoutMillis();
        for (NodeTuple t : mapping(node, "limits").getValue()) {
            String k = key(t, LIMIT_KEYS, "limits");
            long n = Math.round(number(t.getValueNode(), k));
            if (n <= 0 || n > Integer.MAX_VALUE && !LONG_LIMITS.contains(k)) {
                throw new ConfigException(at(t.getValueNode()), k + " must be a positive whole number, not " + n);
            }
            switch (k) {
                case "maxFileBytes" -> bytes = n;
                case "maxNestingDepth" -> depth = (int) n;
                case "parseTimeoutMillis" -> timeout = n;
                case "ruleTimeoutMillis" -> ruleTimeout = n;
                case "maxRuleFirings" -> firings = (int) n;
                case "packLoadTimeoutMillis" -> packLoad = n;
                default -> aliases = (int) n;
            }
        }
        return new Limits(bytes, depth, aliases, timeout, ruleTimeout, firings, packLoad);
    }

    // --- node helpers ---------------------------------------------------------------------------

    private String key(NodeTuple t, List<String> valid, String where) {
        String k = scalar(t.getKeyNode(), "a key");
        if (!valid.contains(k)) {
            throw new ConfigException(at(t.getKeyNode()), "unknown key '" + k + "' at " + where
                    + "; expected one of " + String.join(", ", valid));
        }
        return k;
    }

    private MappingNode mapping(Node n, String what) {
        if (n instanceof MappingNode m) {
            return m;
        }
        if (isNull(n)) {
            return new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO);
        }
        throw new ConfigException(at(n), what + " must be a mapping of keys to values");
    }

    private List<String> strings(Node n, String what) {
        if (isNull(n)) {
            return List.of();
        }
        if (n instanceof ScalarNode) {
            return List.of(scalar(n, what));
        }
        if (!(n instanceof SequenceNode s)) {
            throw new ConfigException(at(n), what + " must be a list of glob patterns");
        }
        List<String> out = new ArrayList<>();
        for (Node item : s.getValue()) {
            out.add(scalar(item, what + " entry"));
        }
        return out;
    }

    private String scalar(Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new ConfigException(at(n), what + " must be a single value, not a "
                + (n instanceof MappingNode ? "mapping" : "list"));
    }

    private boolean bool(Node n, String what) {
        String s = scalar(n, what).strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(at(n), what + " must be true or false, not '" + s + "'");
        };
    }

    private double number(Node n, String what) {
        String s = scalar(n, what).strip().replace("_", "");
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ConfigException(at(n), what + " must be a number, not '" + s + "'");
        }
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (s.getTag().getValue().endsWith(":null")
                || s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"));
    }

    private Location at(Node n) {
        return at(n.getStartMark());
    }

    private Location at(Mark mark) {
        return mark == null ? Location.ofFile(name) : new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
