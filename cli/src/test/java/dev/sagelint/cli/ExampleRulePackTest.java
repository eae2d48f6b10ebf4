package dev.sagelint.cli;

import dev.sagelint.spi.ClasspathRulePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * examples/custom-rule-pack, the pack docs/writing-rules.md walks through, built from its sources at
 * test time (javac on its Java class against core, its main resources packed as they are) and loaded
 * with --rules-jar: its rules fire with their ids on the lines the example's own fixtures mark, and
 * 'sagelint rules' and 'explain' show their metadata.
 */
class ExampleRulePackTest {

    static final Path EXAMPLE = Path.of("../examples/custom-rule-pack");

    @TempDir
    static Path tmp;

    static Path jar;

    @BeforeAll
    static void buildTheExamplePack() throws IOException, URISyntaxException {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-cp",
                Path.of(ClasspathRulePack.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toString()));
        List<Path> sources = files(EXAMPLE.resolve("src/main/java"));
        sources.forEach(s -> args.add(s.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, args.toArray(String[]::new));
        assertThat(rc).as(diagnostics.toString()).isZero();
        jar = tmp.resolve("acme-sagelint-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path root : List.of(classes, EXAMPLE.resolve("src/main/resources"))) {
                for (Path f : files(root)) {
                    out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                    ((OutputStream) out).write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path fixture(String rule) {
        return EXAMPLE.resolve("src/test/resources/com/example/sagelint/rules/" + rule + "/bad.yaml");
    }

    @Test
    void theExampleRulesFireOnTheLinesTheirFixturesMark() throws IOException {
        Path p = tmp.resolve("lint");
        Files.createDirectories(p);
        Files.copy(fixture("ACME001"), p.resolve("acme001.yaml"));
        Files.copy(fixture("ACME002"), p.resolve("acme002.yaml"));
        Cli.Run run = Cli.run(p, "lint", "acme001.yaml", "acme002.yaml", "--rules-jar", jar.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).as(run.toString()).contains(
                "acme001.yaml:3:11: error ACME001 Endpoint name fraud-scorer does not start with acme-;",
                "acme002.yaml:10:24: warning ACME002 maxCapacity is 10 on GPU variant AllTraffic (ml.g5.2xlarge);");
        // the lines match the fixtures' own markers, which the example's build checks with the harness
        assertThat(Files.readAllLines(fixture("ACME001")).get(2)).contains("# expect: ACME001");
        assertThat(Files.readAllLines(fixture("ACME002")).get(9)).contains("# expect: ACME002");

        Cli.Run without = Cli.run(p, "lint", "acme001.yaml", "acme002.yaml");
        assertThat(without.out()).doesNotContain("ACME00");
    }

    @Test
    void theExampleRulesMetadataIsInTheCatalogue() {
        Cli.Run table = Cli.run(tmp, "rules", "--rules-jar", jar.toString());
        assertThat(table.code()).as(table.toString()).isZero();
        assertThat(table.out()).containsPattern("(?m)^ACME001 +error +acme,naming +Endpoint name without the acme- prefix$")
                .containsPattern("(?m)^ACME002 +warning +acme,cost +GPU variant may scale beyond the team budget of 4 instances$");
        Cli.Run json = Cli.run(tmp, "rules", "--format", "json", "--rules-jar", jar.toString());
        assertThat(json.out()).contains("\"id\" : \"ACME001\"", "\"pack\" : \"acme\"", "\"since\" : \"1.0.0\"");
        Cli.Run explain = Cli.run(tmp, "explain", "ACME002", "--rules-jar", jar.toString());
        assertThat(explain.out()).as(explain.toString()).contains("Finops gives every team at most 4 GPU instances per variant.");
    }

    @Test
    void theExampleBuildsAgainstThisVersionOfSagelint() throws IOException {
        // the example is standalone (no parent), so its sagelint.version must follow the project's
        String pom = Files.readString(EXAMPLE.resolve("pom.xml"), StandardCharsets.UTF_8);
        String parent = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String version = parent.replaceAll("(?s).*?<parent>.*?<version>([^<]+)</version>.*", "$1");
        assertThat(pom).contains("<sagelint.version>" + version + "</sagelint.version>");
    }
}
