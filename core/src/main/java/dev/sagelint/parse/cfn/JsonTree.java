package dev.sagelint.parse.cfn;

import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.json.JsonNode;
import dev.sagelint.parse.json.LocatedJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapts a JSON template, read by the one JSON reader ({@link LocatedJson}), to {@link CfnNode}s: scalars keep the
 * author's text and long-form intrinsics become {@link CfnNode.Fn}. Duplicate keys, nesting and syntax errors are
 * LocatedJson's problems, worded as for every JSON input.
 */
final class JsonTree {

    private JsonTree() {
    }

    /** The root node, or null after reporting a fatal problem. */
    static CfnNode read(String path, String text, Limits limits, List<InputProblem> problems) {
        var result = LocatedJson.parse(path, text, limits);
        if (result instanceof LocatedJson.Failed failed) {
            problems.add(InputProblem.fatalAt(failed.location(), failed.message()));
            return null;
        }
        LocatedJson.Parsed parsed = (LocatedJson.Parsed) result;
        problems.addAll(parsed.problems());
        return convert(parsed.value());
    }

    private static CfnNode convert(JsonNode node) {
        if (node instanceof JsonNode.Obj o) {
            Map<String, CfnNode.Entry> entries = new LinkedHashMap<>();
            o.members().forEach((key, value) -> entries.put(key, new CfnNode.Entry(key, o.at(key), convert(value))));
            return YamlTree.longForm(new CfnNode.Obj(entries, o.location(), o.endLine()));
        }
        if (node instanceof JsonNode.Arr a) {
            List<CfnNode> items = new ArrayList<>();
            a.items().forEach(item -> items.add(convert(item)));
            return new CfnNode.Seq(items, a.location(), a.endLine());
        }
        if (node instanceof JsonNode.Str s) {
            return new CfnNode.Scalar(s.value(), false, s.location());
        }
        if (node instanceof JsonNode.Num n) {
            return new CfnNode.Scalar(n.text(), false, n.location());
        }
        if (node instanceof JsonNode.Bool b) {
            return new CfnNode.Scalar(String.valueOf(b.value()), false, b.location());
        }
        return new CfnNode.Scalar("", true, node.location());
    }
}
