package dev.sagelint.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a value sits in an input file: a display path (relative, with forward slashes), a 1-based
 * line and a 1-based column. Line 0 means "the file as a whole".
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /** The file as a whole, for facts that have no better position. */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    // written out, as in Finding: the generated ones are linked through ObjectMethods on first call
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && line == l.line && column == l.column && file.equals(l.file);
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
