package dev.sagelint.parse.terraform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Heredocs and %{ } directives evaluate as Terraform evaluates them (results checked against HCL's spec suite). */
class TemplateDirectivesTest {

    /** The value of {@code local.x} in a file holding {@code locals { ... }} and variables. */
    private static Object value(String hcl) throws HclParser.SyntaxError {
        Module m = new Module("", "");
        m.add("main.tf", HclParser.parse(hcl, 100));
        return new Evaluator().eval(m.locals.get("x").attribute().value(), Scope.of(m));
    }

    private static String locals(String x) {
        return "variable \"on\" {\n  default = true\n}\nvariable \"off\" {\n  default = false\n}\n"
                + "variable \"names\" {\n  default = [\"a\", \"b\"]\n}\nvariable \"tags\" {\n  default = { k = \"v\", l = \"w\" }\n}\n"
                + "variable \"unset\" {}\n"
                + "locals {\n  x = " + x + "\n}\n";
    }

    @Test
    void flushHeredocStripsTheSmallestIndentationOfNonBlankLines() throws Exception {
        assertEquals("Foo\n  Bar\nBaz\n", value(locals("<<-EOT\n    Foo\n      Bar\n    Baz\n  EOT")));
        // a blank line does not count, and keeps what it has
        assertEquals("Foo\n\nBar\n", value(locals("<<-EOT\n    Foo\n\n    Bar\n  EOT")));
        // tabs and spaces are characters alike
        assertEquals("Foo\n Bar\n", value(locals("<<-EOT\n\tFoo\n\t Bar\nEOT")));
        // an interpolation at the start of a line has no indentation, so nothing is stripped
        assertEquals("  Foo\nv\n", value(locals("<<-EOT\n  Foo\n${var.tags.k}\nEOT")));
        assertEquals("Foo\nv\n", value(locals("<<-EOT\n  Foo\n  ${var.tags.k}\n  EOT")));
    }

    @Test
    void plainHeredocKeepsItsIndentation() throws Exception {
        assertEquals("    Foo\n      Bar\n", value(locals("<<EOT\n    Foo\n      Bar\nEOT")));
    }

    @Test
    void ifDirectivesChooseTheirBranchWhenTheConditionIsKnown() throws Exception {
        assertEquals("on", value(locals("\"%{ if var.on }on%{ else }off%{ endif }\"")));
        assertEquals("off", value(locals("\"%{ if var.off }on%{ else }off%{ endif }\"")));
        assertEquals("ab", value(locals("\"a%{ if var.off }x%{ endif }b\"")));
        assertInstanceOf(Values.Unknown.class, value(locals("\"%{ if var.unset }on%{ endif }\"")));
    }

    @Test
    void forDirectivesIterateKnownCollections() throws Exception {
        assertEquals("a,b,", value(locals("\"%{ for n in var.names }${n},%{ endfor }\"")));
        assertEquals("k=v;l=w;", value(locals("\"%{ for k, v in var.tags }${k}=${v};%{ endfor }\"")));
        assertEquals("0a1b", value(locals("\"%{ for i, n in var.names }${i}${n}%{ endfor }\"")));
        assertInstanceOf(Values.Unknown.class, value(locals("\"%{ for n in var.unset }${n}%{ endfor }\"")));
    }

    @Test
    void stripMarkersRemoveTheWhitespaceBesideThem() throws Exception {
        String heredoc = "<<EOT\n%{ for n in var.names ~}\n- ${n}\n%{ endfor ~}\nEOT";
        assertEquals("- a\n- b\n", value(locals(heredoc)));
        // as Terraform (hashicorp/terraform#23710): strip markers apply before the flush, so a line whose newline
        // was stripped is not a line start and keeps its indentation
        String flush = "<<-EOT\n    %{ for n in var.names ~}\n    - ${n}\n    %{ endfor ~}\n  EOT";
        assertEquals("    - a\n    - b\n", value(locals(flush)));
        assertEquals("a|b", value(locals("\"a   ${~ \"|\" ~}   b\"")));
        assertEquals("ab", value(locals("\"a %{~ if var.on ~} b %{~ endif ~}\"")));
    }

    @Test
    void directiveExpansionIsBounded() throws Exception {
        // 200 x 200 = 40,000 iterations: past the bound, the value is unknown rather than computed
        String list = "[" + "1,".repeat(200) + "]";
        Object v = value(locals("\"%{ for i in " + list + " }%{ for j in " + list + " }x%{ endfor }%{ endfor }\""));
        assertInstanceOf(Values.Unknown.class, v);
        // 99 + 99 x 99 = 9,900 iterations are within it
        String hundred = "[" + "1,".repeat(99) + "]";
        Object within = value(locals("\"%{ for i in " + hundred + " }%{ for j in " + hundred + " }x%{ endfor }%{ endfor }\""));
        assertEquals(9801, ((String) within).length());
    }

    @Test
    void directiveWorkIsBoundedAcrossAConfiguration() throws Exception {
        // 200 evaluations of a 9,900-iteration template: 1,980,000 iterations in all, past the 1,000,000 bound,
        // so the later elements are unknown; the earlier ones are computed
        String hundred = "[" + "1,".repeat(99) + "]";
        String each = "\"%{ for i in " + hundred + " }%{ for j in " + hundred + " }x%{ endfor }%{ endfor }\"";
        Object v = value(locals("[for n in " + "[" + "1,".repeat(200) + "]" + " : " + each + "]"));
        java.util.List<?> list = (java.util.List<?>) v;
        assertEquals(200, list.size());
        assertEquals(9801, ((String) list.get(0)).length());
        assertInstanceOf(Values.Unknown.class, list.get(199));
    }

    @Test
    void malformedDirectivesAreSyntaxErrorsWithTheirPlace() {
        HclParser.SyntaxError e = assertThrows(HclParser.SyntaxError.class,
                () -> HclParser.parse("x = \"a%{ if true }b\"\n", 100));
        assertEquals(new Hcl.Pos(1, 7), e.pos);
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
        e = assertThrows(HclParser.SyntaxError.class, () -> HclParser.parse("x = \"a%{ endfor }\"\n", 100));
        assertEquals(new Hcl.Pos(1, 7), e.pos);
        e = assertThrows(HclParser.SyntaxError.class, () -> HclParser.parse("x = \"%{ while true }\"\n", 100));
        assertTrue(e.getMessage().startsWith("unknown template directive 'while'"), e.getMessage());
    }
}
