package dev.sagelint.engine;

import dev.sagelint.model.Location;
import dev.sagelint.model.Suppression;
import dev.sagelint.parse.SourceFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds inline suppressions in comments ({@code #} in YAML and HCL, {@code //} in HCL):
 * <pre>
 * minCapacity: 0  # sagelint-disable-line SL201 -- warm pool handled by ops
 * # sagelint-disable-next-line SL201, SL204 -- dev stage
 * </pre>
 * The reason after {@code --} is mandatory. {@code disable-next-line} covers the next line that is
 * neither blank nor only a comment.
 *
 * <p>Only real comments count: the marker inside a quoted YAML scalar (single or double, also across lines),
 * a YAML block scalar ({@code |}, {@code >}), an HCL string or heredoc, or anywhere in a JSON file (JSON has no
 * comments) is text and suppresses nothing. A scanner per syntax finds where each line's comment starts; it
 * is a single pass over the text, linear in its length.
 */
public final class CommentSuppressions {

    private static final Pattern MARKER = Pattern.compile(
            "(?:#|//)\\s*sagelint-disable-(next-line|line)\\b(.*)$");

    private CommentSuppressions() {
    }

    public static List<Suppression> scan(SourceFile file) {
        if (!file.text().contains("sagelint-disable-")) {
            return List.of();
        }
        Syntax syntax = Syntax.of(file);
        if (syntax == Syntax.JSON) {
            return List.of();
        }
        String[] lines = syntax == Syntax.YAML ? file.text().split("\r\n|[\r\n\u0085\u2028\u2029]", -1)
                : file.text().split("\n", -1);
        int[] comments = syntax == Syntax.YAML ? yamlComments(lines) : hclComments(lines);
        List<Suppression> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (comments[i] < 0) {
                continue;
            }
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            Matcher m = MARKER.matcher(line);
            if (!m.find(comments[i])) {
                continue;
            }
            int lineNo = i + 1;
            Location at = new Location(file.path(), lineNo, m.start() + 1);
            int covered = m.group(1).equals("line") ? lineNo : nextCodeLine(lines, comments, i);
            String rest = m.group(2);
            int dashes = rest.indexOf("--");
            int idsEnd = dashes < 0 ? rest.length() : dashes;
            int comment = rest.indexOf('#');
            if (comment >= 0 && comment < idsEnd) {
                idsEnd = comment; // a later comment on the line is not part of the rule list
            }
            String ids = rest.substring(0, idsEnd);
            String reason = dashes < 0 ? null : rest.substring(dashes + 2).strip();
            List<String> ruleIds = Arrays.stream(ids.strip().split("[,\\s]+"))
                    .filter(s -> !s.isEmpty()).toList();
            if (ruleIds.isEmpty()) {
                out.add(Suppression.of("", reason, at, covered, covered));
            }
            for (String id : ruleIds) {
                out.add(Suppression.of(id, reason, at, covered, covered));
            }
        }
        return out;
    }

    enum Syntax {
        YAML, HCL, JSON;

        static Syntax of(SourceFile file) {
            if (file.hasExtension(".json")) {
                return JSON;
            }
            if (file.hasExtension(".tf", ".tfvars", ".hcl")) {
                return HCL;
            }
            return YAML;
        }
    }

    /** The next line that holds something other than blanks and a comment (block-scalar text counts). */
    private static int nextCodeLine(String[] lines, int[] comments, int from) {
        for (int j = from + 1; j < lines.length; j++) {
            String before = comments[j] < 0 ? lines[j] : lines[j].substring(0, comments[j]);
            if (!before.isBlank()) {
                return j + 1;
            }
        }
        return from + 1;
    }

    // ---- YAML ----------------------------------------------------------------------------------------

    /**
     * Where each line's comment starts, or -1. A {@code #} starts a comment at the start of a line or after a
     * blank, outside quoted scalars and block scalars.
     */
    static int[] yamlComments(String[] lines) {
        int[] out = new int[lines.length];
        Arrays.fill(out, -1);
        char quote = 0; // inside a quoted scalar that continues from an earlier line
        int blockParent = -2; // >= -1: inside a block scalar whose parent is indented this far
        int blockIndent = -1; // the block scalar's content indentation, once its first line is seen
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (blockParent >= -1 && quote == 0) {
                int indent = indentOf(line);
                if (line.isBlank()) {
                    continue;
                }
                if (blockIndent < 0 && indent > blockParent) {
                    blockIndent = indent;
                }
                if (blockIndent >= 0 && indent >= blockIndent) {
                    continue; // text of the block scalar
                }
                blockParent = -2;
                blockIndent = -1;
            }
            int[] state = {quote, -2};
            out[i] = yamlLine(line, state);
            quote = (char) state[0];
            if (state[1] >= -1) {
                blockParent = state[1];
                blockIndent = -1;
            }
        }
        return out;
    }

    /**
     * Scans one line. {@code state[0]} is the open quote on entry and exit; {@code state[1]} is set to the
     * parent indentation when the line opens a block scalar.
     */
    private static int yamlLine(String line, int[] state) {
        char quote = (char) state[0];
        boolean valueStart = quote == 0; // a quote or block indicator here opens a scalar
        int parent = indentOf(line); // the column of the key or dash a block scalar on this line belongs to
        int token = -1; // where the current key or value started
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (quote == '"') {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quote = 0;
                }
                continue;
            }
            if (quote == '\'') {
                if (c == '\'' && i + 1 < n && line.charAt(i + 1) == '\'') {
                    i++;
                } else if (c == '\'') {
                    quote = 0;
                }
                continue;
            }
            if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
                state[0] = 0;
                return i;
            }
            if (c == ' ' || c == '\t') {
                continue;
            }
            boolean blankNext = i + 1 >= n || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
            if (valueStart && (c == '"' || c == '\'')) {
                quote = c;
                token = i;
                valueStart = false;
            } else if (valueStart && (c == '|' || c == '>') && blockHeader(line, i + 1)) {
                state[1] = parent;
                valueStart = false;
            } else if (valueStart && (c == '-' || c == '?') && blankNext) {
                parent = i; // a sequence entry or complex key: a value starts after it
            } else if (c == ':' && blankNext) {
                if (token >= 0) {
                    parent = token; // the key just ended: a block scalar after it belongs to it
                }
                token = -1;
                valueStart = true;
            } else if (c == '[' || c == '{' || c == ',') {
                token = -1;
                valueStart = true;
            } else if (valueStart && (c == '!' || c == '&' || c == '*')) {
                while (i + 1 < n && line.charAt(i + 1) != ' ' && line.charAt(i + 1) != '\t') {
                    i++; // a tag, anchor or alias; the value follows it
                }
            } else if (valueStart) {
                token = i;
                valueStart = false;
            }
        }
        state[0] = quote;
        return -1;
    }

    /** After {@code |} or {@code >}: indentation and chomping indicators, then a blank, a comment or the end. */
    private static boolean blockHeader(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == '-' || line.charAt(i) == '+'
                || Character.isDigit(line.charAt(i)))) {
            i++;
        }
        return i >= line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t';
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // ---- HCL ----------------------------------------------------------------------------------------

    /**
     * Where each line's comment starts, or -1: {@code #} or {@code //} outside strings, interpolations,
     * heredocs and block comments.
     */
    static int[] hclComments(String[] lines) {
        int[] out = new int[lines.length];
        Arrays.fill(out, -1);
        // a stack of contexts: 'S' string, 'E' interpolation (with its brace depth), bottom = code
        char[] stack = new char[64];
        int[] depth = new int[64];
        int top = 0;
        stack[0] = 'C';
        String heredoc = null;
        boolean blockComment = false;
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li].endsWith("\r") ? lines[li].substring(0, lines[li].length() - 1) : lines[li];
            if (heredoc != null) {
                if (line.strip().equals(heredoc)) {
                    heredoc = null;
                }
                continue;
            }
            int n = line.length();
            for (int i = 0; i < n; i++) {
                char c = line.charAt(i);
                if (blockComment) {
                    if (c == '*' && i + 1 < n && line.charAt(i + 1) == '/') {
                        blockComment = false;
                        i++;
                    }
                    continue;
                }
                char ctx = stack[top];
                if (ctx == 'S') {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        top--;
                    } else if ((c == '$' || c == '%') && i + 1 < n && line.charAt(i + 1) == '{') {
                        if (i + 2 < n && line.charAt(i + 2) == c) {
                            continue; // $${ is an escaped literal
                        }
                        if (top + 1 >= stack.length) {
                            return out; // nested too deep to tell text from comments: nothing further counts
                        }
                        stack[++top] = 'E';
                        depth[top] = 0;
                        i++;
                    }
                    continue;
                }
                // code or an interpolation
                if (c == '"') {
                    if (top + 1 >= stack.length) {
                        return out;
                    }
                    stack[++top] = 'S';
                } else if (c == '{' && ctx == 'E') {
                    depth[top]++;
                } else if (c == '}' && ctx == 'E') {
                    if (depth[top]-- == 0) {
                        top--;
                    }
                } else if (ctx == 'C' && (c == '#' || c == '/' && i + 1 < n && line.charAt(i + 1) == '/')) {
                    out[li] = i;
                    break;
                } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '*') {
                    blockComment = true;
                    i++;
                } else if (c == '<' && i + 1 < n && line.charAt(i + 1) == '<') {
                    String marker = heredocMarker(line, i + 2);
                    if (marker != null) {
                        heredoc = marker;
                        break; // the heredoc's text starts on the next line
                    }
                }
            }
            if (top > 0 && stack[top] == 'S' && heredoc == null) {
                top--; // HCL strings end at the line's end; an unterminated one does not run on
            }
        }
        return out;
    }

    /** The identifier of {@code <<EOT} or {@code <<-EOT} when it ends the line, else null. */
    private static String heredocMarker(String line, int from) {
        int i = from;
        if (i < line.length() && line.charAt(i) == '-') {
            i++;
        }
        int start = i;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
            i++;
        }
        if (i == start || !line.substring(i).isBlank()) {
            return null;
        }
        return line.substring(start, i);
    }
}
