package dev.sagelint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code .sagelint.yaml} in the working folder or the nearest folder above it. */
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
        }
        return Optional.empty();
    }
}
