package dev.sagelint.robustness;

import dev.sagelint.parse.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Valid inputs the hostile and fuzz suites start from: the project's rule fixtures and examples (same
 * repository, always present), plus the shared real-world corpus when it is there. Sorted, so every run
 * mutates the same seeds in the same order.
 */
final class Seeds {

    private Seeds() {
    }

    /** The repository root (tests run with the module folder as working folder). */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("rules")) ? here : here.getParent();
    }

    /** Every fixture and example: .yaml, .yml, .json and .tf files, with display paths relative to the root. */
    static List<SourceFile> project() {
        List<SourceFile> out = new ArrayList<>();
        out.addAll(under(root().resolve("rules/src/test/resources/dev/sagelint/rules")));
        out.addAll(under(root().resolve("examples")));
        if (out.size() < 50) {
            throw new IllegalStateException("expected the project's fixtures under " + root() + ", found " + out.size());
        }
        return out;
    }

    /** The shared corpus of real files (empty when the folder is absent). */
    static List<SourceFile> shared() {
        String prop = System.getProperty("sagelint.shared");
        if (prop == null || prop.isBlank() || !Files.isDirectory(Path.of(prop, "corpus"))) {
            return List.of();
        }
        return under(Path.of(prop, "corpus"));
    }

    static SourceFile one(String relative) {
        Path p = root().resolve(relative);
        try {
            return new SourceFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SourceFile> under(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json|tf|template)$"))
                    .filter(p -> sizeOk(p))
                    .sorted()
                    .map(p -> {
                        try {
                            return new SourceFile(dir.relativize(p).toString().replace('\\', '/'),
                                    Files.readString(p, StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            return null;
                        }
                    })
                    .filter(f -> f != null)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sizeOk(Path p) {
        try {
            return Files.size(p) < 512 * 1024;
        } catch (IOException e) {
            return false;
        }
    }
}
