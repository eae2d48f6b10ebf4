package dev.sagelint.parse.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a variable's type constraint the way Terraform converts a value to it, as far as defaults
 * go: attributes of {@code object({...})} that the value leaves out become their
 * {@code optional(type, default)} default, or null; collections of objects get the same per element.
 */
final class TypeDefaults {

    private final Evaluator ev;

    TypeDefaults(Evaluator ev) {
        this.ev = ev;
    }

    Object apply(Hcl.Expr type, Object value, Scope scope) {
        if (type == null || value == null || !(type instanceof Hcl.Call call) || call.args().isEmpty()) {
            return value;
        }
        Hcl.Expr inner = call.args().get(0);
        switch (call.name()) {
            case "object":
                if (value instanceof Map<?, ?> map && inner instanceof Hcl.ObjectCons spec) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    map.forEach((k, v) -> out.put(k.toString(), v));
                    for (Hcl.Item item : spec.items()) {
                        Object k = ev.eval(item.key(), scope);
                        if (!(k instanceof String name)) {
                            continue;
                        }
                        Hcl.Expr attrType = item.value();
                        if (!out.containsKey(name)) {
                            out.put(name, optionalDefault(attrType, scope));
                        } else if (out.get(name) == null && attrType instanceof Hcl.Call opt
                                && opt.name().equals("optional") && opt.args().size() > 1) {
                            out.put(name, ev.eval(opt.args().get(1), scope));
                        }
                        out.put(name, apply(unwrapOptional(attrType), out.get(name), scope));
                    }
                    return out;
                }
                return value;
            case "map":
                if (value instanceof Map<?, ?> map) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    map.forEach((k, v) -> out.put(k.toString(), apply(inner, v, scope)));
                    return out;
                }
                return value;
            case "list":
            case "set":
                if (value instanceof List<?> list) {
                    List<Object> out = new ArrayList<>();
                    list.forEach(v -> out.add(apply(inner, v, scope)));
                    return out;
                }
                return value;
            default:
                return value;
        }
    }

    private Object optionalDefault(Hcl.Expr attrType, Scope scope) {
        if (attrType instanceof Hcl.Call opt && opt.name().equals("optional") && opt.args().size() > 1) {
            return ev.eval(opt.args().get(1), scope);
        }
        return null;
    }

    private static Hcl.Expr unwrapOptional(Hcl.Expr attrType) {
        if (attrType instanceof Hcl.Call opt && opt.name().equals("optional") && !opt.args().isEmpty()) {
            return opt.args().get(0);
        }
        return attrType;
    }
}
