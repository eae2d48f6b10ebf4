package dev.sagelint.parse.terraform;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.doc.Types;
import dev.sagelint.parse.terraform.Values.Partial;
import dev.sagelint.parse.terraform.Values.Unknown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block body seen through the evaluator: typed accessors that record each field's location and
 * unknown-ness in {@link Fields}, report wrong types as input problems, and expand dynamic blocks. Values are typed by
 * the rules every format shares ({@link Types}, through {@link TfDoc}): strings convert to numbers and booleans as
 * Terraform converts them, {@code 2.0} is the whole number 2.
 */
final class View {

    private final Hcl.Body body;
    private final Scope scope;
    private final String path;
    private final Location location;
    private final Evaluator ev;
    private final List<InputProblem> problems;

    View(Hcl.Body body, Scope scope, String path, Location location, Evaluator ev, List<InputProblem> problems) {
        this.body = body;
        this.scope = scope;
        this.path = path;
        this.location = location;
        this.ev = ev;
        this.problems = problems;
    }

    Location location() {
        return location;
    }

    Scope scope() {
        return scope;
    }

    Location at(Hcl.Pos pos) {
        return new Location(path, pos.line(), pos.column());
    }

    boolean has(String attr) {
        return body.attribute(attr) != null;
    }

    Location at(String attr) {
        Hcl.Attribute a = body.attribute(attr);
        return a == null ? location : at(a.pos());
    }

    /** The resolved value, or null when the attribute is absent. */
    Object value(String attr) {
        Hcl.Attribute a = body.attribute(attr);
        return a == null ? null : ev.eval(a.value(), scope);
    }

    /** True when the attribute is a constant written in place: no variable, local, function or reference. */
    boolean literal(String attr) {
        Hcl.Attribute a = body.attribute(attr);
        return a != null && (a.value() instanceof Hcl.Literal
                || a.value() instanceof Hcl.Template t && t.parts().stream().allMatch(String.class::isInstance));
    }

    private static final java.util.regex.Pattern VARIABLE =
            java.util.regex.Pattern.compile("(?<![A-Za-z0-9_.])var\\.([A-Za-z_][A-Za-z0-9_-]*)");

    /** The input variable an attribute's expression reads ({@code var.name}), null when it reads none. */
    String variable(String attr) {
        Hcl.Attribute a = body.attribute(attr);
        if (a == null || a.value().text() == null) {
            return null;
        }
        java.util.regex.Matcher m = VARIABLE.matcher(a.value().text());
        return m.find() ? m.group(1) : null;
    }

    Evaluator.Tracked track(String attr) {
        Hcl.Attribute a = body.attribute(attr);
        return a == null ? new Evaluator.Tracked(null, java.util.Set.of()) : ev.track(a.value(), scope);
    }

    private Object written(String attr, String field, Fields f) {
        Hcl.Attribute a = body.attribute(attr);
        if (a == null) {
            return null;
        }
        Object v = ev.eval(a.value(), scope);
        if (v == null) {
            return null;
        }
        f.at(field, at(a.pos()));
        if (v instanceof Unknown || v instanceof Partial) {
            f.unknown(field);
            return null;
        }
        return v;
    }

    String str(String attr, String field, Fields f) {
        Object v = written(attr, field, f);
        return v == null ? null : text(attr, v);
    }

    /** A known value as text (numbers and booleans as Terraform prints them), or null after reporting a collection. */
    private String text(String attr, Object v) {
        var doc = TfDoc.of(v, at(attr));
        String r = Types.text(doc, Types.Coercion.CONVERT_TEXT);
        if (r == null) {
            problem(attr, Types.wrongType(attr, doc, Types.TEXT));
        }
        return r;
    }

    /** A string in which unknown segments are kept as {@code ${...}} (resource ids, service names). */
    String id(Object v, String attr, String field, Fields f) {
        if (v == null) {
            return null;
        }
        f.at(field, at(attr));
        if (v instanceof Unknown) {
            f.unknown(field);
            return null;
        }
        // a string with unknown parts keeps them as ${...}
        return v instanceof Partial p ? p.text() : text(attr, v);
    }

    Integer integer(String attr, String field, Fields f) {
        Object v = written(attr, field, f);
        return v == null ? null : Types.integer(attr, TfDoc.of(v, at(attr)), Types.Coercion.CONVERT_TEXT,
                m -> problem(attr, m));
    }

    Double number(String attr, String field, Fields f) {
        Object v = written(attr, field, f);
        return v == null ? null : Types.number(attr, TfDoc.of(v, at(attr)), Types.Coercion.CONVERT_TEXT,
                m -> problem(attr, m));
    }

    Boolean bool(String attr, String field, Fields f) {
        Object v = written(attr, field, f);
        return v == null ? null : Types.bool(attr, TfDoc.of(v, at(attr)), Types.Coercion.CONVERT_TEXT,
                m -> problem(attr, m));
    }

