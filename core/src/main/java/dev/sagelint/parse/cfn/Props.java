package dev.sagelint.parse.cfn;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Source;

import dev.sagelint.parse.doc.Types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to one evaluated mapping of a resource. A value of the wrong type is a problem at its
 * line; a value the template cannot decide is null and its field goes into {@link Source#unknown()}.
 * Each accessor takes the CloudFormation property name and the model field name(s) to record it under. Values are
 * typed by the one set of rules every format shares ({@link Types}, through {@link CfnDoc}): text converts to numbers
 * and booleans as CloudFormation converts it, {@code 2.0} is the whole number 2, and a wrong type is worded
 * {@code MinCapacity is "abc"; expected a whole number}.
 */
final class Props {

    private final Val.Obj obj;
    private final Location at;
    private final String where;
    private final List<InputProblem> problems;
    private final Map<String, Location> fields = new HashMap<>();
    private final Set<String> unknown = new HashSet<>();

    Props(Val.Obj obj, Location at, String where, List<InputProblem> problems) {
        this.obj = obj;
        this.at = at;
        this.where = where;
        this.problems = problems;
    }

    /** Props of a value that must be a mapping; reports (unless unknown) and gives empty props otherwise. */
    static Props of(Val v, Location at, String where, List<InputProblem> problems) {
        if (v instanceof Val.Obj o) {
            return new Props(o, o.at(), where, problems);
        }
        if (v != null && !(v instanceof Val.Unknown) && !(v instanceof Val.NoValue)) {
            problems.add(InputProblem.at(v.at(), Types.wrongType(where, CfnDoc.of(v), "an object")));
        }
        return new Props(new Val.Obj(Map.of(), Map.of(), at, at.line()), at, where, problems);
    }

    /** The same properties, reported at another place (a resource's logical id rather than its first key). */
    Props locatedAt(Location where) {
        Props copy = new Props(obj, where, this.where, problems);
        copy.fields.putAll(fields);
        copy.unknown.addAll(unknown);
        return copy;
    }

    Location location() {
        return at;
    }

    int endLine() {
        return Math.max(obj.endLine(), at.line());
    }

    Val raw(String key) {
        return obj.get(key);
    }

    /** True when the property is there under every branch (not absent, not undecidable). */
    boolean has(String key) {
        Val v = obj.get(key);
        return v != null && !(v instanceof Val.Unknown);
    }

    /** True when the property's presence or value depends on something unknowable. */
    boolean unknown(String key) {
        return obj.get(key) instanceof Val.Unknown;
    }

    /** Takes over the fields and unknowns of a nested mapping, so rules find them on the fact. */
    void absorb(Props inner) {
        fields.putAll(inner.fields);
        unknown.addAll(inner.unknown);
    }

    Set<String> keys() {
        return obj.entries().keySet();
    }

    /** Where the property's key is written, or the mapping's location when absent. */
    Location keyAt(String key) {
        return obj.keys().getOrDefault(key, at);
    }

    /** The location of a property's value, or of the mapping. */
    Location at(String key) {
        Val v = obj.get(key);
        return v == null ? at : v.at();
    }

    private Val take(String key, String... names) {
        Val v = obj.get(key);
        if (v == null) {
            return null;
        }
        for (String n : names) {
            fields.put(n, v.at());
            if (v instanceof Val.Unknown || v instanceof Val.Str s && !s.known()) {
                unknown.add(n);
            }
        }
        return v;
    }

    /** Marks fields as written but unknowable (a whole mapping that depends on a condition, ...). */
    void markUnknown(Location where, String... names) {
        for (String n : names) {
            fields.put(n, where);
            unknown.add(n);
        }
    }

    void mark(Location where, String... names) {
        for (String n : names) {
            fields.put(n, where);
        }
    }

    /**
     * A string property where unknown parts stay as {@code ${...}} (resource ids, service names, links
     * to other resources): the field counts as known unless the whole value is undecidable.
     */
    Val.Str placeholder(String key, String... names) {
        Val v = obj.get(key);
        if (v instanceof Val.Str s) {
            mark(s.at(), names);
            return s;
        }
        if (v instanceof Val.Unknown u) {
            markUnknown(u.at(), names);
            return null;
        }
        return v == null ? null : text(key, names);
    }

    /** The value as written and resolved, known or not; null when absent or not a string. */
    Val.Str text(String key, String... names) {
        Val v = take(key, names);
        if (v == null || v instanceof Val.Unknown) {
            return null;
        }
        if (v instanceof Val.Str s) {
            return s;
        }
        wrongType(key, v, Types.TEXT);
        return null;
    }

    String string(String key, String... names) {
        Val.Str s = text(key, names);
        return s == null || !s.known() ? null : s.text();
    }

    Integer integer(String key, String... names) {
        Val v = typed(key, names);
        return v == null ? null : Types.integer(key, CfnDoc.of(v), Types.Coercion.CONVERT_TEXT, m -> problem(v.at(), m));
    }

    Double number(String key, String... names) {
        Val v = typed(key, names);
        return v == null ? null : Types.number(key, CfnDoc.of(v), Types.Coercion.CONVERT_TEXT, m -> problem(v.at(), m));
    }

    Boolean bool(String key, String... names) {
        Val v = typed(key, names);
        return v == null ? null : Types.bool(key, CfnDoc.of(v), Types.Coercion.CONVERT_TEXT, m -> problem(v.at(), m));
    }

    /** The value to type, or null when absent, removed ({@code AWS::NoValue}) or known only at deploy time. */
    private Val typed(String key, String... names) {
        Val v = take(key, names);
        return v == null || v instanceof Val.Unknown || v instanceof Val.NoValue || v instanceof Val.Str s && !s.known()
                ? null : v;
    }

    /** A nested mapping; null when absent or unknown (the field is then marked unknown). */
    Props mapping(String key, String... names) {
        Val v = take(key, names);
        if (v == null || v instanceof Val.Unknown) {
            return null;
        }
        if (v instanceof Val.Obj o) {
            return new Props(o, o.at(), key, problems);
        }
        wrongType(key, v, "an object");
        return null;
    }

    /** The items of a list; null when absent or unknown. */
    List<Val> list(String key, String... names) {
        Val v = take(key, names);
        if (v == null || v instanceof Val.Unknown) {
            return null;
        }
        if (v instanceof Val.Lst l) {
            List<Val> known = l.items().stream().filter(i -> !(i instanceof Val.Unknown)).toList();
            if (known.size() < l.items().size()) {
                // an item that exists only under some branch: the list's length is not known
                markUnknown(v.at(), names);
            }
            return known;
        }
        wrongType(key, v, "a list");
        return null;
    }

    /** A list of strings; unknown items are kept as their {@code ${...}} text. */
    List<Val.Str> strings(String key, String... names) {
        Val whole = obj.get(key);
        List<Val> items = whole instanceof Val.Lst l ? l.items() : list(key, names);
        if (whole instanceof Val.Lst l) {
            take(key, names);
            if (l.items().stream().anyMatch(i -> i instanceof Val.Unknown)) {
                markUnknown(l.at(), names);
            }
        }
        List<Val.Str> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            Val item = items.get(i);
            if (item instanceof Val.Str s) {
                out.add(s);
            } else if (item instanceof Val.Unknown u) {
                out.add(new Val.Str("${?}", false, u.refs(), u.at()));
            } else {
                wrongType(key + "[" + i + "]", item, Types.TEXT);
            }
        }
        return out;
    }

    /** CloudFormation Tags: a list of {Key, Value}; unknown values are left out. */
    Map<String, String> tags(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        Val v = take(key, "tags");
        if (v instanceof Val.Lst l) {
            for (Val item : l.items()) {
                if (item instanceof Val.Obj o && o.get("Key") instanceof Val.Str k && k.known()
                        && o.get("Value") instanceof Val.Str val && val.known()) {
                    out.put(k.text(), val.text());
                }
            }
        } else if (v instanceof Val.Obj o) {
            for (var e : o.entries().entrySet()) {
                if (e.getValue() instanceof Val.Str val && val.known()) {
                    out.put(e.getKey(), val.text());
                }
            }
        }
        return out;
    }

    Source source() {
        return new Source(at, fields, unknown);
    }

    void problem(Location where, String message) {
        problems.add(InputProblem.at(where, message));
    }

    List<InputProblem> problems() {
        return problems;
    }

    private void wrongType(String key, Val v, String expected) {
        problems.add(InputProblem.at(v.at(), Types.wrongType(key, CfnDoc.of(v), expected)));
    }

    /** A value as every format's messages show it. */
    static String describe(Val v) {
        return Types.seen(CfnDoc.of(v));
    }
}
