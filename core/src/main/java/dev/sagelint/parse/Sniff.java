package dev.sagelint.parse;

/**
 * Cheap, bounded content checks for {@link InputFormat#accepts}: plain {@code indexOf} over at most the first
 * {@link #PREFIX_CHARS} characters, never a regular expression and never a parse. Detection therefore costs the
 * same for a 10 MB template as for a 10 kB one, and no input (50,000 blank lines, a long run of spaces) can make it
 * backtrack.
 */
public final class Sniff {

    /** How much of a file detection looks at: the head of the file, where every format's markers sit. */
    public static final int PREFIX_CHARS = 64 * 1024;

    private Sniff() {
    }

    /** The first {@link #PREFIX_CHARS} characters of the text. */
    public static String head(String text) {
        return text.length() > PREFIX_CHARS ? text.substring(0, PREFIX_CHARS) : text;
    }

    /** The first index at or after {@code from} where {@code key} starts and ends within the head, or -1. */
    private static int find(String s, String key, int from) {
        int last = Math.min(s.length(), PREFIX_CHARS) - key.length();
        char first = key.charAt(0);
        for (int i = from; i <= last; i++) {
            if (s.charAt(i) == first && s.regionMatches(i, key, 0, key.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when {@code key} occurs as a mapping key in YAML or JSON: optionally quoted, followed by a colon, and
     * either first on its line or right after <code>{</code> or {@code ,} (flow style and JSON).
     */
    public static boolean key(String text, String key) {
        for (int at = find(text, key, 0); at >= 0; at = find(text, key, at + 1)) {
            int end = afterQuote(text, at + key.length());
            if (colonAt(text, end) >= 0 && startsEntry(text, beforeQuote(text, at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code key} is a top-level YAML key (first on its line, not indented, optionally quoted) whose value
     * starts with {@code valuePrefix} (optionally quoted).
     */
    public static boolean topLevelValue(String text, String key, String valuePrefix) {
        for (int at = find(text, key, 0); at >= 0; at = find(text, key, at + 1)) {
            int start = beforeQuote(text, at);
            boolean lineStart = start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
            int colon = colonAt(text, afterQuote(text, at + key.length()));
            if (lineStart && colon >= 0 && valueStarts(text, colon + 1, valuePrefix)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code key} (optionally quoted) is followed by a colon and a value starting with {@code valuePrefix}. */
    public static boolean keyValue(String text, String key, String valuePrefix) {
        for (int at = find(text, key, 0); at >= 0; at = find(text, key, at + 1)) {
            int colon = colonAt(text, afterQuote(text, at + key.length()));
            if (colon >= 0 && valueStarts(text, colon + 1, valuePrefix)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code "key"} occurs as a JSON member name (the quoted name, then a colon). */
    public static boolean jsonMember(String text, String key) {
        String quoted = '"' + key + '"';
        for (int at = find(text, quoted, 0); at >= 0; at = find(text, quoted, at + 1)) {
            if (colonAt(text, at + quoted.length()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when any of the names occurs as a JSON member name. */
    public static boolean anyJsonMember(String text, String... keys) {
        for (String k : keys) {
            if (jsonMember(text, k)) {
                return true;
            }
        }
        return false;
    }

    private static int afterQuote(String s, int i) {
        return i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'') ? i + 1 : i;
    }

    private static int beforeQuote(String s, int i) {
        return i > 0 && (s.charAt(i - 1) == '"' || s.charAt(i - 1) == '\'') ? i - 1 : i;
    }

    /** The index of the colon after optional whitespace from {@code i}, or -1. */
    private static int colonAt(String s, int i) {
        int j = skipWhitespace(s, i);
        return j < Math.min(s.length(), PREFIX_CHARS) && s.charAt(j) == ':' ? j : -1;
    }

    private static int skipWhitespace(String s, int i) {
        int end = Math.min(s.length(), PREFIX_CHARS);
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean valueStarts(String s, int i, String prefix) {
        int j = afterQuote(s, skipWhitespace(s, i));
        return s.startsWith(prefix, j);
    }

    /** True when only whitespace stands between the line start, a '{' or a ',' and index {@code i}. */
    private static boolean startsEntry(String s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j--;
        }
        if (j < 0 || s.charAt(j) == '\n' || s.charAt(j) == '\r') {
            return true;
        }
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
            j--;
        }
        return j >= 0 && (s.charAt(j) == '{' || s.charAt(j) == ',');
    }
}
