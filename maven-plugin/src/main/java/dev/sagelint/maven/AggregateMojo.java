package dev.sagelint.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Path;

/**
 * One report for a whole multi-module build: runs once, on the project it is started from (the
 * reactor's top project), over that project's folder tree with its child modules' folders included,
 * and writes the reports to {@code outputDirectory/aggregate} ({@code target/sagelint/aggregate}),
 * paths relative to the top project (SARIF: to the repository root). Every other parameter is the
 * {@code check} goal's, and the build fails the same way. Bind it in the parent with
 * {@code <inherited>false</inherited>}, or run {@code mvn sagelint:aggregate}.
 */
@Mojo(name = "aggregate", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class AggregateMojo extends CheckMojo {

    @Override
    boolean aggregate() {
        return true;
    }

    @Override
    Path reportDirectory() {
        return outputDirectory.toPath().resolve("aggregate");
    }
}
