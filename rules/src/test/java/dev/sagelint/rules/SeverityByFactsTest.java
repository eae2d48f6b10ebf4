package dev.sagelint.rules;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules whose severity depends on the facts: the fixture markers check id and message, this checks severity. */
class SeverityByFactsTest {

    @Test
    void sl402WarnsForContainerMetricsAndInformsForSageMakerMetrics() throws IOException {
        String fixture = "network/SL402/bad.yaml";
        String text = Files.readString(RuleFixtureTest.FIXTURES.resolve(fixture), StandardCharsets.UTF_8);
        int warning = lineOf(text, "scales on the custom metric ChatBot");
        int info = lineOf(text, "scaling does not need one");
        int component = lineOf(text, "scales on the custom metric Assistant");
        List<String> seen = BuiltInLinter.get().lint(List.of(new SourceFile(fixture, text))).findings().stream()
                .filter(f -> f.ruleId().equals("SL402")).sorted()
                .map(f -> f.location().line() + " " + f.severity()).toList();
        assertEquals(List.of(warning + " WARNING", info + " INFO", component + " WARNING"), seen);
        assertEquals(Severity.WARNING, BuiltInLinter.get().catalog().find("SL402").orElseThrow().severity(),
                "SL402 declares WARNING and lowers it itself");
    }

    /** The 1-based line of the marker that contains the fragment. */
    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("expect:") && lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no marker with '" + fragment + "'");
    }
}
