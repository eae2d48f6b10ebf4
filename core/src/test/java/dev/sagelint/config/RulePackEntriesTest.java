package dev.sagelint.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code rulePacks:} entries are jar paths or Maven coordinates; a bad one is refused at its line and column. */
class RulePackEntriesTest {

    @TempDir
    Path dir;

    private ResolvedConfig resolve(String text) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".sagelint.yaml"), text);
        return ConfigResolver.resolve(Overrides.none(), dir);
    }

    @Test
    void pathsAndCoordinatesAreToldApart() throws IOException {
        List<ConfigLoader.RulePackEntry> entries = resolve("""
                rulePacks:
                  - tools/acme.jar
                  - com.acme:acme-sagelint-rules:1.2.0
                  - C:\\\\packs\\\\b.jar
                  - odd:name.jar
                """).rulePacks();
        assertThat(entries).hasSize(4);
        assertThat(entries.get(0)).isEqualTo(new ConfigLoader.RulePackJar("tools/acme.jar",
                dir.resolve("tools/acme.jar"), entries.get(0).at()));
        assertThat(entries.get(1)).isInstanceOf(ConfigLoader.RulePackCoordinates.class);
        assertThat(((ConfigLoader.RulePackCoordinates) entries.get(1)).coordinates())
                .isEqualTo(new MavenCoordinates("com.acme", "acme-sagelint-rules", "1.2.0"));
        assertThat(entries.get(1).at().toString()).isEqualTo(".sagelint.yaml:3:5");
        assertThat(entries.get(2)).as("a Windows path").isInstanceOf(ConfigLoader.RulePackJar.class);
        assertThat(entries.get(3)).as("ends in .jar").isInstanceOf(ConfigLoader.RulePackJar.class);
    }

    @Test
    void coordinatesOfTheWrongShapeAreRefusedAtTheirEntry() {
        for (String bad : List.of("com.acme:rules", "com.acme:rules:1.0:jar", "com.acme::1.0", "com acme:rules:1.0")) {
            assertThatThrownBy(() -> resolve("rulePacks:\n  - \"" + bad + "\"\n"))
                    .as(bad).isInstanceOf(ConfigException.class)
                    .hasMessage(".sagelint.yaml:2:5: rulePacks entry '" + bad + "' is neither a jar path nor Maven"
                            + " coordinates; write groupId:artifactId:version (com.acme:acme-sagelint-rules:1.0.0),"
                            + " with a classifier groupId:artifactId:jar:classifier:version, or the jar's path ending"
                            + " in .jar");
        }
    }

    @Test
    void coordinatesResolveThroughTheFrontEndsResolverAndAFailureIsAtTheEntry() throws IOException {
        ResolvedConfig resolved = resolve("rulePacks:\n  - a.jar\n  - com.acme:rules:1.0\n");
        Path repo = dir.resolve("repo");
        MavenCoordinates c = new MavenCoordinates("com.acme", "rules", "1.0");
        assertThat(c.in(repo)).isEqualTo(repo.resolve("com/acme/rules/1.0/rules-1.0.jar"));
        assertThat(resolved.rulePackJars(coordinates -> coordinates.in(repo)))
                .extracting(ConfigLoader.RulePackJar::name, ConfigLoader.RulePackJar::jar)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.jar", dir.resolve("a.jar")),
                        org.assertj.core.groups.Tuple.tuple("com.acme:rules:1.0", c.in(repo)));
        assertThatThrownBy(() -> resolved.rulePackJars(coordinates -> {
            throw new MavenCoordinates.Unresolved("not found; install it");
        })).isInstanceOf(ConfigException.class)
                .hasMessage(".sagelint.yaml:3:5: rulePacks: com.acme:rules:1.0: not found; install it");
    }

    @Test
    void coordinatesAreParsedStrictly() {
        assertThat(MavenCoordinates.parse(" g.h:a-b_c:1.0-SNAPSHOT ")).contains(new MavenCoordinates("g.h", "a-b_c",
                "1.0-SNAPSHOT"));
        assertThat(MavenCoordinates.parse("g:a")).isEmpty();
        assertThat(MavenCoordinates.parse("g:a:1:2")).isEmpty(); // four parts: the third must be the extension jar
        assertThat(MavenCoordinates.parse("g:a:")).isEmpty();
        assertThat(MavenCoordinates.parse("g:a/b:1")).isEmpty();
        assertThat(new MavenCoordinates("g", "a", "1").toString()).isEqualTo("g:a:1");
    }

    @Test
    void coordinatesMayNameTheJarExtensionAndAClassifierAsMavensResolverWritesThem() {
        Path repo = dir.resolve("repo");
        assertThat(MavenCoordinates.parse("com.acme:rules:jar:1.0")).contains(new MavenCoordinates("com.acme", "rules",
                "1.0"));
        MavenCoordinates aws = MavenCoordinates.parse("com.acme:rules:jar:aws:1.0").orElseThrow();
        assertThat(aws).isEqualTo(new MavenCoordinates("com.acme", "rules", "aws", "1.0"));
        assertThat(aws.in(repo)).isEqualTo(repo.resolve("com/acme/rules/1.0/rules-1.0-aws.jar"));
        assertThat(aws.toString()).isEqualTo("com.acme:rules:jar:aws:1.0");
        // a rule pack is a jar: another extension, or too many parts, is not a rule pack's coordinates
        assertThat(MavenCoordinates.parse("com.acme:rules:pom:1.0")).isEmpty();
        assertThat(MavenCoordinates.parse("com.acme:rules:war:aws:1.0")).isEmpty();
        assertThat(MavenCoordinates.parse("com.acme:rules:jar:aws:x:1.0")).isEmpty();
        assertThat(MavenCoordinates.parse("com.acme:rules:jar::1.0")).isEmpty();
    }
}
