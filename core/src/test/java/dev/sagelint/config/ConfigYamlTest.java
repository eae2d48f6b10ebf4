package dev.sagelint.config;

import dev.sagelint.model.Location;
import dev.sagelint.model.TrafficProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code .sagelint.yaml} is read through the located tree ({@code YamlDoc}) and stays fatal on its first problem, in
 * the words it has always used; YAML 1.1's words for booleans and {@code 1_000} for numbers still read.
 */
class ConfigYamlTest {

    private static LintConfig parse(String text) {
        return ConfigLoader.parse(".sagelint.yaml", text, id -> true);
    }

    private static void refused(String text, String message) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void anEmptyFileOrDocumentIsTheDefaults() {
        for (String text : List.of("", "# nothing\n", "---\n", "~\n")) {
            assertThat(parse(text)).as(text).isEqualTo(LintConfig.defaults());
        }
    }

    @Test
    void notYamlIsWordedAsTheParserWordsIt() {
        refused("rules: {SL201: off\n", ".sagelint.yaml:2:1: not valid YAML: expected ',' or '}', but got <stream end>");
        refused("a: 1\n---\nb: 2\n", ".sagelint.yaml:2:1: not valid YAML: but found another document");
        refused("[".repeat(60), ".sagelint.yaml: not valid YAML: Nesting Depth exceeded max 50");
    }

    @Test
    void aDuplicateKeyATagOrAKeyThatIsNotAValueIsRefusedAtIt() {
        refused("failOnSeverity: error\nfailOnSeverity: info\n", ".sagelint.yaml:2:1: duplicate key 'failOnSeverity'"
                + " (line 1 sets it too); only the first is read, so remove the other");
        refused("failOnSeverity: !Ref x\n",
                ".sagelint.yaml:1:17: YAML tag '!Ref' is not allowed in the configuration; write the plain value");
        refused("? [a]\n: b\n", ".sagelint.yaml:1:3: a key must be a single value, not a list");
    }

    @Test
    void yaml11WordsAndDigitSeparatorsStillRead() {
        LintConfig config = parse("""
                respectGitignore: off
                forceExclude: YES
                rules:
                  SL201: no
                  SL202: {enabled: On}
                production:
                  orders: yes
                traffic:
                  orders:
                    pattern: spiky
                    peakRps: 1_000
                    unpredictableBursts: 'ON'
                """);
        assertThat(config.respectGitignore()).isFalse();
        assertThat(config.forceExclude()).isTrue();
        assertThat(config.disabledRules()).containsExactly("SL201");
        assertThat(config.production()).isEqualTo(Map.of("orders", true));
        TrafficProfile orders = config.traffic().get("orders");
        assertThat(orders.peakRps()).isEqualTo(1000.0);
        assertThat(orders.unpredictableBursts()).isTrue();
    }

    @Test
    void trafficRecordsEachFieldByItsConstantAtItsValue() {
        TrafficProfile p = parse("traffic:\n  orders:\n    pattern: steady\n    peakHours: 08:00-18:00\n")
                .traffic().get("orders");
        assertThat(p.source().location()).isEqualTo(new Location(".sagelint.yaml", 3, 5));
        assertThat(p.source().fields()).containsOnly(
                Map.entry(TrafficProfile.Field.PATTERN.key(), new Location(".sagelint.yaml", 3, 14)),
                Map.entry(TrafficProfile.Field.PEAK_HOURS.key(), new Location(".sagelint.yaml", 4, 16)));
    }
}
