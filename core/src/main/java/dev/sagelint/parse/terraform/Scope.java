package dev.sagelint.parse.terraform;

import java.util.HashMap;
import java.util.Map;

/** Where an expression is evaluated: its module and the names bound around it (each, count, for variables). */
record Scope(Module module, Map<String, Object> bindings) {

    Scope {
        bindings = Map.copyOf(bindings);
    }

    static Scope of(Module module) {
        return new Scope(module, Map.of());
    }

    Scope with(String name, Object value) {
        Map<String, Object> b = new HashMap<>(bindings);
        b.put(name, value == null ? NULL : value);
        return new Scope(module, b);
    }

    Object binding(String name) {
        Object v = bindings.get(name);
        return v == NULL ? null : v;
    }

    boolean binds(String name) {
        return bindings.containsKey(name);
    }

    /** Map.copyOf refuses null values; a bound null is stored as this marker. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
}
