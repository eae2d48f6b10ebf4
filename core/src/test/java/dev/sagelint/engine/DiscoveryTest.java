package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.parse.Formats;
import dev.sagelint.parse.InputFormat;
import dev.sagelint.spi.RulePack;
import dev.sagelint.spi.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Folder discovery reads exactly the files the formats declare: no second list of extensions. */
class DiscoveryTest {

    private static final String MIN_ZERO = """
            package test.rules
            import dev.sagelint.model.*
            global dev.sagelint.engine.FindingSink sink
            rule "TT911" @severity("ERROR") @summary("Min zero") @since("1.0")
            when $t : ScalableTarget(minCapacity == 0)
            then sink.report($t.source().at("minCapacity"), "MinCapacity is 0");
            end
            """;

    static final Linter LINTER = Linter.builder().rulePack(new RulePack() {
        @Override
        public String id() {
            return "discovery";
        }

        @Override
        public List<RuleSource> sources() {
            return List.of(new RuleSource("discovery.drl", MIN_ZERO));
        }

        @Override
        public Optional<String> explanation(String ruleId) {
            return Optional.empty();
        }
    }).build();

    @Test
    void everyDeclaredExtensionIsDiscoveredInAFolderAndNothingElse(@TempDir Path dir) throws IOException {
        List<String> expected = new ArrayList<>();
        for (InputFormat format : Formats.all()) {
            assertThat(format.files().extensions()).as(format.name() + " declares its files").isNotEmpty();
            for (String extension : format.files().extensions()) {
                String name = "sub/" + format.name() + "-input" + extension.toUpperCase(java.util.Locale.ROOT);
                write(dir.resolve(name), "x");
                expected.add(name);
            }
        }
        write(dir.resolve("sub/notes.txt"), "x");
        write(dir.resolve("sub/old.hcl"), "x");
        write(dir.resolve("target/skipped.tf"), "x");
        List<String> found = new ProjectLinter(LINTER).discover(dir, List.of()).stream()
                .map(p -> ProjectLinter.display(dir.toAbsolutePath().normalize(), p)).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The bug of issue 12: a folder walk never read terraform.tfvars, so its min_capacity = 0 went unseen. */
    @Test
    void lintingAFolderReadsItsTfvars(@TempDir Path dir) throws IOException {
        write(dir.resolve("infra/main.tf"), """
                variable "min_capacity" {
                  default = 2
                }

                resource "aws_appautoscaling_target" "t" {
                  service_namespace  = "sagemaker"
                  resource_id        = "endpoint/scorer/variant/AllTraffic"
                  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
                  min_capacity       = var.min_capacity
                  max_capacity       = 4
                }
                """);
        write(dir.resolve("infra/terraform.tfvars"), "min_capacity = 0\n");
        LintResult result = new ProjectLinter(LINTER).lint(dir, List.of(Path.of("infra")), 1);
        assertThat(result.filesScanned()).containsExactly("infra/main.tf", "infra/terraform.tfvars");
        assertThat(result.findings()).extracting(Finding::toString)
                .containsExactly("infra/main.tf:9:3: error TT911 min_capacity is 0");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
