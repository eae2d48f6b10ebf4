package dev.sagelint.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a run may learn from its surroundings, passed in so tests control it: the working folder,
 * the environment variables and whether standard output is a terminal.
 */
public record Env(Path workingDir, Map<String, String> variables, boolean terminal) {

    public Env {
        workingDir = workingDir.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    public static Env system() {
        String term = System.getenv("TERM");
        boolean tty = System.console() != null && (term == null || !term.equals("dumb"));
        return new Env(Path.of("").toAbsolutePath(), System.getenv(), tty);
    }

    public Path resolve(Path p) {
        return workingDir.resolve(p).normalize();
    }
}