    /** A list of ids: known strings, and for references to other resources ({@code aws_subnet.a.id}) their address. */
    List<String> ids(String attr, String field, Fields f) {
        Object v = written(attr, field, f);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list)) {
            f.unknown(field);
            return out;
        }
        for (Object item : list) {
            String id = refId(item);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** The value of a single id attribute as {@link #ids} reads its items. */
    String refIdOf(String attr, String field, Fields f) {
        Hcl.Attribute a = body.attribute(attr);
        if (a == null) {
            return null;
        }
        Object v = ev.eval(a.value(), scope);
        f.at(field, at(a.pos()));
        String id = refId(v);
        if (id == null) {
            f.unknown(field);
        }
        return id;
    }

    static String refId(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Unknown u && u.text().endsWith(".id") && !u.text().startsWith("var.")
                && !u.text().startsWith("data.") && !u.text().startsWith("local.")) {
            return u.text().substring(0, u.text().length() - 3);
        }
        return null;
    }

    /** A map of known strings (tags: an unknown stage must not read as "not production"). */
    Map<String, String> stringMap(String attr) {
        return stringMap(attr, false);
    }

    /**
     * A map of strings; with {@code keepUnknown} an entry whose value is unknown stays, written as
     * {@code ${...}} (metric dimensions: that the dimension is there is what matters).
     */
    Map<String, String> stringMap(String attr, boolean keepUnknown) {
        Object v = value(attr);
        Map<String, String> out = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> map) {
            map.forEach((k, x) -> {
                if (x instanceof String || x instanceof BigDecimal || x instanceof Boolean
                        || (keepUnknown && (x instanceof Unknown || x instanceof Partial))) {
                    out.put(k.toString(), Values.render(x));
                }
            });
        }
        return out;
    }

    /** The nested blocks of a type, with {@code dynamic} blocks expanded when their for_each is known. */
    List<View> blocks(String type) {
        List<View> out = new ArrayList<>();
        for (Hcl.Block b : body.blocks()) {
            if (b.type().equals(type)) {
                out.add(new View(b.body(), scope, path, at(b.pos()), ev, problems));
            } else if (b.type().equals("dynamic") && type.equals(b.label(0))) {
                out.addAll(dynamic(b));
            }
        }
        return out;
    }

    /** True when a dynamic block of this type has a for_each that cannot be resolved. */
    boolean dynamicUnknown(String type) {
        for (Hcl.Block b : body.blocks()) {
            if (b.type().equals("dynamic") && type.equals(b.label(0))) {
                Hcl.Attribute fe = b.body().attribute("for_each");
                Object coll = fe == null ? null : ev.eval(fe.value(), scope);
                if (fe == null || Evaluator.forEachEntries(coll) == null || entries(coll) == null) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<View> dynamic(Hcl.Block b) {
        List<View> out = new ArrayList<>();
        Hcl.Block content = b.body().blocks("content").stream().findFirst().orElse(null);
        if (content == null) {
            return out;
        }
        Hcl.Attribute iteratorAttr = b.body().attribute("iterator");
        String iterator = iteratorAttr != null && iteratorAttr.value() instanceof Hcl.Variable v ? v.name()
                : b.label(0);
        Hcl.Attribute fe = b.body().attribute("for_each");
        Object coll = fe == null ? null : ev.eval(fe.value(), scope);
        Map<String, Object> entries = entries(coll);
        if (entries == null && coll != null && (coll instanceof List<?> || Evaluator.forEachEntries(coll) != null)) {
            // issue 14: thousands of blocks per instance, times count, would fill the heap
            Location at = at(b.pos());
            String message = "dynamic \"" + b.label(0) + "\" expands to more than " + MAX_DYNAMIC_BLOCKS
                    + " blocks, more than sagelint expands; it is read as one block with " + iterator + ".key and "
                    + iterator + ".value unknown, so rules on them stay silent; lint a plan (terraform show -json)";
            if (problems.stream().noneMatch(p -> p.source().location().equals(at) && p.message().equals(message))) {
                problems.add(InputProblem.at(at, message));
            }
        }
        if (entries == null) {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("key", new Unknown(iterator + ".key"));
            it.put("value", new Unknown(iterator + ".value"));
            out.add(new View(content.body(), scope.with(iterator, it), path, at(b.pos()), ev, problems));
            return out;
        }
        entries.forEach((k, v) -> {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("key", k);
            it.put("value", v);
            out.add(new View(content.body(), scope.with(iterator, it), path, at(b.pos()), ev, problems));
        });
        return out;
    }

    /**
     * The most blocks one {@code dynamic} block expands to (fixed; AWS allows 10 production variants): with a
     * resource count of up to 1,000 that is at most 100,000 blocks per resource.
     */
    static final int MAX_DYNAMIC_BLOCKS = 100;

    /** A dynamic block's iterations: lists by index, maps and sets by key; null when unknown or too many. */
    private static Map<String, Object> entries(Object coll) {
        if (coll instanceof List<?> list) {
            return list.size() > MAX_DYNAMIC_BLOCKS ? null : listEntries(list);
        }
        Map<String, Object> entries = Evaluator.forEachEntries(coll);
        return entries == null || entries.size() > MAX_DYNAMIC_BLOCKS ? null : entries;
    }

    /** dynamic blocks iterate lists of any element with the index as key. */
    private static Map<String, Object> listEntries(List<?> list) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.put(String.valueOf(i), list.get(i));
        }
        return out;
    }

    View block(String type) {
        List<View> all = blocks(type);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every attribute and block name written here, for spot-like key scans. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        body.attributes().forEach(a -> out.add(a.name()));
        body.blocks().forEach(b -> out.add(b.type()));
        return out;
    }

    Location nameAt(String name) {
        Hcl.Attribute a = body.attribute(name);
        if (a != null) {
            return at(a.pos());
        }
        return body.blocks().stream().filter(b -> b.type().equals(name)).findFirst().map(b -> at(b.pos()))
                .orElse(location);
    }

    void problem(String attr, String message) {
        problems.add(InputProblem.at(at(attr), message));
    }
}
