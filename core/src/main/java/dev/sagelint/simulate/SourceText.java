package dev.sagelint.simulate;

import dev.sagelint.model.Location;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in an input's own text, the value a fact's field came from, so advise can edit that value
 * and nothing else. A value is editable only when it is a plain number written directly under its
 * own key ({@code MinCapacity: 2}, {@code "MinCapacity": "2"}, {@code min_capacity = 2}): a
 * {@code !Ref}, {@code !If} branch, parameter default, variable or expression is never rewritten.
 */
final class SourceText {

    private static final Pattern NUMBER = Pattern.compile("\"?([-+]?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\"?");

    private SourceText() {
    }

    /** A stretch of the text: [start, end). */
    record Span(int start, int end) {
    }

    /**
     * Where a key starts and how its line is indented.
     *
     * @param ownLine true when only blanks precede the key on its line (a block mapping entry)
     * @param flow    true when the key follows {@code &#123;} or {@code ,} (a flow mapping or JSON object entry)
     */
    record KeyAt(int offset, int lineStart, String indent, boolean ownLine, boolean flow) {
    }

    /** The character offset of a 1-based line and column, or -1 when the text has no such place. */
    static int offset(String text, Location at) {
        if (at == null || at.line() < 1 || at.column() < 1) {
            return -1;
        }
        int pos = 0;
        for (int line = 1; line < at.line(); line++) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                return -1;
            }
            pos = nl + 1;
        }
        int offset = pos + at.column() - 1;
        int end = text.indexOf('\n', pos);
        return offset <= (end < 0 ? text.length() : end) ? offset : -1;
    }

    /**
     * Where the value of a field located at {@code at} starts: the location itself, or, when a reader
     * records the key's place (the Terraform reader does), the first character after {@code key =}.
     */
    static int valueOffset(String text, Location at, String key) {
        int offset = offset(text, at);
        if (offset < 0) {
            return -1;
        }
        int i = offset;
        boolean quoted = i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'');
        if (!text.startsWith(key, quoted ? i + 1 : i)) {
            return offset;
        }
        i += key.length() + (quoted ? 2 : 0);
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || (text.charAt(i) != '=' && text.charAt(i) != ':')) {
            return offset;
        }
        i++;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The digits of the plain number written at {@code at} directly under {@code key}, or null. */
    static Span literal(String text, Location at, String key) {
        int offset = valueOffset(text, at, key);
        if (offset < 0 || keyBefore(text, offset, key) == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text).region(offset, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        boolean quoted = text.charAt(offset) == '"';
        if (quoted != (text.charAt(m.end() - 1) == '"' && m.end() - 1 > offset)) {
            return null;
        }
        int after = m.end();
        if (after < text.length() && !terminates(text.charAt(after))) {
            return null;
        }
        return new Span(m.start(1), m.end(1));
    }

    /**
     * The key written right before the value at {@code valueOffset}: the key (optionally quoted),
     * then {@code :} or {@code =}, then only blanks or a line break. Null when something else is
     * there (a function, a list item, another key).
     */
    static KeyAt keyBefore(String text, int valueOffset, String key) {
        int i = valueOffset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
                || text.charAt(i) == '\r')) {
            i--;
        }
        if (i < 0 || (text.charAt(i) != ':' && text.charAt(i) != '=')) {
            return null;
        }
        i--;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        boolean quoted = i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '\'');
        int end = quoted ? i : i + 1;
        int start = end - key.length();
        if (start < 0 || !text.startsWith(key, start)) {
            return null;
        }
        int keyStart = quoted ? start - 1 : start;
        if (keyStart < 0 || (quoted && text.charAt(keyStart) != text.charAt(i))) {
            return null;
        }
        if (keyStart > 0 && isNameChar(text.charAt(keyStart - 1))) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
        String before = text.substring(lineStart, keyStart);
        boolean ownLine = before.isBlank();
        int p = keyStart - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        boolean flow = p >= 0 && (text.charAt(p) == '{' || text.charAt(p) == ',');
        return new KeyAt(keyStart, lineStart, ownLine ? before : "", ownLine, flow);
    }

    private static boolean terminates(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '}' || c == ']' || c == '#';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
