package dev.sagelint.parse.yaml;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.doc.Doc;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Adapts a composed SnakeYAML node to a {@link Doc}, the one located tree. A node an alias shares becomes one shared
 * {@code Doc} (converted once, so an alias bomb that composing allowed costs no more here); an alias of a node that
 * holds it becomes {@link Doc.Unknown}. Scalars keep their text: plain {@code true}/{@code false} are booleans, a plain
 * decimal is a number, plain null is null, and everything else (quoted scalars, {@code yes}, {@code .nan},
 * {@code 0x1F}) is a string. Problems met on the way are reported once each, at their place: a duplicate key (the
 * first is read, as for JSON), a key that is not a scalar, and a tag YAML does not resolve by itself (its value is
 * unknown).
 */
public final class YamlDoc {

    /** How the problem of a key that is not a scalar starts, for a reader that words that problem itself. */
    public static final String KEY_NOT_SCALAR = "a key is ";

    private final String path;
    private final List<InputProblem> problems;
    private final UnaryOperator<String> tagProblem;
    private final Map<Node, Doc> done = new IdentityHashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlDoc(String path, List<InputProblem> problems, UnaryOperator<String> tagProblem) {
        this.path = path;
        this.problems = problems;
        this.tagProblem = tagProblem;
    }

    /**
     * The tree of a composed document; {@code tagProblem} words the problem for a tag (given as written, e.g.
     * {@code !Ref}).
     */
    public static Doc of(String path, Node root, List<InputProblem> problems, UnaryOperator<String> tagProblem) {
        return new YamlDoc(path, problems, tagProblem).convert(root);
    }

    /** The tree of document {@code index} of a composed file. */
    public static Doc document(String path, YamlDocuments.Parsed parsed, int index, List<InputProblem> problems,
                               UnaryOperator<String> tagProblem) {
        return of(path, parsed.documents().get(index), problems, tagProblem);
    }

    private Doc convert(Node n) {
        Doc known = done.get(n);
        if (known != null) {
            return known;
        }
        Location at = YamlDocuments.locationOf(path, n.getStartMark());
        if (!open.add(n)) {
            return new Doc.Unknown("a recursive alias", Set.of(), at);
        }
        Doc d;
        if (!StandardTags.isStandard(n)) {
            problems.add(InputProblem.at(at, tagProblem.apply(n.getTag().getValue())));
            d = new Doc.Unknown("the YAML tag " + n.getTag().getValue(), Set.of(), at);
        } else if (n instanceof MappingNode m) {
            d = mapping(m, at);
        } else if (n instanceof SequenceNode s) {
            List<Doc> items = new ArrayList<>();
            s.getValue().forEach(item -> items.add(convert(item)));
            d = new Doc.Arr(items, at, endLine(n));
        } else if (n instanceof ScalarNode s) {
            d = new Doc.Scalar(s.getValue(), kind(s), at);
        } else {
            d = new Doc.Unknown("an unsupported YAML node", Set.of(), at);
        }
        open.remove(n);
        done.put(n, d);
        return d;
    }

    private Doc mapping(MappingNode m, Location at) {
        Map<String, Doc> members = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node keyNode = t.getKeyNode();
            Location keyAt = YamlDocuments.locationOf(path, keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode key)) {
                problems.add(InputProblem.at(keyAt, KEY_NOT_SCALAR + (keyNode instanceof SequenceNode ? "a list"
                        : "an object") + "; expected a plain string"));
                continue;
            }
            if (!StandardTags.isStandard(key)) {
                problems.add(InputProblem.at(keyAt, tagProblem.apply(key.getTag().getValue())));
            }
            String name = key.getValue();
            Location earlier = keys.get(name);
            if (earlier != null) {
                problems.add(InputProblem.at(keyAt, "duplicate key '" + name + "' (line " + earlier.line()
                        + " sets it too); only the first is read, so remove the other"));
                continue;
            }
            keys.put(name, keyAt);
            members.put(name, convert(t.getValueNode()));
        }
        return new Doc.Obj(members, keys, at, endLine(m));
    }

    private static Doc.Kind kind(ScalarNode s) {
        if (!s.isPlain()) {
            return Doc.Kind.STRING;
        }
        if (s.getTag().equals(Tag.NULL)) {
            return Doc.Kind.NULL;
        }
        String v = s.getValue();
        if (v.equals("true") || v.equals("false")) {
            return Doc.Kind.BOOL;
        }
        return dev.sagelint.parse.doc.Types.isDecimal(v) ? Doc.Kind.NUMBER : Doc.Kind.STRING;
    }

    private static int endLine(Node n) {
        return n.getEndMark() == null ? 1 : n.getEndMark().getLine() + 1;
    }
}
