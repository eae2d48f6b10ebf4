package dev.sagelint.parse.terraform;

import java.util.List;

/**
 * The syntax tree of an HCL file as sagelint reads it: bodies of attributes and blocks, and
 * expressions kept as a tree so they can be resolved later. Every node knows its 1-based line and column.
 */
final class Hcl {

    private Hcl() {
    }

    /** A position in the file. */
    record Pos(int line, int column) {
    }

    /** The attributes and nested blocks of a file or a block, in source order. */
    record Body(List<Attribute> attributes, List<Block> blocks) {
        Body {
            attributes = List.copyOf(attributes);
            blocks = List.copyOf(blocks);
        }

        static final Body EMPTY = new Body(List.of(), List.of());

        Attribute attribute(String name) {
            return attributes.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
        }

        List<Block> blocks(String type) {
            return blocks.stream().filter(b -> b.type().equals(type)).toList();
        }
    }

    record Attribute(String name, Expr value, Pos pos) {
    }

    record Block(String type, List<String> labels, Body body, Pos pos) {
        Block {
            labels = List.copyOf(labels);
        }

        String label(int i) {
            return i < labels.size() ? labels.get(i) : null;
        }
    }

    /** An expression; {@code text} is its source, used to name what cannot be resolved. */
    sealed interface Expr permits Literal, Template, Tuple, ObjectCons, Variable, GetAttr, Index, Splat, Call,
            Conditional, Binary, Unary, ForExpr {
        Pos pos();

        String text();
    }

    /** A string, number (BigDecimal), bool or null. */
    record Literal(Object value, Pos pos, String text) implements Expr {
    }

    /**
     * A quoted string or heredoc: literal strings, interpolated expressions, {@link IfPart} and {@link ForPart};
     * {@code directive} when it uses %{...}.
     */
    record Template(List<Object> parts, boolean directive, Pos pos, String text) implements Expr {
        Template {
            parts = List.copyOf(parts);
        }
    }

    /** {@code %{ if condition }then%{ else }otherwise%{ endif }} inside a template. */
    record IfPart(Expr condition, List<Object> then, List<Object> otherwise) {
        IfPart {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** {@code %{ for keyVar, valueVar in collection }body%{ endfor }} inside a template; keyVar may be null. */
    record ForPart(String keyVar, String valueVar, Expr collection, List<Object> body) {
        ForPart {
            body = List.copyOf(body);
        }
    }

    record Tuple(List<Expr> items, Pos pos, String text) implements Expr {
        Tuple {
            items = List.copyOf(items);
        }
    }

    record ObjectCons(List<Item> items, Pos pos, String text) implements Expr {
        ObjectCons {
            items = List.copyOf(items);
        }
    }

    /** One key = value of an object constructor; a bare identifier key is a Literal. */
    record Item(Expr key, Expr value) {
    }

    record Variable(String name, Pos pos, String text) implements Expr {
    }

    record GetAttr(Expr source, String name, Pos pos, String text) implements Expr {
    }

    record Index(Expr source, Expr key, Pos pos, String text) implements Expr {
    }

    /** {@code x[*].y} or {@code x.*.y}; resolved only when x is known. */
    record Splat(Expr source, Pos pos, String text) implements Expr {
    }

    record Call(String name, List<Expr> args, boolean expandLast, Pos pos, String text) implements Expr {
        Call {
            args = List.copyOf(args);
        }
    }

    record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Pos pos, String text) implements Expr {
    }

    record Binary(String op, Expr left, Expr right, Pos pos, String text) implements Expr {
    }

    record Unary(String op, Expr operand, Pos pos, String text) implements Expr {
    }

    /** {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value}}. */
    record ForExpr(String keyVar, String valueVar, Expr collection, Expr key, Expr value, Expr condition,
                   boolean object, boolean grouping, Pos pos, String text) implements Expr {
    }
}
