package dev.sagelint.parse.json;

import dev.sagelint.parse.doc.Doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapts the located JSON tree to {@link Doc}, the one located tree: strings, numbers (as written: {@code 2.0} stays
 * {@code 2.0}), booleans and null become scalars of their kind; key locations and end lines are kept.
 */
public final class JsonDoc {

    private JsonDoc() {
    }

    public static Doc of(JsonNode node) {
        if (node instanceof JsonNode.Obj o) {
            Map<String, Doc> members = new LinkedHashMap<>();
            o.members().forEach((k, v) -> members.put(k, of(v)));
            return new Doc.Obj(members, o.keys(), o.location(), o.endLine());
        }
        if (node instanceof JsonNode.Arr a) {
            List<Doc> items = new ArrayList<>(a.items().size());
            a.items().forEach(i -> items.add(of(i)));
            return new Doc.Arr(items, a.location(), a.endLine());
        }
        if (node instanceof JsonNode.Str s) {
            return new Doc.Scalar(s.value(), Doc.Kind.STRING, s.location());
        }
        if (node instanceof JsonNode.Num n) {
            return new Doc.Scalar(n.text(), Doc.Kind.NUMBER, n.location());
        }
        if (node instanceof JsonNode.Bool b) {
            return new Doc.Scalar(String.valueOf(b.value()), Doc.Kind.BOOL, b.location());
        }
        return new Doc.Scalar("null", Doc.Kind.NULL, node.location());
    }
}
