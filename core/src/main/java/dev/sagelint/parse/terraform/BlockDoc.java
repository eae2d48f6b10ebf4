package dev.sagelint.parse.terraform;

import dev.sagelint.model.FactField;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block body of a resource instance evaluated in its scope and adapted to {@link Doc} (issue 12 item 1), for
 * {@link DocReader} to read facts from: each attribute is its evaluated value ({@link TfDoc}) located at the
 * attribute, each nested block type an array of objects in the order written, {@code dynamic} blocks expanded where
 * they stand. Beside the tree it keeps what only the source says: which names are attributes (a block of an
 * attribute's name is not the attribute), the resource instances each attribute's expression reaches (for links),
 * whether it is a literal or reads a variable. The blocks of a dynamic block whose for_each is unknown are an
 * {@link Doc.Arr#open open} array: read as one block, with how many there are (none, maybe) known only at apply time.
 *
 * <p>Every attribute is evaluated once, when the body is adapted; the instance's own count and for_each are left out
 * (they made the instance, and evaluating a for_each again per instance would cost its size times the instances).
 * The evaluator reports nothing; the one problem adapting adds is a dynamic block that expands to more blocks than
 * sagelint expands (SL001 at it, once however many instances the resource has).
 */
final class BlockDoc {

    /**
     * The most blocks one {@code dynamic} block expands to (fixed; AWS allows 10 production variants): with a
     * resource count of up to 1,000 that is at most 100,000 blocks per resource.
     */
    static final int MAX_DYNAMIC_BLOCKS = 100;

    private static final Pattern VARIABLE = Pattern.compile("(?<![A-Za-z0-9_.])var\\.([A-Za-z_][A-Za-z0-9_-]*)");

    private final Doc.Obj doc;
    private final String where;
    private final boolean expanded;
    private final Map<String, Hcl.Attribute> attributes = new HashMap<>();
    private final Map<String, Set<String>> refs = new HashMap<>();
    private final Map<String, List<BlockDoc>> blocks = new LinkedHashMap<>();
    private final Set<String> dynamicUnknown = new HashSet<>();
    private final List<String> names = new ArrayList<>();
    private final List<InputProblem> problems;

    /** The body of an instance, in the instance's scope. */
    static BlockDoc of(Instance inst, Evaluator ev, List<InputProblem> problems) {
        Hcl.Block b = inst.decl().block();
        return new BlockDoc(b.body(), inst.scope(), inst.decl().path(), inst.address(),
                new Location(inst.decl().path(), b.pos().line(), b.pos().column()), false, Set.of("count", "for_each"),
                ev, problems);
    }

    private BlockDoc(Hcl.Body body, Scope scope, String path, String where, Location location, boolean expanded,
                     Set<String> left, Evaluator ev, List<InputProblem> problems) {
        this.where = where;
        this.expanded = expanded;
        this.problems = problems;
        Map<String, Doc> members = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        for (Hcl.Attribute a : body.attributes()) {
            names.add(a.name());
            if (left.contains(a.name()) || attributes.containsKey(a.name())) {
                continue;
            }
            attributes.put(a.name(), a);
            Location at = at(path, a.pos());
            Evaluator.Tracked t = ev.track(a.value(), scope);
            members.put(a.name(), TfDoc.of(t.value(), at));
            keys.put(a.name(), at);
            if (!t.touched().isEmpty()) {
                refs.put(a.name(), t.touched());
            }
        }
        for (Hcl.Block b : body.blocks()) {
            names.add(b.type());
            if (!b.type().equals("dynamic")) {
                keys.putIfAbsent(b.type(), at(path, b.pos()));
                blocks.computeIfAbsent(b.type(), k -> new ArrayList<>()).add(new BlockDoc(b.body(), scope, path,
                        b.type(), at(path, b.pos()), false, Set.of(), ev, problems));
            } else if (b.label(0) != null) {
                keys.putIfAbsent(b.label(0), at(path, b.pos())); // a field read from its blocks points at it
                dynamic(b, scope, path, ev);
            }
        }
        blocks.forEach((type, list) -> {
            // blocks that a dynamic block over an unknown collection makes: how many is known only at apply time
            boolean open = dynamicUnknown.contains(type);
            if (!list.isEmpty() || open) {
                Location first = list.isEmpty() ? keys.get(type) : list.get(0).location();
                members.putIfAbsent(type, new Doc.Arr(list.stream().<Doc>map(x -> x.doc).toList(), first,
                        first.line(), open));
            }
        });
        this.doc = new Doc.Obj(members, keys, location, location.line());
    }

    private static Location at(String path, Hcl.Pos pos) {
        return new Location(path, pos.line(), pos.column());
    }

    /** Expands a dynamic block into blocks of its label's type, one per for_each entry, at the dynamic block. */
    private void dynamic(Hcl.Block b, Scope scope, String path, Evaluator ev) {
        String type = b.label(0);
        List<BlockDoc> out = blocks.computeIfAbsent(type, k -> new ArrayList<>());
        Hcl.Attribute fe = b.body().attribute("for_each");
        Object coll = fe == null ? null : ev.eval(fe.value(), scope);
        Map<String, Object> entries = entries(coll);
        if (fe == null || Evaluator.forEachEntries(coll) == null || entries == null) {
            dynamicUnknown.add(type);
        }
        Hcl.Block content = b.body().blocks("content").stream().findFirst().orElse(null);
        if (content == null) {
            return;
        }
        Hcl.Attribute iteratorAttr = b.body().attribute("iterator");
        String iterator = iteratorAttr != null && iteratorAttr.value() instanceof Hcl.Variable v ? v.name() : type;
        Location at = at(path, b.pos());
        if (entries == null && coll != null && (coll instanceof List<?> || Evaluator.forEachEntries(coll) != null)) {
            // issue 14: thousands of blocks per instance, times count, would fill the heap
            report(InputProblem.at(at, "dynamic \"" + type
                    + "\" expands to more than " + MAX_DYNAMIC_BLOCKS + " blocks, more than sagelint expands; it is"
                    + " read as one block with " + iterator + ".key and " + iterator + ".value unknown, so rules on"
                    + " them stay silent; lint a plan (terraform show -json)"));
        }
        List<Map<String, Object>> iterations = new ArrayList<>();
        if (entries == null) {
            iterations.add(iteration(new Values.Unknown(iterator + ".key"), new Values.Unknown(iterator + ".value")));
        } else {
            entries.forEach((k, v) -> iterations.add(iteration(k, v)));
        }
        for (Map<String, Object> it : iterations) {
            out.add(new BlockDoc(content.body(), scope.with(iterator, it), path, type, at, true, Set.of(), ev,
                    problems));
        }
    }

    private static Map<String, Object> iteration(Object key, Object value) {
        Map<String, Object> it = new LinkedHashMap<>();
        it.put("key", key);
        it.put("value", value);
        return it;
    }

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

    Doc.Obj doc() {
        return doc;
    }

    Location location() {
        return doc.at();
    }

    /** A reader of this block with a source of its own. */
    DocReader reader() {
        return DocReader.of(doc, where, DocReader.TERRAFORM, problems);
    }

    /** True when the attribute is written (a block of that name is not the attribute). */
    boolean has(String attr) {
        return attributes.containsKey(attr);
    }

    /** Where the attribute is written, or the block when it is not. */
    Location at(String attr) {
        return has(attr) ? doc.keyAt(attr) : doc.at();
    }

    /** The attribute's value, null when it is absent or null. */
    Doc value(String attr) {
        Doc v = has(attr) ? doc.get(attr) : null;
        return v instanceof Doc.Scalar s && s.isNull() ? null : v;
    }

    /** The addresses of the resource instances the attribute's expression reaches, in the order reached. */
    Set<String> refs(String attr) {
        return refs.getOrDefault(attr, Set.of());
    }

    /** The resource instances reached by the attribute whose value is at {@code at} ({@link #refs}), for a value read. */
    Set<String> refsAt(Location at) {
        for (var e : refs.entrySet()) {
            if (doc.keyAt(e.getKey()).equals(at)) {
                return e.getValue();
            }
        }
        return Set.of();
    }

    /** True when the attribute is a constant written in place: no variable, local, function or reference. */
    boolean literal(String attr) {
        Hcl.Attribute a = attributes.get(attr);
        return a != null && (a.value() instanceof Hcl.Literal
                || a.value() instanceof Hcl.Template t && t.parts().stream().allMatch(String.class::isInstance));
    }

    /** The input variable an attribute's expression reads ({@code var.name}), null when it reads none. */
    String variable(String attr) {
        Hcl.Attribute a = attributes.get(attr);
        if (a == null || a.value().text() == null) {
            return null;
        }
        Matcher m = VARIABLE.matcher(a.value().text());
        return m.find() ? m.group(1) : null;
    }

    /** A problem of the source, once: every instance of a resource adapts the same blocks. */
    private void report(InputProblem p) {
        Location at = p.source().location();
        if (problems.stream().noneMatch(q -> q.source().location().equals(at) && q.message().equals(p.message()))) {
            problems.add(p);
        }
    }

    /** The nested blocks of a type, dynamic ones expanded. */
    List<BlockDoc> blocks(String type) {
        return blocks.getOrDefault(type, List.of());
    }

    BlockDoc block(String type) {
        List<BlockDoc> all = blocks(type);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The nested blocks of a type as written, without dynamic ones. */
    List<BlockDoc> written(String type) {
        return blocks.getOrDefault(type, List.of()).stream().filter(b -> !b.expanded).toList();
    }

    /** True when a dynamic block of this type has a for_each that cannot be resolved. */
    boolean dynamicUnknown(String type) {
        return dynamicUnknown.contains(type);
    }

    /** Every attribute and block name written here ({@code dynamic} for a dynamic block), for key scans. */
    List<String> names() {
        return names;
    }

    /** Where a name is first written: the attribute, else the first block of that type, else this block. */
    Location nameAt(String name) {
        return doc.keyAt(name);
    }

    // ------------------------------------------------------------------ references as ids

    /** A list of ids: known strings, and for references to other resources ({@code aws_subnet.a.id}) their address. */
    List<String> ids(DocReader into, String attr, FactField field) {
        Doc v = value(attr);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        into.field(field, at(attr));
        if (!(v instanceof Doc.Arr list)) {
            into.markUnknown(field);
            return out;
        }
        for (Doc item : list.items()) {
            String id = refId(item);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** The value of a single id attribute as {@link #ids} reads its items; an unknown field when it is none. */
    String refIdOf(DocReader into, String attr, FactField field) {
        if (!has(attr)) {
            return null;
        }
        into.field(field, at(attr));
        String id = refId(doc.get(attr));
        if (id == null) {
            into.markUnknown(field);
        }
        return id;
    }

    /** The id a single id attribute names, as {@link #refIdOf(DocReader, String, FactField)} reads it. */
    String refIdOf(String attr) {
        return has(attr) ? refId(doc.get(attr)) : null;
    }

    /** A known string, or the address of the resource a reference to its {@code .id} names; else null. */
    static String refId(Doc v) {
        if (v instanceof Doc.Scalar s && s.kind() == Doc.Kind.STRING) {
            return s.text();
        }
        return v instanceof Doc.Unknown u && u.refs().size() == 1 ? u.refs().iterator().next() : null;
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
        Map<String, String> out = new LinkedHashMap<>();
        if (value(attr) instanceof Doc.Obj map) {
            map.members().forEach((k, x) -> {
                if (x instanceof Doc.Scalar s && !s.isNull() || keepUnknown && x instanceof Doc.Unknown) {
                    out.put(k, TfDoc.render(x));
                }
            });
        }
        return out;
    }
}

