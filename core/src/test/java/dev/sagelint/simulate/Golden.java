package dev.sagelint.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden files under src/test/resources/dev/sagelint/simulate; -Dsagelint.updateGolden=true rewrites them. */
final class Golden {

    static final Path DIR = Path.of("src/test/resources/dev/sagelint/simulate");

    private Golden() {
    }

    static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void check(String name, String actual) {
        Path file = DIR.resolve("golden").resolve(name);
        try {
            if (Boolean.getBoolean("sagelint.updateGolden") || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("golden %s (rerun with -Dsagelint.updateGolden=true after a deliberate change)",
                    name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
