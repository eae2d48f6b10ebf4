package dev.sagelint.maven;

import dev.sagelint.config.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mojo's parameters as overrides of the configuration file: what is unset stays unset (so the file's value
 * holds, by core's one precedence rule), and the child modules' folders are one more excludes entry.
 */
class MojoOverridesTest {

    @TempDir
    Path tmp;

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.baseDirectory = tmp.toFile();
        return mojo;
    }

    @Test
    void unsetAndEmptyParametersOverrideNothing() {
        CheckMojo mojo = mojo();
        mojo.failOnSeverity = " ";
        mojo.includes = List.of();
        mojo.excludes = List.of(" , ");
        Overrides o = mojo.overrides();
        assertThat(o.configFile()).isEmpty();
        assertThat(o.noConfig()).isFalse();
        assertThat(o.failOnSeverity()).isEmpty();
        assertThat(o.includes()).isEmpty();
        assertThat(o.excludes()).isEmpty();
        assertThat(o.moreExcludes()).isEmpty();
        assertThat(o.respectGitignore()).isEmpty();
        assertThat(o.baseline()).isEmpty();
        assertThat(o.switchesRules()).isFalse();
        assertThat(o.ruleTimeoutMillis()).isEmpty();
        assertThat(o.maxRuleFirings()).isEmpty();
        assertThat(o.names().of("failOnSeverity")).as("messages name the parameter").isEqualTo("failOnSeverity");
        assertThat(o.names().of("configFile")).isEqualTo("configLocation");
    }

    @Test
    void setParametersOverrideAndCommaListsAreSplit() {
        CheckMojo mojo = mojo();
        mojo.configLocation = tmp.resolve("conf/lint.yaml").toFile();
        mojo.failOnSeverity = "warning";
        mojo.includes = List.of("infra/**,specs/**");
        mojo.excludes = List.of("legacy/**");
        mojo.respectGitignore = false;
        mojo.baseline = new File(tmp.toFile(), "baseline.json");
        mojo.select = List.of("SL2,capacity");
        mojo.ignore = List.of("SL201");
        mojo.maxRuleFirings = 10;
        mojo.disable = List.of("SL106,sl204");
        mojo.enable = List.of("SL101");
        Overrides o = mojo.overrides();
        assertThat(o.configFile()).contains(tmp.resolve("conf/lint.yaml"));
        assertThat(o.failOnSeverity()).contains("warning");
        assertThat(o.includes()).contains(List.of("infra/**", "specs/**"));
        assertThat(o.excludes()).contains(List.of("legacy/**"));
        assertThat(o.respectGitignore()).contains(false);
        assertThat(o.baseline()).contains(tmp.resolve("baseline.json"));
        assertThat(o.select()).containsExactly("SL2", "capacity");
        assertThat(o.ignore()).containsExactly("SL201");
        assertThat(o.maxRuleFirings()).isEqualTo(Optional.of(10L));
        assertThat(o.disable()).containsExactly("SL106", "sl204");
        assertThat(o.enable()).containsExactly("SL101");
    }

    @Test
    void childModulesAreOneMoreExcludesEntryExceptForTheAggregate() {
        CheckMojo mojo = mojo();
        mojo.modules = List.of("service-a", "libs/b/pom.xml", "../elsewhere");
        assertThat(mojo.overrides().moreExcludes()).containsExactly("service-a/**", "libs/b/**");
        assertThat(mojo.overrides().excludes()).as("the configuration file's excludes still apply").isEmpty();
        AggregateMojo aggregate = new AggregateMojo();
        aggregate.baseDirectory = tmp.toFile();
        aggregate.modules = mojo.modules;
        assertThat(aggregate.overrides().moreExcludes()).isEmpty();
    }

    /** The switches reach the run: a disabled rule does not fail the build, and an unknown id stops it. */
    @Test
    void disableSwitchesARuleOffAndAnUnknownIdIsNamedAsTheParameter() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve(".git"));
        java.nio.file.Files.writeString(tmp.resolve("spec.yaml"), """
                apiVersion: sagelint/v1
                endpoints:
                  - name: fraud-scorer
                    variants:
                      - name: AllTraffic
                        instanceType: ml.m5.xlarge
                        initialInstanceCount: 2
                        autoscaling:
                          minCapacity: 0
                          maxCapacity: 4
                          policies:
                            - targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 100,
                                                scaleInCooldown: 600, scaleOutCooldown: 60 }
                """);
        CheckMojo failing = run(List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(failing::execute)
                .isInstanceOf(org.apache.maven.plugin.MojoFailureException.class)
                .hasMessageStartingWith("1 sagelint finding at or above error (failOnSeverity)");
        run(List.of("sl201")).execute();
        org.assertj.core.api.Assertions.assertThatThrownBy(run(List.of("SL2O1"))::execute)
                .isInstanceOf(org.apache.maven.plugin.MojoExecutionException.class)
                .hasMessageStartingWith("sagelint: disable SL2O1: unknown rule id; did you mean SL201?");
    }

    private CheckMojo run(List<String> disable) {
        CheckMojo mojo = mojo();
        mojo.outputDirectory = tmp.resolve("target/sagelint").toFile();
        mojo.outputFormats = List.of();
        mojo.failOnViolation = true;
        mojo.disable = disable;
        return mojo;
    }
}
