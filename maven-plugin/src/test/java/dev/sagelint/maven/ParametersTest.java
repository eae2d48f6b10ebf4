package dev.sagelint.maven;

import dev.sagelint.engine.Globs;
import dev.sagelint.report.ReportFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParametersTest {

    @Test
    void propertyListsMeanTheSameAsPomLists() {
        // -Dsagelint.includes=a,b arrives as one element on Maven 3.8 and as two on 3.9
        assertThat(Parameters.split(List.of("infra/**, cfn/*.yaml,"))).containsExactly("infra/**", "cfn/*.yaml");
        assertThat(Parameters.split(List.of("infra/**", "cfn/*.yaml"))).containsExactly("infra/**", "cfn/*.yaml");
        assertThat(Parameters.split(null)).isEmpty();
    }

    @Test
    void childModuleFoldersAreExcludedFromTheParent() {
        Path base = Path.of("/work/app");
        List<String> globs = Parameters.moduleExcludes(base,
                List.of("scoring", "batch/pom.xml", "./infra/module", "../sibling"));

        assertThat(globs).containsExactly("scoring/**", "batch/**", "infra/module/**");
        Globs excludes = new Globs(globs);
        assertThat(excludes.matches("scoring/infra/fraud-scorer.yaml")).isTrue();
        assertThat(excludes.matches("batch/batch.yaml")).isTrue();
        assertThat(excludes.matches("infra/module/x.yaml")).isTrue();
        assertThat(excludes.matches("infra/shared.yaml")).isFalse();
        assertThat(excludes.matches("scoring-old/endpoint.yaml")).isFalse();
    }

    @Test
    void everyReportFormatHasItsOwnFile() {
        assertThat(Parameters.reportFileName(ReportFormat.SARIF)).isEqualTo("sagelint.sarif");
        assertThat(Parameters.reportFileName(ReportFormat.JSON)).isEqualTo("sagelint.json");
        assertThat(Arrays.stream(ReportFormat.values()).map(Parameters::reportFileName).distinct())
                .hasSize(ReportFormat.values().length);
    }
}
