package dev.sagelint.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The input formats sagelint reads, in the order they are asked whether they accept a file. They are listed in
 * {@code META-INF/services/dev.sagelint.parse.InputFormat} (in that order), so this package knows no format by name
 * and the format packages depend on it, never the other way round.
 */
public final class Formats {

    private Formats() {
    }

    /** A fresh instance of every built-in format, in the order of the services file. */
    public static List<InputFormat> all() {
        List<InputFormat> out = new ArrayList<>();
        ServiceLoader.load(InputFormat.class, Formats.class.getClassLoader()).forEach(out::add);
        if (out.isEmpty()) {
            throw new IllegalStateException("no input formats found: META-INF/services/" + InputFormat.class.getName()
                    + " is missing from sagelint-core");
        }
        return List.copyOf(out);
    }

    /** Every extension the formats declare, each once, in the formats' order: what a folder walk reads. */
    public static List<String> extensions(List<InputFormat> formats) {
        Set<String> out = new LinkedHashSet<>();
        formats.forEach(f -> out.addAll(f.files().extensions()));
        return List.copyOf(out);
    }

    /** The extensions as globs for help text: {@code *.yaml, *.yml, ...}. */
    public static String globs(List<InputFormat> formats) {
        return String.join(", ", extensions(formats).stream().map(e -> "*" + e).toList());
    }

    /** A Markdown table of what each format reads and how its files group (docs/inputs/README.md). */
    public static String markdown(List<InputFormat> formats) {
        StringBuilder out = new StringBuilder("| format | files | recognised as | deployment unit |\n|---|---|---|---|\n");
        for (InputFormat f : formats) {
            FileTypes files = f.files();
            out.append("| `").append(f.name()).append("` | ")
                    .append(String.join(", ", files.extensions().stream().map(e -> "`*" + e + "`").toList()))
                    .append(" | ").append(files.summary()).append(" | ").append(files.grouping().description())
                    .append(" |\n");
        }
        return out.toString();
    }
}
