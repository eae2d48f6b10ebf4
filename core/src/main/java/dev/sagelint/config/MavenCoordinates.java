package dev.sagelint.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule pack named by Maven coordinates in {@code rulePacks:} ({@code com.acme:acme-sagelint-rules:1.0.0}), in
 * Maven's resolver's form {@code groupId:artifactId[:jar[:classifier]]:version} ({@code com.acme:rules:jar:aws:1.0}):
 * the Maven plugin resolves it through Maven's resolver, the command line only from a local repository's layout.
 * A rule pack is a jar, so the only extension accepted is {@code jar}.
 *
 * @param classifier the artifact's classifier, null for the main jar
 */
public record MavenCoordinates(String groupId, String artifactId, String classifier, String version) {

    /** One part of the coordinates: what Maven accepts in a groupId, an artifactId or a version. */
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-]+");

    public MavenCoordinates {
        for (String part : new String[] {groupId, artifactId, version, classifier == null ? "jar" : classifier}) {
            if (part == null || !PART.matcher(part).matches()) {
                throw new IllegalArgumentException("not a coordinate part: " + part);
            }
        }
    }

    /** The main jar of {@code groupId:artifactId:version}. */
    public MavenCoordinates(String groupId, String artifactId, String version) {
        this(groupId, artifactId, null, version);
    }

    /**
     * True when a {@code rulePacks} entry is meant as coordinates rather than a path: it has a colon, no path
     * separator and does not end in {@code .jar} ({@code C:\packs\acme.jar} and {@code tools/a:b.jar} are paths).
     */
    static boolean meant(String entry) {
        return entry.contains(":") && !entry.contains("/") && !entry.contains("\\") && !entry.endsWith(".jar");
    }

    /**
     * {@code groupId:artifactId:version}, {@code groupId:artifactId:jar:version} or
     * {@code groupId:artifactId:jar:classifier:version}, else empty (a wrong number of parts, an extension other than
     * jar, or characters Maven refuses).
     */
    public static Optional<MavenCoordinates> parse(String text) {
        String[] parts = text.strip().split(":", -1);
        if (parts.length < 3 || parts.length > 5 || (parts.length > 3 && !parts[2].equals("jar"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MavenCoordinates(parts[0], parts[1], parts.length == 5 ? parts[3] : null,
                    parts[parts.length - 1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where the jar lies in a local repository laid out as Maven lays out {@code ~/.m2/repository}. */
    public Path in(Path localRepository) {
        return localRepository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + ".jar");
    }

    /** The coordinates in the order {@code mvn dependency:get -Dartifact=} takes them: g:a:v[:jar:classifier]. */
    public String forDependencyGet() {
        return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":jar:" + classifier);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + (classifier == null ? "" : ":jar:" + classifier) + ":" + version;
    }

    /** Coordinates a front end could not resolve; the message says why and how to fix it. */
    public static final class Unresolved extends RuntimeException {
        public Unresolved(String message) {
            super(message);
        }
    }
}
