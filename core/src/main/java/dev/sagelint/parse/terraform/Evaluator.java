package dev.sagelint.parse.terraform;

import dev.sagelint.parse.terraform.Hcl.Expr;
import dev.sagelint.parse.terraform.Values.Partial;
import dev.sagelint.parse.terraform.Values.Unknown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves expressions the way a reader of the files can: variables from defaults, tfvars and module
 * arguments, locals, attributes of other resources, templates, the common functions, count and
 * for_each. What depends on apply time (ids, data sources) resolves to {@link Unknown}. It records which
 * resource instances an expression reached, so references become links between facts.
 */
final class Evaluator {

    private static final int MAX_DEPTH = 200;
    private static final int MAX_STRING = 100_000;
    private static final int MAX_ITEMS = 10_000;

    /** Markers that only live during evaluation. */
    private record Root(String name) {
    }

    private record ResourceType(Module module, String type) {
    }

    private record ModuleRef(Module module, String name) {
    }

    private record Ref(Instance instance) {
    }

    private record MultiRef(String address, Map<Object, Instance> byKey) {
    }

    private record SplatList(List<Object> items) {
    }

    private record DataType(String type) {
    }

    /** A value and the resource instances (addresses) reached while computing it. */
    record Tracked(Object value, Set<String> touched) {
    }

    /** Why a value read while evaluating is not decided by the files alone. */
    enum Why {
        /** a variable with no default and no value from tfvars, --var-file or a module block */
        NO_VALUE,
        /** a root variable that took its default: the values a user deploys may differ */
        DEFAULT,
        /** terraform.workspace, path.*: decided by how Terraform is run */
        RUN,
        /** a data source: read by terraform plan from the cloud */
        DATA,
        /** an attribute of a resource that is not written in the files: known after apply */
        APPLY,
        /** a variable or local that no file read declares */
        MISSING,
        /** an instance of a resource whose own count / for_each is unknown */
        UNEXPANDED
    }

    /** What an expression read that the files do not decide; {@code detail} is a default's text. */
    record Cause(Why why, String detail) {
    }

    /** How the count or for_each of a resource or module call was expanded. */
    enum Outcome {
        /** the count or for_each is unknown: one instance stands for all, its index/key unknown */
        UNKNOWN,
        /** count 0 or an empty for_each, decided only by root variable defaults */
        EMPTY_BY_DEFAULT,
        /** more instances than sagelint expands: one instance stands for all */
        TOO_MANY
    }

    /**
     * A count / for_each that was not expanded as written.
     *
     * @param meta   "count" or "for_each"
     * @param causes what the expression read that the files do not decide, by name ("var.enabled")
     * @param value  the value, rendered, for TOO_MANY
     */
    record Expansion(Outcome outcome, String meta, Hcl.Attribute attribute, Map<String, Cause> causes,
                     String value) {
    }

    private final Map<Module, Map<Module.Decl, List<Instance>>> instances = new IdentityHashMap<>();
    private final Functions functions = new Functions();
    private final Map<Instance, Map<String, Recorded>> attributes = new IdentityHashMap<>();
    private final Map<Module, Map<Module.Decl, Expansion>> expansions = new IdentityHashMap<>();
    private Set<String> touched;
    /** What the expression being evaluated read that the files do not decide (null when not recorded). */
    private Map<String, Cause> causes;
    private int depth;

    /** Resources expanded to at most this many instances; more are checked as one (documented bound). */
    static final int MAX_INSTANCES = 1000;

    /** The resolved value of an expression. */
    Object eval(Expr e, Scope s) {
        return fin(raw(e, s));
    }

    /** The resolved value and the addresses of the resource instances it refers to. */
    Tracked track(Expr e, Scope s) {
        Recorded r = recorded(() -> eval(e, s));
        return new Tracked(r.value(), r.touched());
    }

    /** The resolved value and what it read that the files do not decide, by name. */
    Recorded trace(Expr e, Scope s) {
        return recorded(() -> eval(e, s));
    }

