package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --rules-jar refuses what cannot be a rule pack with one line naming the jar, the reason and the fix (exit 2),
 * before any of its classes is loaded and before anything is linted.
 */
class RulesJarRefusalTest {

    @TempDir
    Path tmp;

    private Cli.Run lint(Path jar) {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        return Cli.run(p, "lint", "good.yaml", "--rules-jar", jar.toString());
    }

    private static void assertRefused(Cli.Run run, String line) {
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).as(run.toString()).isEmpty();
        assertThat(run.err()).as(run.toString()).isEqualTo("sagelint: " + line + System.lineSeparator());
    }

    @Test
    void aTextFileIsNotAJar() throws IOException {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\n");
        assertRefused(lint(passwd), "--rules-jar " + passwd + ": not a jar: it is not a zip file or it is truncated"
                + " (zip END header not found); rebuild the pack with 'mvn package' and check it with 'jar tf'");
    }

    @Test
    void aFolderIsNotAJar() {
        assertRefused(lint(tmp), "--rules-jar " + tmp + ": a folder, not a jar (give the path of a rule pack jar,"
                + " or put the folder's classes in a jar)");
    }

    @Test
    void aTruncatedJarIsRefused() throws IOException {
        Path good = TestPacks.drlPack(tmp, "trunc", "package trunc.rules\n");
        byte[] bytes = Files.readAllBytes(good);
        Path cut = tmp.resolve("cut.jar");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 30));
        assertRefused(lint(cut), "--rules-jar " + cut + ": not a jar: it is not a zip file or it is truncated"
                + " (zip END header not found); rebuild the pack with 'mvn package' and check it with 'jar tf'");
    }

    @Test
    void anOversizedEntryIsRefused() {
        Path bomb = TestPacks.jar(tmp, "bomb", Map.of(), Map.of("bomb/rules/a.drl", "x".repeat(17 * 1024 * 1024)),
                null);
        assertRefused(lint(bomb), "--rules-jar " + bomb + ": entry bomb/rules/a.drl declares 17825792 bytes, more than"
                + " the limit of 16777216 (a zip bomb, or a resource that does not belong in a rule pack)");
    }

    @Test
    void aHugeServiceFileIsRefused() {
        Path jar = TestPacks.jar(tmp, "services", Map.of(), Map.of("a/rules/a.drl", "package a.rules\n"),
                "a.Rules\n".repeat(20_000));
        assertRefused(lint(jar), "--rules-jar " + jar + ": entry META-INF/services/dev.sagelint.spi.RulePack declares"
                + " 160001 bytes, more than the limit of 65536 (the service file lists class names, one a line)");
    }

    @Test
    void anEmptyJarHoldsNoPack() {
        Path jar = TestPacks.jar(tmp, "empty", Map.of(), Map.of(), null);
        assertRefused(lint(jar), "--rules-jar " + jar + ": holds no rule pack: there is no"
                + " META-INF/services/dev.sagelint.spi.RulePack entry (add one that names your"
                + " dev.sagelint.spi.RulePack class, see docs/writing-rules.md)");
        Cli.Run rules = Cli.run(tmp, "rules", "--rules-jar", jar.toString());
        assertThat(rules.code()).isEqualTo(2);
        assertThat(rules.err()).startsWith("sagelint: --rules-jar " + jar + ": holds no rule pack");
    }

    @Test
    void aJarWithAPackClassButNoRulesIsRefused() {
        Path jar = TestPacks.jar(tmp, "norules", Map.of("norules.Rules", TestPacks.packSource("norules", "norules")),
                Map.of(), "norules.Rules");
        assertRefused(lint(jar), "--rules-jar " + jar + ": holds no rules: no .drl file and no precompiled model"
                + " (META-INF/kie/.../drools-model) (put the pack's .drl files under its base folder)");
    }
}
