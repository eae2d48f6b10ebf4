package dev.sagelint.parse.terraform;

import dev.sagelint.parse.terraform.Hcl.Attribute;
import dev.sagelint.parse.terraform.Hcl.Block;
import dev.sagelint.parse.terraform.Hcl.Body;
import dev.sagelint.parse.terraform.Hcl.Expr;
import dev.sagelint.parse.terraform.Hcl.Pos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-written reader for HCL native syntax (Terraform's .tf and .tfvars): blocks, attributes and the
 * full expression grammar, kept as a tree with exact line and column. It evaluates nothing, so reading a
 * file can never reach the network (unlike HCL libraries that resolve {@code data} sources while parsing).
 */
final class HclParser {

    /** A syntax error at a place in the file; the parser stops at the first one. */
    static final class SyntaxError extends Exception {
        final Pos pos;

        SyntaxError(Pos pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    private enum Kind { IDENT, NUMBER, QUOTE, HEREDOC, PUNCT, NL, EOF }

    private record Token(Kind kind, String text, int start, int end) {
        boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }

        boolean isIdent(String word) {
            return kind == Kind.IDENT && text.equals(word);
        }
    }

    private static final List<List<String>> BINARY = List.of(List.of("||"), List.of("&&"), List.of("==", "!="),
            List.of("<", ">", "<=", ">="), List.of("+", "-"), List.of("*", "/", "%"));

    private final String src;
    private final int[] lineStarts;
    private final int maxDepth;
    private int pos;
    private int nlDepth;
    private Token peeked;
    private int lastEnd;
    private int depth;
    /** Where the text starts in its file, for a string read out of a JSON file; null for a whole file. */
    private Pos origin;

    private HclParser(String src, int maxDepth) {
        this.src = src;
        this.maxDepth = maxDepth;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses a whole file into its top-level body. */
    static Body parse(String text, int maxDepth) throws SyntaxError {
        HclParser p = new HclParser(text.startsWith("\uFEFF") ? " " + text.substring(1) : text, maxDepth);
        Body body = p.body(false);
        Token t = p.next();
        if (t.kind != Kind.EOF) {
            throw p.error(t.start, "unexpected '" + t.text + "'");
        }
        return body;
    }

    /**
     * Parses the content of a string as a template ({@code "${var.x}-ep"}, {@code %{ if ... }}), as Terraform reads
     * the strings of a {@code .tf.json} file; {@code origin} is where the content starts in its file.
     */
    static Hcl.Template template(String text, Pos origin, int maxDepth) throws SyntaxError {
        HclParser p = new HclParser(text, maxDepth);
        p.origin = origin;
        return p.templateContent(0, text.length(), p.posOf(0), '"' + text + '"', false);
    }

    /** Parses a whole string as one expression (a JSON {@code type}, {@code depends_on} or lifecycle entry). */
    static Expr expression(String text, Pos origin, int maxDepth) throws SyntaxError {
        HclParser p = new HclParser(text, maxDepth);
        p.origin = origin;
        p.nlDepth = 1;
        Expr e = p.expression();
        Token t = p.next();
        if (t.kind != Kind.EOF) {
            throw p.error(t.start, "unexpected '" + t.text + "' after the expression");
        }
        return e;
    }

    Pos posOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int line = lo + 1;
        int column = offset - lineStarts[lo] + 1;
        if (origin != null) {
            return line == 1 ? new Pos(origin.line(), origin.column() + column - 1)
                    : new Pos(origin.line() + line - 1, column);
        }
        return new Pos(line, column);
    }

    private SyntaxError error(int offset, String message) {
        return new SyntaxError(posOf(Math.min(offset, src.length())), message);
    }

    // ---------------------------------------------------------------- bodies

    private Body body(boolean inBlock) throws SyntaxError {
        enter();
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (true) {
            Token t = peek();
            if (t.kind == Kind.NL) {
                next();
                continue;
            }
            if (t.kind == Kind.EOF || (inBlock && t.is("}"))) {
                break;
            }
            if (t.kind != Kind.IDENT) {
                throw error(t.start, "expected an attribute name or a block type, found '" + show(t) + "'");
            }
            next();
            Pos at = posOf(t.start);
            if (peek().is("=")) {
                next();
                if (!names.add(t.text)) {
                    throw error(t.start, "attribute '" + t.text + "' is defined twice in this block; keep one");
                }
                attributes.add(new Attribute(t.text, expression(), at));
            } else {
                List<String> labels = new ArrayList<>();
                while (peek().kind == Kind.IDENT || peek().kind == Kind.QUOTE) {
                    Token label = next();
                    labels.add(label.kind == Kind.IDENT ? label.text : labelString(label));
                }
                Token open = next();
                if (!open.is("{")) {
                    throw error(open.start, "expected '=' or '{' after '" + t.text + "', found '" + show(open) + "'");
                }
                Body inner = body(true);
                Token close = next();
                if (!close.is("}")) {
                    throw error(close.start, "block '" + t.text + "' is not closed; expected '}'");
                }
                blocks.add(new Block(t.text, labels, inner, at));
            }
            Token after = peek();
            if (!(after.kind == Kind.NL || after.kind == Kind.EOF || (inBlock && after.is("}")))) {
                throw error(after.start, "expected a new line after the definition, found '" + show(after) + "'");
            }
        }
        leave();
        return new Body(attributes, blocks);
    }

    private String labelString(Token quote) throws SyntaxError {
        Hcl.Template template = quoted(quote);
        if (template.directive() || template.parts().stream().anyMatch(p -> !(p instanceof String))) {
            throw error(quote.start, "a block label must be a plain string, without ${...}");
        }
        return String.join("", template.parts().stream().map(String.class::cast).toList());
    }

    // ---------------------------------------------------------------- expressions

    private Expr expression() throws SyntaxError {
        enter();
        int start = peek().start;
        Expr condition = binary(0);
        Expr result = condition;
        if (peek().is("?")) {
            next();
            Expr whenTrue = expression();
            expect(":", "in a conditional 'cond ? a : b'");
            Expr whenFalse = expression();
            result = new Hcl.Conditional(condition, whenTrue, whenFalse, posOf(start), textFrom(start));
        }
        leave();
        return result;
    }

    private Expr binary(int level) throws SyntaxError {
        if (level == BINARY.size()) {
            return unary();
        }
        int start = peek().start;
        Expr left = binary(level + 1);
        while (peek().kind == Kind.PUNCT && BINARY.get(level).contains(peek().text)) {
            String op = next().text;
            Expr right = binary(level + 1);
            left = new Hcl.Binary(op, left, right, posOf(start), textFrom(start));
        }
        return left;
    }

    private Expr unary() throws SyntaxError {
        Token t = peek();
        if (t.is("!") || t.is("-")) {
            next();
            enter();
            Expr operand = unary();
            leave();
            return new Hcl.Unary(t.text, operand, posOf(t.start), textFrom(t.start));
        }
        return postfix();
    }

    private Expr postfix() throws SyntaxError {
        int start = peek().start;
        Expr e = primary();
        while (true) {
            Token t = peek();
            if (t.is(".")) {
                next();
                Token name = next();
                if (name.kind == Kind.IDENT) {
                    e = new Hcl.GetAttr(e, name.text, posOf(start), textFrom(start));
                } else if (name.kind == Kind.NUMBER) {
                    e = new Hcl.Index(e, new Hcl.Literal(number(name), posOf(name.start), name.text),
                            posOf(start), textFrom(start));
                } else if (name.is("*")) {
                    e = new Hcl.Splat(e, posOf(start), textFrom(start));
                } else {
                    throw error(name.start, "expected an attribute name after '.', found '" + show(name) + "'");
                }
            } else if (t.is("[")) {
                next();
                nlDepth++;
                resetPeek();
                if (peek().is("*")) {
                    next();
                    expect("]", "after '[*'");
                    e = new Hcl.Splat(e, posOf(start), textFrom(start));
                } else {
                    Expr key = expression();
                    expect("]", "to close the index");
                    e = new Hcl.Index(e, key, posOf(start), textFrom(start));
                }
                nlDepth--;
                resetPeek();
            } else {
                return e;
            }
        }
    }

    private Expr primary() throws SyntaxError {
        Token t = next();
        Pos at = posOf(t.start);
        switch (t.kind) {
            case NUMBER:
                return new Hcl.Literal(number(t), at, t.text);
            case QUOTE:
                return quoted(t);
            case HEREDOC:
                return heredoc(t);
            case IDENT:
                return identifier(t);
            case PUNCT:
                if (t.is("(")) {
                    nlDepth++;
                    resetPeek();
                    Expr inner = expression();
                    expect(")", "to close '('");
                    nlDepth--;
                    resetPeek();
                    return inner;
                }
                if (t.is("[")) {
                    return tuple(t);
                }
                if (t.is("{")) {
                    return object(t);
                }
                throw error(t.start, "expected a value, found '" + t.text + "'");
            default:
                throw error(t.start, t.kind == Kind.EOF ? "the file ends where a value was expected"
                        : "expected a value, found a new line");
        }
    }

    private BigDecimal number(Token t) throws SyntaxError {
        try {
            return new BigDecimal(t.text);
        } catch (NumberFormatException e) {
            throw error(t.start, "the number " + (t.text.length() > 40 ? t.text.substring(0, 40) + "..." : t.text)
                    + " is out of range");
        }
    }

    private Expr identifier(Token t) throws SyntaxError {
        Pos at = posOf(t.start);
        switch (t.text) {
            case "true":
                return new Hcl.Literal(Boolean.TRUE, at, t.text);
            case "false":
                return new Hcl.Literal(Boolean.FALSE, at, t.text);
            case "null":
                return new Hcl.Literal(null, at, t.text);
            default:
                break;
        }
        String name = t.text;
        // provider-defined functions: provider::aws::arn_parse(...)
        while (peek().is("::")) {
            next();
            Token part = next();
            if (part.kind != Kind.IDENT) {
                throw error(part.start, "expected a function name after '::'");
            }
            name = name + "::" + part.text;
        }
        if (!peek().is("(")) {
            return new Hcl.Variable(name, at, name);
        }
        next();
        nlDepth++;
        resetPeek();
        List<Expr> args = new ArrayList<>();
        boolean expand = false;
        while (!peek().is(")")) {
            args.add(expression());
            if (peek().is("...")) {
                next();
                expand = true;
            }
            if (peek().is(",")) {
                next();
            } else if (!peek().is(")")) {
                throw error(peek().start, "expected ',' or ')' in the call to " + name + "()");
            }
        }
        next();
        nlDepth--;
        resetPeek();
        return new Hcl.Call(name, args, expand, at, textFrom(t.start));
    }

    private Expr tuple(Token open) throws SyntaxError {
        nlDepth++;
        resetPeek();
        if (peek().isIdent("for")) {
            Expr f = forExpr(open, false);
            nlDepth--;
            resetPeek();
            return f;
        }
        List<Expr> items = new ArrayList<>();
        while (!peek().is("]")) {
            items.add(expression());
            if (peek().is(",")) {
                next();
            } else if (!peek().is("]")) {
                throw error(peek().start, "expected ',' or ']' in the list, found '" + show(peek()) + "'");
            }
        }
        next();
        nlDepth--;
        resetPeek();
        return new Hcl.Tuple(items, posOf(open.start), textFrom(open.start));
    }

    private Expr object(Token open) throws SyntaxError {
        int saved = nlDepth;
        nlDepth = 0;
        resetPeek();
        while (peek().kind == Kind.NL) {
            next();
        }
        if (peek().isIdent("for")) {
            nlDepth = saved + 1;
            resetPeek();
            Expr f = forExpr(open, true);
            nlDepth = saved;
            resetPeek();
            return f;
        }
        List<Hcl.Item> items = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.kind == Kind.NL || t.is(",")) {
                next();
                continue;
            }
            if (t.is("}")) {
                next();
                break;
            }
            if (t.kind == Kind.EOF) {
                throw error(open.start, "this '{' is never closed");
            }
            Expr key = expression();
            if (key instanceof Hcl.Variable v) {
                key = new Hcl.Literal(v.name(), v.pos(), v.text());
            }
            Token sep = next();
            if (!sep.is("=") && !sep.is(":")) {
                throw error(sep.start, "expected '=' after the object key, found '" + show(sep) + "'");
            }
            Expr value = expression();
            items.add(new Hcl.Item(key, value));
            Token after = peek();
            if (!(after.kind == Kind.NL || after.is(",") || after.is("}"))) {
                throw error(after.start, "expected ',' or a new line between object items, found '"
                        + show(after) + "'");
            }
        }
        nlDepth = saved;
        resetPeek();
        return new Hcl.ObjectCons(items, posOf(open.start), textFrom(open.start));
    }

    /**
     * The variables of a for expression or directive up to and including {@code in}: {@code v in} or {@code k, v in};
     * the key variable is null when only one is named.
     */
    private String[] forVariables(String keyword, String construct) throws SyntaxError {
        Token first = next();
        if (first.kind != Kind.IDENT) {
            throw error(first.start, "expected a variable name after " + keyword);
        }
        String keyVar = null;
        String valueVar = first.text;
        if (peek().is(",")) {
            next();
            Token second = next();
            if (second.kind != Kind.IDENT) {
                throw error(second.start, "expected a second variable name after ','");
            }
            keyVar = first.text;
            valueVar = second.text;
        }
        Token in = next();
        if (!in.isIdent("in")) {
            throw error(in.start, "expected 'in' in " + construct);
        }
        return new String[] {keyVar, valueVar};
    }

    private Expr forExpr(Token open, boolean object) throws SyntaxError {
        next(); // for
        String[] vars = forVariables("'for'", "the for expression");
        String keyVar = vars[0];
        String valueVar = vars[1];
        Expr collection = expression();
        expect(":", "after the collection of a for expression");
        Expr key = null;
        Expr value = expression();
        boolean grouping = false;
        if (object) {
            expect("=>", "in an object for expression 'k => v'");
            key = value;
            value = expression();
            if (peek().is("...")) {
                next();
                grouping = true;
            }
        }
        Expr condition = null;
        if (peek().isIdent("if")) {
            next();
            condition = expression();
        }
        expect(object ? "}" : "]", "to close the for expression");
        return new Hcl.ForExpr(keyVar, valueVar, collection, key, value, condition, object, grouping,
                posOf(open.start), textFrom(open.start));
    }

    // ---------------------------------------------------------------- templates

    private Hcl.Template quoted(Token quote) throws SyntaxError {
        List<Piece> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw error(quote.start, "this string is not closed on its line; add the closing '\"'");
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '\\') {
                pos = escape(pos, literal);
            } else if (src.startsWith("$${", pos) || src.startsWith("%%{", pos)) {
                literal.append(c).append('{');
                pos += 3;
            } else if (src.startsWith("${", pos)) {
                flush(literal, parts);
                parts.add(interpolation());
            } else if (src.startsWith("%{", pos)) {
                flush(literal, parts);
                parts.add(directive());
            } else {
                literal.append(c);
                pos++;
            }
        }
        flush(literal, parts);
        lastEnd = pos;
        int end = pos;
        Hcl.Template t = TemplatePieces.assemble(parts, false, posOf(quote.start), src.substring(quote.start, end),
                this::error);
        pos = end;
        return t;
    }

    private int escape(int at, StringBuilder out) throws SyntaxError {
        if (at + 1 >= src.length()) {
            throw error(at, "the string ends inside an escape sequence");
        }
        char e = src.charAt(at + 1);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                int len = e == 'u' ? 4 : 8;
                if (at + 2 + len > src.length()) {
                    throw error(at, "incomplete \\" + e + " escape");
                }
                try {
                    out.appendCodePoint(Integer.parseInt(src.substring(at + 2, at + 2 + len), 16));
                } catch (IllegalArgumentException ex) {
                    throw error(at, "invalid \\" + e + " escape");
                }
                return at + 2 + len;
            }
            default -> throw error(at, "unknown escape sequence '\\" + e + "'; write '\\\\' for a backslash");
        }
        return at + 2;
    }

    private Piece interpolation() throws SyntaxError {
        int open = pos;
        boolean stripBefore = openSequence();
        Expr e = expression();
        boolean stripAfter = closeSequence(open, "this '${' is not closed; expected '}'");
        return new Piece.Interp(e, stripBefore, stripAfter);
    }

    /**
     * Steps over the {@code ${} or {@code %{} of a template sequence and its {@code ~} strip marker, and starts
     * reading tokens inside it (new lines are not separators there); true when the marker strips what is before.
     */
    private boolean openSequence() {
        pos += 2;
        boolean stripBefore = pos < src.length() && src.charAt(pos) == '~';
        if (stripBefore) {
            pos++;
        }
        peeked = null;
        nlDepth++;
        return stripBefore;
    }

    /** Reads the closing {@code ~}} or {@code }} of a template sequence; true when it strips what follows. */
    private boolean closeSequence(int open, String unclosed) throws SyntaxError {
        boolean stripAfter = peek().is("~");
        if (stripAfter) {
            next();
        }
        Token close = next();
        nlDepth--;
        if (!close.is("}")) {
            throw error(open, unclosed);
        }
        peeked = null;
        pos = close.end;
        return stripAfter;
    }

    /** A template directive: {@code %{ if c }}, {@code %{ else }}, {@code %{ endif }}, {@code %{ for k, v in c }}, {@code %{ endfor }}. */
    private Piece directive() throws SyntaxError {
        int open = pos;
        boolean stripBefore = openSequence();
        Token keyword = next();
        Expr expr = null;
        String keyVar = null;
        String valueVar = null;
        String word = keyword.kind == Kind.IDENT ? keyword.text : "";
        switch (word) {
            case "if" -> expr = expression();
            case "for" -> {
                String[] vars = forVariables("'%{ for'", "the '%{ for' directive");
                keyVar = vars[0];
                valueVar = vars[1];
                expr = expression();
            }
            case "else", "endif", "endfor" -> {
                // no argument
            }
            default -> throw error(keyword.start, "unknown template directive '" + show(keyword) + "'; expected if,"
                    + " else, endif, for or endfor (write %%{ for a literal %{)");
        }
        boolean stripAfter = closeSequence(open,
                "this '%{' directive is not closed; expected '}' after '%{ " + word + " ...'");
        return new Piece.Directive(word, expr, keyVar, valueVar, stripBefore, stripAfter, open);
    }

    private Hcl.Template heredoc(Token t) throws SyntaxError {
        String marker = t.text.replaceFirst("^<<-?", "");
        int bodyStart = pos;
        if (bodyStart < src.length() && src.charAt(bodyStart) == '\r') {
            bodyStart++;
        }
        if (bodyStart >= src.length() || src.charAt(bodyStart) != '\n') {
            throw error(t.start, "a heredoc marker must end its line");
        }
        bodyStart++;
        int lineStart = bodyStart;
        int endLine = -1;
        while (lineStart <= src.length()) {
            int nl = src.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? src.length() : nl;
            if (src.substring(lineStart, lineEnd).trim().equals(marker)) {
                endLine = lineStart;
                break;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (endLine < 0) {
            throw error(t.start, "heredoc '" + marker + "' is never closed; end it with a line holding only "
                    + marker);
        }
        Hcl.Template body = templateContent(bodyStart, endLine, posOf(t.start), null, t.text.startsWith("<<-"));
        int nl = src.indexOf('\n', endLine);
        pos = nl < 0 ? src.length() : nl;
        lastEnd = pos;
        peeked = null;
        return new Hcl.Template(body.parts(), body.directive(), body.pos(), src.substring(t.start, pos));
    }

    /**
     * The literal text, interpolations and directives of {@code src[from, to)}: a heredoc body or a JSON string.
     * Literal text is cut at each line end, as Terraform's scanner does, so {@code flush} ({@code <<-}) can
     * strip the common indentation line by line.
     */
    private Hcl.Template templateContent(int from, int to, Pos at, String text, boolean flush) throws SyntaxError {
        List<Piece> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        pos = from;
        while (pos < to) {
            char c = src.charAt(pos);
            if (src.startsWith("$${", pos) || src.startsWith("%%{", pos)) {
                literal.append(c).append('{');
                pos += 3;
            } else if (src.startsWith("${", pos)) {
                flush(literal, parts);
                parts.add(interpolation());
            } else if (src.startsWith("%{", pos)) {
                flush(literal, parts);
                parts.add(directive());
            } else {
                literal.append(c);
                pos++;
                if (c == '\n') {
                    flush(literal, parts);
                }
            }
        }
        flush(literal, parts);
        int end = pos;
        Hcl.Template t = TemplatePieces.assemble(parts, flush, at, text == null ? "" : text, this::error);
        pos = end;
        return t;
    }

    private static void flush(StringBuilder literal, List<Piece> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Piece.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    // ---------------------------------------------------------------- tokens

    private void expect(String punct, String where) throws SyntaxError {
        Token t = next();
        if (!t.is(punct)) {
            throw error(t.start, "expected '" + punct + "' " + where + ", found '" + show(t) + "'");
        }
    }

    private static String show(Token t) {
        return switch (t.kind) {
            case NL -> "a new line";
            case EOF -> "the end of the file";
            case QUOTE -> "\"";
            default -> t.text;
        };
    }

    /**
     * The source text of an expression, for messages and unknown values; cut after {@link #MAX_TEXT} characters,
     * since every node of a long chain ({@code 1 + 1 + ...}, {@code a.b.c...}) keeps its own text and whole
     * copies would grow with the square of the chain's length (a 40 KB line needed 200 MB).
     */
    private String textFrom(int start) {
        int end = Math.max(start, lastEnd);
        return end - start <= MAX_TEXT ? src.substring(start, end) : src.substring(start, start + MAX_TEXT) + "...";
    }

    static final int MAX_TEXT = 256;

    private void enter() throws SyntaxError {
        if (++depth > maxDepth) {
            throw error(pos, "nesting is deeper than " + maxDepth + " levels");
        }
    }

    private void leave() {
        depth--;
    }

    /** Forgets a look-ahead token lexed under another new-line mode. */
    private void resetPeek() {
        if (peeked != null) {
            pos = peeked.start;
            peeked = null;
        }
    }

    private Token peek() throws SyntaxError {
        if (peeked == null) {
            peeked = lex();
        }
        return peeked;
    }

    private Token next() throws SyntaxError {
        Token t = peek();
        peeked = null;
        if (t.kind != Kind.NL && t.kind != Kind.EOF) {
            lastEnd = t.end;
        }
        return t;
    }

    private Token lex() throws SyntaxError {
        dev.sagelint.parse.Cancellation.check();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#' || src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error(pos, "this /* comment is never closed");
                }
                pos = end + 2;
            } else if (c == '\n') {
                pos++;
                if (nlDepth == 0) {
                    return new Token(Kind.NL, "\n", pos - 1, pos);
                }
            } else {
                break;
            }
        }
        int start = pos;
        if (pos >= src.length()) {
            return new Token(Kind.EOF, "", start, start);
        }
        char c = src.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            pos++;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                    || src.charAt(pos) == '-')) {
                pos++;
            }
            return new Token(Kind.IDENT, src.substring(start, pos), start, pos);
        }
        if (Character.isDigit(c)) {
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
            if (pos + 1 < src.length() && src.charAt(pos) == '.' && Character.isDigit(src.charAt(pos + 1))) {
                pos++;
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
            return new Token(Kind.NUMBER, src.substring(start, pos), start, pos);
        }
        if (c == '"') {
            pos++;
            return new Token(Kind.QUOTE, "\"", start, pos);
        }
        if (src.startsWith("<<", pos)) {
            int p = pos + 2;
            if (p < src.length() && src.charAt(p) == '-') {
                p++;
            }
            int nameStart = p;
            while (p < src.length() && (Character.isLetterOrDigit(src.charAt(p)) || src.charAt(p) == '_')) {
                p++;
            }
            if (p > nameStart) {
                pos = p;
                return new Token(Kind.HEREDOC, src.substring(start, p), start, p);
            }
        }
        for (String op : List.of("...", "==", "!=", "<=", ">=", "&&", "||", "=>", "::")) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Kind.PUNCT, op, start, pos);
            }
        }
        if ("{}[]()=,.:?!+-*/%<>~".indexOf(c) >= 0) {
            pos++;
            return new Token(Kind.PUNCT, String.valueOf(c), start, pos);
        }
        throw error(pos, "unexpected character '" + c + "'");
    }
}
