package dev.sagelint.parse.doc;

import dev.sagelint.model.FactField;
import dev.sagelint.model.FieldNames;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one object of a {@link Doc} as a fact's fields: typed accessors (text, integer, number, boolean, list, object)
 * with the type rules and wording of {@link Types}, the location of each field for the fact's {@link Source}, and the
 * fields whose value is {@link Doc.Unknown}. A value of the wrong type is an {@link InputProblem} at its place and
 * reads as absent; reading goes on. A null value reads as absent (AWS CLI output prints absent members as null).
 *
 * <p>Each accessor takes the key as the input spells it and, optionally, the facts' typed fields to record it under
 * ({@code r.integer("MinCapacity", ScalableTarget.Field.MIN_CAPACITY)}): a fact's {@link Source} holds only the keys
 * of {@link FactField} constants, so a misspelt field does not compile.
 */
public final class DocReader {

    /**
     * How a format reads its tree; {@code dialect} is the {@code InputFormat} name whose spelling of a field
     * ({@link FactField#spelling}) the accessors that take only a field read: {@code r.integer(MIN_CAPACITY)} reads
     * {@code MinCapacity} in CloudFormation and API bodies, {@code min_capacity} in Terraform, {@code minCapacity} in a
     * spec. With {@code blocks}, an array of objects where an object is expected is a nested block written in
     * HCL's block syntax (the adapter makes every block type an array, a plan writes an absent one as {@code []}):
     * {@link #obj} reads its first block, as the Terraform provider reads a block it allows once, and none as
     * absent. {@code names} spells members one kind of resource writes differently from the rest of its format
     * (AWS name to key; an empty key: the member's own members are written in the object itself).
     */
    public record Style(Types.Coercion coercion, Placement placement, String dialect, boolean blocks,
                        Map<String, String> names) {

        public Style(Types.Coercion coercion, Placement placement, String dialect, boolean blocks) {
            this(coercion, placement, dialect, blocks, Map.of());
        }

        public Style {
            names = Map.copyOf(names);
        }
    }

    /** Where a field (and a problem with its value) points: at the key or at the value. */
    public enum Placement { KEY, VALUE }

    /** sagelint specs: plain scalars are text, fields point at values, named by the accessor. */
    public static final Style SPEC = new Style(Types.Coercion.SCALARS_AS_TEXT, Placement.VALUE, "native", false);
    /** AWS API bodies: JSON types as written, fields point at keys, named by the accessor. */
    public static final Style API = new Style(Types.Coercion.AS_WRITTEN, Placement.KEY, "aws-api", false);
    /** Evaluated CloudFormation: text converts as CloudFormation converts it, fields point at values. */
    public static final Style CLOUDFORMATION = new Style(Types.Coercion.CONVERT_TEXT, Placement.VALUE,
            "cloudformation", false);
    /**
     * Evaluated Terraform: text converts as Terraform converts it; fields point at attributes (a block at its first
     * block of that type), named by accessor; a block allowed once reads as an object.
     */
    public static final Style TERRAFORM = new Style(Types.Coercion.CONVERT_TEXT, Placement.KEY, "terraform", true);

    private final Doc.Obj obj;
    private final String where;
    private final Style style;
    private final List<InputProblem> problems;
    private final Map<String, Location> fields;
    private final Set<String> unknown;
    private final Set<String> read = new HashSet<>();

    private DocReader(Doc.Obj obj, String where, Style style, List<InputProblem> problems) {
        this(obj, where, style, problems, new LinkedHashMap<>(), new LinkedHashSet<>());
    }

    private DocReader(Doc.Obj obj, String where, Style style, List<InputProblem> problems,
                      Map<String, Location> fields, Set<String> unknown) {
        this.obj = obj;
        this.where = where;
        this.style = style;
        this.problems = problems;
        this.fields = fields;
        this.unknown = unknown;
    }

