package dev.sagelint.rules;

import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled examples show each seed pitfall once and two clean deployments; this pins exactly
 * which rule fires on which line of which example (examples/expected-findings.txt).
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("../examples");
    private static final String HEADER = "# Reviewed findings for examples/ (ExamplesTest compares exactly; after a change,"
            + " regenerate with -Dsagelint.updateGolden=true and review the diff)\n";

    @Test
    void examplesYieldExactlyTheReviewedFindings() throws IOException {
        List<SourceFile> files;
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            // custom-rule-pack is a rule pack (its fixtures are tested by its own build), not a deployment
            files = walk.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !EXAMPLES.relativize(p).startsWith("custom-rule-pack")).sorted().map(ExamplesTest::read).toList();
        }
        List<String> actual = BuiltInLinter.get().lint(files).findings().stream().map(Finding::toString).toList();
        Path golden = EXAMPLES.resolve("expected-findings.txt");
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(golden, HEADER + String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void cleanExamplesHaveNoFindingAtAll() {
        assertThat(BuiltInLinter.get().lint(List.of(read(EXAMPLES.resolve("clean/fraud-scorer.yaml")),
                read(EXAMPLES.resolve("clean/reflection-question.yaml")))).findings()).isEmpty();
    }

    private static SourceFile read(Path p) {
        try {
            return new SourceFile(EXAMPLES.relativize(p).toString().replace('\\', '/'),
                    Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
