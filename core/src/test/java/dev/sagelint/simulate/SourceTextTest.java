package dev.sagelint.simulate;

import dev.sagelint.model.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Advise rewrites a value only where it is a plain number written under its own key. */
class SourceTextTest {

    private static String at(String text, int line, int column, String key) {
        SourceText.Span s = SourceText.literal(text, new Location("f", line, column), key);
        return s == null ? null : text.substring(s.start(), s.end());
    }

    @Test
    void plainNumbersUnderTheirKeyAreEditable() {
        assertThat(at("a:\n  MinCapacity: 2   # floor\n", 2, 16, "MinCapacity")).isEqualTo("2");
        assertThat(at("{ \"MinCapacity\": \"12\", \"x\": 1 }", 1, 18, "MinCapacity")).isEqualTo("12");
        assertThat(at("{ minCapacity: 3, maxCapacity: 9 }", 1, 16, "minCapacity")).isEqualTo("3");
        // the Terraform reader records the attribute's key; the value follows the '='
        assertThat(at("  min_capacity       = 2\n", 1, 3, "min_capacity")).isEqualTo("2");
    }

    @Test
    void referencesConditionsParametersAndExpressionsAreNot() {
        // the decided branch of an Fn::If, a parameter default, a Terraform variable, a Ref
        assertThat(at("MaxCapacity: !If [IsProd, 10, 4]\n", 1, 27, "MaxCapacity")).isNull();
        assertThat(at("Parameters:\n  Max:\n    Default: 8\n", 3, 14, "MaxCapacity")).isNull();
        assertThat(at("  max_capacity = var.max_capacity\n", 1, 3, "max_capacity")).isNull();
        assertThat(at("  \"MaxCapacity\": {\"Ref\": \"Max\"},\n", 1, 18, "MaxCapacity")).isNull();
        assertThat(at("MinCapacity: 2x\n", 1, 14, "MinCapacity")).isNull();
        assertThat(at("XMinCapacity: 2\n", 1, 15, "MinCapacity")).isNull();
    }

    @Test
    void diffKeepsTheMissingFinalNewlineVisible() {
        String diff = UnifiedDiff.of("m.tf", "a\nb", "a\nb\nc\n");
        assertThat(diff).isEqualTo("--- a/m.tf\n+++ b/m.tf\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n");
        assertThat(UnifiedDiff.of("m.tf", "same\n", "same\n")).isEmpty();
    }
}