    /** A value with the resource instances and the causes recorded while computing it. */
    record Recorded(Object value, Set<String> touched, Map<String, Cause> causes) {
    }

    /** Evaluates with fresh records of touched instances and causes, then adds them to the enclosing ones. */
    private Recorded recorded(java.util.function.Supplier<Object> body) {
        Set<String> savedTouched = touched;
        Map<String, Cause> savedCauses = causes;
        touched = new LinkedHashSet<>();
        causes = new LinkedHashMap<>();
        Object value;
        Set<String> t;
        Map<String, Cause> c;
        try {
            value = body.get();
        } finally {
            t = touched;
            c = causes;
            touched = savedTouched;
            causes = savedCauses;
        }
        replay(t, c);
        return new Recorded(value, t, c);
    }

    /** Adds what a cached value recorded to the enclosing records. */
    private void replay(Set<String> t, Map<String, Cause> c) {
        if (touched != null) {
            touched.addAll(t);
        }
        if (causes != null) {
            c.forEach(causes::putIfAbsent);
        }
    }

    private void cause(String name, Why why, String detail) {
        if (causes != null) {
            causes.putIfAbsent(name, new Cause(why, detail));
        }
    }

    /** How the count / for_each of a resource was expanded when not as written; null when it was. */
    Expansion expansion(Module m, Module.Decl d) {
        instances(m, d);
        Map<Module.Decl, Expansion> perModule = expansions.get(m);
        return perModule == null ? null : perModule.get(d);
    }

    /** The instances of a resource after count / for_each; empty for count = 0. */
    List<Instance> instances(Module m, Module.Decl d) {
        Map<Module.Decl, List<Instance>> perModule = instances.computeIfAbsent(m, k -> new IdentityHashMap<>());
        List<Instance> cached = perModule.get(d);
        if (cached != null) {
            return cached;
        }
        String address = m.prefix + d.type() + "." + d.name();
        Scope base = Scope.of(m);
        perModule.put(d, List.of(new Instance(d, address, base
                .with("each", Map.of("key", new Unknown("each.key"), "value", new Unknown("each.value")))
                .with("count", Map.of("index", new Unknown("count.index"))))));
        List<Instance> out = new ArrayList<>();
        Hcl.Attribute count = d.block().body().attribute("count");
        Hcl.Attribute forEach = d.block().body().attribute("for_each");
        if (count != null) {
            Recorded n = trace(count.value(), base);
            Expansion x = expansion("count", count, n);
            Integer num = Values.smallInt(Functions.toNumber(n.value()));
            if (num != null && num >= 0 && num <= MAX_INSTANCES) {
                for (int i = 0; i < num; i++) {
                    out.add(new Instance(d, address + "[" + i + "]",
                            base.with("count", Map.of("index", BigDecimal.valueOf(i)))));
                }
            } else {
                out.add(new Instance(d, address, base.with("count", Map.of("index", new Unknown("count.index")))));
            }
            expansions.computeIfAbsent(m, k -> new IdentityHashMap<>()).put(d, x);
        } else if (forEach != null) {
            Recorded coll = trace(forEach.value(), base);
            expansions.computeIfAbsent(m, k -> new IdentityHashMap<>()).put(d, expansion("for_each", forEach, coll));
            Map<String, Object> entries = forEachEntries(coll.value());
            if (entries == null || entries.size() > MAX_INSTANCES) {
                out.add(new Instance(d, address, base.with("each",
                        Map.of("key", new Unknown("each.key"), "value", new Unknown("each.value")))));
            } else {
                entries.forEach((k, v) -> {
                    Map<String, Object> each = new LinkedHashMap<>();
                    each.put("key", k);
                    each.put("value", v);
                    out.add(new Instance(d, address + "[\"" + k + "\"]", base.with("each", each)));
                });
            }
        } else {
            out.add(new Instance(d, address, base));
        }
        List<Instance> result = List.copyOf(out);
        perModule.put(d, result);
        return result;
    }

