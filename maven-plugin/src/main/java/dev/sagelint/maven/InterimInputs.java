package dev.sagelint.maven;

import dev.sagelint.parse.SourceFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * TEMPORARY: reads the inputs until the shared discovery (dev.sagelint.engine.ProjectLinter, branch
 * cli) lands; then this class is deleted so the CLI and the Mojo discover files the same way.
 */
final class InterimInputs {

    private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git");

    private InterimInputs() {
    }

    static List<SourceFile> collect(Path base, List<File> roots, List<String> includes, List<String> excludes,
                                    List<String> modules) {
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        List<Path> moduleDirs = modules == null ? List.of() : modules.stream()
                .map(m -> base.resolve(m.endsWith(".xml") ? Path.of(m).getParent().toString() : m).normalize())
                .toList();
        List<SourceFile> files = new ArrayList<>();
        for (File rootFile : roots) {
            Path root = rootFile.toPath();
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !skipped(root, p, moduleDirs))
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> in.isEmpty() || in.stream().anyMatch(m -> m.matches(root.relativize(p))))
                        .filter(p -> out.stream().noneMatch(m -> m.matches(root.relativize(p))))
                        .sorted()
                        .forEach(p -> files.add(read(base, p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean skipped(Path root, Path file, List<Path> moduleDirs) {
        for (Path part : root.relativize(file)) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return moduleDirs.stream().anyMatch(file::startsWith);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs == null ? List.of() : globs.stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    private static SourceFile read(Path base, Path p) {
        try {
            return new SourceFile(base.relativize(p).toString().replace('\\', '/'),
                    Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
