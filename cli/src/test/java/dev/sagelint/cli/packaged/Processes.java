package dev.sagelint.cli.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the packaged artefacts (scripts, launchers) as child processes, the way a user's shell would. */
final class Processes {

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** The repository root: the cli module's parent. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private Processes() {
    }

    /**
     * A property the 'packaged' surefire execution (integration-test phase, after package) sets. In the
     * unit-test phase (for instance with -Dtest=...IT) nothing is packaged yet: the test is skipped.
     */
    static String property(String name) {
        Assumptions.assumeTrue(Boolean.getBoolean("sagelint.packaged"),
                "runs in the integration-test phase, on what package built (./mvnw verify -pl cli -am)");
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run this test with"
                    + " ./mvnw verify -pl cli -am (the 'packaged' surefire execution sets it)");
        }
        return value;
    }

    /**
     * Runs a command in a folder with the given environment added to this JVM's (JAVA_HOME is this JVM,
     * so every launcher starts the Java the build runs on). Standard input is empty. The time limit only
     * stops a hung child; nothing asserts on time.
     */
    static Run run(Path cwd, Map<String, String> env, List<String> command) {
        try {
            Path out = Files.createTempFile("sagelint-out", ".txt");
            Path err = Files.createTempFile("sagelint-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
                builder.environment().remove("SAGELINT_JAVA_OPTS");
                builder.environment().remove("JAVA_TOOL_OPTIONS");
                builder.environment().putAll(env);
                Process process = builder.start();
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("still running after 10 minutes: " + command);
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
