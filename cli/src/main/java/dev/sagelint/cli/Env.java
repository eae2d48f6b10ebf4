package dev.sagelint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run may learn from its surroundings, passed in so tests control it: the working folder,
 * the environment variables, whether standard output is a terminal, and standard input
 * ({@code sagelint lint -}).
 */
public record Env(Path workingDir, Map<String, String> variables, boolean terminal, InputStream stdin) {

    public Env {
        workingDir = workingDir.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    /** With an empty standard input. */
    public Env(Path workingDir, Map<String, String> variables, boolean terminal) {
        this(workingDir, variables, terminal, InputStream.nullInputStream());
    }

    public static Env system() {
        String term = System.getenv("TERM");
        boolean tty = System.console() != null && (term == null || !term.equals("dumb"));
        return new Env(Path.of("").toAbsolutePath(), System.getenv(), tty, System.in);
    }

    public Path resolve(Path p) {
        return workingDir.resolve(p).normalize();
    }
}
