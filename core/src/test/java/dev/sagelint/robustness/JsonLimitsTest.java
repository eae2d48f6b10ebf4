package dev.sagelint.robustness;

import dev.sagelint.parse.Limits;
import dev.sagelint.parse.json.LocatedJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 class 8, generated: an over-long number or key in JSON is refused at its line (and a column on
 * that line), not at 1:1, with a message that says what was too long, in every position a JSON input has one
 * (top level, nested objects and arrays, after many lines).
 */
class JsonLimitsTest {

    record Case(String name, String text, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        String[] numbers = {"1".repeat(1_001), "-" + "9".repeat(5_000), "1." + "0".repeat(2_000),
            "1e" + "9".repeat(1_500), "0." + "1".repeat(100_000)};
        String[] keys = {"k".repeat(10_001), "\u00e9".repeat(20_000)};
        for (int before = 0; before <= 40; before += 8) {
            String pad = "\n".repeat(before);
            for (String n : numbers) {
                out.add(new Case("number " + n.length() + " after " + before, "{" + pad + "\"MinCapacity\": " + n
                        + "}", before + 1, "a number longer than 1000 characters"));
                out.add(new Case("nested number " + n.length() + " after " + before, "{\"A\": {\"B\": [1, 2," + pad
                        + " " + n + "]}}", before + 1, "a number longer than 1000 characters"));
            }
            for (String k : keys) {
                out.add(new Case("key " + k.length() + " after " + before, "{\"a\": 1," + pad + "\"" + k
                        + "\": 2}", before + 1, "a key longer than 10000 characters"));
                out.add(new Case("nested key " + k.length() + " after " + before, "{\"a\": [{" + pad + "\"" + k
                        + "\": 2}]}", before + 1, "a key longer than 10000 characters"));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void overLongNumbersAndKeysAreRefusedWhereTheyAre(Case c) {
        LocatedJson.Result r = LocatedJson.parse("t.json", c.text(), Limits.DEFAULT);
        assertThat(r).isInstanceOf(LocatedJson.Failed.class);
        LocatedJson.Failed f = (LocatedJson.Failed) r;
        assertThat(f.message()).startsWith(c.message());
        assertThat(f.location().line()).isEqualTo(c.line());
        assertThat(f.location().column()).isGreaterThan(1);
    }

    static List<String> fine() {
        return List.of("{\"MinCapacity\": " + "1".repeat(1_000) + "}", "{\"" + "k".repeat(10_000) + "\": 1}",
                "{\"a\": 1e308, \"b\": -0.000001}");
    }

    @ParameterizedTest
    @MethodSource("fine")
    void atTheLimitIsRead(String text) {
        assertThat(LocatedJson.parse("t.json", text, Limits.DEFAULT)).isInstanceOf(LocatedJson.Parsed.class);
    }

    /** Nesting: the one bound (Jackson's StreamReadConstraints) allows exactly maxNestingDepth levels. */
    @ParameterizedTest(name = "depth limit {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 100, 500})
    void nestingPastTheLimitIsRefusedAtTheBracketThatOpensOneLevelTooMany(int limit) {
        Limits limits = new Limits(Limits.DEFAULT.maxFileBytes(), limit, Limits.DEFAULT.maxAliases());
        String atLimit = "[".repeat(limit - 1) + "{\"a\": 1}" + "]".repeat(limit - 1);
        assertThat(LocatedJson.parse("t.json", atLimit, limits)).isInstanceOf(LocatedJson.Parsed.class);
        // objects and arrays count alike; the extra level opens on line 2 after two spaces
        String past = "{\"a\": " + "[".repeat(limit - 1) + "\n  [1]" + "]".repeat(limit - 1) + "}";
        LocatedJson.Failed f = (LocatedJson.Failed) LocatedJson.parse("t.json", past, limits);
        assertThat(f.message()).isEqualTo("JSON nesting is deeper than " + limit + " levels");
        assertThat(f.location().line()).isEqualTo(2);
        assertThat(f.location().column()).isEqualTo(3);
    }
}
