package dev.sagelint.parse.cfn;

import dev.sagelint.model.Location;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A template value after intrinsic functions are evaluated as far as the template says. Strings
 * that depend on something unknowable (a pseudo parameter, a generated name) keep that part as
 * {@code ${...}} and are not {@code known}; {@code refs} names the resources they mention, so a
 * {@code !Sub endpoint/${Endpoint.EndpointName}/...} still links to its endpoint.
 */
sealed interface Val permits Val.Str, Val.Lst, Val.Obj, Val.Unknown, Val.NoValue {

    Location at();

    Set<String> refs();

    record Str(String text, boolean known, Set<String> refs, Location at) implements Val {
        public Str {
            refs = Collections.unmodifiableSet(new LinkedHashSet<>(refs));
        }

        static Str of(String text, Location at) {
            return new Str(text, true, Set.of(), at);
        }
    }

    record Lst(List<Val> items, Location at) implements Val {
        public Lst {
            items = List.copyOf(items);
        }

        @Override
        public Set<String> refs() {
            Set<String> all = new LinkedHashSet<>();
            items.forEach(i -> all.addAll(i.refs()));
            return all;
        }
    }

    /** A mapping; {@code keys} holds where each key was written, {@code endLine} where the mapping ends. */
    record Obj(Map<String, Val> entries, Map<String, Location> keys, Location at, int endLine) implements Val {
        public Obj {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keys = Map.copyOf(keys);
        }

        @Override
        public Set<String> refs() {
            Set<String> all = new LinkedHashSet<>();
            entries.values().forEach(i -> all.addAll(i.refs()));
            return all;
        }

        Val get(String key) {
            return entries.get(key);
        }
    }

    /** Not knowable from the template; {@code why} says what it depends on, for messages. */
    record Unknown(String why, Set<String> refs, Location at) implements Val {
        public Unknown {
            refs = Collections.unmodifiableSet(new LinkedHashSet<>(refs));
        }
    }

    /** {@code AWS::NoValue}: removes the property or list item that holds it. */
    record NoValue(Location at) implements Val {
        @Override
        public Set<String> refs() {
            return Set.of();
        }
    }

    /** Equal content, ignoring where it was written. */
    static boolean same(Val a, Val b) {
        if (a instanceof Str x && b instanceof Str y) {
            return x.known() && y.known() && x.text().equals(y.text());
        }
        if (a instanceof NoValue && b instanceof NoValue) {
            return true;
        }
        if (a instanceof Lst x && b instanceof Lst y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Obj x && b instanceof Obj y) {
            if (!x.entries().keySet().equals(y.entries().keySet())) {
                return false;
            }
            for (String k : x.entries().keySet()) {
                if (!same(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
