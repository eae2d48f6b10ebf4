package dev.sagelint.parse.doc;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one set of type rules and the one wording for a value of the wrong type, for every format (issue 12 item 1).
 * A message says what was seen, what is expected and, where the value is nearly right, the fix, in the input's own
 * key: {@code MinCapacity is "abc"; expected a whole number}.
 *
 * <p>Whole numbers: a number is whole when its value is, so {@code 2}, {@code 2.0} and {@code 2e0} all read as 2 in
 * every format (CloudFormation and the AWS API accept {@code 2.0} for an integer property; Terraform's numbers are
 * decimals). {@code 2.5} is not whole, and a whole number past the range of a Java {@code int} is refused with the
 * range.
 */
public final class Types {

    /** A decimal number as JSON, YAML and HCL write one (no hex, no {@code .inf}, no {@code 1_000}). */
    static final Pattern NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    /** Longest description of a scalar quoted in a message. */
    private static final int SHOWN = 40;

    private Types() {
    }

    /** How a syntax's scalars meet the types a field expects. */
    public enum Coercion {
        /** JSON API bodies: a value is what JSON says it is; {@code "5"} is a string, {@code 5} is not a name. */
        AS_WRITTEN,
        /**
         * sagelint specs (YAML): a plain scalar is text where text is expected ({@code name: 2024}), but a quoted
         * {@code "2"} stays a string where a number is expected.
         */
        SCALARS_AS_TEXT,
        /** CloudFormation and Terraform: text converts to a number or a boolean, as the deploy tools convert it. */
        CONVERT_TEXT
    }

    /** True for a decimal number as JSON, YAML and HCL write one. */
    public static boolean isDecimal(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** The value as a message shows it: a string quoted, a number or boolean as written, else its kind. */
    public static String seen(Doc v) {
        if (v instanceof Doc.Scalar s) {
            String t = s.text().length() > SHOWN ? s.text().substring(0, SHOWN - 3) + "..." : s.text();
            return s.kind() == Doc.Kind.STRING ? "\"" + t + "\"" : s.kind() == Doc.Kind.NULL ? "null" : t;
        }
        if (v instanceof Doc.Obj) {
            return "an object";
        }
        if (v instanceof Doc.Arr) {
            return "a list";
        }
        return "a value known only at deploy time";
    }

    /** {@code KEY is SEEN; expected WHAT}, with the fix when a quoted value would be right without its quotes. */
    public static String wrongType(String key, Doc v, String expected) {
        String fix = v instanceof Doc.Scalar s && s.kind() == Doc.Kind.STRING && wouldBe(s.text(), expected)
                ? ", written without quotes" : "";
        return key + " is " + seen(v) + "; expected " + expected + fix;
    }

    private static boolean wouldBe(String text, String expected) {
        return switch (expected) {
            case WHOLE -> NUMBER.matcher(text).matches() && whole(new BigDecimal(text));
            case NUMBER_WORDS -> NUMBER.matcher(text).matches();
            case BOOL -> text.equals("true") || text.equals("false");
            default -> false;
        };
    }

    public static final String WHOLE = "a whole number";
    public static final String NUMBER_WORDS = "a number";
    public static final String BOOL = "true or false";
    public static final String TEXT = "a string";

    /** The text of a scalar, or null when it is not one this coercion reads as text. */
    public static String text(Doc v, Coercion c) {
        if (v instanceof Doc.Scalar s && !s.isNull()
                && (s.kind() == Doc.Kind.STRING || c != Coercion.AS_WRITTEN)) {
            return s.text();
        }
        return null;
    }

    /** The number a scalar holds, or null when it holds none under this coercion. */
    public static BigDecimal decimal(Doc v, Coercion c) {
        if (!(v instanceof Doc.Scalar s)) {
            return null;
        }
        String t = s.kind() == Doc.Kind.NUMBER ? s.text()
                : s.kind() == Doc.Kind.STRING && c == Coercion.CONVERT_TEXT ? s.text().trim() : null;
        if (t == null || !NUMBER.matcher(t).matches()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            // an exponent past an int (1e99999999999): a number, but too large (or too small) for any setting
            return t.toLowerCase(java.util.Locale.ROOT).contains("e-") ? TINY : HUGE;
        }
    }

    private static final BigDecimal HUGE = BigDecimal.ONE.scaleByPowerOfTen(400);
    private static final BigDecimal TINY = BigDecimal.ONE.scaleByPowerOfTen(-400);
    private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);

    static boolean whole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /** A whole number in int range; otherwise the problem's message through {@code problem}. */
    public static Integer integer(String key, Doc v, Coercion c, java.util.function.Consumer<String> problem) {
        BigDecimal n = decimal(v, c);
        if (n == null) {
            problem.accept(wrongType(key, v, WHOLE));
            return null;
        }
        if (!whole(n)) {
            problem.accept(key + " is " + seen(v) + "; expected " + WHOLE);
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            problem.accept(key + " is " + seen(v) + "; expected " + WHOLE + " between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE);
            return null;
        }
    }

    /** A finite number; a value a double cannot hold ({@code 1e400}) is refused, never read as infinity. */
    public static Double number(String key, Doc v, Coercion c, java.util.function.Consumer<String> problem) {
        BigDecimal n = decimal(v, c);
        if (n == null) {
            problem.accept(wrongType(key, v, NUMBER_WORDS));
            return null;
        }
        if (n.abs().compareTo(MAX_DOUBLE) > 0) {
            problem.accept(key + " is " + seen(v) + "; expected " + NUMBER_WORDS + " of magnitude below 1.8e308");
            return null;
        }
        return n.doubleValue();
    }

    public static Boolean bool(String key, Doc v, Coercion c, java.util.function.Consumer<String> problem) {
        if (v instanceof Doc.Scalar s && (s.kind() == Doc.Kind.BOOL
                || s.kind() == Doc.Kind.STRING && c == Coercion.CONVERT_TEXT)) {
            String t = s.text().trim();
            if (t.equalsIgnoreCase("true")) {
                return true;
            }
            if (t.equalsIgnoreCase("false")) {
                return false;
            }
        }
        problem.accept(wrongType(key, v, BOOL));
        return null;
    }
}
