package dev.sagelint.maven;

import dev.sagelint.report.ReportFormat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The Maven-specific parts of turning parameters into sagelint settings. */
final class Parameters {

    private Parameters() {
    }

    /**
     * Flattens comma-separated entries. Maven 3.8 turns {@code -Dsagelint.includes=a,b} into the
     * one-element list {@code ["a,b"]} (3.9 splits it), so both spellings must mean the same.
     */
    static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /**
     * Exclude globs for the folders of child modules (given as in {@code <modules>}: a folder, or a
     * POM file in it), so a parent never checks its modules' files; each module checks them itself.
     */
    static List<String> moduleExcludes(Path baseDirectory, List<String> modules) {
        if (modules == null) {
            return List.of();
        }
        Path base = baseDirectory.toAbsolutePath().normalize();
        return modules.stream()
                .map(m -> base.resolve(m).normalize())
                .map(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".xml") ? p.getParent() : p)
                .filter(p -> p.startsWith(base) && !p.equals(base))
                .map(p -> base.relativize(p).toString().replace('\\', '/') + "/**")
                .toList();
    }

    /** The file each report format is written to in the output directory. */
    static String reportFileName(ReportFormat format) {
        return switch (format) {
            case SARIF -> "sagelint.sarif";
            case JSON -> "sagelint.json";
            case JUNIT -> "sagelint-junit.xml";
            case TEXT -> "sagelint.txt";
            case GITHUB -> "sagelint-github.txt";
        };
    }

    /** A message from Maven on one line: the resolver's messages span several. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
