package dev.sagelint.config;

import dev.sagelint.parse.TextFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code .sagelint.yaml} in the working folder or the nearest folder above it, up to the
 * repository root (the first folder with {@code .git}, a folder or a worktree's file): a repository's
 * results never depend on a file outside it. The CLI (from its working folder) and the Maven plugin
 * (from the module's folder) both search with this class, so they find the same file from the same
 * folder.
 */
public final class ConfigLocator {

    public static final String FILE_NAME = ".sagelint.yaml";

    private ConfigLocator() {
    }

    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            String kind = TextFiles.nonRegularKind(candidate);
            if (kind != null) {
                // a FIFO or a folder by that name is a mistake to point out, not a reason to use the defaults
                throw new ConfigException(TextFiles.notRegular(candidate.toString(), kind));
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
