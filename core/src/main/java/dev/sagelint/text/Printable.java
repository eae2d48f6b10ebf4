package dev.sagelint.text;

/**
 * Text from the input (file names, resource names, messages that quote values, suppression reasons, a
 * plugin's rule summaries) made safe to print. Nothing of it may forge a report line, move the cursor or
 * recolour a terminal, and nothing may stop a report from being encoded as UTF-8.
 */
public final class Printable {

    /** What replaces a lone UTF-16 surrogate (from a JSON or YAML escape such as {@code "\ud800"}). */
    public static final char REPLACEMENT = '\uFFFD';

    private Printable() {
    }

    /**
     * The text with every lone surrogate replaced by U+FFFD, so that it can be encoded as UTF-8. Used for
     * JSON and SARIF, whose writer escapes control characters itself.
     */
    public static String wellFormed(String s) {
        int i = firstLoneSurrogate(s);
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return b.toString();
    }

    /**
     * The text on one line for the line-based reports (text, GitHub annotations, JUnit): well formed, with
     * line breaks, other control characters (C0 but tab, DEL, C1, whose U+009B starts a terminal escape
     * too), the Unicode line and paragraph separators and the bidirectional overrides that reorder what a
     * reader sees written as visible escapes ({@code \n}, {@code \r}, {@code \u001b}, ...).
     */
    public static String line(String s) {
        if (unchangedOnALine(s)) {
            return s;
        }
        String w = wellFormed(s);
        int i = 0;
        while (i < w.length() && !needsEscape(w.charAt(i))) {
            i++;
        }
        if (i == w.length()) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length() + 16);
        b.append(w, 0, i);
        for (; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!needsEscape(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    /**
     * True when {@link #line} leaves the text as it is: one scan for the common case (a text report calls it for
     * every path and message), where checking for lone surrogates and for escapes took a scan each.
     */
    private static boolean unchangedOnALine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\t') {
                continue;
            }
            if (needsEscape(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    static boolean needsEscape(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF;
    }

    private static int firstLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
