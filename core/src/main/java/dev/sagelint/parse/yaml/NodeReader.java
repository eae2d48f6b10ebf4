package dev.sagelint.parse.yaml;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Source;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one YAML mapping against a fixed set of keys, with strict types: every value of the wrong
 * type, every unknown key and every duplicate key becomes an {@link InputProblem} at its line and
 * column, and reading goes on. Records where each field was written, for {@link #source()}.
 */
public final class NodeReader {

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private final String path;
    private final String where;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private final Map<String, Location> fields = new HashMap<>();
    private final List<InputProblem> problems;

    private NodeReader(String path, String where, Node node, List<InputProblem> problems) {
        this.path = path;
        this.where = where;
        this.node = node;
        this.problems = problems;
    }

    /** Wraps a node that must be a mapping; reports and returns an empty reader when it is not. */
    public static NodeReader of(String path, String where, Node node, List<InputProblem> problems) {
        NodeReader reader = new NodeReader(path, where, node, problems);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                reader.addEntry(tuple);
            }
        } else {
            reader.problem(node, where + " must be a mapping of keys to values, got " + describe(node));
        }
        return reader;
    }

    private void addEntry(NodeTuple tuple) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalar)) {
            problem(keyNode, "keys in " + where + " must be plain strings, got " + describe(keyNode));
            return;
        }
        String key = scalar.getValue();
        if (entries.containsKey(key)) {
            problem(keyNode, "duplicate key '" + key + "' in " + where + " (line "
                    + YamlDocuments.locationOf(path, entries.get(key).getKeyNode().getStartMark()).line()
                    + " sets it too); YAML keeps only one, so remove the other");
            return;
        }
        entries.put(key, tuple);
        fields.put(key, location(tuple.getValueNode()));
    }

    public Location location() {
        return location(node);
    }

    public Location location(Node n) {
        return YamlDocuments.locationOf(path, n.getStartMark());
    }

    /** The location of a key's value, or of the mapping when the key is absent. */
    public Location at(String key) {
        return fields.getOrDefault(key, location());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value node of a key, null when absent or null-valued. */
    public Node node(String key) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        return tuple.getValueNode();
    }

    public String string(String key) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && !isTagged(s)) {
            return s.getValue();
        }
        problem(n, key + " in " + where + " must be a string, got " + describe(n));
        return null;
    }

    public Integer integer(String key) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && plain(s) && INTEGER.matcher(s.getValue()).matches()) {
            try {
                return Integer.valueOf(s.getValue());
            } catch (NumberFormatException e) {
                problem(n, key + " in " + where + " is " + s.getValue() + ", which is out of range for a whole number");
                return null;
            }
        }
        problem(n, key + " in " + where + " must be a whole number, got " + describe(n));
        return null;
    }

    public Double number(String key) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && plain(s) && NUMBER.matcher(s.getValue()).matches()) {
            double d = Double.parseDouble(s.getValue());
            if (Double.isFinite(d)) {
                return d;
            }
            problem(n, key + " in " + where + " is " + s.getValue() + ", which is too large to be a number");
            return null;
        }
        problem(n, key + " in " + where + " must be a number, got " + describe(n));
        return null;
    }

    public Boolean bool(String key) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s && plain(s)) {
            if (s.getValue().equals("true")) {
                return true;
            }
            if (s.getValue().equals("false")) {
                return false;
            }
        }
        problem(n, key + " in " + where + " must be true or false, got " + describe(n));
        return null;
    }

    /** A nested mapping, or null when absent. */
    public NodeReader mapping(String key) {
        Node n = node(key);
        return n == null ? null : of(path, key, n, problems);
    }

    /** The items of a sequence, empty when absent (reported when not a sequence). */
    public List<Node> sequence(String key) {
        Node n = node(key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(n, key + " in " + where + " must be a list, got " + describe(n));
        return List.of();
    }

    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof ScalarNode s && !isTagged(s)) {
                out.add(s.getValue());
            } else {
                problem(item, "items of " + key + " in " + where + " must be strings, got " + describe(item));
            }
        }
        return out;
    }

    /**
     * A mapping of strings to strings (tags, dimensions), empty when absent; each entry's location is the field
     * {@code key.entry} ({@code environment.HF_MODEL_ID}), so rules can point at one entry.
     */
    public Map<String, String> stringMap(String key) {
        NodeReader m = mapping(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (m != null) {
            for (String k : m.keys()) {
                String v = m.string(k);
                fields.put(key + "." + k, m.at(k));
                if (v != null) {
                    out.put(k, v);
                }
            }
        }
        return out;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** Reports every key that no accessor asked for, suggesting the nearest known one. */
    public void rejectUnknownKeys(Set<String> known) {
        for (var e : entries.entrySet()) {
            if (!read.contains(e.getKey()) && !known.contains(e.getKey())) {
                String near = Suggestions.nearest(e.getKey(), known);
                problem(e.getValue().getKeyNode(), "unknown key '" + e.getKey() + "' in " + where
                        + (near == null ? "; expected one of " + String.join(", ", known.stream().sorted().toList())
                                : "; did you mean '" + near + "'?"));
            }
        }
    }

    public Source source() {
        return new Source(location(), fields, Set.of());
    }

    public void problem(Node at, String message) {
        problems.add(InputProblem.at(location(at), message));
    }

    /** Reports a problem at the mapping itself. */
    public void problemHere(String message) {
        problems.add(InputProblem.at(location(), message));
    }

    public String path() {
        return path;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && plain(s);
    }

    private static boolean plain(ScalarNode s) {
        return s.isPlain() && !isTagged(s);
    }

    private static boolean isTagged(Node n) {
        return !StandardTags.isStandard(n);
    }

    /** A short description of a node for messages: the scalar as written, or its kind. */
    public static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            if (v.length() > 40) {
                v = v.substring(0, 37) + "...";
            }
            return s.isPlain() ? "'" + v + "'" : "the quoted string \"" + v + "\"";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        return "an unsupported value";
    }
}
