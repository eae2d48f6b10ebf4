package dev.sagelint.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A third-party rule pack built at test time (one Java class, one DRL file, one service entry) and
 * loaded with --rules-jar: its rule fires through the CLI and its metadata shows in 'sagelint rules'.
 */
class PluginPackTest {

    static final String PACK = """
            package acme;

            public final class AcmeRules extends dev.sagelint.spi.ClasspathRulePack {
                public AcmeRules() {
                    super("acme", "acme/rules", "https://acme.example/sagelint/{id}.html");
                }
            }
            """;

    static final String DRL = """
            package acme.rules

            import dev.sagelint.model.ScalableTarget

            global dev.sagelint.engine.FindingSink sink

            rule "SL901"
                @severity("WARNING")
                @summary("MaxCapacity above the team budget of 3")
                @since("1.0.0")
                @tags("acme,cost")
            when
                $t : ScalableTarget(maxCapacity != null, maxCapacity > 3)
            then
                sink.report($t.source().at("maxCapacity"), "MaxCapacity is " + $t.maxCapacity()
                    + "; the acme budget allows at most 3 (lower it or ask finops)");
            end
            """;

    @TempDir
    Path tmp;

    Path jar;

    @BeforeEach
    void buildPack() throws IOException {
        Path src = tmp.resolve("src/acme/AcmeRules.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, PACK);
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), src.toString());
        assertThat(rc).as(diagnostics.toString()).isZero();
        jar = tmp.resolve("acme-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "acme/AcmeRules.class", Files.readAllBytes(classes.resolve("acme/AcmeRules.class")));
            put(out, "acme/rules/SL901-max-over-budget.drl", DRL.getBytes(StandardCharsets.UTF_8));
            put(out, "acme/rules/SL901-max-over-budget.md",
                    "# SL901: MaxCapacity above the team budget of 3\n\nFinops caps every endpoint at 3 instances.\n"
                            .getBytes(StandardCharsets.UTF_8));
            put(out, "META-INF/services/dev.sagelint.spi.RulePack", "acme.AcmeRules\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }

    @Test
    void thePacksRuleFiresThroughTheCli() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--rules-jar", jar.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(
                "bad.yaml:9:24: error SL201 minCapacity is 0",
                "bad.yaml:10:24: warning SL901 maxCapacity is 4; the acme budget allows at most 3 (lower it or ask finops)");

        Cli.Run without = Cli.run(p, "lint", "bad.yaml");
        assertThat(without.out()).doesNotContain("SL901");
    }

    @Test
    void thePacksMetadataIsInTheCatalogue() {
        Cli.Run table = Cli.run(tmp, "rules", "--rules-jar", jar.toString());
        assertThat(table.code()).isZero();
        assertThat(table.out()).containsPattern("(?m)^SL901 +warning +acme,cost +MaxCapacity above the team budget of 3$");
        Cli.Run json = Cli.run(tmp, "rules", "--format", "json", "--rules-jar", jar.toString());
        assertThat(json.out()).contains("\"id\" : \"SL901\"", "\"pack\" : \"acme\"");
        Cli.Run explain = Cli.run(tmp, "explain", "SL901", "--rules-jar", jar.toString());
        assertThat(explain.out()).contains("Finops caps every endpoint at 3 instances.")
                .contains("pack: acme   https://acme.example/sagelint/SL901.html");
        assertThat(json.out()).contains("\"helpUri\" : \"https://acme.example/sagelint/SL901.html\"");
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.Run sarif = Cli.run(p, "lint", "bad.yaml", "--format", "sarif", "--rules-jar", jar.toString());
        assertThat(sarif.out()).contains("\"helpUri\": \"https://acme.example/sagelint/SL901.html\"",
                "\"helpUri\": \"https://github.com/sagelint/sagelint/blob/main/docs/rules/SL201.md\"");
    }

    @Test
    void configurationMayNameThePacksRulesOnlyWhenItIsLoaded() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL901: error\n");
        Cli.Run with = Cli.run(p, "lint", "bad.yaml", "--rules-jar", jar.toString(), "--disable", "SL201");
        assertThat(with.out()).contains("bad.yaml:10:24: error SL901");
        Cli.Run without = Cli.run(p, "lint", "bad.yaml");
        assertThat(without.code()).isEqualTo(2);
        assertThat(without.err()).contains(".sagelint.yaml:2:3: unknown rule id 'SL901'");
    }

    @Test
    void aMissingJarIsAUsageError() {
        Cli.Run run = Cli.run(tmp, "rules", "--rules-jar", "nope.jar");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--rules-jar nope.jar: no such file");
    }
}
