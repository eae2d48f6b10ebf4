package dev.sagelint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check goal loads the rule pack jars its configuration file names, checked as the CLI checks them. */
class RulePacksMojoTest {

    @TempDir
    Path tmp;

    private CheckMojo mojo() throws IOException {
        return Mojos.emptySpecIn(tmp);
    }

    @Test
    void aConfiguredJarThatIsNotARulePackFailsTheBuildAtItsEntry() throws IOException {
        CheckMojo mojo = mojo();
        Files.writeString(tmp.resolve("notes.txt"), "not a jar\n");
        Files.writeString(tmp.resolve(".sagelint.yaml"), "failOnSeverity: error\nrulePacks:\n  - notes.txt\n");
        mojo.configLocation = tmp.resolve(".sagelint.yaml").toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sagelint: .sagelint.yaml:3:5: rulePacks: notes.txt: not a jar: it is not a zip file or it"
                        + " is truncated (zip END header not found); rebuild the pack with 'mvn package' and check it"
                        + " with 'jar tf'");
    }

    /** Issue 17: coordinates go through the Mojo's resolver (Maven's, in a build); a failure is at the entry. */
    @Test
    void coordinatesAreResolvedByTheResolverAndAFailureIsAtTheEntry() throws IOException {
        List<String> asked = new java.util.ArrayList<>();
        CheckMojo mojo = new CheckMojo() {
            @Override
            java.util.function.Function<dev.sagelint.config.MavenCoordinates, Path> packArtifacts() {
                return c -> {
                    asked.add(c.toString());
                    throw new dev.sagelint.config.MavenCoordinates.Unresolved("cannot be resolved from the project's"
                            + " repositories (not found)");
                };
            }
        };
        Files.writeString(tmp.resolve("spec.yaml"), "apiVersion: sagelint/v1\nendpoints: []\n");
        mojo.baseDirectory = tmp.toFile();
        mojo.outputDirectory = tmp.resolve("target/sagelint").toFile();
        mojo.outputFormats = List.of("json");
        Files.createDirectories(tmp.resolve(".git"));
        Files.writeString(tmp.resolve(".sagelint.yaml"), "rulePacks:\n  - com.acme:acme-rules:2.0\n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sagelint: .sagelint.yaml:2:5: rulePacks: com.acme:acme-rules:2.0: cannot be resolved from"
                        + " the project's repositories (not found)");
        org.assertj.core.api.Assertions.assertThat(asked).containsExactly("com.acme:acme-rules:2.0");
    }

    @Test
    void ruleBoundsMustBePositive() throws IOException {
        CheckMojo mojo = mojo();
        mojo.maxRuleFirings = 0;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sagelint: maxRuleFirings must be a positive whole number, not 0");
    }
}
