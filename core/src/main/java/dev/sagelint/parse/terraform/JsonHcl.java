package dev.sagelint.parse.terraform;

import dev.sagelint.model.Location;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.Types;
import dev.sagelint.parse.terraform.Hcl.Attribute;
import dev.sagelint.parse.terraform.Hcl.Block;
import dev.sagelint.parse.terraform.Hcl.Body;
import dev.sagelint.parse.terraform.Hcl.Expr;
import dev.sagelint.parse.terraform.Hcl.Pos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's JSON syntax read into the same tree as the native syntax, with the line and column of every
 * key: a {@code .tf.json} file (strings are templates, {@code "${var.x}"}), and the literal values of a
 * {@code .tfvars.json} file or a variable's {@code default}. The JSON itself is read by
 * {@link dev.sagelint.parse.json.LocatedJson}.
 *
 * <p>JSON does not say whether an object is an attribute (a map such as {@code tags}) or a nested block
 * ({@code production_variants}); Terraform decides that from the provider's schema. sagelint has no schema,
 * so an object (or an array of objects) inside a block is read as both: the attribute and the block(s) of
 * that name. Each reader asks for the one it expects.
 */
final class JsonHcl {

    /** How many labels each top-level block type has ({@code resource "type" "name"}). */
    private static final Map<String, Integer> TOP_LABELS = Map.ofEntries(Map.entry("resource", 2),
            Map.entry("data", 2), Map.entry("ephemeral", 2), Map.entry("variable", 1), Map.entry("output", 1),
            Map.entry("module", 1), Map.entry("provider", 1), Map.entry("check", 1), Map.entry("locals", 0),
            Map.entry("terraform", 0), Map.entry("moved", 0), Map.entry("import", 0), Map.entry("removed", 0));
    /** Nested blocks with a label: {@code dynamic "production_variants" {...}}. */
    private static final Set<String> LABELLED_NESTED = Set.of("dynamic", "provisioner");
    /** Arguments whose strings are expressions, not templates (references, type constraints). */
    private static final Set<String> EXPRESSION_ARGS = Set.of("depends_on", "provider", "providers", "ignore_changes",
            "replace_triggered_by");

    private final int maxDepth;

