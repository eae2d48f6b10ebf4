package dev.sagelint.parse.terraform;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HclParserTest {

    private static Hcl.Body parse(String text) throws HclParser.SyntaxError {
        return HclParser.parse(text, 100);
    }

    @Test
    void blocksAndAttributesKeepTheirLineAndColumn() throws Exception {
        Hcl.Body body = parse("""
                # comment
                resource "aws_appautoscaling_target" "t" {
                  min_capacity = 1 // trailing
                  /* a block
                     comment */
                  suspended_state { dynamic_scaling_in_suspended = true }
                }
                """);
        Hcl.Block r = body.blocks().get(0);
        assertEquals(List.of("aws_appautoscaling_target", "t"), r.labels());
        assertEquals(new Hcl.Pos(2, 1), r.pos());
        assertEquals(new Hcl.Pos(3, 3), r.body().attribute("min_capacity").pos());
        Hcl.Block s = r.body().blocks("suspended_state").get(0);
        assertEquals(new Hcl.Pos(6, 3), s.pos());
        assertEquals(new Hcl.Pos(6, 21), s.body().attribute("dynamic_scaling_in_suspended").pos());
    }

    @Test
    void templatesKeepInterpolationsAsExpressions() throws Exception {
        Hcl.Attribute a = parse("id = \"endpoint/${aws_sagemaker_endpoint.this.name}/variant/$${x}\\n\"\n")
                .attribute("id");
        Hcl.Template t = assertInstanceOf(Hcl.Template.class, a.value());
        assertEquals("endpoint/", t.parts().get(0));
        Hcl.GetAttr ref = assertInstanceOf(Hcl.GetAttr.class, t.parts().get(1));
        assertEquals("aws_sagemaker_endpoint.this.name", ref.text());
        assertEquals("/variant/${x}\n", t.parts().get(2));
    }

    @Test
    void readsTheExpressionGrammar() throws Exception {
        Hcl.Body body = parse("""
                a = var.on ? [for k, v in local.m : v.x if v.y] : null
                b = {
                  "k" = 1
                  n   = -2.5e1
                }
                c = lookup(var.m, "k", [1,
                  2])
                d = aws_subnet.private[*].id
                e = <<-EOT
                  policy ${var.x}
                  EOT
                f = 1 + 2 * 3 >= 7 && !false
                """);
        assertInstanceOf(Hcl.Conditional.class, body.attribute("a").value());
        Hcl.ObjectCons b = assertInstanceOf(Hcl.ObjectCons.class, body.attribute("b").value());
        assertEquals(new BigDecimal("2.5e1"),
                ((Hcl.Literal) ((Hcl.Unary) b.items().get(1).value()).operand()).value());
        assertInstanceOf(Hcl.Call.class, body.attribute("c").value());
        assertInstanceOf(Hcl.GetAttr.class, body.attribute("d").value());
        Hcl.Template e = assertInstanceOf(Hcl.Template.class, body.attribute("e").value());
        assertTrue(e.parts().stream().anyMatch(Hcl.GetAttr.class::isInstance));
        assertEquals(new Hcl.Pos(12, 1), body.attribute("f").pos());
        assertEquals(true, new Evaluator().eval(body.attribute("f").value(), Scope.of(new Module("", ""))));
    }

    @Test
    void syntaxErrorsSayWhere() {
        HclParser.SyntaxError unclosed = assertThrows(HclParser.SyntaxError.class, () -> parse("""
                resource "a" "b" {
                  x = 1
                """));
        assertEquals(new Hcl.Pos(3, 1), unclosed.pos);
        HclParser.SyntaxError string = assertThrows(HclParser.SyntaxError.class, () -> parse("a = \"open\nb = 1\n"));
        assertEquals(new Hcl.Pos(1, 5), string.pos);
        HclParser.SyntaxError twice = assertThrows(HclParser.SyntaxError.class, () -> parse("a = 1\n  a = 2\n"));
        assertEquals(new Hcl.Pos(2, 3), twice.pos);
        assertTrue(twice.getMessage().contains("defined twice"), twice.getMessage());
        HclParser.SyntaxError missing = assertThrows(HclParser.SyntaxError.class, () -> parse("a = \nb = 2\n"));
        assertEquals(new Hcl.Pos(1, 5), missing.pos);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a = " + "[".repeat(500) + "]".repeat(500) + "\n";
        HclParser.SyntaxError e = assertThrows(HclParser.SyntaxError.class, () -> parse(deep));
        assertTrue(e.getMessage().contains("deeper than 100"), e.getMessage());
    }
}
