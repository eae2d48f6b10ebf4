package dev.sagelint.rules;

import dev.sagelint.engine.Linter;
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
 * A rule network built ahead ({@link Linter#preloadRulePacks}, what the command line starts before it reads its
 * arguments) finds what a network the linter builds itself finds; a second linter, with nothing left to take, builds
 * its own.
 */
class PreloadTest {

    @Test
    void aPreloadedNetworkFindsWhatAFreshOneFinds() throws IOException {
        ClassLoader loader = BuiltInRules.class.getClassLoader();
        Linter.preloadRulePacks(loader);
        Linter.preloadRulePacks(loader); // once per class loader: the second call does nothing
        List<SourceFile> files;
        Path examples = Path.of("../examples/pitfalls");
        try (Stream<Path> walk = Files.walk(examples)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .map(p -> new SourceFile(p.toString(), read(p))).toList();
        }
        List<String> preloaded = findings(Linter.builder().discoverRulePacks(loader).build(), files);
        List<String> fresh = findings(Linter.builder().discoverRulePacks(loader).build(), files);
        assertThat(preloaded).isNotEmpty().containsExactlyElementsOf(fresh);
    }

    private static List<String> findings(Linter linter, List<SourceFile> files) {
        return linter.lint(files, 2).findings().stream().map(Finding::toString).toList();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