    private JsonHcl(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** A whole {@code .tf.json} file: one object whose keys are block types. */
    static Body file(Doc root, int maxDepth) throws HclParser.SyntaxError {
        if (!(root instanceof Doc.Obj o)) {
            throw new HclParser.SyntaxError(pos(root.at()), "a .tf.json file holds one JSON object whose"
                    + " keys are block types (\"resource\", \"variable\", ...); found " + kind(root));
        }
        JsonHcl reader = new JsonHcl(maxDepth);
        List<Block> blocks = new ArrayList<>();
        for (var e : o.members().entrySet()) {
            if (e.getKey().equals("//")) {
                continue;
            }
            int labels = TOP_LABELS.getOrDefault(e.getKey(), 0);
            reader.blocks(e.getKey(), labels, e.getValue(), o.keyAt(e.getKey()), new ArrayList<>(), blocks, 0);
        }
        return new Body(List.of(), blocks);
    }

    /** The values of a {@code .tfvars.json} file: one object of variable name to literal value. */
    static Body values(Doc root) throws HclParser.SyntaxError {
        if (!(root instanceof Doc.Obj o)) {
            throw new HclParser.SyntaxError(pos(root.at()), "a .tfvars.json file holds one JSON object of"
                    + " variable names and values, such as {\"min_capacity\": 1}; found " + kind(root));
        }
        List<Attribute> attributes = new ArrayList<>();
        o.members().forEach((k, v) -> {
            if (!k.equals("//")) {
                attributes.add(new Attribute(k, literal(v), pos(o.keyAt(k))));
            }
        });
        return new Body(attributes, List.of());
    }

    /** A JSON value as a constant: strings are not templates here. */
    static Expr literal(Doc n) {
        Pos at = pos(n.at());
        if (n instanceof Doc.Scalar s && s.kind() == Doc.Kind.STRING) {
            return new Hcl.Literal(s.text(), at, quoted(s.text()));
        }
        if (n instanceof Doc.Scalar s && s.kind() == Doc.Kind.NUMBER) {
            BigDecimal num = Types.decimal(s, Types.Coercion.AS_WRITTEN);
            return new Hcl.Literal(num, at, num.toPlainString());
        }
        if (n instanceof Doc.Scalar s && s.kind() == Doc.Kind.BOOL) {
            return new Hcl.Literal(Boolean.valueOf(s.text()), at, s.text());
        }
        if (n instanceof Doc.Arr a) {
            return new Hcl.Tuple(a.items().stream().map(JsonHcl::literal).toList(), at, "[...]");
        }
        if (n instanceof Doc.Obj o) {
            List<Hcl.Item> items = new ArrayList<>();
            o.members().forEach((k, v) -> items.add(new Hcl.Item(new Hcl.Literal(k, pos(o.keyAt(k)), quoted(k)),
                    literal(v))));
            return new Hcl.ObjectCons(items, at, "{...}");
        }
        return new Hcl.Literal(null, at, "null");
    }

    // ------------------------------------------------------------------ blocks

    private void blocks(String type, int labelsLeft, Doc value, Location keyAt, List<String> labels,
                        List<Block> out, int depth) throws HclParser.SyntaxError {
        if (depth > maxDepth) {
            throw new HclParser.SyntaxError(pos(keyAt), "nesting is deeper than " + maxDepth + " levels");
        }
        if (value instanceof Doc.Arr arr) {
            for (Doc item : arr.items()) {
                blocks(type, labelsLeft, item, item.at(), labels, out, depth + 1);
            }
            return;
        }
        if (!(value instanceof Doc.Obj o)) {
            throw new HclParser.SyntaxError(pos(value.at()), "the " + describe(type, labels) + " must be a"
                    + " JSON object" + (labelsLeft > 0 ? " whose keys are its labels" : " of its arguments")
                    + "; found " + kind(value));
        }
        if (labelsLeft > 0) {
            for (var e : o.members().entrySet()) {
                if (e.getKey().equals("//")) {
                    continue;
                }
                List<String> inner = new ArrayList<>(labels);
                inner.add(e.getKey());
                blocks(type, labelsLeft - 1, e.getValue(), o.keyAt(e.getKey()), inner, out, depth + 1);
            }
            return;
        }
        out.add(new Block(type, labels, body(type, o, depth + 1), pos(keyAt)));
    }

    private Body body(String blockType, Doc.Obj o, int depth) throws HclParser.SyntaxError {
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        boolean plain = blockType.equals("locals");
        for (var e : o.members().entrySet()) {
            String name = e.getKey();
            Doc v = e.getValue();
            if (name.equals("//")) {
                continue;
            }
            Pos at = pos(o.keyAt(name));
            if (blockType.equals("variable") && (name.equals("default") || name.equals("nullable")
                    || name.equals("sensitive") || name.equals("description"))) {
                attributes.add(new Attribute(name, literal(v), at));
                continue;
            }
            if (blockType.equals("module") && (name.equals("source") || name.equals("version"))) {
                String source = Types.text(v, Types.Coercion.AS_WRITTEN);
                attributes.add(new Attribute(name, source != null
                        ? new Hcl.Template(List.of(source), false, at, quoted(source)) : literal(v), at));
                continue;
            }
            if (!plain && isBlockLike(v)) {
                int labels = LABELLED_NESTED.contains(name) ? 1 : 0;
                blocks(name, labels, v, o.keyAt(name), new ArrayList<>(), blocks, depth + 1);
            }
            boolean expression = EXPRESSION_ARGS.contains(name) || blockType.equals("variable") && name.equals("type");
            attributes.add(new Attribute(name, expression ? expression(v) : template(v, depth), at));
        }
        return new Body(attributes, blocks);
    }

    private static boolean isBlockLike(Doc v) {
        return v instanceof Doc.Obj
                || v instanceof Doc.Arr a && !a.items().isEmpty()
                && a.items().stream().allMatch(Doc.Obj.class::isInstance);
    }

    // ------------------------------------------------------------------ expressions

    /** A value where strings are templates ({@code "${aws_sagemaker_endpoint.this.name}"}). */
    private Expr template(Doc n, int depth) throws HclParser.SyntaxError {
        if (depth > maxDepth) {
            throw new HclParser.SyntaxError(pos(n.at()), "nesting is deeper than " + maxDepth + " levels");
        }
        Pos at = pos(n.at());
        if (n instanceof Doc.Scalar s && s.kind() == Doc.Kind.STRING) {
            return HclParser.template(s.text(), new Pos(at.line(), at.column() + 1), maxDepth);
        }
        if (n instanceof Doc.Arr a) {
            List<Expr> items = new ArrayList<>();
            for (Doc item : a.items()) {
                items.add(template(item, depth + 1));
            }
            return new Hcl.Tuple(items, at, "[...]");
        }
        if (n instanceof Doc.Obj o) {
            List<Hcl.Item> items = new ArrayList<>();
            for (var e : o.members().entrySet()) {
                if (!e.getKey().equals("//")) {
                    items.add(new Hcl.Item(new Hcl.Literal(e.getKey(), pos(o.keyAt(e.getKey())), quoted(e.getKey())),
                            template(e.getValue(), depth + 1)));
                }
            }
            return new Hcl.ObjectCons(items, at, "{...}");
        }
        return literal(n);
    }

    /** A value where strings are expressions ({@code "aws_sagemaker_model.this"}, {@code "list(string)"}). */
    private Expr expression(Doc n) throws HclParser.SyntaxError {
        Pos at = pos(n.at());
        if (n instanceof Doc.Scalar s && s.kind() == Doc.Kind.STRING) {
            return HclParser.expression(s.text(), new Pos(at.line(), at.column() + 1), maxDepth);
        }
        if (n instanceof Doc.Arr a) {
            List<Expr> items = new ArrayList<>();
            for (Doc item : a.items()) {
                items.add(expression(item));
            }
            return new Hcl.Tuple(items, at, "[...]");
        }
        if (n instanceof Doc.Obj o) {
            List<Hcl.Item> items = new ArrayList<>();
            for (var e : o.members().entrySet()) {
                items.add(new Hcl.Item(new Hcl.Literal(e.getKey(), pos(o.keyAt(e.getKey())), quoted(e.getKey())),
                        expression(e.getValue())));
            }
            return new Hcl.ObjectCons(items, at, "{...}");
        }
        return literal(n);
    }

    private static Pos pos(Location l) {
        return new Pos(Math.max(1, l.line()), Math.max(1, l.column()));
    }

    private static String quoted(String s) {
        return '"' + (s.length() > HclParser.MAX_TEXT ? s.substring(0, HclParser.MAX_TEXT) + "..." : s) + '"';
    }

    private static String describe(String type, List<String> labels) {
        return labels.isEmpty() ? "\"" + type + "\" block" : type + " \"" + String.join("\" \"", labels) + "\"";
    }

    private static String kind(Doc n) {
        if (n instanceof Doc.Arr) {
            return "a list";
        }
        if (!(n instanceof Doc.Scalar s)) {
            return "an object";
        }
        return switch (s.kind()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOL -> "true/false";
            case NULL -> "null";
        };
    }
}
