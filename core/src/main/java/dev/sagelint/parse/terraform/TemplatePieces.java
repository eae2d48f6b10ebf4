package dev.sagelint.parse.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the pieces of a template into its parts as Terraform (HCL's template parser) does: {@code ~} strip
 * markers first remove the whitespace of the literal next to them, then a flush heredoc ({@code <<-}) loses the
 * smallest indentation of its non-blank lines (spaces and tabs counted as characters; a line that starts with
 * an interpolation or a directive has none, so nothing is stripped), then {@code %{ if }} and {@code %{ for }}
 * directives are nested into {@link Hcl.IfPart} and {@link Hcl.ForPart}.
 */
final class TemplatePieces {

    /** How the parser reports a malformed directive at an offset of its text. */
    interface Errors {
        HclParser.SyntaxError at(int offset, String message);
    }

    private TemplatePieces() {
    }

    static Hcl.Template assemble(List<Piece> pieces, boolean flush, Hcl.Pos pos, String text, Errors errors)
            throws HclParser.SyntaxError {
        strip(pieces);
        if (flush) {
            unindent(pieces);
        }
        Nesting n = new Nesting(pieces, errors);
        List<Object> parts = n.parts(List.of());
        boolean directive = pieces.stream().anyMatch(Piece.Directive.class::isInstance);
        return new Hcl.Template(parts, directive, pos, text);
    }

    private static void strip(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            boolean before = pieces.get(i) instanceof Piece.Interp in ? in.stripBefore()
                    : pieces.get(i) instanceof Piece.Directive d && d.stripBefore();
            boolean after = pieces.get(i) instanceof Piece.Interp in ? in.stripAfter()
                    : pieces.get(i) instanceof Piece.Directive d && d.stripAfter();
            if (before && i > 0 && pieces.get(i - 1) instanceof Piece.Literal l) {
                l.text = l.text.substring(0, trailingSpaceStart(l.text));
            }
            if (after && i + 1 < pieces.size() && pieces.get(i + 1) instanceof Piece.Literal l) {
                l.text = l.text.substring(leadingSpaces(l.text));
            }
        }
    }

    private static void unindent(List<Piece> pieces) {
        int min = Integer.MAX_VALUE;
        boolean lineStart = true;
        List<Piece.Literal> adjust = new ArrayList<>();
        for (Piece p : pieces) {
            if (lineStart) {
                lineStart = false;
                int spaces;
                if (p instanceof Piece.Literal l) {
                    int lead = leadingSpaces(l.text);
                    if (lead == l.text.length() && l.text.endsWith("\n")) {
                        spaces = Integer.MAX_VALUE; // a blank line does not count
                    } else {
                        spaces = l.text.codePointCount(0, lead);
                        adjust.add(l);
                    }
                } else {
                    spaces = 0;
                }
                min = Math.min(min, spaces);
            }
            if (p instanceof Piece.Literal l && l.text.endsWith("\n")) {
                lineStart = true;
            }
        }
        if (min == Integer.MAX_VALUE || min == 0) {
            return;
        }
        for (Piece.Literal l : adjust) {
            l.text = l.text.substring(l.text.offsetByCodePoints(0, min));
        }
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The length of the leading whitespace (newlines included, as Go's unicode.IsSpace). */
    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    private static int trailingSpaceStart(String s) {
        int i = s.length();
        while (i > 0 && isSpace(s.codePointBefore(i))) {
            i -= Character.charCount(s.codePointBefore(i));
        }
        return i;
    }

    /** Nests directives: a recursive descent over the pieces. */
    private static final class Nesting {
        private final List<Piece> pieces;
        private final Errors errors;
        private int i;
        private Piece.Directive last;

        Nesting(List<Piece> pieces, Errors errors) {
            this.pieces = pieces;
            this.errors = errors;
        }

        /** Parts up to one of the closing keywords (consumed, kept in {@code last}), or the end when none is expected. */
        List<Object> parts(List<String> closers) throws HclParser.SyntaxError {
            List<Object> out = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (i < pieces.size()) {
                Piece p = pieces.get(i++);
                if (p instanceof Piece.Literal l) {
                    literal.append(l.text);
                    continue;
                }
                if (!literal.isEmpty()) {
                    out.add(literal.toString());
                    literal.setLength(0);
                }
                if (p instanceof Piece.Interp in) {
                    out.add(in.expr());
                    continue;
                }
                Piece.Directive d = (Piece.Directive) p;
                if (closers.contains(d.keyword())) {
                    last = d;
                    return out;
                }
                switch (d.keyword()) {
                    case "if" -> {
                        List<Object> then = parts(List.of("else", "endif"));
                        List<Object> otherwise = List.of();
                        if (last != null && last.keyword().equals("else")) {
                            otherwise = parts(List.of("endif"));
                        }
                        if (last == null) {
                            throw errors.at(d.at(), "this '%{ if' is never closed; add '%{ endif }'");
                        }
                        last = null;
                        out.add(new Hcl.IfPart(d.expr(), then, otherwise));
                    }
                    case "for" -> {
                        List<Object> body = parts(List.of("endfor"));
                        if (last == null) {
                            throw errors.at(d.at(), "this '%{ for' is never closed; add '%{ endfor }'");
                        }
                        last = null;
                        out.add(new Hcl.ForPart(d.keyVar(), d.valueVar(), d.expr(), body));
                    }
                    default -> throw errors.at(d.at(), "'%{ " + d.keyword() + " }' without a matching "
                            + (d.keyword().equals("endfor") ? "'%{ for'" : "'%{ if'"));
                }
            }
            if (!literal.isEmpty()) {
                out.add(literal.toString());
            }
            last = null;
            return out;
        }
    }
}
