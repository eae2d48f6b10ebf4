package dev.sagelint.rules;

import dev.sagelint.engine.Linter;
import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every rule over the real Terraform and AWS API / CLI JSON files of the shared corpus and
 * compares the reports with the reviewed ones in {@code golden/terraform-corpus.txt} and
 * {@code golden/json-api-corpus.txt}. The corpus flattens each file's source path into its name
 * ({@code owner__repo__dir__main.tf}); the test gives the files back their folders, so a
 * repository's folder is one configuration and its local modules are followed, and reports the
 * corpus file names. Run with {@code -Dsagelint.golden.update=true} to rewrite the expected reports,
 * then review every changed line against the source.
 */
class TerraformAndApiCorpusGoldenTest {

    @Test
    void realTerraformGivesTheReviewedReport() throws IOException {
        check("terraform", Path.of("src/test/resources/golden/terraform-corpus.txt"));
    }

    @Test
    void realApiJsonGivesTheReviewedReport() throws IOException {
        check("json-api", Path.of("src/test/resources/golden/json-api-corpus.txt"));
    }

    private static void check(String folder, Path expected) throws IOException {
        String shared = System.getProperty("sagelint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus/real", folder)),
                "shared corpus not available");
        Linter linter = BuiltInLinter.get();
        List<SourceFile> sources = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        for (Path file : list(Path.of(shared, "corpus/real", folder))) {
            String name = file.getFileName().toString();
            SourceFile source = new SourceFile(name.replace("__", "/"),
                    Files.readString(file, StandardCharsets.UTF_8));
            if (linter.formatOf(source).isEmpty()) {
                notRead.add(name);
            } else {
                sources.add(source);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# read: " + sources.size() + " files; not an input sagelint reads: " + String.join(", ", notRead));
        for (Finding f : linter.lint(sources).findings()) {
            lines.add(f.location().toString().replace("/", "__") + " " + f.ruleId() + " " + f.message());
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("sagelint.golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertFalse(actual.contains(" SL001 "), "a real file yields SL001:\n" + actual);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "the corpus report changed; review it (see the class comment)");
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
