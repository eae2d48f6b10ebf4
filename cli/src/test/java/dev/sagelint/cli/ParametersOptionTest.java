package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --parameters FILE} replaces a CloudFormation template's parameter defaults. */
class ParametersOptionTest {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              MinInstances:
                Type: Number
                Default: 2
            Resources:
              Endpoint:
                Type: AWS::SageMaker::Endpoint
                Properties:
                  EndpointConfigName: !GetAtt Config.EndpointConfigName
              Config:
                Type: AWS::SageMaker::EndpointConfig
                Properties:
                  ProductionVariants:
                    - VariantName: AllTraffic
                      ModelName: m
                      InstanceType: ml.m5.xlarge
                      InitialInstanceCount: 2
              Target:
                Type: AWS::ApplicationAutoScaling::ScalableTarget
                Properties:
                  ServiceNamespace: sagemaker
                  ScalableDimension: sagemaker:variant:DesiredInstanceCount
                  ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/AllTraffic
                  MinCapacity: !Ref MinInstances
                  MaxCapacity: 4
            """;

    @TempDir
    Path tmp;

    @Test
    void parameterFileValuesReplaceDefaultsInBothShapes() {
        Cli.write(tmp.resolve("template.yaml"), TEMPLATE);
        Cli.write(tmp.resolve("list.json"), "[{\"ParameterKey\": \"MinInstances\", \"ParameterValue\": \"0\"}]");
        Cli.write(tmp.resolve("pipeline.json"), "{\"Parameters\": {\"MinInstances\": \"0\"}}");

        Cli.Run defaults = Cli.run(tmp, "lint", "template.yaml", "--fail-on-severity", "error");
        assertThat(defaults.out()).doesNotContain("SL201");

        for (String file : new String[] {"list.json", "pipeline.json"}) {
            Cli.Run run = Cli.run(tmp, "lint", "template.yaml", "--parameters", file);
            assertThat(run.code()).as(run.toString()).isEqualTo(1);
            assertThat(run.out()).contains("template.yaml:25:20: error SL201");
        }
    }

    @Test
    void aBrokenParameterFileIsAUsageError() {
        Cli.write(tmp.resolve("template.yaml"), TEMPLATE);
        Cli.write(tmp.resolve("bad.json"), "{\"Parameters\": ");
        Cli.Run run = Cli.run(tmp, "lint", "template.yaml", "--parameters", "bad.json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--parameters:", "bad.json is not valid JSON");
    }
}
