package dev.sagelint.cli.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * jbang-catalog.json's alias runs what this build makes: its Maven coordinates are this project's
 * CLI at this version, its main class is the jar's, and the JVM it describes (its Java options, the
 * main class, the arguments) runs sagelint. JBang itself is not needed: the test starts the same JVM
 * JBang would, on the built jar.
 */
class JBangCatalogIT {

    @Test
    void aliasRunsThisBuildsCli() throws IOException {
        String version = Processes.property("sagelint.version");
        Path jar = Path.of(Processes.property("sagelint.jar"));
        JsonNode alias = new ObjectMapper().readTree(Processes.ROOT.resolve("jbang-catalog.json").toFile())
                .path("aliases").path("sagelint");

        assertThat(alias.path("script-ref").asText()).isEqualTo("dev.sagelint:sagelint-cli:" + version);
        String main = alias.path("main").asText();
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            assertThat(main).isEqualTo(jarFile.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        assertThat(alias.path("java").asText()).isEqualTo("17+");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        alias.path("java-options").forEach(o -> command.add(o.asText()));
        command.addAll(List.of("-cp", jar.toString(), main, "--version"));
        Processes.Run run = Processes.run(Processes.ROOT, Map.of(), command);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("sagelint " + version + "\n");
    }
}