    /** A reader of a value that must be an object; reports and gives an empty reader when it is not. */
    public static DocReader of(Doc node, String where, Style style, List<InputProblem> problems) {
        if (node instanceof Doc.Obj o) {
            return new DocReader(o, where, style, problems);
        }
        if (!(node instanceof Doc.Unknown)) {
            problems.add(InputProblem.at(node.at(), Types.wrongType(where, node, "an object")));
        }
        return new DocReader(new Doc.Obj(Map.of(), Map.of(), node.at(), node.at().line()), where, style, problems);
    }

    public Location location() {
        return obj.at();
    }

    public Doc.Obj obj() {
        return obj;
    }

    /** Where a key's field points (its key or its value, by the style), or the object when the key is absent. */
    public Location at(String key) {
        return obj.members().containsKey(key) ? place(key) : obj.at();
    }

    /** Where the key itself is written. */
    public Location keyAt(String key) {
        return obj.keyAt(key);
    }

    private Location place(String key) {
        return style.placement() == Placement.KEY ? obj.keyAt(key) : obj.get(key).at();
    }

    /** True when the key is there with a value other than null. */
    public boolean has(String key) {
        Doc n = obj.get(key);
        return n != null && !(n instanceof Doc.Scalar s && s.isNull());
    }

    /** True when the key is written at all, null or not. */
    public boolean written(String key) {
        return obj.members().containsKey(key);
    }

    /** The member names, in the order written. */
    public Set<String> keys() {
        return obj.members().keySet();
    }

    /** The value of a key, null when absent or null; marks the key as read. */
    public Doc node(String key) {
        read.add(key);
        Doc n = obj.get(key);
        return n instanceof Doc.Scalar s && s.isNull() ? null : n;
    }

    /** The value, recording it under {@code names}; null when absent, null or unknown (then the names are unknown). */
    private Doc take(String key, FactField... names) {
        Doc n = node(key);
        if (n == null) {
            return null;
        }
        for (FactField name : names) {
            if (name != null) {
                fields.put(name.key(), place(key));
                if (n instanceof Doc.Unknown || n instanceof Doc.Arr a && a.open()) {
                    unknown.add(name.key());
                }
            }
        }
        return n instanceof Doc.Unknown ? null : n;
    }

    /** {@link #take}, but a partly known string is returned: where an object or a list is expected it is wrong. */
    private Doc takeWithPartial(String key, FactField... names) {
        Doc n = take(key, names);
        return n == null && obj.get(key) instanceof Doc.Unknown u && u.text() != null ? u : n;
    }

    /** Records a field location on this reader's source (for values read through a nested reader). */
    public DocReader field(FactField field, Location location) {
        fields.put(field.key(), location);
        return this;
    }

    /** Records the location of one entry of a map field ({@code environment.HF_MODEL_ID}), so rules can point at it. */
    public DocReader entry(FactField map, String entry, Location location) {
        fields.put(map.key() + "." + entry, location);
        return this;
    }

    /** Records fields as written but unknowable (a whole object that depends on a condition). */
    public DocReader unknownField(Location location, FactField... names) {
        for (FactField name : names) {
            fields.put(name.key(), location);
            unknown.add(name.key());
        }
        return this;
    }

    /** Takes over the fields and unknowns a nested reader recorded, so rules find them on this fact. */
    public void absorb(DocReader inner) {
        if (inner == this) {
            return;
        }
        fields.putAll(inner.fields);
        unknown.addAll(inner.unknown);
    }

    /** True when the value of a key cannot be known as a whole (a partly known string is known enough). */
    public boolean unknown(String key) {
        return unknownAsAWhole(obj.get(key));
    }

    /** A value unknown as a whole, not a partly known string. */
    private static boolean unknownAsAWhole(Doc d) {
        return d instanceof Doc.Unknown u && u.text() == null;
    }

