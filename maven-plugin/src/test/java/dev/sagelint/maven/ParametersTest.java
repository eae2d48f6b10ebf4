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

    @Test
    void varFilesAreReadRelativeToTheModuleAndNamedAsTheWalkNamesThem(@org.junit.jupiter.api.io.TempDir Path base)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(base.resolve("infra"));
        java.nio.file.Files.writeString(base.resolve("infra/prod.tfvars"), "min = 0\n");
        var files = Parameters.varFiles(base, List.of(new java.io.File("infra/prod.tfvars")));
        assertThat(files).extracting(dev.sagelint.parse.SourceFile::path).containsExactly("infra/prod.tfvars");
        assertThat(files.get(0).text()).isEqualTo("min = 0\n");
        java.nio.file.Files.writeString(base.resolve("bad.tfvars"), "min = [\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Parameters.varFiles(base,
                        List.of(new java.io.File("bad.tfvars"))))
                .isInstanceOf(dev.sagelint.parse.terraform.VarFiles.InvalidVarFile.class)
                .hasMessageStartingWith("bad.tfvars:2:1: HCL syntax error");
    }
}
