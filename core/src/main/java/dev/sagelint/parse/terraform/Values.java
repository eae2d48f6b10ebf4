package dev.sagelint.parse.terraform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The values an expression resolves to: String, BigDecimal, Boolean, null, List, Map, or one of the
 * markers below for what a reader of the files cannot know.
 */
public final class Values {

    private Values() {
    }

    /** A value only known at apply time (a generated id, a data source, a variable without a value). */
    record Unknown(String text) {
    }

    /** A string with unknown segments, kept as {@code ${...}}: {@code com.amazonaws.${data.aws_region.current.name}.s3}. */
    record Partial(String text) {
    }

    static boolean known(Object v) {
        if (v instanceof Unknown || v instanceof Partial) {
            return false;
        }
        if (v instanceof List<?> list) {
            return list.stream().allMatch(Values::known);
        }
        if (v instanceof Map<?, ?> map) {
            return map.values().stream().allMatch(Values::known);
        }
        return true;
    }

    /** Text for a template: the value, or {@code ${...}} for an unknown one; null for a collection. */
    static String render(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal n) {
            return number(n);
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Unknown u) {
            return "${" + u.text() + "}";
        }
        if (v instanceof Partial p) {
            return p.text();
        }
        return null;
    }

    /** A number as Terraform prints it; scientific notation when a plain one would be huge. */
    public static String number(BigDecimal n) {
        return dev.sagelint.parse.Numbers.render(n);
    }

    /** The number as an int when it is a whole number of modest size, else null (never a huge computation). */
    static Integer smallInt(BigDecimal n) {
        if (n == null || n.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Short description of a value for messages. */
    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        String r = render(v);
        return r == null ? v.toString() : r;
    }
}
