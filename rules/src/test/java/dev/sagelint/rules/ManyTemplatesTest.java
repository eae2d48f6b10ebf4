package dev.sagelint.rules;

import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming pipeline: 10,000 generated CloudFormation templates in a folder are linted in the suite's 256 MB
 * heap, because each deployment unit is read, parsed, checked and dropped on its own, keeping only its findings.
 * The templates carry padding (a long Description and Metadata) so that holding every text, tree and fact at once,
 * as the pipeline did before, would not fit. No timing is asserted; bench/ measures time and whole-process RSS.
 */
class ManyTemplatesTest {

    private static final int TEMPLATES = 10_000;
    private static final String PADDING = "      # " + "padding ".repeat(12) + "\n";

    @Test
    void tenThousandTemplatesAreLintedOneUnitAtATime(@TempDir Path dir) throws IOException {
        for (int i = 0; i < TEMPLATES; i++) {
            Path file = dir.resolve(String.format("stacks/s%02d/t%05d.yaml", i % 100, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, template(i));
        }
        LintResult result = new ProjectLinter(BuiltInLinter.get()).lint(dir, List.of(), 2);

        assertThat(result.filesScanned()).hasSize(TEMPLATES);
        assertThat(result.unreadable()).isEmpty();
        // every template has the same defects at the same places: one reviewed list of findings per file
        Map<String, List<String>> byFile = result.findings().stream().collect(Collectors.groupingBy(
                f -> f.location().file(), Collectors.mapping(ManyTemplatesTest::withoutFile, Collectors.toList())));
        assertThat(byFile).hasSize(TEMPLATES);
        List<String> first = byFile.get("stacks/s00/t00000.yaml");
        assertThat(first).contains("24:20 SL201");
        assertThat(byFile.values()).allSatisfy(findings -> assertThat(findings).isEqualTo(first));
    }

    private static String withoutFile(Finding f) {
        return f.location().line() + ":" + f.location().column() + " " + f.ruleId();
    }

    private static String template(int i) {
        return """
                AWSTemplateFormatVersion: "2010-09-09"
                Description: generated template %d
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - VariantName: AllTraffic
                          ModelName: model-%d
                          InstanceType: ml.m5.xlarge
                          InitialInstanceCount: 2
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties:
                      EndpointConfigName: !GetAtt Config.EndpointConfigName
                  Target:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/AllTraffic
                      MaxCapacity: 6
                      # the defect every template has
                      MinCapacity: 0
                  Policy:
                    Type: AWS::ApplicationAutoScaling::ScalingPolicy
                    Properties:
                      PolicyName: policy-%d
                      PolicyType: TargetTrackingScaling
                      ScalingTargetId: !Ref Target
                      TargetTrackingScalingPolicyConfiguration:
                        TargetValue: 300
                        PredefinedMetricSpecification:
                          PredefinedMetricType: SageMakerVariantInvocationsPerInstance
                Metadata:
                  Notes:
                """.formatted(i, i, i) + PADDING.repeat(150);
    }
}
