package dev.sagelint.robustness;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/** Mutations of valid inputs: byte flips, line deletions and duplications, truncation, type swaps, stray syntax. */
record Mutations(List<Mutation> steps) {

    enum Kind { FLIP, DELETE_LINE, DUPLICATE_LINE, TRUNCATE, TYPE_SWAP, INSERT_SYNTAX, SWAP_LINES, INDENT }

    /** @param where a position as a fraction of the text; @param value a char code or a choice index */
    record Mutation(Kind kind, double where, int value) {
    }

    /** Scalars that replace a value: wrong types, extremes, syntax of the other formats. */
    static final List<String> SWAPS = List.of("\"ten\"", "[1, 2]", "{a: 1}", "{ \"a\" = 1 }", "null", "-5", "1e400",
            "NaN", ".nan", "-.inf", "99999999999999999999999", "0", "-0", "2.5", "true", "''", "\"\"", "~", "*alias",
            "&anchor x", "!!str 1", "!Ref X", "${var.x}", "local.x", "<<EOT", "[", "{", "\"", "'", "#", "|", ">");
    static final String SYNTAX = "{}[]:,\"'&*!|>-#=()$%\\\n\t ";

    static Arbitrary<Mutations> arbitrary() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.values()),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 0x2FF)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4).map(Mutations::new);
    }

    String apply(String text) {
        String t = text;
        for (Mutation m : steps) {
            t = apply(t, m);
        }
        return t;
    }

    private static String apply(String t, Mutation m) {
        int pos = (int) Math.min(t.length(), Math.round(m.where() * t.length()));
        int lineStart = t.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
        int lineEnd = t.indexOf('\n', pos);
        lineEnd = lineEnd < 0 ? t.length() : lineEnd + 1;
        if (pos < lineStart) {
            lineStart = pos;
        }
        switch (m.kind()) {
            case FLIP:
                return pos >= t.length() ? t : t.substring(0, pos) + (char) m.value() + t.substring(pos + 1);
            case DELETE_LINE:
                return t.substring(0, lineStart) + t.substring(lineEnd);
            case DUPLICATE_LINE:
                return t.substring(0, lineEnd) + t.substring(lineStart, lineEnd) + t.substring(lineEnd);
            case TRUNCATE:
                return t.substring(0, pos);
            case TYPE_SWAP: {
                // the value after the next ':' or '=' on or after the position
                int sep = indexOfAny(t, ":=", pos);
                if (sep < 0) {
                    return t;
                }
                int start = sep + 1;
                while (start < t.length() && t.charAt(start) == ' ') {
                    start++;
                }
                int end = start;
                while (end < t.length() && ",}\n]".indexOf(t.charAt(end)) < 0) {
                    end++;
                }
                return t.substring(0, start) + SWAPS.get(m.value() % SWAPS.size()) + t.substring(end);
            }
            case INSERT_SYNTAX:
                return t.substring(0, pos) + SYNTAX.charAt(m.value() % SYNTAX.length()) + t.substring(pos);
            case SWAP_LINES: {
                int nextEnd = t.indexOf('\n', lineEnd);
                nextEnd = nextEnd < 0 ? t.length() : nextEnd + 1;
                return t.substring(0, lineStart) + t.substring(lineEnd, nextEnd) + t.substring(lineStart, lineEnd)
                        + t.substring(nextEnd);
            }
            default:
                return t.substring(0, lineStart) + " ".repeat(1 + m.value() % 3) + t.substring(lineStart);
        }
    }

    private static int indexOfAny(String t, String chars, int from) {
        for (int i = from; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
