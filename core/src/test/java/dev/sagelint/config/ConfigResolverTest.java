package dev.sagelint.config;

import dev.sagelint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one precedence rule of {@link Overrides} over {@code .sagelint.yaml}, shared by the CLI and the Mojo. */
class ConfigResolverTest {

    /** Three rules, without tags: enough for the switches by id. */
    static final KnownRules RULES = new KnownRules() {
        final Set<String> ids = Set.of("SL101", "SL201", "SL202");

        @Override
        public boolean contains(String ruleId) {
            return ids.contains(ruleId);
        }

        @Override
        public Collection<String> ids() {
            return new java.util.TreeSet<>(ids);
        }
    };

    static final String FILE = """
            failOnSeverity: warning
            include: [infra/**]
            exclude: [legacy/**]
            respectGitignore: false
            forceExclude: true
            baseline: accepted.json
            rules:
              SL201: off
              SL202: info
            limits:
              ruleTimeoutMillis: 3000
              maxRuleFirings: 50
            """;

    @TempDir
    Path dir;

    private ResolvedConfig resolve(String text, Overrides o) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".sagelint.yaml"), text);
        return ConfigResolver.resolve(o, dir);
    }

    @Test
    void anUnsetOverrideKeepsTheFilesValue() throws IOException {
        LintConfig cfg = resolve(FILE, Overrides.none()).config(RULES);
        assertThat(cfg.failOnSeverity()).contains(Severity.WARNING);
        assertThat(cfg.includes()).containsExactly("infra/**");
        assertThat(cfg.excludes()).containsExactly("legacy/**");
        assertThat(cfg.respectGitignore()).isFalse();
        assertThat(cfg.forceExclude()).isTrue();
        assertThat(cfg.baseline()).isEqualTo(dir.resolve("accepted.json").toString());
        assertThat(cfg.disabledRules()).containsExactly("SL201");
        assertThat(cfg.severities()).containsEntry("SL202", Severity.INFO);
        assertThat(cfg.limits().ruleTimeoutMillis()).isEqualTo(3000);
        assertThat(cfg.limits().maxRuleFirings()).isEqualTo(50);
    }

    @Test
    void everySetOverrideBeatsTheFile() throws IOException {
        Path baseline = dir.resolve("other.json");
        ResolvedConfig resolved = resolve(FILE, Overrides.builder().failOnSeverity("none")
                .includes(List.of("**/*.tf")).excludes(List.of("tmp/**")).respectGitignore(true).forceExclude(false)
                .baseline(baseline).ruleTimeoutMillis(9000L).maxRuleFirings(7L).packLoadTimeoutMillis(1000L)
                .enable(List.of("SL201")).build());
        LintConfig cfg = resolved.config(RULES);
        assertThat(cfg.failOnSeverity()).isEmpty();
        assertThat(cfg.includes()).containsExactly("**/*.tf");
        assertThat(cfg.excludes()).containsExactly("tmp/**");
        assertThat(cfg.respectGitignore()).isTrue();
        assertThat(cfg.forceExclude()).isFalse();
        assertThat(cfg.baseline()).isEqualTo(baseline.toString());
        assertThat(cfg.disabledRules()).isEmpty();
        assertThat(resolved.limits().ruleTimeoutMillis()).isEqualTo(9000);
        assertThat(resolved.limits().maxRuleFirings()).isEqualTo(7);
        assertThat(resolved.limits().packLoadTimeoutMillis()).isEqualTo(1000);
        assertThat(cfg.severities()).as("no override for severities: the file's stay")
                .containsEntry("SL202", Severity.INFO);
    }

    @Test
    void anExplicitlyEmptyListClearsTheFilesList() throws IOException {
        LintConfig cfg = resolve(FILE, Overrides.builder().includes(List.of()).excludes(List.of()).build())
                .config(RULES);
        assertThat(cfg.includes()).isEmpty();
        assertThat(cfg.excludes()).isEmpty();
    }

    @Test
    void moreExcludesAreAddedToWhicheverExcludesWon() throws IOException {
        assertThat(resolve(FILE, Overrides.builder().moreExcludes(List.of("module-a/**")).build())
                .config(RULES).excludes()).containsExactly("legacy/**", "module-a/**");
        assertThat(resolve(FILE, Overrides.builder().excludes(List.of("tmp/**")).moreExcludes(List.of("module-a/**"))
                .build()).config(RULES).excludes()).containsExactly("tmp/**", "module-a/**");
    }

    @Test
    void noConfigReadsNoFileAndKeepsTheDefaults() throws IOException {
        ResolvedConfig resolved = resolve(FILE + "rulePacks: [pack.jar]\n", Overrides.builder().noConfig(true).build());
        assertThat(resolved.file()).isEmpty();
        assertThat(resolved.rulePacks()).isEmpty();
        assertThat(resolved.config(RULES)).isEqualTo(LintConfig.defaults());
    }

    @Test
    void aNamedFileReplacesTheSearchAndAMissingOneIsAnErrorInTheFrontEndsWords() throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/lint.yaml"), "failOnSeverity: info\n");
        ResolvedConfig resolved = resolve(FILE, Overrides.builder().configFile(Path.of("conf/lint.yaml")).build());
        assertThat(resolved.fileName()).contains("conf/lint.yaml");
        assertThat(resolved.config(RULES).failOnSeverity()).contains(Severity.INFO);
        assertThatThrownBy(() -> resolve(FILE, Overrides.builder().configFile(Path.of("nope.yaml"))
                .names(s -> s.equals("configFile") ? "--config" : s).build()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--config nope.yaml: no such file; point it at a .sagelint.yaml or leave it out to use"
                        + " the nearest one");
    }

    @Test
    void writingABaselineWinsOverEveryBaseline() throws IOException {
        assertThat(resolve(FILE, Overrides.builder().baseline(dir.resolve("b.json")).noBaseline(true).build())
                .config(RULES).baseline()).isNull();
    }

    @Test
    void disableThenEnableOverTheFilesRulesWithMisCasedIds() throws IOException {
        LintConfig cfg = resolve(FILE, Overrides.builder().disable(List.of("sl101", "SL202")).enable(List.of("sl202"))
                .build()).config(RULES);
        assertThat(cfg.disabledRules()).containsExactlyInAnyOrder("SL201", "SL101");
    }

    @Test
    void anUnknownRuleIdInAnOverrideIsNamedInTheFrontEndsWords() throws IOException {
        ResolvedConfig resolved = resolve(FILE, Overrides.builder().disable(List.of("SL209x"))
                .names(s -> "--" + s).build());
        assertThatThrownBy(() -> resolved.config(RULES)).isInstanceOf(ConfigException.class)
                .hasMessage("--disable SL209x: unknown rule id; did you mean SL201?; run 'sagelint rules' for the list");
    }

    @Test
    void theFilesRuleIdsAreCheckedOnceTheRulesAreKnownAtTheirLine() throws IOException {
        ResolvedConfig resolved = resolve("failOnSeverity: error\nrules:\n  SL999: off\n", Overrides.none());
        assertThat(resolved.configWhileLoading(() -> RULES).disabledRules()).as("without switches the rules are not needed")
                .containsExactly("SL999");
        assertThatThrownBy(() -> resolved.config(RULES)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(".sagelint.yaml:3:3: unknown rule id 'SL999' under rules");
    }

    @Test
    void aBadOverrideValueIsAnErrorNamingTheSetting() throws IOException {
        assertThatThrownBy(() -> resolve(FILE, Overrides.builder().failOnSeverity("loud").build()))
                .hasMessage("failOnSeverity: unknown failure threshold 'loud'; expected one of error, warning, info,"
                        + " none");
        assertThatThrownBy(() -> resolve(FILE, Overrides.builder().ruleTimeoutMillis(0L)
                .names(s -> s.equals("ruleTimeoutMillis") ? "--rule-timeout-millis" : s).build()))
                .hasMessage("--rule-timeout-millis must be a positive whole number, not 0");
    }

    @Test
    void theFileIsFoundFromTheWorkingFolderUpToTheRepositoryRoot() throws IOException {
        Files.createDirectories(dir.resolve("module/src"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".sagelint.yaml"), "failOnSeverity: info\n");
        ResolvedConfig resolved = ConfigResolver.resolve(Overrides.none(), dir.resolve("module/src"));
        assertThat(resolved.fileName()).contains("../../.sagelint.yaml");
        assertThat(resolved.config(RULES).failOnSeverity()).isEqualTo(Optional.of(Severity.INFO));
    }

    @Test
    void varFilesAreReadRelativeToTheWorkingFolderAndNamedAsTheWalkNamesThem() throws IOException {
        Files.createDirectories(dir.resolve("infra"));
        Files.writeString(dir.resolve("infra/prod.tfvars"), "min = 0\n");
        ResolvedConfig resolved = resolve(FILE, Overrides.builder().varFiles(List.of(Path.of("infra/prod.tfvars")))
                .build());
        assertThat(resolved.varFiles()).extracting(dev.sagelint.parse.SourceFile::path)
                .containsExactly("infra/prod.tfvars");
        assertThat(resolved.varFiles().get(0).text()).isEqualTo("min = 0\n");
        Files.writeString(dir.resolve("bad.tfvars"), "min = [\n");
        assertThatThrownBy(() -> resolve(FILE, Overrides.builder().varFiles(List.of(Path.of("bad.tfvars")))
                .names(s -> s.equals("varFiles") ? "--var-file" : s).build()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--var-file: bad.tfvars:2:1: HCL syntax error");
    }

    @Test
    void parameterFilesMergeInOrderAndABadOneIsNamedInTheFrontEndsWords() throws IOException {
        Files.writeString(dir.resolve("a.json"), "[{\"ParameterKey\": \"Min\", \"ParameterValue\": \"1\"},"
                + " {\"ParameterKey\": \"Max\", \"ParameterValue\": \"4\"}]");
        Files.writeString(dir.resolve("b.json"), "{\"Parameters\": {\"Min\": \"2\"}}");
        ResolvedConfig resolved = resolve(FILE, Overrides.builder()
                .parameterFiles(List.of(Path.of("a.json"), dir.resolve("b.json"))).build());
        assertThat(resolved.parameters()).containsOnly(java.util.Map.entry("Min", "2"), java.util.Map.entry("Max", "4"));
        Files.writeString(dir.resolve("bad.json"), "{");
        assertThatThrownBy(() -> resolve(FILE, Overrides.builder().parameterFiles(List.of(Path.of("bad.json")))
                .names(s -> s.equals("parameterFiles") ? "--parameters" : s).build()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--parameters: bad.json");
    }
}
