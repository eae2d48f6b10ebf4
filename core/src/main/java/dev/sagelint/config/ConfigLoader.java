package dev.sagelint.config;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.TextFiles;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.yaml.YamlDoc;
import dev.sagelint.parse.yaml.YamlDocuments;

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
 * {@link ConfigException} naming {@code file:line:column} and what is valid. The file is read through the located tree
 * ({@link YamlDoc}), as every input is. The reference of every key is {@link ConfigTemplate#TEXT}.
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
    /** SnakeYAML's defaults (3 MiB of code points, 50 levels, 50 aliases), which the file has always been read under. */
    private static final Limits YAML_LIMITS = new Limits(3L * 1024 * 1024, 50, 50);

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

    private List<RulePackEntry> jars(Doc n, Path dir) {
        if (isNull(n)) {
            return List.of();
        }
        if (!(n instanceof Doc.Arr s)) {
            throw new ConfigException(n.at(), "rulePacks must be a list of rule pack jar paths, relative to this file,"
                    + " or Maven coordinates groupId:artifactId:version");
        }
        List<RulePackEntry> out = new ArrayList<>();
        for (Doc item : s.items()) {
            String path = scalar(item, "rulePacks entry");
            if (path.isBlank()) {
                throw new ConfigException(item.at(), "rulePacks entry is empty; write the path of a rule pack jar"
                        + " or its Maven coordinates groupId:artifactId:version");
            }
            if (MavenCoordinates.meant(path)) {
                MavenCoordinates c = MavenCoordinates.parse(path).orElseThrow(() -> new ConfigException(item.at(),
                        "rulePacks entry '" + path + "' is neither a jar path nor Maven coordinates; write"
                                + " groupId:artifactId:version (com.acme:acme-sagelint-rules:1.0.0), with a classifier"
                                + " groupId:artifactId:jar:classifier:version, or the jar's path ending in .jar"));
                out.add(new RulePackCoordinates(path, c, item.at()));
                continue;
            }
            try {
                out.add(new RulePackJar(path, dir.resolve(path).normalize(), item.at()));
            } catch (java.nio.file.InvalidPathException e) {
                throw new ConfigException(item.at(), "rulePacks entry '" + path + "' is not a valid path");
            }
        }
        return out;
    }

    /**
     * The file's one document as a located tree, null when it holds none. The first problem is fatal: not YAML (worded
     * as the parser words it), a second document, a duplicate key, a tag, a key that is not a single value.
     */
    private Doc compose(String text) {
        YamlDocuments.Result result = YamlDocuments.composeSingle(name, text, YAML_LIMITS);
        if (result instanceof YamlDocuments.Failed f) {
            throw f.placed() ? new ConfigException(f.location(), "not valid YAML: " + f.problem())
                    : new ConfigException(name + ": not valid YAML: " + f.problem());
        }
        YamlDocuments.Parsed parsed = (YamlDocuments.Parsed) result;
        if (parsed.documents().isEmpty()) {
            return null;
        }
        List<InputProblem> problems = new ArrayList<>();
        Doc root = YamlDoc.document(name, parsed, 0, problems,
                tag -> "YAML tag '" + tag + "' is not allowed in the configuration; write the plain value");
        if (!problems.isEmpty()) {
            InputProblem first = problems.get(0);
            throw new ConfigException(first.source().location(), keyProblem(first.message()));
        }
        return root;
    }

    /** A key that is not a single value, as the configuration has always worded it; any other problem as it is. */
    private static String keyProblem(String message) {
        if (message.startsWith(YamlDoc.KEY_NOT_SCALAR)) {
            return "a key must be a single value, not a "
                    + (message.startsWith(YamlDoc.KEY_NOT_SCALAR + "a list") ? "list" : "mapping");
        }
        return message;
    }

    private LintConfig parse(String text, Path dir) {
        Doc root = compose(text);
        LintConfig config = LintConfig.defaults();
        if (root == null) {
            return config;
        }
        Doc.Obj top = mapping(root, "the configuration");
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Map.Entry<String, Doc> t : top.members().entrySet()) {
            String key = key(top, t.getKey(), TOP_KEYS, "top level");
            Doc v = t.getValue();
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

    private Optional<Severity> threshold(Doc v) {
        try {
            return parseThreshold(scalar(v, "failOnSeverity"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(v.at(), e.getMessage());
        }
    }

    private void rules(Doc node, Set<String> disabled, Map<String, Severity> severities) {
        Doc.Obj rules = mapping(node, "rules");
        for (Map.Entry<String, Doc> t : rules.members().entrySet()) {
            String id = t.getKey();
            ruleIds.putIfAbsent(id, rules.keyAt(id));
            Doc v = t.getValue();
            if (v instanceof Doc.Obj m) {
                for (Map.Entry<String, Doc> r : m.members().entrySet()) {
                    String k = key(m, r.getKey(), RULE_KEYS, "rules." + id);
                    if (k.equals("enabled")) {
                        if (!bool(r.getValue(), "rules." + id + ".enabled")) {
                            disabled.add(id);
                        }
                    } else {
                        severities.put(id, severity(r.getValue()));
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

    private Severity severity(Doc v) {
        String s = scalar(v, "a severity");
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(v.at(), "unknown value '" + s + "'; expected off, on, error, warning or info");
        }
    }

    private Map<String, TrafficProfile> traffic(Doc node) {
        Map<String, TrafficProfile> out = new LinkedHashMap<>();
        for (Map.Entry<String, Doc> t : mapping(node, "traffic").members().entrySet()) {
            String endpoint = t.getKey();
            TrafficProfile.Pattern pattern = null;
            Double peak = null;
            Double base = null;
            Boolean bursts = null;
            String hours = null;
            Double capacity = null;
            Map<String, Location> fields = new LinkedHashMap<>();
            Doc.Obj profile = mapping(t.getValue(), "traffic." + endpoint);
            for (Map.Entry<String, Doc> f : profile.members().entrySet()) {
                String k = key(profile, f.getKey(), TRAFFIC_KEYS, "traffic." + endpoint);
                Doc v = f.getValue();
                TrafficProfile.Field field = switch (k) {
                    case "pattern" -> {
                        pattern = pattern(v);
                        yield TrafficProfile.Field.PATTERN;
                    }
                    case "peakRps" -> {
                        peak = number(v, k);
                        yield TrafficProfile.Field.PEAK_RPS;
                    }
                    case "baselineRps" -> {
                        base = number(v, k);
                        yield TrafficProfile.Field.BASELINE_RPS;
                    }
                    case "unpredictableBursts" -> {
                        bursts = bool(v, k);
                        yield TrafficProfile.Field.UNPREDICTABLE_BURSTS;
                    }
                    case "peakHours" -> {
                        hours = scalar(v, k);
                        yield TrafficProfile.Field.PEAK_HOURS;
                    }
                    case "instanceCapacityRps" -> {
                        capacity = number(v, k);
                        yield TrafficProfile.Field.INSTANCE_CAPACITY_RPS;
                    }
                    default -> throw new IllegalStateException(k);
                };
                fields.put(field.key(), v.at());
            }
            out.put(endpoint, new TrafficProfile(pattern, peak, base, bursts, hours, capacity,
                    new Source(t.getValue().at(), fields, Set.of())));
        }
        return out;
    }

    private TrafficProfile.Pattern pattern(Doc v) {
        String s = scalar(v, "pattern");
        try {
            return TrafficProfile.Pattern.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(v.at(), "unknown traffic pattern '" + s
                    + "'; expected steady, spiky or predictable");
        }
    }

    private Map<String, Boolean> production(Doc node) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Map.Entry<String, Doc> t : mapping(node, "production").members().entrySet()) {
            out.put(t.getKey(), bool(t.getValue(), "production." + t.getKey()));
        }
        return out;
    }

    /**
     * quotas: { ml.g5.xlarge: 4, serverlessConcurrency: 10 }: the account's per-type "for endpoint usage" quotas
     * (SL207) and serverless concurrency quotas (SL211), as the native spec's {@code quotas:} declares them.
     */
    private Map<String, Integer> quotas(Doc node) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Doc.Obj quotas = mapping(node, "quotas");
        for (Map.Entry<String, Doc> t : quotas.members().entrySet()) {
            String name = t.getKey();
            Doc v = t.getValue();
            if (!dev.sagelint.model.ServerlessQuota.named(name) && !dev.sagelint.aws.InstanceTypes.known(name)) {
                List<String> near = dev.sagelint.aws.InstanceTypes.nearest(name, 1);
                throw new ConfigException(quotas.keyAt(name), "quotas key '" + name + "' is not a SageMaker hosting"
                        + " instance type, serverlessConcurrency or serverlessProvisionedConcurrency"
                        + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?"));
            }
            double n = number(v, "quotas." + name);
            if (n < 0 || n != Math.rint(n) || n > Integer.MAX_VALUE) {
                throw new ConfigException(v.at(), "quotas." + name + " must be a whole number >= 0,"
                        + " not " + scalar(v, name));
            }
            out.put(name, (int) n);
        }
        return out;
    }

    private Limits limits(Doc node) {
        long bytes = Limits.DEFAULT.maxFileBytes();
        int depth = Limits.DEFAULT.maxNestingDepth();
        int aliases = Limits.DEFAULT.maxAliases();
        long timeout = Limits.DEFAULT.parseTimeoutMillis();
        long ruleTimeout = Limits.DEFAULT.ruleTimeoutMillis();
        int firings = Limits.DEFAULT.maxRuleFirings();
        long packLoad = Limits.DEFAULT.packLoadTimeoutMillis();
        Doc.Obj limits = mapping(node, "limits");
        for (Map.Entry<String, Doc> t : limits.members().entrySet()) {
            String k = key(limits, t.getKey(), LIMIT_KEYS, "limits");
            long n = Math.round(number(t.getValue(), k));
            if (n <= 0 || n > Integer.MAX_VALUE && !LONG_LIMITS.contains(k)) {
                throw new ConfigException(t.getValue().at(), k + " must be a positive whole number, not " + n);
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

    // --- value helpers ---------------------------------------------------------------------------

    private String key(Doc.Obj o, String k, List<String> valid, String where) {
        if (!valid.contains(k)) {
            throw new ConfigException(o.keyAt(k), "unknown key '" + k + "' at " + where
                    + "; expected one of " + String.join(", ", valid));
        }
        return k;
    }

    private Doc.Obj mapping(Doc n, String what) {
        if (n instanceof Doc.Obj m) {
            return m;
        }
        if (isNull(n)) {
            return new Doc.Obj(Map.of(), Map.of(), n.at(), n.at().line());
        }
        throw new ConfigException(n.at(), what + " must be a mapping of keys to values");
    }

    private List<String> strings(Doc n, String what) {
        if (isNull(n)) {
            return List.of();
        }
        if (n instanceof Doc.Scalar) {
            return List.of(scalar(n, what));
        }
        if (!(n instanceof Doc.Arr s)) {
            throw new ConfigException(n.at(), what + " must be a list of glob patterns");
        }
        List<String> out = new ArrayList<>();
        for (Doc item : s.items()) {
            out.add(scalar(item, what + " entry"));
        }
        return out;
    }

    /** The text as written; an alias of the list or mapping that holds it is the only unknown YAML gives here. */
    private String scalar(Doc n, String what) {
        if (n instanceof Doc.Scalar s) {
            return s.text();
        }
        throw new ConfigException(n.at(), what + " must be a single value, not a "
                + (n instanceof Doc.Obj ? "mapping" : n instanceof Doc.Arr ? "list" : "recursive alias"));
    }

    /** YAML 1.1's words, in any case: true, yes and on; false, no and off. */
    private boolean bool(Doc n, String what) {
        String s = scalar(n, what).strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(n.at(), what + " must be true or false, not '" + s + "'");
        };
    }

    /** The text as Java reads a double, after YAML 1.1's digit separators ({@code 1_000}) go. */
    private double number(Doc n, String what) {
        String s = scalar(n, what).strip().replace("_", "");
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ConfigException(n.at(), what + " must be a number, not '" + s + "'");
        }
    }

    /** A plain null, or a value of any style whose text is empty, {@code ~} or {@code null}. */
    private static boolean isNull(Doc n) {
        return n instanceof Doc.Scalar s && (s.isNull() || s.text().isEmpty() || s.text().equals("~")
                || s.text().equals("null"));
    }
}
