package dev.sagelint.parse.cfn;

import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.doc.Doc;
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
        return convert(parsed.doc());
    }

    private static CfnNode convert(Doc node) {
        if (node instanceof Doc.Obj o) {
            Map<String, CfnNode.Entry> entries = new LinkedHashMap<>();
            o.members().forEach((key, value) -> entries.put(key, new CfnNode.Entry(key, o.keyAt(key), convert(value))));
            return YamlTree.longForm(new CfnNode.Obj(entries, o.at(), o.endLine()));
        }
        if (node instanceof Doc.Arr a) {
            List<CfnNode> items = new ArrayList<>();
            a.items().forEach(item -> items.add(convert(item)));
            return new CfnNode.Seq(items, a.at(), a.endLine());
        }
        if (node instanceof Doc.Scalar s && !s.isNull()) {
            return new CfnNode.Scalar(s.text(), false, s.at());
        }
        return new CfnNode.Scalar("", true, node.at());
    }
}
