package dev.sagelint.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A baseline file is input too: a bad one is refused at its line and column, with the fix. */
class BaselineTest {

    private static final String FIX = "; this is not a baseline sagelint wrote: write it again with --write-baseline";

    @Test
    void readsWhatItWrites() {
        String json = """
                {"version": 1, "findings": [
                  {"ruleId": "SL201", "path": "infra/a.yaml", "fingerprint": "abc", "message": "MinCapacity is 0"}
                ]}
                """;
        Baseline b = Baseline.parse("b.json", json);
        assertThat(b.entries()).containsExactly(
                new Baseline.Entry("SL201", "infra/a.yaml", "abc", "MinCapacity is 0"));
        assertThat(Baseline.parse("b.json", b.toJson()).entries()).isEqualTo(b.entries());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON            | {"findings": [}                                   | b.json:1:15: not valid JSON
            no findings array   | {"version": 1}                                    | b.json:1:1: not a sagelint baseline (no "findings" array)
            findings not a list | {"findings": {}}                                  | b.json:1:14: not a sagelint baseline (no "findings" array)
            entry not an object | {"findings": [7]}                                 | b.json:1:15: findings[0] is 7; expected an object
            rule id a number    | {"findings": [{"ruleId": 5, "path": "a", "fingerprint": "f"}]} | b.json:1:16: ruleId is 5; expected a string
            no fingerprint      | {"findings": [{"ruleId": "SL201", "path": "a"}]}  | b.json:1:15: findings[0] has no "fingerprint"
            """)
    void aBadBaselineIsRefusedWhereItIsWrong(String what, String json, String message) {
        assertThatThrownBy(() -> Baseline.parse("b.json", json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message)
                .hasMessageEndingWith(FIX);
    }

    @Test
    void everyBadEntryIsCountedInTheOneMessage() {
        String json = "{\"findings\": [{\"path\": \"a\", \"fingerprint\": \"f\"}, {\"ruleId\": \"SL1\"}]}";
        assertThatThrownBy(() -> Baseline.parse("b.json", json))
                .hasMessage("b.json:1:15: findings[0] has no \"ruleId\" (and 2 more)" + FIX);
    }
}
