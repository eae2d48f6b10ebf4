package dev.sagelint.parse.terraform;

import dev.sagelint.parse.terraform.Values.Partial;
import dev.sagelint.parse.terraform.Values.Unknown;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Terraform functions and operators that matter for the values sagelint reads. A function it does
 * not know, or one called with unknown arguments, gives an unknown value (never an error).
 */
final class Functions {

    Object call(String name, List<Object> args, boolean expandLast, String text) {
        if (expandLast && !args.isEmpty()) {
            Object last = args.get(args.size() - 1);
            if (!(last instanceof List<?> spread)) {
                return new Unknown(text);
            }
            args = new ArrayList<>(args.subList(0, args.size() - 1));
            args.addAll(spread);
        }
        try {
            Object v = apply(name, args);
            return v == null && !name.equals("lookup") && !name.equals("coalesce") ? new Unknown(text) : v;
        } catch (RuntimeException e) {
            return new Unknown(text);
        }
    }

    private Object apply(String name, List<Object> a) {
        switch (name) {
            case "tostring":
                return a.get(0) instanceof String || a.get(0) instanceof BigDecimal || a.get(0) instanceof Boolean
                        ? Values.render(a.get(0)) : null;
            case "tonumber":
                return toNumber(a.get(0));
            case "tobool":
                return a.get(0) instanceof Boolean ? a.get(0)
                        : "true".equals(a.get(0)) ? Boolean.TRUE : "false".equals(a.get(0)) ? Boolean.FALSE : null;
            case "tolist":
            case "toset":
                if (a.get(0) instanceof List<?> l) {
                    return name.equals("toset") ? new ArrayList<>(new LinkedHashSet<>(l)) : l;
                }
                return null;
            case "tomap":
                return a.get(0) instanceof Map<?, ?> ? a.get(0) : null;
            case "lower":
                return a.get(0) instanceof String s ? s.toLowerCase(Locale.ROOT) : null;
            case "upper":
                return a.get(0) instanceof String s ? s.toUpperCase(Locale.ROOT) : null;
            case "trimspace":
                return a.get(0) instanceof String s ? s.strip() : null;
            case "replace":
                if (a.get(0) instanceof String s && a.get(1) instanceof String from && a.get(2) instanceof String to
                        && !from.startsWith("/")) {
                    return s.replace(from, to);
                }
                return null;
            case "length":
                if (a.get(0) instanceof List<?> l) {
                    return BigDecimal.valueOf(l.size());
                }
                if (a.get(0) instanceof Map<?, ?> m) {
                    return BigDecimal.valueOf(m.size());
                }
                return a.get(0) instanceof String s ? BigDecimal.valueOf(s.length()) : null;
            case "join":
                if (a.get(0) instanceof String sep && a.size() > 1) {
                    List<String> parts = new ArrayList<>();
                    for (Object list : a.subList(1, a.size())) {
                        if (!(list instanceof List<?> l)) {
                            return null;
                        }
                        for (Object item : l) {
                            String r = Values.render(item);
                            if (r == null || !Values.known(item)) {
                                return null;
                            }
                            parts.add(r);
                        }
                    }
                    return String.join(sep, parts);
                }
                return null;
            case "concat":
                List<Object> all = new ArrayList<>();
                for (Object list : a) {
                    if (!(list instanceof List<?> l)) {
                        return null;
                    }
                    all.addAll(l);
                }
                return all;
            case "merge":
                Map<String, Object> merged = new LinkedHashMap<>();
                for (Object m : a) {
                    if (m == null) {
                        continue;
                    }
                    if (!(m instanceof Map<?, ?> map)) {
                        return null;
                    }
                    map.forEach((k, v) -> merged.put(k.toString(), v));
                }
                return merged;
            case "lookup":
                if (a.get(0) instanceof Map<?, ?> m && a.get(1) instanceof String k) {
                    if (m.containsKey(k)) {
                        return m.get(k);
                    }
                    return a.size() > 2 ? a.get(2) : null;
                }
                return new Unknown("lookup(...)");
            case "element":
                Integer at = Values.smallInt(toNumber(a.get(1)));
                if (a.get(0) instanceof List<?> l && !l.isEmpty() && at != null) {
                    return l.get(Math.floorMod(at, l.size()));
                }
                return null;
            case "keys":
                return a.get(0) instanceof Map<?, ?> m ? new ArrayList<Object>(m.keySet()) : null;
            case "values":
                return a.get(0) instanceof Map<?, ?> m ? new ArrayList<Object>(m.values()) : null;
            case "contains":
                return a.get(0) instanceof List<?> l && Values.known(a.get(1)) && Values.known(l)
                        ? l.contains(a.get(1)) : null;
            case "coalesce":
                for (Object v : a) {
                    if (v instanceof Unknown || v instanceof Partial) {
                        return new Unknown("coalesce(...)");
                    }
                    if (v != null && !"".equals(v)) {
                        return v;
                    }
                }
                return null;
            case "max":
            case "min":
                BigDecimal best = null;
                for (Object v : a) {
                    BigDecimal n = toNumber(v);
                    if (n == null) {
                        return null;
                    }
                    best = best == null ? n : name.equals("max") ? best.max(n) : best.min(n);
                }
                return best;
            case "format":
                return format(a);
            case "flatten":
                return a.get(0) instanceof List<?> l ? flatten(l) : null;
            case "distinct":
                return a.get(0) instanceof List<?> l ? new ArrayList<>(new LinkedHashSet<>(l)) : null;
            case "compact":
                if (a.get(0) instanceof List<?> l) {
                    return new ArrayList<Object>(l.stream().filter(x -> x != null && !"".equals(x)).toList());
                }
                return null;
            default:
                return null;
        }
    }

