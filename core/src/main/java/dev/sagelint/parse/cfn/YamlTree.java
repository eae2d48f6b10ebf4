package dev.sagelint.parse.cfn;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.yaml.StandardTags;
import dev.sagelint.parse.yaml.YamlDocuments;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a composed YAML node graph into {@link CfnNode}s. Short-form tags become functions, scalars
 * keep the text the author wrote (so {@code 2010-09-09}, {@code yes} or {@code 0755} stay strings
 * until a field asks for a type), duplicate keys and unknown tags become problems.
 */
final class YamlTree {

    static final Set<String> SHORT_TAGS = Set.of("Ref", "Sub", "GetAtt", "Join", "Select", "Split", "If", "Equals",
            "Not", "And", "Or", "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs", "Condition", "Transform",
            "Length", "ToJsonString");

    private final String path;
    private final List<InputProblem> problems;
    private final Map<Node, CfnNode> done = new IdentityHashMap<>();
    private final Set<Node> visiting = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Node, Integer> lastLines = new IdentityHashMap<>();
    private final boolean serverless;

    private YamlTree(String path, List<InputProblem> problems, boolean serverless) {
        this.path = path;
        this.problems = problems;
        this.serverless = serverless;
    }

    /** Composes a YAML template and converts its document; null after a fatal problem (syntax, empty). */
    static CfnNode read(String path, String text, dev.sagelint.parse.Limits limits, List<InputProblem> problems) {
        var unsupported = new UnsupportedYaml(path);
        var result = YamlDocuments.compose(path, text, limits, unsupported);
        if (result instanceof YamlDocuments.Failed failed) {
            problems.add(InputProblem.fatalAt(failed.location(), failed.message()));
            return null;
        }
        var docs = ((YamlDocuments.Parsed) result).documents();
        if (docs.isEmpty()) {
            problems.add(InputProblem.fatalAt(new dev.sagelint.model.Location(path, 1, 1), "the template is empty"));
            return null;
        }
        if (docs.size() > 1) {
            problems.add(InputProblem.at(YamlDocuments.locationOf(path, docs.get(1).getStartMark()),
                    "a CloudFormation template is one YAML document; this second one is ignored"));
        }
        if (isServerless(docs.get(0))) {
            // the Serverless Framework reads anchors, aliases and merge keys itself before CloudFormation sees them
            return convertServerless(path, docs.get(0), problems);
        }
        unsupported.report(problems);
        return convert(path, docs.get(0), problems);
    }

