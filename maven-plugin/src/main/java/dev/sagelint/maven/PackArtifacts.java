package dev.sagelint.maven;

import dev.sagelint.config.MavenCoordinates;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves the rule packs {@code .sagelint.yaml} names by coordinates ({@code rulePacks: [com.acme:rules:1.0]})
 * through Maven's own resolver, from the project's repositories, as maven-pmd-plugin and maven-checkstyle-plugin
 * resolve their extra rule artifacts: the local repository first, remote ones as the build's settings allow
 * ({@code -o} stays offline). Only the jar is resolved, not its dependencies: a pack is its rules and classes.
 */
final class PackArtifacts implements Function<MavenCoordinates, Path> {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    PackArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : List.copyOf(repositories);
    }

    @Override
    public Path apply(MavenCoordinates c) {
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(c.groupId(), c.artifactId(), c.classifier(), "jar", c.version()), repositories, "sagelint");
        try {
            return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MavenCoordinates.Unresolved("cannot be resolved from the project's repositories ("
                    + Parameters.oneLine(e.getMessage()) + "); check the coordinates, or install the pack with"
                    + " 'mvn install' in its project");
        }
    }
}
