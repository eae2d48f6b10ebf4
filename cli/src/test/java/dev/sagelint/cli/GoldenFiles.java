package dev.sagelint.cli;

import dev.sagelint.report.ToolInfo;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares output with a golden file under src/test/resources/dev/sagelint/cli/golden. The tool
 * version is written as {@code @VERSION@} so releases do not churn the files. Run the tests with
 * {@code -Dsagelint.updateGolden=true} to rewrite them after an intended change, then review the diff.
 */
final class GoldenFiles {

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        Path file = Cli.RESOURCES.resolve("golden").resolve(name);
        String normalised = actual.replace(ToolInfo.version(), "@VERSION@");
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Cli.write(file, normalised);
        }
        assertThat(normalised).as("golden file %s (rewrite with -Dsagelint.updateGolden=true)", file)
                .isEqualTo(Cli.read(file));
    }
}