    /**
     * How a count or for_each value expands when not as written: unknown, more than {@code max} instances,
     * or empty only because of root variable defaults; null when it expands as written.
     */
    static Expansion expansion(String meta, Hcl.Attribute attribute, Recorded r, int max) {
        Outcome outcome = null;
        String rendered = null;
        if (meta.equals("count")) {
            BigDecimal n = Functions.toNumber(r.value());
            if (n == null || r.value() instanceof Unknown || r.value() instanceof Partial) {
                outcome = Outcome.UNKNOWN;
            } else if (n.signum() == 0) {
                outcome = Outcome.EMPTY_BY_DEFAULT;
            } else if (Values.smallInt(n) == null || n.compareTo(BigDecimal.valueOf(max)) > 0) {
                outcome = Outcome.TOO_MANY;
                rendered = Values.number(n);
            }
        } else {
            Map<String, Object> entries = forEachEntries(r.value());
            if (entries == null) {
                outcome = Outcome.UNKNOWN;
            } else if (entries.isEmpty()) {
                outcome = Outcome.EMPTY_BY_DEFAULT;
            } else if (entries.size() > max) {
                outcome = Outcome.TOO_MANY;
                rendered = String.valueOf(entries.size());
            }
        }
        if (outcome == Outcome.EMPTY_BY_DEFAULT
                && r.causes().values().stream().noneMatch(c -> c.why() == Why.DEFAULT)) {
            return null; // empty as written (or as the values given): nothing to say
        }
        return outcome == null ? null : new Expansion(outcome, meta, attribute, r.causes(), rendered);
    }

    private static Expansion expansion(String meta, Hcl.Attribute attribute, Recorded r) {
        return expansion(meta, attribute, r, MAX_INSTANCES);
    }

    /** for_each over a map (key, value) or a set of strings (element, element); null when unknown. */
    static Map<String, Object> forEachEntries(Object coll) {
        Map<String, Object> entries = new LinkedHashMap<>();
        if (coll instanceof Map<?, ?> map) {
            map.forEach((k, v) -> entries.put(k.toString(), v));
            return entries;
        }
        if (coll instanceof List<?> list) {
            for (Object item : list) {
                String k = item instanceof String || item instanceof BigDecimal ? Values.render(item) : null;
                if (k == null) {
                    return null;
                }
                entries.put(k, item);
            }
            return entries;
        }
        return null;
    }

    // ------------------------------------------------------------------ evaluation

    Object raw(Expr e, Scope s) {
        dev.sagelint.parse.Cancellation.check();
        if (++depth > MAX_DEPTH) {
            depth--;
            return new Unknown(e.text());
        }
        try {
            return bounded(rawUnguarded(e, s), e);
        } catch (ArithmeticException | IllegalArgumentException | IndexOutOfBoundsException ex) {
            // numbers beyond range, odd arguments: the value is simply not known
            return new Unknown(e.text());
        } finally {
            depth--;
        }
    }

    /** Values built to absurd sizes (templates that double at each step) are not worth knowing. */
    private static Object bounded(Object v, Expr e) {
        if ((v instanceof String str && str.length() > MAX_STRING)
                || (v instanceof Values.Partial p && p.text().length() > MAX_STRING)
                || (v instanceof List<?> l && l.size() > MAX_ITEMS)
                || (v instanceof Map<?, ?> m && m.size() > MAX_ITEMS)) {
            return new Unknown(e.text().length() > 200 ? e.text().substring(0, 200) + "..." : e.text());
        }
        return v;
    }

