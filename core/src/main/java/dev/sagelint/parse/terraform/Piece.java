package dev.sagelint.parse.terraform;

/**
 * One piece of a template as the scanner sees it, before strip markers, heredoc indentation and directive
 * nesting are applied ({@link TemplatePieces}): literal text (cut at line ends in heredocs), an interpolation
 * or a directive, with their {@code ~} strip markers.
 */
sealed interface Piece {

    /** Literal text; mutable only while {@link TemplatePieces} strips whitespace. */
    final class Literal implements Piece {
        String text;

        Literal(String text) {
            this.text = text;
        }
    }

    record Interp(Hcl.Expr expr, boolean stripBefore, boolean stripAfter) implements Piece {
    }

    /**
     * {@code %{ if expr }}, {@code %{ else }}, {@code %{ endif }}, {@code %{ for keyVar, valueVar in expr }} or
     * {@code %{ endfor }}; {@code at} is the offset of its {@code %{}.
     */
    record Directive(String keyword, Hcl.Expr expr, String keyVar, String valueVar, boolean stripBefore,
                     boolean stripAfter, int at) implements Piece {
    }
}