    /**
     * A Serverless Framework service file: top-level {@code service} and {@code resources}, and neither
     * {@code Resources} nor {@code AWSTemplateFormatVersion} at the top.
     */
    private static boolean isServerless(Node root) {
        if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode m)) {
            return false;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (var t : m.getValue()) {
            if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k) {
                keys.add(k.getValue());
            }
        }
        return keys.contains("service") && keys.contains("resources") && !keys.contains("Resources")
                && !keys.contains("AWSTemplateFormatVersion");
    }

    static CfnNode convert(String path, Node root, List<InputProblem> problems) {
        return new YamlTree(path, problems, false).node(root);
    }

    /**
     * A Serverless Framework file: the framework reads YAML with merge keys (they are merged here) and
     * resolves its own variables ({@code ${self:custom.stage}}, {@code ${opt:region}}) before CloudFormation
     * sees the template, so a string holding one is not known.
     */
    static CfnNode convertServerless(String path, Node root, List<InputProblem> problems) {
        return new YamlTree(path, problems, true).node(root);
    }

    /** A Serverless Framework variable: ${source:...} or ${file(...)}, resolved by the framework. */
    static final java.util.regex.Pattern SERVERLESS_VARIABLE = java.util.regex.Pattern.compile(
            "\\$\\{\\s*(self|opt|sls|env|ssm|file|cf|s3|param|aws|strToBool|git|terraform|vault)\\s*[:(]");

    private Location at(Node n) {
        return YamlDocuments.locationOf(path, n.getStartMark());
    }

    private CfnNode node(Node n) {
        CfnNode cached = done.get(n);
        if (cached != null) {
            return cached;
        }
        if (!visiting.add(n)) {
            problem(n, "recursive YAML alias: a value contains itself, which CloudFormation cannot read");
            return new CfnNode.Scalar("", true, at(n));
        }
        CfnNode out = StandardTags.isStandard(n) ? plain(n) : tagged(n);
        visiting.remove(n);
        done.put(n, out);
        return out;
    }

    private CfnNode plain(Node n) {
        if (n instanceof ScalarNode s) {
            boolean nul = s.getTag().equals(Tag.NULL) && s.isPlain();
            if (serverless && SERVERLESS_VARIABLE.matcher(s.getValue()).find()) {
                return new CfnNode.Fn(CfnNode.SERVERLESS_VARIABLE, new CfnNode.Scalar(s.getValue(), false, at(n)),
                        at(n));
            }
            return new CfnNode.Scalar(s.getValue(), nul, at(n));
        }
        if (n instanceof SequenceNode seq) {
            List<CfnNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(node(item));
            }
            return new CfnNode.Seq(items, at(n), endLine(n));
        }
        MappingNode m = (MappingNode) n;
        Map<String, CfnNode.Entry> entries = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            Node keyNode = t.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || !StandardTags.isStandard(keyNode)) {
                problem(keyNode, "keys in a CloudFormation template must be plain strings");
                continue;
            }
            if (key.getValue().equals("<<") && key.getTag().equals(Tag.MERGE) && serverless) {
                merges.add(t.getValueNode());
                continue;
            }
            if (key.getValue().equals("<<") && key.getTag().equals(Tag.MERGE)) {
                problem(keyNode, "YAML merge keys (<<) are not supported by CloudFormation; write the keys out");
                continue;
            }
            CfnNode.Entry earlier = entries.get(key.getValue());
            if (earlier != null) {
                problem(keyNode, "duplicate key '" + key.getValue() + "' (line " + earlier.keyLocation().line()
                        + " sets it too); only the first is read, so remove the other");
                continue;
            }
            entries.put(key.getValue(), new CfnNode.Entry(key.getValue(), at(keyNode), node(t.getValueNode())));
        }
        // YAML merge: the mapping's own keys win, then the merged mappings in order
        for (Node merge : merges) {
            List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
            for (Node source : sources) {
                if (node(source) instanceof CfnNode.Obj o) {
                    o.entries().forEach(entries::putIfAbsent);
                } else {
                    problem(source, "a YAML merge key (<<) takes a mapping or a list of mappings");
                }
            }
        }
        CfnNode.Obj obj = new CfnNode.Obj(entries, at(n), endLine(n));
        return longForm(obj);
    }

    /** A one-entry mapping whose key is {@code Ref} or {@code Fn::...} is an intrinsic function. */
    static CfnNode longForm(CfnNode.Obj obj) {
        if (obj.entries().size() == 1) {
            CfnNode.Entry e = obj.entries().values().iterator().next();
            if (CfnNode.isFunctionKey(e.key())) {
                return new CfnNode.Fn(e.key(), e.value(), obj.location());
            }
        }
        return obj;
    }

    private CfnNode tagged(Node n) {
        String tag = n.getTag().getValue();
        String name = tag.startsWith("!") ? tag.substring(1) : tag;
        if (!tag.startsWith("!")) {
            return new CfnNode.Scalar("", true, at(n)); // a YAML-defined or global tag: UnsupportedYaml reported it
        }
        if (tag.startsWith("!!") || !SHORT_TAGS.contains(name)) {
            problem(n, "YAML tag '" + tag + "' is not a CloudFormation intrinsic function; expected one of !"
                    + String.join(", !", SHORT_TAGS.stream().sorted().toList()));
            return new CfnNode.Scalar("", true, at(n));
        }
        CfnNode argument;
        if (n instanceof ScalarNode s) {
            argument = new CfnNode.Scalar(s.getValue(), false, at(n));
            if (name.equals("GetAtt")) {
                int dot = s.getValue().indexOf('.');
                argument = dot < 0 ? argument : new CfnNode.Seq(List.of(
                        new CfnNode.Scalar(s.getValue().substring(0, dot), false, at(n)),
                        new CfnNode.Scalar(s.getValue().substring(dot + 1), false, at(n))), at(n), at(n).line());
            }
        } else {
            // build the container as if untagged, without recursing into the tag again
            Node copy = n instanceof SequenceNode seq
                    ? new SequenceNode(Tag.SEQ, true, seq.getValue(), seq.getStartMark(), seq.getEndMark(),
                    seq.getFlowStyle())
                    : new MappingNode(Tag.MAP, true, ((MappingNode) n).getValue(), n.getStartMark(), n.getEndMark(),
                    ((MappingNode) n).getFlowStyle());
            argument = plain(copy);
        }
        return new CfnNode.Fn(CfnNode.longName(name), argument, at(n));
    }

    /**
     * The last line holding content of the node. A block collection's end mark sits where the next
     * token starts, often lines later, so it is the last line of its deepest last child instead.
     */
    private int endLine(Node n) {
        if (n instanceof ScalarNode || n instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                || n instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            if (n.getEndMark() == null) {
                return at(n).line();
            }
            int line = n.getEndMark().getLine() + (n.getEndMark().getColumn() == 0 ? 0 : 1);
            return Math.max(line, at(n).line());
        }
        Integer known = lastLines.get(n);
        if (known != null) {
            return known;
        }
        int last = at(n).line();
        lastLines.put(n, last);
        if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                last = Math.max(last, endLine(item));
            }
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                last = Math.max(last, endLine(t.getValueNode()));
            }
        }
        lastLines.put(n, last);
        return last;
    }

    private void problem(Node n, String message) {
        problems.add(InputProblem.at(at(n), message));
    }
}