    private Object rawUnguarded(Expr e, Scope s) {
        if (e instanceof Hcl.Literal l) {
            return l.value();
        }
        if (e instanceof Hcl.Template t) {
            return template(t, s);
        }
        if (e instanceof Hcl.Tuple t) {
            List<Object> out = new ArrayList<>();
            t.items().forEach(i -> out.add(raw(i, s)));
            return out;
        }
        if (e instanceof Hcl.ObjectCons o) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Hcl.Item item : o.items()) {
                Object k = eval(item.key(), s);
                if (!(k instanceof String) && !(k instanceof BigDecimal) && !(k instanceof Boolean)) {
                    return new Unknown(e.text());
                }
                out.put(Values.render(k), raw(item.value(), s));
            }
            return out;
        }
        if (e instanceof Hcl.Variable v) {
            return variable(v, s);
        }
        if (e instanceof Hcl.GetAttr g) {
            return getAttr(raw(g.source(), s), g.name(), g, s);
        }
        if (e instanceof Hcl.Index i) {
            return index(raw(i.source(), s), eval(i.key(), s), i);
        }
        if (e instanceof Hcl.Splat sp) {
            Object v = raw(sp.source(), s);
            if (v instanceof MultiRef m) {
                return new SplatList(m.byKey().values().stream().map(inst -> (Object) new Ref(inst)).toList());
            }
            if (v instanceof List<?> list) {
                return new SplatList(new ArrayList<>(list));
            }
            if (v instanceof Ref || v instanceof Map<?, ?>) {
                return new SplatList(List.of(v));
            }
            return v == null ? List.of() : new Unknown(e.text());
        }
        if (e instanceof Hcl.Call c) {
            List<Object> args = new ArrayList<>();
            c.args().forEach(a -> args.add(eval(a, s)));
            if (c.name().equals("try")) {
                return args.stream().filter(a -> !(a instanceof Unknown)).findFirst().orElse(new Unknown(c.text()));
            }
            return functions.call(c.name(), args, c.expandLast(), c.text());
        }
        if (e instanceof Hcl.Conditional c) {
            Object cond = eval(c.condition(), s);
            if (cond instanceof Boolean b) {
                return raw(b ? c.whenTrue() : c.whenFalse(), s);
            }
            if (cond instanceof String str && (str.equals("true") || str.equals("false"))) {
                return raw(str.equals("true") ? c.whenTrue() : c.whenFalse(), s);
            }
            return new Unknown(e.text());
        }
        if (e instanceof Hcl.Binary b) {
            return functions.binary(b.op(), eval(b.left(), s), eval(b.right(), s), b.text());
        }
        if (e instanceof Hcl.Unary u) {
            return functions.unary(u.op(), eval(u.operand(), s), u.text());
        }
        if (e instanceof Hcl.ForExpr f) {
            return forExpr(f, s);
        }
        return new Unknown(e.text());
    }

    private Object template(Hcl.Template t, Scope s) {
        if (t.parts().size() == 1 && t.parts().get(0) instanceof Expr only && t.text().startsWith("\"${")
                && t.text().endsWith("}\"")) {
            // "${x}" is x itself, whatever its type
            return raw(only, s);
        }
        Rendering r = new Rendering();
        if (!render(t.parts(), s, r)) {
            return new Unknown(t.text());
        }
        return r.partial ? new Partial(r.out.toString()) : r.out.toString();
    }

    /** Template output so far, and the directive iterations spent (bounded: a template cannot blow up). */
    private static final class Rendering {
        final StringBuilder out = new StringBuilder();
        boolean partial;
        int iterations;
    }

    /** Template directive iterations per template ({@code %{ for }}, nested ones multiply); more is unknown. */
    static final int MAX_TEMPLATE_ITERATIONS = 10_000;
    /**
     * Template directive iterations per configuration: a template evaluated many times (inside a for expression,
     * a count) cannot add up to unbounded work; past it, every further directive template is unknown.
     */
    static final int MAX_TOTAL_TEMPLATE_ITERATIONS = 1_000_000;
    private int templateIterations;

    /** Appends the parts; false when the result is unknown (a condition or collection unknown, a bound passed). */
    private boolean render(List<Object> parts, Scope s, Rendering r) {
        for (Object part : parts) {
            dev.sagelint.parse.Cancellation.check();
            if (part instanceof String str) {
                r.out.append(str);
            } else if (part instanceof Expr e) {
                Object v = eval(e, s);
                String text = v == null ? null : Values.render(v);
                if (text == null) {
                    return false;
                }
                r.partial |= v instanceof Unknown || v instanceof Partial;
                r.out.append(text);
            } else if (part instanceof Hcl.IfPart ifPart) {
                Object c = eval(ifPart.condition(), s);
                Boolean b = c instanceof Boolean bool ? bool
                        : "true".equals(c) ? Boolean.TRUE : "false".equals(c) ? Boolean.FALSE : null;
                if (b == null || !render(b ? ifPart.then() : ifPart.otherwise(), s, r)) {
                    return false;
                }
            } else if (part instanceof Hcl.ForPart forPart && !renderFor(forPart, s, r)) {
                return false;
            }
            if (r.out.length() > MAX_STRING) {
                return false;
            }
        }
        return true;
    }

    private boolean renderFor(Hcl.ForPart f, Scope s, Rendering r) {
        List<Object[]> pairs = forPairs(eval(f.collection(), s));
        if (pairs == null) {
            return false;
        }
        for (Object[] pair : pairs) {
            if (++r.iterations > MAX_TEMPLATE_ITERATIONS || ++templateIterations > MAX_TOTAL_TEMPLATE_ITERATIONS) {
                return false;
            }
            Scope inner = s.with(f.valueVar(), pair[1]);
            if (f.keyVar() != null) {
                inner = inner.with(f.keyVar(), pair[0]);
            }
            if (!render(f.body(), inner, r)) {
                return false;
            }
        }
        return true;
    }

    private Object variable(Hcl.Variable v, Scope s) {
        String name = v.name();
        if (s.binds(name)) {
            return s.binding(name);
        }
        switch (name) {
            case "var", "local", "module", "data", "path", "terraform", "self", "each", "count" -> {
                return new Root(name);
            }
            default -> {
                if (s.module().hasResourceType(name)) {
                    return new ResourceType(s.module(), name);
                }
                return new Unknown(name);
            }
        }
    }

    private Object getAttr(Object v, String name, Expr e, Scope s) {
        if (v instanceof Root r) {
            return switch (r.name()) {
                case "var" -> variableValue(s.module(), name);
                case "local" -> localValue(s.module(), name);
                case "module" -> new ModuleRef(s.module(), name);
                case "data" -> new DataType(name);
                case "terraform", "path" -> {
                    cause(r.name() + "." + name, Why.RUN, null);
                    yield new Unknown(e.text());
                }
                default -> new Unknown(e.text());
            };
        }
        if (v instanceof DataType dt) {
            cause("data." + dt.type() + "." + name, Why.DATA, null);
            return new Unknown(e.text());
        }
        if (v instanceof ResourceType rt) {
            Module.Decl d = rt.module().resourcesByAddress.get(rt.type() + "." + name);
            if (d == null) {
                return new Unknown(e.text());
            }
            List<Instance> list = instances(rt.module(), d);
            Hcl.Body body = d.block().body();
            if (body.attribute("count") == null && body.attribute("for_each") == null && list.size() == 1) {
                return new Ref(list.get(0));
            }
            Map<Object, Instance> byKey = new LinkedHashMap<>();
            boolean counted = body.attribute("count") != null;
            for (int i = 0; i < list.size(); i++) {
                Instance inst = list.get(i);
                Object each = inst.scope().binding(counted ? "count" : "each");
                Object key = each instanceof Map<?, ?> m ? m.get(counted ? "index" : "key") : null;
                byKey.put(key instanceof BigDecimal n ? (Object) Values.smallInt(n) : key, inst);
            }
            return new MultiRef(s.module().prefix + rt.type() + "." + name, byKey);
        }
        if (v instanceof ModuleRef m) {
            Module child = m.module().children.get(m.name());
            Module.Decl out = child == null ? null : child.outputs.get(name);
            Hcl.Attribute value = out == null ? null : out.block().body().attribute("value");
            return value == null ? new Unknown(e.text()) : raw(value.value(), Scope.of(child));
        }
        if (v instanceof Ref ref) {
            return attribute(ref.instance(), name);
        }
        if (v instanceof SplatList list) {
            List<Object> out = new ArrayList<>();
            list.items().forEach(item -> out.add(getAttr(item, name, e, s)));
            return new SplatList(out);
        }
        if (v instanceof Map<?, ?> map) {
            return map.containsKey(name) ? map.get(name) : new Unknown(e.text());
        }
        return new Unknown(e.text());
    }

    private Object index(Object v, Object key, Expr e) {
        if (v instanceof MultiRef m) {
            Object k = key instanceof BigDecimal n ? (Object) Values.smallInt(n) : key;
            Instance inst = m.byKey().get(k);
            if (inst == null && m.byKey().keySet().stream().anyMatch(Unknown.class::isInstance)) {
                cause(m.address() + "[" + (key instanceof String str ? "\"" + str + "\"" : Values.render(key)) + "]",
                        Why.UNEXPANDED, null);
            }
            return inst == null ? new Unknown(e.text()) : new Ref(inst);
        }
        if (v instanceof SplatList list) {
            v = list.items();
        }
        if (v instanceof List<?> list && key instanceof BigDecimal n) {
            Integer i = Values.smallInt(n);
            return i != null && i >= 0 && i < list.size() ? list.get(i) : new Unknown(e.text());
        }
        if (v instanceof Map<?, ?> map && key != null && Values.render(key) != null) {
            String k = Values.render(key);
            return map.containsKey(k) ? map.get(k) : new Unknown(e.text());
        }
        return new Unknown(e.text());
    }

    /** An attribute of a resource instance: as written, a nested block as a list of objects, or unknown. */
    private Object attribute(Instance inst, String name) {
        if (touched != null) {
            touched.add(inst.address());
        }
        Hcl.Body body = inst.decl().block().body();
        Hcl.Attribute a = body.attribute(name);
        if (a != null) {
            // cached so that attributes built from other attributes cannot blow up exponentially;
            // the placeholder answers a reference cycle with an unknown
            Map<String, Recorded> perInstance = attributes.computeIfAbsent(inst, k -> new java.util.HashMap<>());
            Recorded cached = perInstance.get(name);
            if (cached != null) {
                replay(cached.touched(), cached.causes());
                return cached.value();
            }
            perInstance.put(name, new Recorded(new Unknown(inst.address() + "." + name), Set.of(), Map.of()));
            Recorded value = recorded(() -> raw(a.value(), inst.scope()));
            perInstance.put(name, value);
            return value.value();
        }
        List<Hcl.Block> blocks = body.blocks(name);
        if (!blocks.isEmpty()) {
            List<Object> out = new ArrayList<>();
            blocks.forEach(b -> out.add(blockObject(b.body(), inst.scope())));
            return out;
        }
        cause(inst.address() + "." + name, Why.APPLY, null);
        return new Unknown(inst.address() + "." + name);
    }

    private Map<String, Object> blockObject(Hcl.Body body, Scope s) {
        Map<String, Object> out = new LinkedHashMap<>();
        body.attributes().forEach(a -> out.put(a.name(), raw(a.value(), s)));
        for (Hcl.Block b : body.blocks()) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) out.computeIfAbsent(b.type(), k -> new ArrayList<>());
            list.add(blockObject(b.body(), s));
        }
        return out;
    }

    Object variableValue(Module m, String name) {
        if (m.variableValues.containsKey(name)) {
            replay(m.variableTouched.getOrDefault(name, Set.of()), m.variableCauses.getOrDefault(name, Map.of()));
            return m.variableValues.get(name);
        }
        m.variableValues.put(name, new Unknown("var." + name));
        Recorded r = recorded(() -> computeVariable(m, name));
        m.variableValues.put(name, r.value());
        m.variableTouched.put(name, r.touched());
        m.variableCauses.put(name, r.causes());
        return r.value();
    }

    private Object computeVariable(Module m, String name) {
        Object value;
        Module.Decl decl = m.variables.get(name);
        Hcl.Attribute def = decl == null ? null : decl.block().body().attribute("default");
        String display = m.prefix + "var." + name;
        if (m.inputs.containsKey(name)) {
            value = m.inputs.get(name).get();
            if (value == null && def != null) {
                value = eval(def.value(), Scope.of(m));
            }
        } else if (m.tfvars.containsKey(name)) {
            value = m.tfvars.get(name);
        } else if (def != null) {
            value = eval(def.value(), Scope.of(m));
            if (m.prefix.isEmpty()) {
                // only a root variable can be given another value (tfvars, -var-file); a module's default is final
                cause(display, Why.DEFAULT, def.value().text());
            }
        } else {
            value = new Unknown("var." + name);
            cause(display, decl == null ? Why.MISSING : Why.NO_VALUE, null);
        }
        Hcl.Attribute type = decl == null ? null : decl.block().body().attribute("type");
        if (type != null) {
            value = new TypeDefaults(this).apply(type.value(), value, Scope.of(m));
        }
        return value;
    }

    private Object localValue(Module m, String name) {
        if (m.localValues.containsKey(name)) {
            replay(m.localTouched.getOrDefault(name, Set.of()), m.localCauses.getOrDefault(name, Map.of()));
            return m.localValues.get(name);
        }
        Module.Local local = m.locals.get(name);
        if (local == null) {
            cause(m.prefix + "local." + name, Why.MISSING, null);
            return new Unknown("local." + name);
        }
        m.localValues.put(name, new Unknown("local." + name));
        Recorded r = recorded(() -> raw(local.attribute().value(), Scope.of(m)));
        m.localValues.put(name, r.value());
        m.localTouched.put(name, r.touched());
        m.localCauses.put(name, r.causes());
        return r.value();
    }

    /** The (key, value) pairs a for expression or directive iterates: a map's entries, a list's indexes and items. */
    private static List<Object[]> forPairs(Object collection) {
        List<Object[]> pairs = new ArrayList<>();
        if (collection instanceof Map<?, ?> map) {
            map.forEach((k, v) -> pairs.add(new Object[] {k, v}));
        } else if (collection instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                pairs.add(new Object[] {BigDecimal.valueOf(i), list.get(i)});
            }
        } else {
            return null;
        }
        return pairs;
    }

    private Object forExpr(Hcl.ForExpr f, Scope s) {
        List<Object[]> pairs = forPairs(eval(f.collection(), s));
        if (pairs == null) {
            return new Unknown(f.text());
        }
        List<Object> listOut = new ArrayList<>();
        Map<String, Object> mapOut = new LinkedHashMap<>();
        for (Object[] pair : pairs) {
            Scope inner = s.with(f.valueVar(), pair[1]);
            if (f.keyVar() != null) {
                inner = inner.with(f.keyVar(), pair[0]);
            }
            if (f.condition() != null) {
                Object c = eval(f.condition(), inner);
                if (!(c instanceof Boolean)) {
                    return new Unknown(f.text());
                }
                if (!(Boolean) c) {
                    continue;
                }
            }
            if (f.object()) {
                String k = Values.render(eval(f.key(), inner));
                if (k == null || k.contains("${")) {
                    return new Unknown(f.text());
                }
                Object value = eval(f.value(), inner);
                if (f.grouping()) {
                    @SuppressWarnings("unchecked")
                    List<Object> group = (List<Object>) mapOut.computeIfAbsent(k, x -> new ArrayList<>());
                    group.add(value);
                } else {
                    mapOut.put(k, value);
                }
            } else {
                listOut.add(eval(f.value(), inner));
            }
        }
        return f.object() ? mapOut : listOut;
    }

    /** Replaces evaluation markers by plain values; a whole resource becomes an unknown named by its address. */
    private Object fin(Object v) {
        if (v instanceof Ref r) {
            return new Unknown(r.instance().address());
        }
        if (v instanceof MultiRef m) {
            return new Unknown(m.address());
        }
        if (v instanceof SplatList list) {
            return fin(list.items());
        }
        if (v instanceof Root r) {
            return new Unknown(r.name());
        }
        if (v instanceof ResourceType rt) {
            return new Unknown(rt.type());
        }
        if (v instanceof DataType dt) {
            return new Unknown("data." + dt.type());
        }
        if (v instanceof ModuleRef m) {
            return new Unknown("module." + m.name());
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(i -> out.add(fin(i)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(k.toString(), fin(x)));
            return out;
        }
        return v;
    }
}
