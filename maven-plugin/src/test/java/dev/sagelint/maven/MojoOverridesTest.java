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
}
