package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rulePacks:} in .sagelint.yaml loads pack jars relative to the file, checked as --rules-jar checks them. */
class ConfigRulePacksTest {

    @TempDir
    Path tmp;

    private static final String DRL = """
            package acme.rules
            import dev.sagelint.model.ScalableTarget
            global dev.sagelint.engine.FindingSink sink
            rule "SL901" @severity("WARNING") @summary("MaxCapacity above 3") @since("1.0.0")
            when $t : ScalableTarget(maxCapacity != null, maxCapacity > 3)
            then sink.report($t.source().at("maxCapacity"), "MaxCapacity is " + $t.maxCapacity() + "; at most 3");
            end
            """;

    @Test
    void aPackNamedInTheConfigurationRunsAndItsRulesMayBeConfigured() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Path jar = TestPacks.drlPack(tmp, "acme", DRL);
        Files.createDirectories(p.resolve("conf/packs"));
        Files.copy(jar, p.resolve("conf/packs/acme.jar"));
        // relative to the configuration file's folder, not to the working folder
        Cli.write(p.resolve("conf/sagelint.yaml"), "rules:\n  SL901: error\nrulePacks:\n  - packs/acme.jar\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--config", "conf/sagelint.yaml");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("bad.yaml:10:24: error SL901 maxCapacity is 4; at most 3",
                "bad.yaml:9:24: error SL201 minCapacity is 0");
        Cli.Run rules = Cli.run(p, "rules", "--config", "conf/sagelint.yaml");
        assertThat(rules.out()).containsPattern("(?m)^SL901 +warning +MaxCapacity above 3$");
    }

    /** Issue 17: explain loads the configuration's packs as lint does, found the same way (or named by --config). */
    @Test
    void explainExplainsTheRulesOfAPackNamedInTheConfiguration() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Files.copy(TestPacks.drlPack(tmp, "acme", DRL), p.resolve("acme.jar"));
        Cli.write(p.resolve(".sagelint.yaml"), "rulePacks:\n  - acme.jar\n");
        Files.createDirectories(p.resolve("sub"));
        Cli.Run found = Cli.run(p.resolve("sub"), "explain", "SL901");
        assertThat(found.code()).as(found.toString()).isZero();
        assertThat(found.out()).startsWith("SL901  warning  MaxCapacity above 3" + System.lineSeparator());
        Cli.Run without = Cli.run(p, "explain", "SL901", "--no-config");
        assertThat(without.code()).as(without.toString()).isEqualTo(2);
        assertThat(without.err()).contains("unknown rule id 'SL901'");
        Files.move(p.resolve(".sagelint.yaml"), p.resolve("lint.yaml"));
        assertThat(Cli.run(p, "explain", "SL901").code()).as("no configuration, no pack").isEqualTo(2);
        assertThat(Cli.run(p, "explain", "SL901", "--config", "lint.yaml").out()).contains("pack: acme");
    }

    /** Issue 17: coordinates come from a local Maven repository only; the command line never downloads. */
    @Test
    void coordinatesAreFoundInTheLocalRepositoryOrRefusedWithTheFix() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Path repo = tmp.resolve("m2");
        packInRepository(repo);
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL901: error\nrulePacks:\n  - com.acme:acme-rules:1.0.0\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--maven-repo-local", repo.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("bad.yaml:10:24: error SL901 maxCapacity is 4; at most 3");
        assertThat(Cli.run(p, "explain", "SL901", "--maven-repo-local", repo.toString()).out())
                .startsWith("SL901  warning  MaxCapacity above 3");

        Cli.Run missing = Cli.run(p, "lint", "bad.yaml", "--maven-repo-local", tmp.resolve("empty").toString());
        assertThat(missing.code()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("sagelint: .sagelint.yaml:4:5: rulePacks: com.acme:acme-rules:1.0.0: not"
                + " in the local Maven repository " + tmp.resolve("empty") + " (--maven-repo-local; the command line does not"
                + " download):"
                + " fetch it with 'mvn dependency:get -Dartifact=com.acme:acme-rules:1.0.0', point --maven-repo-local"
                + " at the repository that has it, or name the jar's path instead" + System.lineSeparator());

        Cli.write(p.resolve(".sagelint.yaml"), "rulePacks:\n  - com.acme:acme-rules\n");
        Cli.Run shape = Cli.run(p, "lint", "bad.yaml");
        assertThat(shape.code()).isEqualTo(2);
        assertThat(shape.err()).startsWith("sagelint: .sagelint.yaml:2:5: rulePacks entry 'com.acme:acme-rules' is"
                + " neither a jar path nor Maven coordinates; write groupId:artifactId:version");
    }

    /** A classified jar (acme-rules-1.0.0-aws.jar) is named as Maven's resolver names it. */
    @Test
    void aClassifiedPackIsNamedWithItsExtensionAndClassifier() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("classified"));
        Path repo = tmp.resolve("m2-classified");
        packInRepository(repo, "acme-rules-1.0.0-aws.jar");
        Cli.write(p.resolve(".sagelint.yaml"), "rulePacks:\n  - com.acme:acme-rules:jar:aws:1.0.0\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--maven-repo-local", repo.toString());
        assertThat(run.out()).as(run.toString()).contains("bad.yaml:10:24: warning SL901 maxCapacity is 4; at most 3");

        Cli.Run missing = Cli.run(p, "lint", "bad.yaml", "--maven-repo-local", tmp.resolve("empty").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("rulePacks: com.acme:acme-rules:jar:aws:1.0.0: not in the local Maven"
                + " repository").contains("'mvn dependency:get -Dartifact=com.acme:acme-rules:1.0.0:jar:aws'");
    }

    /** Puts the DRL pack at com.acme:acme-rules:1.0.0 in a repository laid out as Maven lays it out. */
    private Path packInRepository(Path repo) throws IOException {
        return packInRepository(repo, "acme-rules-1.0.0.jar");
    }

    /** The same pack under another file name of com.acme:acme-rules:1.0.0 (a classified jar). */
    private Path packInRepository(Path repo, String fileName) throws IOException {
        Path jar = repo.resolve("com/acme/acme-rules/1.0.0").resolve(fileName);
        Files.createDirectories(jar.getParent());
        Files.copy(TestPacks.drlPack(tmp, "acme", DRL), jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return jar;
    }

    /** Issue 17: without --maven-repo-local, the repository is the one Maven itself would use. */
    @Test
    void theLocalRepositoryIsTheOneMavensUserSettingsName() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Path home = tmp.resolve("home");
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL901: error\nrulePacks:\n  - com.acme:acme-rules:1.0.0\n");
        Env env = Cli.env(p, false, "HOME", home.toString(), "REPOS", tmp.resolve("repos").toString());

        packInRepository(home.resolve(".m2/repository"));
        assertThat(Cli.run(env, "lint", "bad.yaml").out()).as("no settings.xml: ~/.m2/repository")
                .contains("bad.yaml:10:24: error SL901 maxCapacity is 4; at most 3");

        Cli.write(home.resolve(".m2/settings.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
                  <localRepository>${env.REPOS}/m2</localRepository>
                </settings>
                """);
        Cli.Run elsewhere = Cli.run(env, "lint", "bad.yaml");
        assertThat(elsewhere.code()).as("settings.xml moves the repository away from the jar").isEqualTo(2);
        assertThat(elsewhere.err()).contains("not in the local Maven repository " + tmp.resolve("repos/m2")
                + " (<localRepository> of " + home.resolve(".m2/settings.xml") + "; the command line does not download)");

        packInRepository(tmp.resolve("repos/m2"));
        Cli.Run found = Cli.run(env, "lint", "bad.yaml");
        assertThat(found.code()).as(found.toString()).isEqualTo(1);
        assertThat(found.out()).contains("bad.yaml:10:24: error SL901 maxCapacity is 4; at most 3");

        Cli.write(home.resolve(".m2/settings.xml"), "<settings><localRepository>${user.home}/alt</localRepository></settings>");
        packInRepository(home.resolve("alt"));
        assertThat(Cli.run(env, "lint", "bad.yaml").out()).as("${user.home} is HOME")
                .contains("bad.yaml:10:24: error SL901 maxCapacity is 4; at most 3");
    }

    /** A settings.xml that does not parse, or declares a DTD (entities could read files), is exit 2 at its place. */
    @Test
    void aBrokenOrHostileSettingsFileIsAUsageErrorAtItsLineAndColumn() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Path home = tmp.resolve("home");
        Path settings = home.resolve(".m2/settings.xml");
        Cli.write(p.resolve(".sagelint.yaml"), "rulePacks:\n  - com.acme:acme-rules:1.0.0\n");
        Env env = Cli.env(p, false, "HOME", home.toString());

        Cli.write(settings, "<settings>\n  <localRepository>/x</localRepo>\n</settings>\n");
        Cli.Run broken = Cli.run(env, "lint", "bad.yaml");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).startsWith("sagelint: " + settings + ":2:24: not a Maven settings file (The element type \"localRepository\" must be terminated")
                .endsWith("); mend it (Maven cannot read it either) or pass --maven-repo-local DIR"
                        + System.lineSeparator())
                .doesNotContain("[Fatal Error]", "\tat ");

        Cli.write(settings, "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<settings><localRepository>&x;</localRepository></settings>\n");
        Cli.Run dtd = Cli.run(env, "lint", "bad.yaml");
        assertThat(dtd.code()).isEqualTo(2);
        assertThat(dtd.err()).startsWith("sagelint: " + settings + ":2:").contains("DOCTYPE").doesNotContain("root:");

        Cli.Run explicit = Cli.run(env, "lint", "bad.yaml", "--maven-repo-local", tmp.resolve("none").toString());
        assertThat(explicit.err()).as("--maven-repo-local wins: settings.xml is not read")
                .doesNotContain("settings.xml").contains("not in the local Maven repository " + tmp.resolve("none"));
    }

    @Test
    void aConfiguredFileThatIsNotAPackJarIsAUsageErrorAtItsEntry() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".sagelint.yaml"), "failOnSeverity: error\nrulePacks:\n  - notes.txt\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("sagelint: .sagelint.yaml:3:5: rulePacks: notes.txt: not a jar: it is not a"
                + " zip file or it is truncated (zip END header not found); rebuild the pack with 'mvn package' and"
                + " check it with 'jar tf'" + System.lineSeparator());
        Cli.write(p.resolve(".sagelint.yaml"), "rulePacks:\n  - missing.jar\n");
        assertThat(Cli.run(p, "lint", "bad.yaml").err()).isEqualTo("sagelint: .sagelint.yaml:2:5: rulePacks:"
                + " missing.jar: no such file (give the path of a rule pack jar)" + System.lineSeparator());
    }

    @Test
    void rulePacksMustBeAList() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".sagelint.yaml"), "rulePacks: { a: 1 }\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sagelint: .sagelint.yaml:1:12: rulePacks must be a list of rule pack jar"
                + " paths, relative to this file, or Maven coordinates groupId:artifactId:version"
                + System.lineSeparator());
    }
}