    /**
     * The items of a list, null when absent or unknown (reported when not a list). Items unknown as a whole (present
     * only under some condition) are left out and make the list's fields unknown.
     */
    public List<Doc> items(String key, FactField... names) {
        Doc n = takeWithPartial(key, names);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Doc.Arr a)) {
            wrong(key, n, "a list");
            return null;
        }
        List<Doc> known = a.items().stream().filter(i -> !unknownAsAWhole(i)).toList();
        if (known.size() < a.items().size()) {
            unknownField(n.at(), names);
        }
        return known;
    }

    /**
     * A list of strings as nodes, with the resources each mentions, empty when absent. An item known only at deploy
     * time stays as {@code ${?}} with its resources, and makes the list's fields unknown; another type is reported.
     */
    public List<Doc> textItems(String key, FactField... names) {
        if (!(obj.get(key) instanceof Doc.Arr a)) {
            items(key, names); // absent, unknown, or not a list (reported): no items
            return List.of();
        }
        take(key, names);
        if (a.items().stream().anyMatch(DocReader::unknownAsAWhole)) {
            unknownField(a.at(), names);
        }
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            Doc item = a.items().get(i);
            if (item instanceof Doc.Unknown u) {
                out.add(u.text() != null ? u : Doc.Unknown.partial("${?}", u.refs(), u.at()));
            } else if (Types.text(item, style.coercion()) != null) {
                out.add(item);
            } else {
                problems.add(InputProblem.at(item.at(), Types.wrongType(key + "[" + i + "]", item, Types.TEXT)));
            }
        }
        return out;
    }

    /**
     * True when the value may be absent at deploy time though it is written: unknown as a whole (present only under
     * a condition), or an open list ({@link Doc.Arr#open}: blocks that exist only for some values).
     */
    public boolean conditional(String key) {
        return unknown(key) || obj.get(key) instanceof Doc.Arr a && a.open();
    }

    /** True when the key is there under every branch: written, not null and not unknown as a whole. */
    public boolean present(String key) {
        Doc n = obj.get(key);
        return n != null && !(n instanceof Doc.Scalar s && s.isNull()) && !unknown(key)
                && !(style.blocks() && n instanceof Doc.Arr a && a.items().isEmpty()); // no block of the type
    }

    /** A reader of a list item or other value that must be an object, sharing this reader's style and problems. */
    public DocReader reader(Doc node, String where) {
        return of(node, where, style, problems);
    }

    public String text(String key, FactField... names) {
        Doc n = take(key, names);
        if (n == null) {
            return null;
        }
        String t = Types.text(n, style.coercion());
        if (t == null) {
            wrong(key, n, Types.TEXT);
        }
        return t;
    }

    /**
     * A string in which parts known only at deploy time stay as {@code ${...}} (resource ids, ARNs, names that link
     * facts): the field counts as known unless the whole value is unknown, which gives null and an unknown field.
     */
    public String placeholder(String key, FactField... names) {
        return Doc.text(placeholderNode(key, names));
    }

    /** {@link #placeholder}, as the node: a scalar or a partly known string, with the resources it mentions. */
    public Doc placeholderNode(String key, FactField... names) {
        return stringNode(key, true, names);
    }

    /**
     * A string value as the node, with the resources it mentions: a scalar, or a partly known string whose fields are
     * then unknown; null when absent, unknown as a whole, or not text (reported).
     */
    public Doc textNode(String key, FactField... names) {
        return stringNode(key, false, names);
    }

    private Doc stringNode(String key, boolean partIsKnown, FactField... names) {
        Doc n = node(key);
        if (n instanceof Doc.Unknown u && u.text() != null) {
            for (FactField name : names) {
                fields.put(name.key(), place(key));
                if (!partIsKnown) {
                    unknown.add(name.key());
                }
            }
            return u;
        }
        Doc t = take(key, names);
        if (t != null && Types.text(t, style.coercion()) == null) {
            wrong(key, t, Types.TEXT);
            return null;
        }
        return t;
    }

    public Integer integer(String key, FactField... names) {
        Doc n = take(key, names);
        return n == null ? null : Types.integer(key, n, style.coercion(), m -> problem(key, n, m));
    }

    public Double number(String key, FactField... names) {
        Doc n = take(key, names);
        return n == null ? null : Types.number(key, n, style.coercion(), m -> problem(key, n, m));
    }

    public Boolean bool(String key, FactField... names) {
        Doc n = take(key, names);
        return n == null ? null : Types.bool(key, n, style.coercion(), m -> problem(key, n, m));
    }

    /**
     * A nested object, or null when absent (reported when not an object). An empty key is a member the format writes
     * flat, in this object itself ({@link Style#names}): this reader.
     */
    public DocReader obj(String key, FactField... names) {
        if (key.isEmpty()) {
            return this;
        }
        Doc n = takeWithPartial(key, names);
        if (n == null) {
            return null;
        }
        if (n instanceof Doc.Obj o) {
            return new DocReader(o, key, style, problems);
        }
        if (style.blocks() && n instanceof Doc.Arr a && (a.items().isEmpty() || a.items().get(0) instanceof Doc.Obj)) {
            // no block of the type (a plan writes []), or its first block
            return a.items().isEmpty() ? null : new DocReader((Doc.Obj) a.items().get(0), key, style, problems);
        }
        wrong(key, n, "an object");
        return null;
    }

    /** The items of a list, empty when absent (reported when not a list). */
    public List<Doc> list(String key, FactField... names) {
        Doc n = take(key, names);
        if (n == null) {
            return List.of();
        }
        if (n instanceof Doc.Arr a) {
            return a.items();
        }
        wrong(key, n, "a list");
        return List.of();
    }

    /** A list of objects, each read by its own reader; an item that is not an object is reported and skipped. */
    public List<DocReader> objects(String key, FactField... names) {
        List<DocReader> out = new ArrayList<>();
        List<Doc> items = list(key, names);
        for (int i = 0; i < items.size(); i++) {
            Doc item = items.get(i);
            if (item instanceof Doc.Obj o) {
                out.add(new DocReader(o, key + "[" + i + "]", style, problems));
            } else if (!(item instanceof Doc.Unknown)) {
                problems.add(InputProblem.at(item.at(), Types.wrongType(key + "[" + i + "]", item, "an object")));
            }
        }
        return out;
    }

    /** A list of strings; an item of another type is reported and skipped. */
    public List<String> strings(String key, FactField... names) {
        List<String> out = new ArrayList<>();
        List<Doc> items = list(key, names);
        for (int i = 0; i < items.size(); i++) {
            Doc item = items.get(i);
            String t = Types.text(item, style.coercion());
            if (t != null) {
                out.add(t);
            } else if (!(item instanceof Doc.Unknown)) {
                problems.add(InputProblem.at(item.at(), Types.wrongType(key + "[" + i + "]", item, Types.TEXT)));
            }
        }
        return out;
    }

    /**
     * An object of strings to strings (tags, environment), empty when absent; each entry's location is the field
     * {@code key.entry} ({@code environment.HF_MODEL_ID}), so rules can point at one entry.
     */
    public Map<String, String> stringMap(String key, FactField field) {
        DocReader m = obj(key, field);
        Map<String, String> out = new LinkedHashMap<>();
        if (m != null) {
            for (String k : m.keys()) {
                String v = m.text(k);
                entry(field, k, m.at(k));
                if (v != null) {
                    out.put(k, v);
                }
            }
        }
        return out;
    }

    /** Tags as the AWS API writes them: [{"Key": k, "Value": v}]. */
    public Map<String, String> tags(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        for (DocReader t : objects(key)) {
            String k = t.text("Key");
            String v = t.text("Value");
            if (k != null && v != null) {
                out.put(k, v);
            }
        }
        return out;
    }

    /**
     * Reports, at its key, every key that no accessor asked for and {@code known} does not hold, with the nearest
     * known one that {@code nearest} suggests (null for none).
     */
    public void rejectUnknownKeys(Set<String> known, java.util.function.UnaryOperator<String> nearest) {
        for (String key : obj.members().keySet()) {
            if (!read.contains(key) && !known.contains(key)) {
                reportUnknown(key, known, nearest);
            }
        }
    }

    /**
     * For an input that declares every key it has (the sagelint spec): each key not in {@code known} is reported, and
     * the reader returned sees only the known ones, so a shape shared with the AWS formats reads no member the input
     * does not declare. The returned reader records its fields on this reader's source.
     */
    public DocReader declared(Set<String> known, java.util.function.UnaryOperator<String> nearest) {
        Map<String, Doc> members = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        for (String key : obj.members().keySet()) {
            if (known.contains(key)) {
                members.put(key, obj.members().get(key));
                keys.put(key, obj.keyAt(key));
            } else {
                reportUnknown(key, known, nearest);
            }
        }
        return new DocReader(new Doc.Obj(members, keys, obj.at(), obj.endLine()), where, style, problems, fields,
                unknown);
    }

    private void reportUnknown(String key, Set<String> known, java.util.function.UnaryOperator<String> nearest) {
        String near = nearest.apply(key);
        problems.add(InputProblem.at(obj.keyAt(key), "unknown key '" + key + "' in " + where
                + (near == null ? "; expected one of " + String.join(", ", known.stream().sorted().toList())
                        : "; did you mean '" + near + "'?")));
    }

    public Source source() {
        return new Source(obj.at(), fields, unknown);
    }

    /** The source with the fact placed at another location (a configuration member). */
    public Source source(Location at) {
        return new Source(at, fields, unknown);
    }

    /** Reports a problem with the value of a key, where the style points for it. */
    public void problem(String key, String message) {
        problems.add(InputProblem.at(at(key), message));
    }

    /** Reports a problem at a value. */
    public void problem(Doc at, String message) {
        problems.add(InputProblem.at(at.at(), message));
    }

    /** Reports a problem at the object itself. */
    public void problemHere(String message) {
        problems.add(InputProblem.at(obj.at(), message));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private void wrong(String key, Doc n, String expected) {
        problem(key, n, Types.wrongType(key, n, expected));
    }

    private void problem(String key, Doc n, String message) {
        problems.add(InputProblem.at(style.placement() == Placement.KEY ? obj.keyAt(key) : n.at(), message));
    }

    // ------------------------------------------------------------------ fields read by their dialect's spelling

    /** The key this format writes a field under. */
    public String keyOf(FactField field) {
        String own = style.names().get(field.awsName());
        return own != null ? own : field.spelling(style.dialect());
    }

    /**
     * The key this format writes a member under that has no field of its own, given as CloudFormation and the API
     * write it: {@code StepAdjustments} is {@code step_adjustment} in Terraform ({@link FieldNames#of}).
     */
    public String keyOf(String awsName) {
        String own = style.names().get(awsName);
        return own != null ? own : FieldNames.of(style.dialect(), awsName);
    }

    /** {@link #text(String, FactField...)} of the field, under the key this format spells it with. */
    public String text(FactField field) {
        return text(keyOf(field), field);
    }

    public Integer integer(FactField field) {
        return integer(keyOf(field), field);
    }

    public Double number(FactField field) {
        return number(keyOf(field), field);
    }

    public Boolean bool(FactField field) {
        return bool(keyOf(field), field);
    }

    public DocReader obj(FactField field) {
        return obj(keyOf(field), field);
    }

    public String placeholder(FactField field) {
        return placeholder(keyOf(field), field);
    }

    public Doc placeholderNode(FactField field) {
        return placeholderNode(keyOf(field), field);
    }

    public Doc textNode(FactField field) {
        return textNode(keyOf(field), field);
    }

    // ------------------------------------------------------------------ facts whose fields are spread over objects

    /**
     * A reader of another object (a nested block) that records its fields and unknown ones on this reader's source,
     * for a fact whose settings are written in several objects.
     */
    public DocReader on(Doc.Obj other) {
        return new DocReader(other, where, style, problems, fields, unknown);
    }

    /**
     * This reader, with members spelt as {@code names} says where they differ from the format's spelling (AWS name
     * to key): for a resource whose provider names members its own way. Readers of nested objects keep the names.
     */
    public DocReader spelling(Map<String, String> names) {
        Style respelt = new Style(style.coercion(), style.placement(), style.dialect(), style.blocks(), names);
        return new DocReader(obj, where, respelt, problems, fields, unknown);
    }

    /** Records fields as unknown without a location of their own (a count that depends on an unknown for_each). */
    public DocReader markUnknown(FactField... names) {
        for (FactField name : names) {
            unknown.add(name.key());
        }
        return this;
    }
}
