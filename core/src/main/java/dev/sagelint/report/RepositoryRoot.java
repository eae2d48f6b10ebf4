package dev.sagelint.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository a run is in: the nearest folder at or above the working folder that holds {@code .git}
 * (a folder, or a file in a worktree or submodule). SARIF paths are relative to it, as GitHub code
 * scanning and other viewers resolve them, wherever in the repository sagelint ran.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Optional<Path> find(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * What to put before a path relative to {@code workingDir} to make it relative to the repository root
     * ({@code infra/} when sagelint runs in {@code <repo>/infra}); empty outside a repository or at its root.
     *
     * @param fallbackRoot the root to use when no {@code .git} is found (the Maven build's top folder), or null
     */
    public static String prefix(Path workingDir, Path fallbackRoot) {
        Path dir = workingDir.toAbsolutePath().normalize();
        Optional<Path> root = find(dir).or(() -> Optional.ofNullable(fallbackRoot).map(r -> r.toAbsolutePath().normalize()));
        if (root.isEmpty() || !dir.startsWith(root.get()) || dir.equals(root.get())) {
            return "";
        }
        return root.get().relativize(dir).toString().replace('\\', '/') + "/";
    }
}
