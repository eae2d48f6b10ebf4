package dev.sagelint.parse;

import java.util.Objects;

/**
 * One input, already read: its display path (relative, forward slashes) and its text.
 *
 * @param path display path used in every finding
 * @param text the decoded content
 */
public record SourceFile(String path, String text) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** The file with at most its first {@link Sniff#PREFIX_CHARS} characters: what format detection looks at. */
    public SourceFile head() {
        return text.length() <= Sniff.PREFIX_CHARS ? this : new SourceFile(path, Sniff.head(text));
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public boolean hasExtension(String... extensions) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        for (String e : extensions) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The folder part of the path, "" for a file at the top. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
