package dev.sagelint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the CLI in-process through {@link Main#run}: arguments and two writers in, exit code out. */
final class Cli {

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static final Path RESOURCES = Path.of("src/test/resources/dev/sagelint/cli");

    private Cli() {
    }

    static Run run(Path cwd, String... args) {
        return run(new Env(cwd, Map.of(), false), args);
    }

    static Run run(Env env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Run(code, out.toString(), err.toString());
    }

    static Env env(Path cwd, boolean terminal, String... variables) {
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i + 1 < variables.length; i += 2) {
            vars.put(variables[i], variables[i + 1]);
        }
        return new Env(cwd, vars, terminal);
    }

    /** Copies a fixture folder of src/test/resources/dev/sagelint/cli into a temporary folder. */
    static Path copy(String fixture, Path to) {
        Path from = RESOURCES.resolve(fixture);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** The mixed fixture plus what cannot be committed: bad UTF-8, an oversized input and skipped folders. */
    static Path mixed(Path tmp) {
        Path root = copy("mixed", tmp.resolve("project"));
        try {
            Files.write(root.resolve("latin1.yaml"),
                    "apiVersion: sagelint/v1\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            String bad = read(root.resolve("bad.yaml"));
            write(root.resolve("target/generated.yaml"), bad);
            write(root.resolve("node_modules/pkg/spec.yaml"), bad);
            write(root.resolve(".git/spec.yaml"), bad);
            write(root.resolve("cdk.out/asset.1234/spec.yaml"), bad);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }
}
