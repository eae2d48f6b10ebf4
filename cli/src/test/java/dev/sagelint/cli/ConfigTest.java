package dev.sagelint.cli;

import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.ConfigTemplate;
import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.Linter;
import dev.sagelint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** .sagelint.yaml: found upwards, validated with locations, overridden by the command line. */
class ConfigTest {

    @TempDir
    Path tmp;

    @Test
    void foundInAParentFolderAndOverriddenByOptions() {
        Path p = Cli.copy("mixed", tmp.resolve("repo/infra"));
        Cli.write(tmp.resolve("repo/.sagelint.yaml"), "failOnSeverity: none\n");
        Cli.Run fromFile = Cli.run(p, "lint", "bad.yaml");
        assertThat(fromFile.code()).as(fromFile.toString()).isZero();
        assertThat(fromFile.out()).contains("bad.yaml:9:24: error SL201");

        Cli.Run overridden = Cli.run(p, "lint", "bad.yaml", "--fail-on-severity", "error");
        assertThat(overridden.code()).isEqualTo(1);

        Cli.Run ignored = Cli.run(p, "lint", "bad.yaml", "--no-config");
        assertThat(ignored.code()).isEqualTo(1);
    }

    @Test
    void rulesSwitchedOffAndSeveritiesOverridden() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL201: warning\n");
        Cli.Run downgraded = Cli.run(p, "lint", "bad.yaml");
        assertThat(downgraded.code()).isZero();
        assertThat(downgraded.out()).contains("bad.yaml:9:24: warning SL201");

        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL201: { enabled: false }\n");
        Cli.Run off = Cli.run(p, "lint", "bad.yaml");
        assertThat(off.code()).isZero();
        assertThat(off.err()).isEqualTo("No findings in 1 file.\n");

        Cli.Run enabledAgain = Cli.run(p, "lint", "bad.yaml", "--enable", "SL201");
        assertThat(enabledAgain.code()).isEqualTo(1);
        assertThat(Cli.run(p, "lint", "bad.yaml", "--no-config", "--disable", "SL201").code()).isZero();
    }

    @Test
    void explicitConfigFileAndIncludeExcludeGlobs() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve("conf/lint.yaml"), "exclude: ['bad.yaml', 'nested/**']\n");
        Cli.Run run = Cli.run(p, "lint", "--config", "conf/lint.yaml");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo("No findings in 1 file.\n");

        Cli.Run cliExclude = Cli.run(p, "lint", "--config", "conf/lint.yaml", "--exclude", "nested/**");
        assertThat(cliExclude.code()).isEqualTo(1);
        assertThat(cliExclude.out()).contains("bad.yaml:9:24: error SL201");

        Cli.Run include = Cli.run(p, "lint", "--no-config", "--include", "**/good.yaml");
        assertThat(include.err()).isEqualTo("No findings in 1 file.\n");
    }

    @Test
    void unknownRuleIdIsAUsageErrorWithItsLine() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".sagelint.yaml"), "# settings\nrules:\n  SL201: off\n  SL999: off\n");
        Cli.Run run = Cli.run(p, "lint");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("sagelint: .sagelint.yaml:4:3: unknown rule id 'SL999' under rules");
    }

    @Test
    void badValuesNameTheirLine() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".sagelint.yaml"), "traffic:\n  fraud-scorer:\n    pattern: bursty\n");
        assertThat(Cli.run(p, "lint").err()).startsWith(
                "sagelint: .sagelint.yaml:3:14: unknown traffic pattern 'bursty'; expected steady, spiky or predictable");
        Cli.write(p.resolve(".sagelint.yaml"), "failOnSeverity: [error]\n");
        assertThat(Cli.run(p, "lint").err()).startsWith(
                "sagelint: .sagelint.yaml:1:17: failOnSeverity must be a single value, not a list");
        Cli.write(p.resolve(".sagelint.yaml"), "rules: {SL201: off\n");
        assertThat(Cli.run(p, "lint").err()).startsWith("sagelint: .sagelint.yaml:2:1: not valid YAML");
    }

    @Test
    void initWritesATemplateWithEveryDefaultThatLoadsBackToTheDefaults() {
        Cli.Run run = Cli.run(tmp, "init");
        assertThat(run.code()).isZero();
        String text = Cli.read(tmp.resolve(".sagelint.yaml"));
        assertThat(text).isEqualTo(ConfigTemplate.TEXT);
        Linter linter = Linter.builder().discoverRulePacks(getClass().getClassLoader()).build();
        LintConfig loaded = ConfigLoader.parse(".sagelint.yaml", text, linter.catalog());
        assertThat(loaded).isEqualTo(LintConfig.defaults());
        assertThat(text).contains("failOnSeverity: error", "include: []", "exclude: []", "baseline: null",
                "traffic: {}", "production: {}", "maxFileBytes: 10485760");

        Cli.Run again = Cli.run(tmp, "init");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains(".sagelint.yaml already exists; use --force to overwrite it");
        Cli.write(tmp.resolve(".sagelint.yaml"), "changed\n");
        assertThat(Cli.run(tmp, "init", "--force").code()).isZero();
        assertThat(Cli.read(tmp.resolve(".sagelint.yaml"))).isEqualTo(ConfigTemplate.TEXT);
        assertThat(Cli.run(tmp, "init", "-o", "conf/sagelint.yaml").code()).isZero();
        assertThat(Cli.read(tmp.resolve("conf/sagelint.yaml"))).isEqualTo(ConfigTemplate.TEXT);
    }

    @Test
    void trafficAndProductionLoadWithTheirSource() {
        Linter linter = Linter.builder().discoverRulePacks(getClass().getClassLoader()).build();
        LintConfig c = ConfigLoader.parse("c.yaml", """
                failOnSeverity: warning
                traffic:
                  fraud-scorer: { pattern: spiky, peakRps: 400, unpredictableBursts: true }
                production:
                  fraud-scorer: true
                """, linter.catalog());
        assertThat(c.failOnSeverity()).contains(Severity.WARNING);
        assertThat(c.traffic().get("fraud-scorer").isSpiky()).isTrue();
        assertThat(c.traffic().get("fraud-scorer").peakRps()).isEqualTo(400.0);
        assertThat(c.traffic().get("fraud-scorer").source().at("peakRps").toString()).isEqualTo("c.yaml:3:44");
        assertThat(c.production()).containsEntry("fraud-scorer", true);
    }
}