    private static List<Object> flatten(List<?> l) {
        List<Object> out = new ArrayList<>();
        for (Object x : l) {
            if (x instanceof List<?> inner) {
                out.addAll(flatten(inner));
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private static Object format(List<Object> a) {
        if (!(a.get(0) instanceof String f)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int arg = 1;
        boolean partial = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= f.length()) {
                out.append(c);
                continue;
            }
            char verb = f.charAt(++i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if ("sdv".indexOf(verb) < 0 || arg >= a.size()) {
                return null;
            }
            Object v = a.get(arg++);
            String r = Values.render(v);
            if (r == null) {
                return null;
            }
            partial |= !Values.known(v);
            out.append(r);
        }
        return partial ? new Partial(out.toString()) : out.toString();
    }

    static BigDecimal toNumber(Object v) {
        if (v instanceof BigDecimal n) {
            return n;
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    Object binary(String op, Object l, Object r, String text) {
        switch (op) {
            case "==":
                return Values.known(l) && Values.known(r) ? equal(l, r) : new Unknown(text);
            case "!=":
                return Values.known(l) && Values.known(r) ? !equal(l, r) : new Unknown(text);
            case "&&":
                if (Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r)) {
                    return false;
                }
                return l instanceof Boolean && r instanceof Boolean ? Boolean.TRUE : new Unknown(text);
            case "||":
                if (Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r)) {
                    return true;
                }
                return l instanceof Boolean && r instanceof Boolean ? Boolean.FALSE : new Unknown(text);
            default:
                break;
        }
        BigDecimal a = toNumber(l);
        BigDecimal b = toNumber(r);
        if (a == null || b == null) {
            return new Unknown(text);
        }
        return switch (op) {
            case "+" -> a.add(b, MathContext.DECIMAL64);
            case "-" -> a.subtract(b, MathContext.DECIMAL64);
            case "*" -> a.multiply(b, MathContext.DECIMAL64);
            case "/" -> b.signum() == 0 ? new Unknown(text) : a.divide(b, MathContext.DECIMAL64);
            case "%" -> b.signum() == 0 ? new Unknown(text) : a.remainder(b, MathContext.DECIMAL64);
            case "<" -> a.compareTo(b) < 0;
            case ">" -> a.compareTo(b) > 0;
            case "<=" -> a.compareTo(b) <= 0;
            case ">=" -> a.compareTo(b) >= 0;
            default -> new Unknown(text);
        };
    }

    private static boolean equal(Object l, Object r) {
        if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(l, r);
    }

    Object unary(String op, Object v, String text) {
        if (op.equals("!")) {
            return v instanceof Boolean b ? !b : new Unknown(text);
        }
        BigDecimal n = toNumber(v);
        return n == null ? new Unknown(text) : n.negate();
    }
}
