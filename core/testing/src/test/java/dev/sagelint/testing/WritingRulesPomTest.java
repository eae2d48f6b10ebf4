package dev.sagelint.testing;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pom docs/writing-rules.md gives pack authors pins Surefire 3 (2.x does not run JUnit 5 tests and
 * passes without running a fixture) and fails when no test runs; the example pack uses the same version.
 */
class WritingRulesPomTest {

    private static final Pattern SUREFIRE = Pattern.compile(
            "<artifactId>maven-surefire-plugin</artifactId>\\s*<version>([0-9.]+)</version>");

    @Test
    void theDocumentedPomPinsSurefire3AndFailsWithoutTests() throws Exception {
        String doc = Files.readString(Path.of("../../docs/writing-rules.md"));
        var m = SUREFIRE.matcher(doc);
        assertThat(m.find()).as("writing-rules.md pins maven-surefire-plugin").isTrue();
        assertThat(m.group(1)).startsWith("3.");
        assertThat(doc).contains("<failIfNoTests>true</failIfNoTests>");
        var example = SUREFIRE.matcher(Files.readString(Path.of("../../examples/custom-rule-pack/pom.xml")));
        assertThat(example.find()).isTrue();
        assertThat(example.group(1)).isEqualTo(m.group(1));
    }
}
